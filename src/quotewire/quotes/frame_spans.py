"""Frames and the character spans they are built from.

:class:`Frame` is one attribution found in the parse (:mod:`~quotewire.quotes.frames`);
:class:`Regions` answers whether an offset lies in quoted text or in a cue's paragraph. The
builders of frames (:mod:`~quotewire.quotes.frames`, :mod:`~quotewire.quotes.set_in_cues`,
:mod:`~quotewire.quotes.phrase_cue_frames`) share the helpers that turn tokens into a
character range within the cue's paragraph and test it against quoted text.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Token

from quotewire.nlp.docs import doc_text
from quotewire.nlp.punctuation import DASH_OR_HYPHEN_CHARACTERS

_EDGE_TRIM = " \t\n,;:" + DASH_OR_HYPHEN_CHARACTERS
# the relations by which a clause's subject (a noun, a clause or "there"/"it") hangs on its verb
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl")


@dataclass(slots=True)
class Frame:
    """One attribution found in the parse; offsets are token indices unless named ``char``."""

    cue: Token
    cue_tokens: list[Token]
    speaker: Token | None
    content: tuple[int, int] | None  # character range of the reported clause
    prior: float
    verbatim: bool = False  # the content is the source's own words without marks (transcripts)

    @property
    def cue_char(self) -> tuple[int, int]:
        first, last = self.cue_tokens[0], self.cue_tokens[-1]
        return first.idx, last.idx + len(last.text)


class Regions:
    """Fast membership of character offsets in sorted, disjoint ranges."""

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        self.ranges = sorted(ranges)
        self.starts = [a for a, _ in self.ranges]

    def find(self, offset: int) -> tuple[int, int] | None:
        i = bisect_right(self.starts, offset) - 1
        if i >= 0 and offset < self.ranges[i][1]:
            return self.ranges[i]
        return None


def has_words(tokens: list[Token]) -> bool:
    return any(t.is_alpha for t in tokens)


def touches(span: tuple[int, int], regions: Regions) -> bool:
    """Whether ``span`` overlaps any of ``regions`` (quoted text, whose marks lie just outside
    each range, so the marks are tested too)."""
    i = bisect_right(regions.starts, span[1]) - 1
    return i >= 0 and regions.ranges[i][1] >= span[0]


def char_range(tokens: list[Token], region: tuple[int, int]) -> tuple[int, int] | None:
    """Character range covering ``tokens`` within the cue's paragraph, trimmed of edge
    punctuation and space (the parser may run a sentence across a paragraph break)."""
    tokens = [t for t in tokens if region[0] <= t.idx < region[1]]
    if not tokens:
        return None
    doc = tokens[0].doc
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    text = doc_text(doc)
    while start < end and text[start] in _EDGE_TRIM:
        start += 1
    while end > start and text[end - 1] in _EDGE_TRIM:
        end -= 1
    return (start, end) if end > start else None
