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

from spacy.tokens import Token


@dataclass(frozen=True, slots=True)
class CueLexicon:
    """Cue words with their prior probability of introducing an attribution."""

    speech: frozenset[str]
    priors: dict[str, float]
    counts: dict[str, int]
    phrases: dict[str, str]
    particles: frozenset[str]
    clause_threshold: float
    min_count: int

    def prior(self, form: str) -> float:
        """P(cue) for a lower-case word form; verbs of saying count as certain."""
        if form in self.speech:
            return max(0.9, self.priors.get(form, 0.0))
        if self.counts.get(form, 0) < self.min_count:
            return 0.0
        return self.priors.get(form, 0.0)

    def is_speech(self, form: str) -> bool:
        return form in self.speech

    def governs_clause(self, token: Token) -> bool:
        """Whether ``token`` is a cue strong enough to report the clause it governs."""
        return self.prior(token.lower_) >= self.clause_threshold


@lru_cache(maxsize=1)
def load_cue_lexicon() -> CueLexicon:
    """Read the lexicon files once per process."""
    data = resources.files("quotewire.data").joinpath("en")
    hand = tomllib.loads(data.joinpath("cues.toml").read_text(encoding="utf-8"))
    learned = json.loads(data.joinpath("cues.json").read_text(encoding="utf-8"))["forms"]
    return CueLexicon(
        speech=frozenset(hand["speech"]),
        priors={form: float(v["p"]) for form, v in learned.items()},
        counts={form: int(v["cue"]) for form, v in learned.items()},
        phrases=dict(hand["phrases"]),
        particles=frozenset(hand["particles"]),
        clause_threshold=float(hand["thresholds"]["clause"]),
        min_count=int(hand["thresholds"]["min_cue_count"]),
    )
