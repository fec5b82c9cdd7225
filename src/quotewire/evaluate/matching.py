"""Matching predicted quote spans to gold spans, one-to-one, under several published rules.

Every rule gives a pair (gold, predicted) a score in [0, 1] and says whether that score is a
match. Matching is greedy and global: all matching pairs of one article are sorted by score,
best first (ties: earlier gold, then earlier prediction), and a pair is kept when neither side is
already taken. Only spans that share at least one character can match, under every rule.
The rules are documented, with their sources, in docs/evaluation.md.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

_WORD = re.compile(r"\w+")
# Trimmed before comparing spans under the exact rule.
_EDGE_QUOTES = "\"'“”‘’«»„‚‹›`"
_TRAILING_PUNCT = ".,;:!?…—–-"


class HasSpan(Protocol):
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class MatchRule:
    """A named way of deciding that a predicted span finds a gold span."""

    name: str
    description: str
    score: Callable[[HasSpan, HasSpan, WordIndex], float]
    threshold: float
    strict: bool = False  # match when score > threshold (GGT's own test) instead of >=

    def matches(self, score: float) -> bool:
        return score > self.threshold if self.strict else score >= self.threshold


class WordIndex:
    """Word tokens (``\\w+``) of one article with their offsets, to turn spans into token sets."""

    def __init__(self, text: str) -> None:
        spans = [m.span() for m in _WORD.finditer(text)]
        self._starts = [s for s, _ in spans]
        self._ends = [e for _, e in spans]

    def tokens(self, start: int, end: int) -> range:
        """Indices of the word tokens that overlap ``[start, end)``."""
        first = bisect.bisect_right(self._ends, start)
        last = bisect.bisect_left(self._starts, end)
        return range(first, max(first, last))


def token_jaccard(gold: HasSpan, predicted: HasSpan, words: WordIndex) -> float:
    """Jaccard index of the two spans' word tokens (by position, not by spelling)."""
    a = words.tokens(gold.start, gold.end)
    b = words.tokens(predicted.start, predicted.end)
    if not a or not b:
        return 0.0
    inter = max(0, min(a.stop, b.stop) - max(a.start, b.start))
    union = len(a) + len(b) - inter
    return inter / union


def gold_coverage(gold: HasSpan, predicted: HasSpan, words: WordIndex) -> float:
    """Share of the gold span's characters that the predicted span covers (GGT's score)."""
    if gold.end <= gold.start or predicted.end <= predicted.start:
        return 0.0
    inter = max(0, min(gold.end, predicted.end) - max(gold.start, predicted.start))
    return inter / (gold.end - gold.start)


def trimmed(text: str) -> str:
    """Text without surrounding whitespace, quotation marks and trailing punctuation."""
    previous = None
    while previous != text:
        previous = text
        text = text.strip().strip(_EDGE_QUOTES).rstrip(_TRAILING_PUNCT)
    return text


def exact_text(gold: HasSpan, predicted: HasSpan, words: WordIndex) -> float:
    """1.0 when the two spans read the same once trimmed, else 0.0."""
    return 1.0 if trimmed(gold.text) == trimmed(predicted.text) and trimmed(gold.text) else 0.0


OVERLAP = MatchRule(
    "overlap", "word-token Jaccard of the spans >= 0.5", token_jaccard, threshold=0.5
)
GGT_LENIENT = MatchRule(
    "ggt-0.3", "GenderGapTracker: > 30% of the gold quote's characters covered",
    gold_coverage, threshold=0.3, strict=True,
)  # fmt: skip
GGT_STRICT = MatchRule(
    "ggt-0.8", "GenderGapTracker: > 80% of the gold quote's characters covered",
    gold_coverage, threshold=0.8, strict=True,
)  # fmt: skip
EXACT = MatchRule(
    "exact", "same text after trimming whitespace, quotation marks, final punctuation",
    exact_text, threshold=1.0,
)  # fmt: skip

RULES: tuple[MatchRule, ...] = (OVERLAP, GGT_LENIENT, GGT_STRICT, EXACT)
RULES_BY_NAME = {rule.name: rule for rule in RULES}


def match_spans(
    gold: Sequence[HasSpan], predicted: Sequence[HasSpan], rule: MatchRule, words: WordIndex
) -> dict[int, int]:
    """Greedy one-to-one matching: returns {gold index: predicted index}."""
    candidates: list[tuple[float, int, int]] = []
    for g, gold_quote in enumerate(gold):
        for p, predicted_quote in enumerate(predicted):
            if not _overlap(gold_quote, predicted_quote):
                continue
            score = rule.score(gold_quote, predicted_quote, words)
            if rule.matches(score):
                candidates.append((-score, g, p))
    candidates.sort()
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    for _, g, p in candidates:
        if g not in pairs and p not in taken:
            pairs[g] = p
            taken.add(p)
    return pairs


def _overlap(a: HasSpan, b: HasSpan) -> bool:
    return a.start < b.end and b.start < a.end
