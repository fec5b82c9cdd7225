"""A quotation opened by a colon and attributed by a cue after it is cut off the writer's
sentence before the colon; a cue before the colon keeps clause and quotation together.
Sentences are made up."""

from __future__ import annotations

import spacy

from quotewire.quotes.colon_split import cut_at_colons
from quotewire.quotes.frames import Frame
from quotewire.quotes.linking import Statement
from quotewire.quotes.marks import QuotedSpan, find_quoted_spans


def mixed_statement(text: str, cue_word: str) -> tuple[Statement, list[QuotedSpan]]:
    doc = spacy.blank("en")(text)
    cue = next(t for t in doc if t.text == cue_word)
    frame = Frame(cue, [cue], doc[0], None, 0.9)
    quoted = find_quoted_spans(text, [(0, len(text))])
    end = quoted[-1].close
    return Statement(0, end, "mixed", frame, 0, "clause"), quoted


def test_cue_after_the_quotation_takes_the_quotation_only() -> None:
    text = "Dermot argued the town had lost its way: “Nobody here recognises it,” he said."
    statement, quoted = mixed_statement(text, "said")
    [cut] = cut_at_colons([statement], quoted, text)
    assert (cut.kind, text[cut.start : cut.end]) == ("direct", "Nobody here recognises it,")
    assert cut.frame is statement.frame


def test_cue_before_the_colon_keeps_one_mixed_statement() -> None:
    text = "She adds that voters have two options: “Stay home or turn out.”"
    statement, quoted = mixed_statement(text, "adds")
    assert cut_at_colons([statement], quoted, text) == [statement]
