"""Thirty-first round: the words of a description that PolNeAR keeps in the source's name
(speakers/mentions.py). A relative clause whose infinitive follows a verb of leave ("who was
not authorized to speak publicly") says who the source is, not what it said, and stays; a
relative clause that holds a reported clause of its own is still left out."""

from __future__ import annotations

import pytest
from speaker_samples import speaker_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The mayor will propose a new budget next month, according to a city official who "
            "was not authorized to speak publicly before the announcement.",
            "a city official who was not authorized to speak publicly before the announcement",
        ),
        (
            '"We have seen a growing hostility in recent months," said a French official who '
            "was not allowed to speak publicly on the matter.",
            "a French official who was not allowed to speak publicly on the matter",
        ),
    ],
)
def test_a_relative_clause_of_leave_to_speak_stays_in_the_description(
    text: str, speaker: str
) -> None:
    assert speaker_of(text, "new budget" if "budget" in text else "hostility") == speaker


def test_a_relative_clause_that_reports_is_still_left_out() -> None:
    text = "Some economists who have argued that the tax would fail said that it was costly."
    assert speaker_of(text, "costly") == "Some economists"


def test_an_organisation_name_ends_at_a_dash_before_a_word_in_lower_case() -> None:
    text = (
        "The whole plan would raise only $1.1 trillion over the next decade, according to the "
        "Budget Policy Center - half a percentage point of the nation's output."
    )
    assert speaker_of(text, "trillion") == "Budget Policy Center"


def test_a_dash_before_a_capitalised_name_keeps_the_name() -> None:
    text = (
        "EXCLUSIVE – Jane Roe: Don't Trust the Voting Machines.\n\n"
        "There is serious concern about voter fraud, Roe said."
    )
    assert speaker_of(text, "Voting Machines") == "Jane Roe"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "But her campaign and Democrats across the country believe that the attacks may "
            "not be enough.",
            "her campaign and Democrats across the country",
        ),
        (
            "The Smith campaign and some cybersecurity experts said that a foreign government "
            "was behind the hack.",
            "The Smith campaign and some cybersecurity experts",
        ),
    ],
)
def test_an_organisation_noun_with_a_conjunct_names_the_whole_group(
    text: str, speaker: str
) -> None:
    assert speaker_of(text, "that") == speaker


def test_an_organisation_noun_alone_stays_the_organisation() -> None:
    assert speaker_of("The campaign said that it would appeal.", "appeal") == "The campaign"
