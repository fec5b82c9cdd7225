"""Twentieth round (speakers/antecedents.salience): a name the parser hangs in apposition on
a subject ("HUD spokeswoman Donna White confirmed", "Her spokesman, Brian Fallon, said") is
as salient for a later "he"/"she" as that subject. Sentences and names are made up."""

from __future__ import annotations

import pytest

from quotewire import extract
from quotewire.speakers.antecedents import SOURCE_SALIENCE, salience

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp():
    from quotewire.nlp.model import load_english

    return load_english()


def test_a_name_in_apposition_to_a_main_subject_is_a_main_subject(nlp) -> None:
    doc = nlp("Her spokesman, Brian Fowler, toured the office where Mark Quill once worked.")
    fowler = next(t for t in doc if t.text == "Fowler")
    assert fowler.dep_ == "appos"
    assert salience(fowler) == SOURCE_SALIENCE


def test_a_name_in_apposition_to_an_object_stays_an_object(nlp) -> None:
    doc = nlp("Reporters met her spokesman, Brian Fowler, in the lobby.")
    fowler = next(t for t in doc if t.text == "Fowler")
    assert fowler.dep_ == "appos"
    assert salience(fowler) == 0.0


def test_he_after_an_apposed_subject_is_that_person() -> None:
    text = (
        "Her spokesman, Brian Fowler, toured the office where Mark Quill once worked, "
        "reporters said. "
        'He said, "Nobody here has ever heard of the plan."'
    )
    (found,) = [q.speaker for q in extract(text).quotes if q.text.startswith("Nobody")]
    assert found == "Brian Fowler"
