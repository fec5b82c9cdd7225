"""Twenty-first round (quotes/beside.parsed_frame_after): a quotation that ends its sentence
is not reported by a cue in the next sentence when that sentence opens with a conjunction
('"... slogans." But the mayor did not respond') or when the cue reports a clause of its own
('"... campaign." Gov. Kasich said he would have fired ...'). Sentences are made up."""

from __future__ import annotations

import pytest

from quotewire import extract
from quotewire.quotes.beside import _opens_new_sentence

pytestmark = pytest.mark.slow


def _speaker(text: str, opening: str) -> str | None:
    (found,) = [q.speaker for q in extract(text).quotes if q.text.startswith(opening)]
    return found


@pytest.mark.parametrize(
    ("gap", "expected"),
    [
        (" But Mr. Hale, again, ", True),
        ("” While environmentalists ", True),
        (" Mr. Hale ", False),
        (", said ", False),
    ],
)
def test_a_conjunction_opens_a_new_sentence(gap: str, expected: bool) -> None:
    assert _opens_new_sentence(gap) is expected


def test_a_sentence_opened_by_a_conjunction_does_not_take_the_quotation() -> None:
    text = (
        "''There is not much research into backing out coal with something else,'' Mr. "
        "Thurber said. ''They are just throwing renewables at a coal base.'' While "
        "environmentalists welcomed the announcement last year that the country would "
        "increase investment in solar energy, they were less pleased by its plans to triple "
        "coal production."
    )
    assert _speaker(text, "They are just") == "Thurber"


def test_a_cue_with_a_clause_of_its_own_does_not_take_the_quotation() -> None:
    text = (
        '"It is a very sad development," Senator Ted Cruz told reporters in Milwaukee. '
        '"That has no place in a political campaign." Ohio Gov. John Kasich said he would '
        "have fired the manager if such an incident had happened in his campaign."
    )
    assert _speaker(text, "That has no place") == "Ted Cruz"


def test_a_cue_with_a_phrase_after_it_still_takes_the_quotation() -> None:
    text = (
        "In 2008, Arizona Sen. John McCain distanced himself from President George W. Bush.\n\n"
        '"Why in the world would you try to cozy up to George W. Bush?" Allan Lichtman said '
        "about McCain's effort to downplay his connections with Bush."
    )
    assert _speaker(text, "Why in the world") == "Allan Lichtman"
