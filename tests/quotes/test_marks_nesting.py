"""Straight quotation marks around typographic ones, and paragraphs cut at single line breaks."""

from __future__ import annotations

from quotewire.quotes.english import _paragraph_lines
from quotewire.quotes.marks import find_quoted_spans


def quoted(text: str, regions: list[tuple[int, int]] | None = None) -> list[str]:
    spans = find_quoted_spans(text, regions or [(0, len(text))])
    return [text[s.start : s.end] for s in spans]


def test_typographic_pair_inside_straight_marks_stays_in_the_quotation() -> None:
    text = '"The office isn’t about “Homes For Everyone” anymore. It is politics."'
    assert quoted(text) == ["The office isn’t about “Homes For Everyone” anymore. It is politics."]


def test_straight_marks_wrapping_an_excerpt_give_the_inner_quotation() -> None:
    text = '"“You don’t win by how many games you win,” Ortiz responded."'
    assert quoted(text) == ["You don’t win by how many games you win,"]


def test_inner_pair_kept_when_the_straight_mark_never_closes() -> None:
    text = 'He is 5\'10" tall and "said “we will win the vote” loudly.'
    assert "we will win the vote" in quoted(text)


def test_nested_pair_of_a_multi_paragraph_quotation_is_not_a_quotation_of_its_own() -> None:
    first = '"We called it “the plan” for years.'
    second = '"And then it failed."'
    text = f"{first}\n\n{second}"
    regions = [(0, len(first)), (len(first) + 2, len(text))]
    spans = find_quoted_spans(text, regions)
    assert len(spans) == 1 and spans[0].paragraphs == 2


def test_paragraph_cut_at_a_line_break_between_sentences() -> None:
    text = "He said it works.\n“It does,” she said.\nThe end of a\nwrapped line."
    lines = [text[a:b] for a, b in _paragraph_lines(text, 0, len(text))]
    assert lines == ["He said it works.", "“It does,” she said.", "The end of a\nwrapped line."]
