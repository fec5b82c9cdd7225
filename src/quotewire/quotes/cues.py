"""The English cue lexicon: which words introduce an attribution, and how surely.

Two sources are merged: ``data/en/cues.toml`` (hand-written verbs of saying and multi-word cues)
and ``data/en/cues.json`` (for each word form, the share of its occurrences that headed an
annotated cue in PolNeAR train; written by ``scripts/train_cue_lexicon.py``). Word forms, not
lemmas, are keyed because the pipeline runs without spaCy's lemmatizer.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


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
    nested_threshold: float = 0.0

    def prior(self, form: str) -> float:
        """P(cue) for a lower-case word form; verbs of saying count as certain."""
        if form in self.speech:
            return max(0.9, self.priors.get(form, 0.0))
        if self.counts.get(form, 0) < self.min_count:
            return 0.0
        return self.priors.get(form, 0.0)

    def is_speech(self, form: str) -> bool:
        return form in self.speech

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


@lru_cache(maxsize=1)
def load_cue_lexicon() -> CueLexicon:
    """Read the lexicon files once per process."""
    data = resources.files("quotewire.data").joinpath("en")
    hand = tomllib.loads(data.joinpath("cues.toml").read_text(encoding="utf-8"))
    learned = json.loads(data.joinpath("cues.json").read_text(encoding="utf-8"))
    frames = {
        form: {dep: float(v[2]) for dep, v in deps.items()}
        for form, deps in learned["frames"].items()
    }
    threshold = float(hand["thresholds"]["frame"])
    reporting = {f for f, deps in frames.items() if max(deps.values()) >= threshold}
    reporting |= set(hand["speech"]) | set(hand["phrases"].values())
    return CueLexicon(
        speech=frozenset(hand["speech"]),
        priors={form: float(v["p"]) for form, v in learned["forms"].items()},
        counts={form: int(v["cue"]) for form, v in learned["forms"].items()},
        phrases=dict(hand["phrases"]),
        phrase_heads=frozenset(hand["phrases"].values()),
        particles=frozenset(hand["particles"]),
        frames=frames,
        frame_threshold=threshold,
        min_count=int(hand["thresholds"]["min_cue_count"]),
        reporting_forms=frozenset(reporting),
        title_minor_words=frozenset(hand["title_minor_words"]),
        object_roles=frozenset(hand["object_roles"]),
        answer_words=frozenset(hand["answer_words"]),
        nested_threshold=float(hand["thresholds"]["nested"]),
    )
