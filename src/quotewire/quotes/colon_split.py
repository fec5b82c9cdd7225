"""Cut the writer's sentence off a quotation that a colon opens and a cue after it attributes.

'Dermot argued that the town had lost its way: "Nobody here recognises it," he said.'
The parser hangs the whole sentence before the closing mark on "said", so its reported clause
runs from "Dermot argued ..." through the colon into the quotation and linking makes one mixed
statement of it. What "he said" reports is the quotation only: the words before the colon are
the writer's (with a cue of their own, "argued"), and PolNeAR annotates the quotation alone as
the direct quote.

A cue before the colon is left alone ('She adds that voters have two options: "Stay home or
turn out."'): there the clause and the quotation are one statement.
"""

from __future__ import annotations

from dataclasses import replace

from quotewire.quotes.linking import Statement
from quotewire.quotes.marks import QuotedSpan


def cut_at_colons(
    statements: list[Statement], quoted: list[QuotedSpan], text: str
) -> list[Statement]:
    """``statements`` with each mixed statement that ends in a quotation opened right after a
    colon, and attributed by a cue after that quotation, cut down to the quotation (direct)."""
    result: list[Statement] = []
    for statement in statements:
        quotation = _quotation_after_colon(statement, quoted, text)
        if quotation is None:
            result.append(statement)
        else:
            result.append(
                replace(statement, start=quotation.start, end=quotation.end, kind="direct")
            )
    return sorted(result, key=lambda s: s.start)


def _quotation_after_colon(
    statement: Statement, quoted: list[QuotedSpan], text: str
) -> QuotedSpan | None:
    """The quotation that opens right after a colon inside a mixed statement, runs to the
    statement's end and comes before the statement's cue, if there is one."""
    if statement.kind != "mixed" or statement.frame is None:
        return None
    cue = statement.frame.cue.idx
    for q in quoted:
        if not statement.start < q.open < statement.end or q.close < statement.end:
            continue
        if cue >= q.close and text[statement.start : q.open].rstrip().endswith(":"):
            return q
    return None
