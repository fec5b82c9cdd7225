"""Where a mixed statement ends when the writer goes on after its last quotation.

Cut: a dash-led aside after a closing mark (:func:`cut_before_dash_asides`). Extended: a
clause of reason or condition after a closing mark (:func:`extend_over_reasons`): 'called the
idea "ludicrous" because the final was that night'. The parser hangs the "because" clause on
the cue, so the reported clause stops at the closing mark; PolNeAR keeps the clause in the
mixed quote (subordinators in ``data/en/mixed_ends.toml``).

The dash-led aside:

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
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from quotewire.data_files import word_set
from quotewire.nlp.docs import doc_text
from quotewire.nlp.punctuation import DASH_CHARACTERS, is_dash
from quotewire.quotes.linking import Statement
from quotewire.quotes.marks import QuotedSpan

_DASH = rf"(?:[{DASH_CHARACTERS}]|--|-(?=\s))"
_DASH_AFTER_CLOSE = re.compile(rf"\s*{_DASH}\s")
_ANY_DASH = re.compile(rf"(?:[{DASH_CHARACTERS}]|--|(?<=\s)-(?=\s))")
# Links of a quotation that a mixed statement around it claims instead (as linking does): the
# quotation taken to continue the last speaker, or to be said by the subject of the verb before.
_CLAIMED_LINKS = frozenset({"continues", "verb", "none"})
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


def extend_over_reasons(
    statements: list[Statement], quoted: list[QuotedSpan], doc: Doc
) -> list[Statement]:
    """``statements`` with each mixed statement that ends at a bare closing mark followed by a
    subordinator of reason or condition run on to the end of that clause. A statement inside
    that clause of the same cue (the clause read as a fragment of its own), or a quotation in
    it linked by a weaker rule (continuing the last speaker, said by the subject of the verb
    before it), is the same words, claimed by the mixed statement: it is dropped."""
    closes = {q.close for q in quoted}
    extended = [_over_reason(s, closes, doc) for s in statements]
    grown = [(s, e) for s, e in zip(statements, extended, strict=True) if s.end != e.end]
    return [
        e
        for e in extended
        if not any(
            (e.group == g.group or e.link in _CLAIMED_LINKS)
            and e is not g
            and s.end <= e.start
            and e.end <= g.end
            for s, g in grown
        )
    ]


def _over_reason(statement: Statement, closes: set[int], doc: Doc) -> Statement:
    if statement.kind != "mixed" or statement.end not in closes:
        return statement
    text = doc_text(doc)
    if text[statement.start : statement.end].rstrip("\"”’'")[-1:] in ",.;:!?":
        return statement
    after = doc.char_span(statement.end, len(text), alignment_mode="expand")
    if after is None or len(after) < 2 or after[0].lower_ not in _reasons():
        return statement
    end = _clause_end(after[0])
    return replace(statement, end=end) if end > statement.end else statement


def _clause_end(first: Token) -> int:
    """Where the clause opened by ``first`` ends: before the first comma, semicolon, colon or
    dash outside quotation marks, or at the sentence end (closing punctuation left out)."""
    end = first.idx + len(first.text)
    inside = False
    for token in first.doc[first.i : first.sent.end]:
        if token.is_quote:
            inside = not inside
        elif not inside and (token.text in ",;:" or is_dash(token)):
            break
        if not token.is_punct or token.is_quote:
            end = token.idx + len(token.text)
    return end


@lru_cache(maxsize=1)
def _reasons() -> frozenset[str]:
    return word_set("en/mixed_ends.toml", "reasons")
