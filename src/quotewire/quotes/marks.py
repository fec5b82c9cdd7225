"""Quotation marks: pair them into quoted spans, over paragraphs, without trusting the text.

News text mixes straight and typographic marks, uses apostrophes that look like closing single
quotes, writes heights as 5'10", and leaves marks unbalanced. Pairing is done per paragraph with
a small state machine; a quote left open at the end of a paragraph continues only when the next
paragraph reopens it (the convention for multi-paragraph quotations), so one quotation spanning
several paragraphs becomes one :class:`QuotedSpan`. Unmatched marks are ignored, never fatal.
Single-quote pairs are looked for only outside double-quoted text (inside, they are nested
quotations belonging to the outer one).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quotewire.nlp.punctuation import DASH_OR_HYPHEN_CHARACTERS

_DOUBLE_OPEN = "“«„"
_DOUBLE_CLOSE = "”»"
_SINGLE_OPEN = "‘‹"
_SINGLE_CLOSE = "’›"
_OPEN_CONTEXT = " \t\n([{/" + DASH_OR_HYPHEN_CHARACTERS
# The characters ``_pair_doubles`` acts on; it jumps over every other one.
_DOUBLE_MARK = re.compile("[\"'“”" + _DOUBLE_OPEN + _DOUBLE_CLOSE + "]")
# The characters ``_pair_singles`` may open a quotation at; it jumps over every other one.
_SINGLE_OPENER = re.compile("['" + _SINGLE_OPEN + "]")


# '…," said Baron. ' right before an opening mark: a quotation, then its cue sentence.
_AFTER_SET_IN_CUE = re.compile(r"[,!?][\"”][ \t]+[^\"“”\n]{1,150}[.][ \t]*$")
# A paragraph's last sentence ending in a full stop, maybe a bracketed source tag ("[Gallup.]")
# and a stray mark the wrong way round ('… future.“').
_SENTENCE_END = re.compile(r"[.!?](\s*\[[^\]\n]*\])?\s*[“\"]?\s*$")


@dataclass(frozen=True, slots=True)
class QuotedSpan:
    """Text between a pair of quotation marks; ``start``/``end`` exclude the marks."""

    open: int
    start: int
    end: int
    close: int
    paragraphs: int = 1
    single: bool = False


def within_quotation(start: int, end: int, quoted: list[QuotedSpan]) -> bool:
    """Whether the characters ``start``-``end`` lie inside one quotation, its marks included."""
    return any(q.open <= start and end <= q.close + 1 for q in quoted)


def find_quoted_spans(text: str, regions: list[tuple[int, int]]) -> list[QuotedSpan]:
    """Quoted spans inside ``regions`` (paragraph ranges, in text order)."""
    spans: list[QuotedSpan] = []
    pending: tuple[int, int] | None = None  # (open offset, paragraphs so far) of a quote left open
    for index, (start, end) in enumerate(regions):
        doubles, left_open = _pair_doubles(text, start, end)
        first_mark = _first_mark(text, start, end)
        if pending is not None and doubles and doubles[0].open == first_mark:
            opened_in = regions[index - pending[1]]
            if _ends_before_set_in_cue(text, pending[0], opened_in, doubles[0], end):
                spans.append(_carried_to_paragraph_end(text, pending, regions[index - 1][1]))
            else:
                first = doubles.pop(0)
                opener_end = pending[0] + _opener_width(text, pending[0])
                doubles.insert(
                    0, QuotedSpan(pending[0], opener_end, first.end, first.close, pending[1] + 1)
                )
            pending = None
        elif pending is not None and left_open is not None and left_open == first_mark:
            pending = (pending[0], pending[1] + 1)
            doubles = [d for d in doubles if d.open < left_open]  # nested in the open quote
            left_open = None
        else:
            pending = None
        if left_open is not None and _reopens(text, regions, index + 1):
            pending = (left_open, 1)
            doubles = [d for d in doubles if d.open < left_open]
        elif left_open is not None and _closer_dropped(text, left_open, start, end):
            spans.append(_carried_to_paragraph_end(text, (left_open, 1), end))
            doubles = [d for d in doubles if d.open < left_open]
        spans.extend(doubles)
        spans.extend(_pair_singles(text, start, end, doubles))
    spans.sort(key=lambda s: s.open)
    return spans


def _ends_before_set_in_cue(
    text: str, open_at: int, opened_in: tuple[int, int], first: QuotedSpan, end: int
) -> bool:
    """A quotation carried over a paragraph break ends with the paragraph when the reopened
    quotation is followed by words of its own in its paragraph ('"…," he said. "…'): the
    writer starts a new attributed stretch there, and the gold annotates two quotations
    (7 of 9 of this shape on polnear-train). Only for a quotation opened inside its
    paragraph, after a first stretch and its cue ('…," he said. "They think …'); a
    paragraph that opens with the quotation (a speech excerpt) stays one quotation, and so
    does one whose closer is of another style than its opener (an excerpt in straight marks
    whose inner typographic quotation closed)."""
    if open_at == opened_in[0] or _style(text, open_at) != _style(text, first.close - 1):
        return False
    return any(ch.isalpha() for ch in text[first.close : end])


def _style(text: str, mark: int) -> str:
    ch = text[mark]
    return "straight" if ch in "\"'" else "typographic"


def _carried_to_paragraph_end(text: str, pending: tuple[int, int], end: int) -> QuotedSpan:
    """The carried quotation, ended at the end of its last paragraph (no closing mark)."""
    stop = len(text[:end].rstrip())
    return QuotedSpan(
        pending[0], pending[0] + _opener_width(text, pending[0]), stop, stop, pending[1]
    )


def _opener_width(text: str, mark: int) -> int:
    """Characters of the opening mark at ``mark``: two for a doubled apostrophe ("''")."""
    return 2 if text.startswith("''", mark) else 1


def _closer_dropped(text: str, open_at: int, start: int, end: int) -> bool:
    """An opening mark left unclosed at the end of its paragraph, which the next paragraph
    does not reopen, closes there when it opens the sentence after a quotation's cue
    ('…," said Baron. "His candidacy … depth.¶') and its words end the paragraph in a full
    stop: the writer or the feed dropped the closer. After a colon ('More from the report:
    "…') the gold often ends the quotation sooner, and a mark that opens its paragraph
    stays unpaired (pull quotes and excerpts there close after a name on the next line, or
    never)."""
    if _AFTER_SET_IN_CUE.search(text, start, open_at) is None:
        return False
    return _SENTENCE_END.search(text, open_at, end) is not None


def _first_mark(text: str, start: int, end: int) -> int | None:
    """Offset of an opening mark at the very start of a paragraph."""
    if start < end and (
        text[start] in _DOUBLE_OPEN or text[start] == '"' or text.startswith("''", start)
    ):
        return start
    return None


def _reopens(text: str, regions: list[tuple[int, int]], index: int) -> bool:
    return index < len(regions) and _first_mark(text, *regions[index]) is not None


def _pair_doubles(text: str, start: int, end: int) -> tuple[list[QuotedSpan], int | None]:
    """Pair double marks in one paragraph; also return an opening mark left unclosed.

    Two apostrophes ('') stand for a straight double mark in some wire and archive texts."""
    spans: list[QuotedSpan] = []
    open_at: int | None = None
    open_width = 1
    nested: list[QuotedSpan] = []  # typographic pairs inside a straight-quoted quotation
    inner_open: int | None = None
    i = start
    while (mark := _DOUBLE_MARK.search(text, i, end)) is not None:
        i = mark.start()
        ch = text[i]
        width = 2 if text.startswith("''", i) and i + 1 < end else 1
        straight_open = ch in "“”" and open_at is not None and text[open_at] in "\"'"
        if straight_open and ch == "“" and inner_open is None:
            inner_open = i  # '"... “Equal Justice Under Law” ..."': part of the outer quotation
        elif straight_open and ch == "”" and inner_open is not None:
            nested.append(QuotedSpan(inner_open, inner_open + 1, i, i + 1))
            inner_open = None
        elif ch == '"' or width == 2:
            if open_at is not None:
                if nested and nested[0].open == open_at + open_width:
                    spans += nested  # '"“...,” Rubio responded."': an excerpt in marks
                else:
                    spans.append(QuotedSpan(open_at, open_at + open_width, i, i + width))
                open_at, inner_open, nested = None, None, []
            elif _straight_opens(text, i + width - 1, start, end):
                open_at, open_width = i, width
        elif ch in _DOUBLE_OPEN:
            if open_at is not None and text[open_at] == "„" and ch == "“":
                spans.append(QuotedSpan(open_at, open_at + 1, i, i + 1))
                open_at = None
            elif open_at is not None and ch == "“" and _looks_closing(text, i, end):
                spans.append(QuotedSpan(open_at, open_at + open_width, i, i + 1))
                open_at = None
            else:
                open_at, open_width = i, 1
        elif ch in _DOUBLE_CLOSE and open_at is not None:
            spans.append(QuotedSpan(open_at, open_at + open_width, i, i + 1))
            open_at = None
        i += width
    spans += nested  # the straight mark before them never closed: it was not an opener
    spans.sort(key=lambda s: s.open)
    return [s for s in spans if s.end > s.start], open_at


def _straight_opens(text: str, i: int, start: int, end: int) -> bool:
    """A straight double mark opens unless it is an inch sign or a stray closer."""
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    if before.isdigit():
        return False
    return not after.isspace()


def _looks_closing(text: str, i: int, end: int) -> bool:
    after = text[i + 1] if i + 1 < end else " "
    return after.isspace() or after in ".,;:!?)"


def _pair_singles(text: str, start: int, end: int, doubles: list[QuotedSpan]) -> list[QuotedSpan]:
    """Single-quoted spans outside double-quoted text; apostrophes are never openers."""
    spans: list[QuotedSpan] = []
    i = start
    inside = [(d.open, d.close) for d in doubles]
    # jump from single mark to single mark: the characters between are no openers
    while (mark := _SINGLE_OPENER.search(text, i, end)) is not None:
        i = mark.start()
        if _single_opens(text, i, start, end):
            if any(a <= i < b for a, b in inside):
                i += 1
                continue
            close = _single_close(text, i + 1, end)
            if close is not None and not any(a <= close < b for a, b in inside):
                spans.append(QuotedSpan(i, i + 1, close, close + 1, single=True))
                i = close + 1
                continue
        i += 1
    return spans


def _single_opens(text: str, i: int, start: int, end: int) -> bool:
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    return (before in _OPEN_CONTEXT or before in '"“:') and after.isalpha()


def _single_close(text: str, i: int, end: int) -> int | None:
    """The first single mark after ``i`` that is followed by no letter (not an apostrophe)."""
    for j in range(i, end):
        ch = text[j]
        if ch == "\n" and j + 1 < end and text[j + 1] == "\n":
            return None
        if ch in _SINGLE_CLOSE or ch == "'":
            after = text[j + 1] if j + 1 < end else " "
            if not after.isalnum() and not text[j - 1].isspace():
                return j
    return None
