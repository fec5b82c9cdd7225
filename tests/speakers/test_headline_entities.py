"""Entities the recogniser runs across headline words: a title-case headline clause taken for
an organisation must not become the source that a later common noun ("Police") resolves to."""

from __future__ import annotations

import pytest

from quotewire import extract


@pytest.mark.slow
def test_a_headline_clause_is_not_an_organisation_for_a_later_noun() -> None:
    text = (
        "Denver Arson Suspect Named By Police BEFORE Governor’s Initial Briefing.\n\n"
        "The timeline shows that the name was known hours before the governor spoke.\n\n"
        "11:40 am — Police announce the suspect’s name on the radio: John Miller."
    )
    quotes = [q for q in extract(text).quotes if q.cue == "announce"]
    assert [q.speaker for q in quotes] == ["Police"]
