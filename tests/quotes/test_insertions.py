"""Editorial insertions inside quotations."""

from __future__ import annotations

from quotewire.quotes.insertions import find_insertions


def test_square_brackets() -> None:
    text = "it [the situation] has demonstrated"
    assert [s.text for s in find_insertions(text, 0, len(text))] == ["[the situation]"]


def test_signed_parentheses_are_editorial() -> None:
    text = "use this experience (experience of the CSTO contingent - TASS), but we"
    found = find_insertions(text, 0, len(text))
    assert [s.text for s in found] == ["(experience of the CSTO contingent - TASS)"]
    assert text[found[0].start : found[0].end] == found[0].text


def test_speakers_own_parentheses_are_kept() -> None:
    text = "we did it (and we would do it again) without help"
    assert find_insertions(text, 0, len(text)) == []
