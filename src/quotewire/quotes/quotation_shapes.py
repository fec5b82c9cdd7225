"""What a quotation looks like: speech, a quoted term, or a title of a work.

The linker (:mod:`~quotewire.quotes.linking`) attributes a quotation by its shape as much as by
what stands beside it: a sentence-like quotation with no cue continues the speaker before it, a
speech-like one after any verb is that verb's subject's words, and a short quoted phrase or a
title ("Saving Private Ryan") is no statement at all. :class:`QuotationShapes` reads those
shapes over the linker's quotation layout.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quotewire.nlp.punctuation import DASH_OR_HYPHEN_CHARACTERS, WORD_EDGE_MARKS
from quotewire.quotes.beside import LOOK_BACK, QuoteLayout
from quotewire.quotes.cues import load_cue_lexicon
from quotewire.quotes.marks import QuotedSpan

if TYPE_CHECKING:
    from quotewire.quotes.statement_links import Statement

_SENTENCE_LIKE_WORDS = 5
_QUOTABLE_WORDS = 3
_SHORT_SENTENCE_WORDS = 4
_SENTENCE_BOUNDARY = ',.!?:;"”’»)' + DASH_OR_HYPHEN_CHARACTERS
_SENTENCE_END_WORD = re.compile(r"[A-Za-z][a-z'’-]{3,}\.$")


class QuotationShapes(QuoteLayout):
    """A quotation layout that tells speech from quoted terms and titles."""

    def spoken(self, q: QuotedSpan) -> str:
        """The quotation's words without trailing space and nested closing marks."""
        return self.text[q.start : q.end].rstrip(" '\"”’")

    def speech_like(self, q: QuotedSpan) -> bool:
        """A sentence, or an exclamation or question ('"Stay there!"'); a short quoted phrase
        ending in a comma or full stop after a verb is more often a term it uses."""
        content = self.spoken(q)
        if self.sentence_like(q) or (self.quotable(q) and content[-1:] in "!?"):
            return True
        short_sentence = len(content.split()) >= _SHORT_SENTENCE_WORDS and content[-1:] == "."
        return short_sentence and content[:1].isupper() and self.quotable(q)

    def quotable(self, q: QuotedSpan) -> bool:
        """Long enough, or punctuated like speech ("Thank you," she said), to be a quotation
        rather than a quoted term; not a title of a work ("Last Week Tonight,")."""
        content = self.text[q.start : q.end].rstrip()
        words = content.split()
        if not words or _looks_like_title(words):
            return False
        return len(words) >= _QUOTABLE_WORDS or content[-1:] in ".!?,"

    def opens_sentence(self, q: QuotedSpan) -> bool:
        """Whether a quotation stands where a sentence starts: a '"...," she said' quotation
        does; a quoted phrase inside someone else's sentence ('criticized him for "lying."')
        does not."""
        paragraph = self.paragraphs[self.paragraph_of(q.open)]
        gap = self.text[paragraph[0] : q.open]
        before = gap.rstrip()
        return not before or before[-1] in _SENTENCE_BOUNDARY or "\n" in gap[len(before) :]

    def short_sentence_after(self, q: QuotedSpan, previous: Statement | None) -> bool:
        """A short quoted sentence right after an attributed quotation of the same paragraph
        ('"It's a home run," she said. "It draws people in."'), or standing as a paragraph of
        its own: the speaker goes on."""
        if previous is None:
            return False
        content = self.spoken(q)
        words = content.split()
        if not words or content[-1:] not in ".!?" or _looks_like_title(words):
            return False
        alone = (
            self.opens_paragraph(q) and not self.text[q.close : self.paragraph_end(q.open)].strip()
        )
        if alone and not q.single:  # single marks alone on a line are mostly subheadings
            return True
        if self.paragraph_of(q.open) != self.paragraph_of(previous.start):
            return False
        before = self.text[max(0, q.open - LOOK_BACK) : q.open].rstrip()
        return self.opens_sentence(q) and before[-1:] in ".!?"

    def sentence_like(self, q: QuotedSpan) -> bool:
        words = self.text[q.start : q.end].split()
        return len(words) >= _SENTENCE_LIKE_WORDS and not _looks_like_title(words)


def _looks_like_title(words: list[str]) -> bool:
    """Most words capitalised, as in titles of works ("Saving Private Ryan", "Destiny and
    Power": the short words a title keeps in lower case are not counted). A full stop after a
    word of four letters or more ends a sentence, which a title does not hold ("Mr. Smith Goes
    to Washington" is one)."""
    if any(_SENTENCE_END_WORD.match(w) for w in words[:-1]):
        return False  # a sentence ends inside: '"Like Oakland. Or Ferguson," Trump said'
    minor = load_cue_lexicon().title_minor_words
    counted = [w for w in words if w.strip(WORD_EDGE_MARKS).lower() not in minor]
    capitalised = sum(w[:1].isupper() for w in counted)
    return len(words) > 1 and capitalised >= 0.8 * len(counted)
