"""Pairing quotation marks: kinds of marks, paragraphs, apostrophes, inches, stray marks."""

from __future__ import annotations

from quotewire.quotes.marks import find_quoted_spans
from quotewire.read.layout import split_paragraphs


def quoted(text: str) -> list[str]:
    regions = [(p.start, p.end) for p in split_paragraphs(text)]
    return [text[s.start : s.end] for s in find_quoted_spans(text, regions)]


def test_typographic_straight_and_guillemets() -> None:
    text = 'He said “one”, then "two", then «three» and „four“.'
    assert quoted(text) == ["one", "two", "three", "four"]


def test_span_is_the_content_inside_the_marks() -> None:
    text = 'She said: "We will win."'
    spans = find_quoted_spans(text, [(0, len(text))])
    assert len(spans) == 1
    assert (text[spans[0].open], text[spans[0].close - 1]) == ('"', '"')
    assert text[spans[0].start : spans[0].end] == "We will win."


def test_multi_paragraph_quote_is_one_span() -> None:
    text = "“First paragraph of the speech.\n\n“Second paragraph,” he said.\n\nNext."
    spans = quoted(text)
    assert spans == ["First paragraph of the speech.\n\n“Second paragraph,"]


def test_carried_quote_ends_before_a_set_in_cue_in_the_next_paragraph() -> None:
    text = (
        '"It is hard here," he said. "They think every one of us is a suspect.\n\n'
        '"And they still think we ride camels," he said. "I told them no."\n\nNext.'
    )
    assert quoted(text) == [
        "It is hard here,",
        "They think every one of us is a suspect.",
        "And they still think we ride camels,",
        "I told them no.",
    ]


def test_carried_quote_runs_on_without_a_set_in_cue() -> None:
    text = 'He spoke. "They think every one of us is a suspect.\n\n"And that is wrong."\n\nNext.'
    assert quoted(text) == ['They think every one of us is a suspect.\n\n"And that is wrong.']


def test_carried_quote_closed_in_another_style_runs_on() -> None:
    text = 'An excerpt: "The hearing was closed.\n\n"He did not tell us that,” King said."\n\nNext.'
    assert quoted(text)[0] == 'The hearing was closed.\n\n"He did not tell us that,'


def test_quote_after_a_cue_sentence_closes_at_its_paragraph_end() -> None:
    text = (
        '"The pool is out of balance," the group wrote. "A correction is needed now.\n\n'
        "Prices rose."
    )
    assert quoted(text) == ["The pool is out of balance,", "A correction is needed now."]


def test_unclosed_quote_after_a_colon_or_mid_sentence_stays_unpaired() -> None:
    text = 'More from the report: "Today the vendors weight their samples.\n\nNext.'
    assert quoted(text) == []
    text = 'He said it was, "at least for now, fine," and "more or less over.\n\nNext.'
    assert quoted(text) == ["at least for now, fine,"]


def test_unclosed_quote_without_reopening_is_dropped() -> None:
    text = "“An unclosed quotation.\n\nA plain paragraph with “a term”."
    assert quoted(text) == ["a term"]


def test_apostrophes_and_inches_are_not_quotes() -> None:
    text = "He is 5'10\" tall. It's the Clintons' plan, isn't it? The '90s were fine."
    assert quoted(text) == []


def test_single_quotes_outside_doubles_only() -> None:
    text = "So-called 'peacekeepers' came. \"He said 'no' twice,\" she said."
    assert quoted(text) == ["peacekeepers", "He said 'no' twice,"]


def test_stray_marks_never_fail() -> None:
    for text in ['"', "”", "“”", "'''", '"a" "', "“a\n\n“b\n\n“c", "‘", "„x"]:
        quoted(text)


def test_two_apostrophes_are_a_double_mark() -> None:
    text = "''It's anti-reform,'' he said. Don't ''worry.''"
    assert quoted(text) == ["It's anti-reform,", "worry."]


def test_single_marks_of_every_kind_pair_wherever_they_stand() -> None:
    # typographic and straight single marks, one opening the text, apostrophes between them
    text = "‘Fine,’ she said. The ‘90s gave ‹oui› and 'non' to Ireland's 'yes'"
    assert quoted(text) == ["Fine,", "oui", "non", "yes"]
