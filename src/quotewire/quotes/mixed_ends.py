"""Where a mixed statement ends when the writer goes on after its last quotation.

'Mr. Long called the debate the "expectations game" — setting expectations so low that any
answer looks good.' The parser hangs the dash's afterthought on the quoted noun, so the cue's
reported clause, and with it the mixed statement, runs on to the sentence end. A dash right
after a closing mark that opens an aside running to the end of the reported clause (no second
dash closes it, no quotation follows) starts the writer's own comment on the quoted words:
an apposition ("— a play on words with …"), a participle ("— setting …"), an afterthought
("— all without speaking his name"). PolNeAR ends the mixed quote at the closing mark. A
pair of dashes around an aside ('the "Cadillac tax" — a levy on … — as part of …'), a dash
closing an aside opened before the quotation, and a dash followed by another quotation
('Reagan's "eleventh commandment" -- "Thou shall not …"') leave the statement whole.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span

from quotewire.nlp.docs import doc_text
from quotewire.nlp.punctuation import DASH_CHARACTERS
from quotewire.quotes.linking import Statement
from quotewire.quotes.marks import QuotedSpan

_DASH = rf"(?:[{DASH_CHARACTERS}]|--|-(?=\s))"
_DASH_AFTER_CLOSE = re.compile(rf"\s*{_DASH}\s")
_ANY_DASH = re.compile(rf"(?:[{DASH_CHARACTERS}]|--|(?<=\s)-(?=\s))")
_OPENING_MARKS = re.compile(r"(?:^|(?<=\s))(?:[\"“‘]|'')")


def cut_before_dash_asides(
    statements: list[Statement], quoted: list[QuotedSpan], doc: Doc
) -> list[Statement]:
    """``statements`` with each mixed statement that runs on from a closing mark into a
    dash-led aside of the writer's cut at that closing mark (see the module docstring)."""
    text = doc_text(doc)
    result: list[Statement] = []
    for statement in statements:
        q = _quotation_before_aside(statement, quoted, doc, text)
        if q is not None:
            if any(c.isalpha() for c in text[statement.start : q.open]):
                statement = replace(statement, end=q.close)
            else:
                statement = replace(statement, start=q.start, end=q.end, kind="direct")
        result.append(statement)
    return result


def _quotation_before_aside(
    statement: Statement, quoted: list[QuotedSpan], doc: Doc, text: str
) -> QuotedSpan | None:
    """The quotation inside the mixed ``statement`` whose closing mark a lone dash follows,
    the aside it opens running to the statement's end."""
    if statement.kind != "mixed":
        return None
    for q in quoted:
        if not (statement.start <= q.open and q.close < statement.end):
            continue
        dash = _DASH_AFTER_CLOSE.match(text, q.close)
        if dash is None:
            continue
        sentence = _sentence_of(doc, q)
        if sentence is None:
            return None
        if _ANY_DASH.search(text, dash.end(), max(statement.end, sentence.end_char)):
            return None  # a second dash closes the aside, and the clause goes on after it
        if _OPENING_MARKS.search(text, dash.end(), statement.end):
            return None  # a quotation after the dash
        if len(_ANY_DASH.findall(text, sentence.start_char, q.open)) % 2 == 1:
            return None  # the dash closes an aside opened before the quotation
        return q
    return None


def _sentence_of(doc: Doc, q: QuotedSpan) -> Span | None:
    """The sentence the quotation ``q`` opens in."""
    tokens = doc.char_span(q.open, q.close, alignment_mode="expand")
    return tokens[0].sent if tokens is not None and len(tokens) else None
