"""Titles and roles around person names (speakers/mentions.py, speakers/coref.py,
speakers/clusters.py, data/en/people.toml): the words of a title are no part of the name
("President Elect", "Chief Constable", "Cr" for a councillor), a surname the recogniser tagged
as an organisation under its title is the person ("Prof Sevior", "Rear Admiral Harris"), an
office with its "of" phrase is one role ("Secretary of State"), and a person's own surname or
given names are no role. Sentences and names are made up or recombined."""

from __future__ import annotations

import pytest
from speaker_samples import speaker_and_role_of_opening, speaker_of_opening

from quotewire.speakers.clusters import Entity


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "opening", "speaker", "role"),
    [
        pytest.param(
            "So more teachers can be hired, President Elect Evo Morales announced that he and "
            "his cabinet will take a pay cut.",
            "that he and his",
            "Evo Morales",
            "President Elect",
            id="president_elect",
        ),
        pytest.param(
            "Police Chief Constable Hugh Orde has said that he believes two gangs are behind the "
            "violence, which broke out after a parade.",
            "that he believes",
            "Hugh Orde",
            "Police Chief Constable",
            id="chief_constable",
        ),
    ],
)
def test_title_words_are_the_role_not_the_name(
    text: str, opening: str, speaker: str, role: str
) -> None:
    assert speaker_and_role_of_opening(text, opening) == (speaker, role)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "opening", "speaker"),
    [
        pytest.param(
            'The council met on Monday.\n\n"It is an iconic heritage building," Cllr Hartley said.',
            "It is an iconic",
            "Hartley",
            id="cllr",
        ),
        pytest.param(
            "Mayor of Waverley, Mora Main, says there are already flags in the area.\n\n"
            '"It is an iconic heritage building," Cr Main said.',
            "It is an iconic",
            "Mora Main",
            id="cr_joins_the_full_name",
        ),
    ],
)
def test_a_councillors_abbreviated_title_is_no_part_of_the_name(
    text: str, opening: str, speaker: str
) -> None:
    assert speaker_of_opening(text, opening) == speaker


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "opening"),
    [
        pytest.param(
            "Rear Admiral Harry Harris, the commander of the base, says some detainees were "
            "injured in the riot.\n\nOfficers fired rubber bullets at the detainees after the "
            'guards were attacked. Rear Admiral Harris says, "minimum force was used to quell the '
            'disturbance".',
            "minimum force",
            id="rear_admiral",
        ),
    ],
)
def test_a_titled_surname_tagged_as_an_organisation_is_the_person(text: str, opening: str) -> None:
    assert speaker_of_opening(text, opening) == "Harry Harris"


@pytest.mark.slow
def test_an_office_with_its_of_phrase_is_one_role() -> None:
    # the misspelt office ends the name's phrase at "of"; the role was "State"
    text = (
        "During his first visit, the United States has now officially recognized that this is "
        "an issue of great concern to its European allies. Seceretary of State Condoleezza "
        "Rice promised an official U.S. clarification on this matter in the near future."
    )
    assert speaker_and_role_of_opening(text, "an official") == (
        "Condoleezza Rice",
        "Seceretary of State",
    )


@pytest.mark.slow
def test_a_surname_read_as_a_common_noun_is_no_role() -> None:
    text = (
        "The newspaper has reported that Evo Morales has won the elections.\n\n"
        "Morales is an Aymara Indian and former coca farmer himself.\n\n"
        'Morales described his victory as a signal that "a new history of Bolivia begins."'
    )
    assert speaker_and_role_of_opening(text, "his victory") == ("Evo Morales", None)


def test_a_title_kept_in_front_of_the_name_stays_a_role() -> None:
    surname = Entity(1, "Evo Morales", "person")
    surname.take_role("Morales")
    titled = Entity(2, "King Mswati III", "person")
    titled.take_role("King")
    assert (surname.role, titled.role) == (None, "King")
