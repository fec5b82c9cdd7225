"""Recogniser gaps, third round (speakers/recogniser_gaps.surnames_standing_alone): a given
name and a surname the recogniser read as an organisation everywhere are a person's name when
the article makes the surname alone the subject of a clause ("Hannity asked ..."); an
organisation's last word does not stand alone so. Sentences are made up."""

from __future__ import annotations

import pytest

from quotewire import extract
from quotewire.speakers.recogniser_gaps import surnames_standing_alone

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp():
    from quotewire.nlp.model import load_english

    return load_english()


def test_a_surname_as_a_bare_subject_stands_alone(nlp) -> None:
    doc = nlp("Former executive Carly Fiorina met the bankers. Later, Fiorina warned them.")
    assert "Fiorina" in surnames_standing_alone(doc)


def test_an_organisation_named_in_full_or_with_an_article_does_not(nlp) -> None:
    doc = nlp(
        "Edison Research found that turnout rose. The Foundation said it would give more "
        "money to the schools."
    )
    assert not surnames_standing_alone(doc) & {"Research", "Foundation"}


def test_a_word_the_article_writes_in_lower_case_does_not(nlp) -> None:
    doc = nlp("Hope said the vote was close. There is hope for the party, he said.")
    assert "Hope" not in surnames_standing_alone(doc)


def test_she_after_a_name_read_as_an_organisation_is_that_person() -> None:
    text = (
        "Former executive Carly Fiorina met the bankers on Monday.\n\n"
        "Fiorina was much quieter than the rest of the room.\n\n"
        '"Investors will punish this merger," she recalled.'
    )
    (found,) = [q.speaker for q in extract(text).quotes if q.text.startswith("Investors")]
    assert found == "Carly Fiorina"
