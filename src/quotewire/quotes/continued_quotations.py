"""Quotations without a cue: the words of the sentence before, or the speaker going on.

Step 4 of the linker (:mod:`~quotewire.quotes.linking`): a sentence-like quotation with no cue
right after a sentence that attributes nothing is the words of that sentence's subject
('Valastro praised the governor. "We need someone ..."'); otherwise it continues the source of
the nearest earlier attribution (by where its cue was read) in the same or the previous
paragraph, or is kept unattributed.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Token

from quotewire.quotes.cues import load_cue_lexicon
from quotewire.quotes.frames import Frame
from quotewire.quotes.introductions import sentence_before_source
from quotewire.quotes.marks import QuotedSpan
from quotewire.quotes.quotation_shapes import QuotationShapes
from quotewire.quotes.statement_links import Statement, StatementLinks
from quotewire.quotes.uncredited_sources import credits_source
from quotewire.quotes.verbs_before_quotations import GOVERNING_PRIOR

_CONTINUE_PARAGRAPHS = 2
_GOVERNING_LOOK_BACK = 3  # statements before a continued one whose cue may govern its cue


class ContinuedQuotations(StatementLinks, QuotationShapes):
    """The linker's last pass: quotations no cue or verb attributed."""

    # step 4
    def link_rest(self) -> None:
        attributed = sorted(
            (s for s in self.statements if self.goes_on(s)), key=_attribution_position
        )
        positions = [_attribution_position(s) for s in attributed]
        for i, q in enumerate(self.quoted):
            if i in self.claimed:
                continue
            j = bisect_left(positions, q.open) - 1
            previous = _reporting_statement(attributed, j) if j >= 0 else None
            if not (self.sentence_like(q) or self.short_sentence_after(q, previous)):
                continue
            found = self.sentence_before_source(q, previous)
            if found is not None:
                verb, speaker = found
                frame = Frame(verb, [verb], speaker, None, GOVERNING_PRIOR)
                statement = Statement(q.start, q.end, "direct", frame, self.group_of(frame), "verb")
                self.claimed[i] = self.add(statement)
                attributed.insert(j + 1, statement)
                positions.insert(j + 1, _attribution_position(statement))
                continue
            near = previous is not None and (
                self.paragraph_of(q.open) - self.paragraph_of(previous.start)
                <= _CONTINUE_PARAGRAPHS - 1
            )
            if near and previous is not None:
                statement = Statement(
                    q.start,
                    q.end,
                    "direct",
                    previous.frame,
                    self.group_of(None),
                    "continues",
                )
            else:
                statement = Statement(q.start, q.end, "direct", None, self.group_of(None), "none")
            self.claimed[i] = self.add(statement)

    def sentence_before_source(
        self, q: QuotedSpan, previous: Statement | None
    ) -> tuple[Token, Token] | None:
        """The subject of the sentence right before a quotation without a cue (in its
        paragraph, or ending the paragraph before one the quotation opens), when that sentence
        attributes nothing ('Valastro praised Christie's leadership. "We need someone ..."'):
        a named person, organisation, he or she."""
        index = self.paragraph_of(q.open)
        start = self.paragraphs[index][0]
        before = self.text[start : q.open].rstrip()
        if not before and index > 0:  # the quotation opens a paragraph after the sentence
            start, end = self.paragraphs[index - 1]
            before = self.text[start:end].rstrip()
        if not self.sentence_like(q) or not before or before[-1] not in ".!?":
            return None
        stop = start + len(before) - 1
        sentence_start = max(self.text.rfind(end, start, stop) for end in ".!?") + 1
        if previous is not None and _attribution_position(previous) >= max(start, sentence_start):
            return None  # that sentence attributes: its source goes on (link_rest)
        return sentence_before_source(self.doc, stop, self.is_quoted)

    def goes_on(self, statement: Statement) -> bool:
        """Whether a later quotation without a cue can continue this statement's source: any
        attributed quotation, or reported speech ('Smith said the plan would fail.')."""
        frame = statement.frame
        if frame is None or not credits_source(frame.cue, statement.kind):
            return False  # '... told Reuters when asked if he had met Trump. "He was ..."'
        return statement.kind != "indirect" or load_cue_lexicon().is_speech(frame.cue.lower_)


def _reporting_statement(attributed: list[Statement], j: int) -> Statement:
    """The statement at ``attributed[j]``, or the quotation whose cue governs its cue: in
    '"...," Clinton said, with a passion that almost *suggested* that the question was out of
    line. "I did spend ..."' the clause of "suggested" hangs on "said", and the quotation after
    it goes on with Clinton's words, not with what her passion suggested."""
    previous = attributed[j]
    if previous.kind == "direct" or previous.frame is None:
        return previous
    cue = previous.frame.cue
    for earlier in reversed(attributed[max(0, j - _GOVERNING_LOOK_BACK) : j]):
        frame = earlier.frame
        if earlier.kind == "direct" and frame is not None and frame.cue.is_ancestor(cue):
            return earlier
    return previous


def _attribution_position(statement: Statement) -> int:
    """Where a statement's attribution was last read: its cue when the cue comes after the
    statement's start ('"...," Susan said' after a quotation attributed to someone else)."""
    frame = statement.frame
    return max(statement.start, frame.cue.idx) if frame is not None else statement.start
