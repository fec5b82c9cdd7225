"""The English cue lexicon: which words introduce an attribution, and how surely.

Two sources are merged: ``data/en/cues.toml`` (hand-written verbs of saying and multi-word cues)
and ``data/en/cues.json`` (for each word form, the share of its occurrences that headed an
annotated cue in PolNeAR train; written by ``scripts/train_cue_lexicon.py``). Word forms, not
lemmas, are keyed because the pipeline runs without spaCy's lemmatizer.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from functools import lru_cache

from quotewire.data_files import data_text, data_toml, word_lists
from quotewire.quotes.frame_scores import FrameModel


@dataclass(frozen=True, slots=True)
class CueLexicon:
    """Cue words with their prior probability of introducing an attribution."""

    speech: frozenset[str]
    priors: dict[str, float]
    counts: dict[str, int]
    phrases: dict[str, str]
    phrase_heads: frozenset[str]
    particles: frozenset[str]
    frames: dict[str, dict[str, float]]
    frame_threshold: float
    min_count: int
    reporting_forms: frozenset[str]
    title_minor_words: frozenset[str] = frozenset()
    object_roles: frozenset[str] = frozenset()
    answer_words: frozenset[str] = frozenset()
    aspectual: frozenset[str] = frozenset()
    telling: frozenset[str] = frozenset()
    naming: frozenset[str] = frozenset()
    quoting: frozenset[str] = frozenset()
    sentence_idioms: frozenset[str] = frozenset()
    refusing: frozenset[str] = frozenset()
    adding: frozenset[str] = frozenset()
    clause_reporting: frozenset[str] = frozenset()
    object_infinitive_reporting: frozenset[str] = frozenset()
    nested_threshold: float = 0.0
    frame_counts: dict[str, dict[str, int]] = field(default_factory=dict)
    frame_model: FrameModel | None = None

    def prior(self, form: str) -> float:
        """P(cue) for a lower-case word form; verbs of saying count as certain."""
        if form in self.speech:
            return max(0.9, self.priors.get(form, 0.0))
        if self.counts.get(form, 0) < self.min_count:
            return 0.0
        return self.priors.get(form, 0.0)

    def is_speech(self, form: str) -> bool:
        return form in self.speech

    def is_cue_word(self, form: str) -> bool:
        """Whether a word form's learned cue prior reaches the frame threshold: a word that
        reports on its own ("noted", "urged", ", saying"), whatever frame it heads here."""
        return self.prior(form) >= self.frame_threshold

    def may_report(self, form: str) -> bool:
        """Whether a word form can head any attribution frame: the test for deciding which
        sentences need the parser (see ``nlp.selective``)."""
        return form in self.reporting_forms

    def frame_prior(self, form: str, dependent: str) -> float:
        """P(the ``dependent`` subtree of ``form`` is reported content), learned; a verb of
        saying reports its clausal complement even when the training data never showed it."""
        learned = self.frames.get(form, {}).get(dependent, 0.0)
        if dependent == "ccomp" and form in self.speech:
            return max(learned, 0.5)
        return learned

    def frame_count(self, form: str, dependent: str) -> int:
        """How many training uses the (form, dependent) prior rests on (0 when unlearned)."""
        return self.frame_counts.get(form, {}).get(dependent, 0)

    @property
    def hand_written(self) -> frozenset[str]:
        """The cue words ``cues.toml`` names, each of which may head a frame whatever the
        learned tables say: verbs of saying, verbs that report only a clause, phrase heads,
        verbs of quoting (whose "X as saying" frame the learned tables know in few forms)."""
        return self.speech | self.clause_reporting | self.phrase_heads | self.quoting

    @property
    def score_threshold(self) -> float:
        """The score a candidate dependent needs to be reported content: the frame model's
        threshold when it scores candidates, else the prior threshold."""
        if self.frame_model is not None:
            return self.frame_model.threshold
        return self.frame_threshold


@lru_cache(maxsize=2)
def load_cue_lexicon(*, with_model: bool = True) -> CueLexicon:
    """Read the lexicon files once per process. ``with_model=False`` leaves the frame model
    out, for training, which must not depend on the model it replaces."""
    hand = data_toml("en/cues.toml")
    learned = learned_tables(json.loads(data_text("en/cues.json")))
    threshold = float(hand["thresholds"]["frame"])
    lexicon = word_lists(
        "en/cues.toml",
        CueLexicon,
        table=hand,
        keys={
            "frame_threshold": "thresholds.frame",
            "min_count": "thresholds.min_cue_count",
            "nested_threshold": "thresholds.nested",
        },
        phrase_heads=frozenset(hand["phrases"].values()),
        reporting_forms=frozenset(),  # below, from the lexicon's own hand-written words
        frame_model=_frame_model(hand["frame_model"]) if with_model else None,
        **learned,
    )
    forms = reporting_forms(learned["frames"], threshold, lexicon.hand_written)
    return replace(lexicon, reporting_forms=forms)


def reporting_forms(
    frames: dict[str, dict[str, float]], threshold: float, hand_written: frozenset[str]
) -> frozenset[str]:
    """The word forms that may head a frame: the hand-written cue words, and every form with
    a (form, dependent) prior at the frame threshold."""
    learned = {form for form, deps in frames.items() if max(deps.values()) >= threshold}
    return hand_written | learned


def with_learned_tables(lexicon: CueLexicon, learned: dict) -> CueLexicon:
    """``lexicon`` with the tables of another learned file (``cues.json``'s format) and the
    reporting forms they give, without the frame model: training builds the lexicon of a
    subset of its articles with this."""
    tables = learned_tables(learned)
    forms = reporting_forms(tables["frames"], lexicon.frame_threshold, lexicon.hand_written)
    return replace(lexicon, frame_model=None, reporting_forms=forms, **tables)


def learned_tables(learned: dict) -> dict:
    """The ``CueLexicon`` fields held in the learned file (``cues.json``'s ``forms`` and
    ``frames``), so that training can build the lexicon of a subset of its articles."""
    frames = learned["frames"]
    return {
        "priors": {form: float(v["p"]) for form, v in learned["forms"].items()},
        "counts": {form: int(v["cue"]) for form, v in learned["forms"].items()},
        "frames": {
            form: {dep: float(v[2]) for dep, v in deps.items()} for form, deps in frames.items()
        },
        "frame_counts": {
            form: {dep: int(v[1]) for dep, v in deps.items()} for form, deps in frames.items()
        },
    }


def _frame_model(settings: dict) -> FrameModel | None:
    """The frame model of ``frame_model.json`` when ``cues.toml`` turns it on."""
    if not settings["use"]:
        return None
    weights = json.loads(data_text("en/frame_model.json"))
    return FrameModel(
        weights={name: float(w) for name, w in weights["weights"].items()},
        bias=float(weights["bias"]),
        threshold=float(settings["threshold"]),
    )
