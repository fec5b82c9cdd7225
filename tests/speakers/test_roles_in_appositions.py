"""Roles read from appositions and titles (speakers/apposed_roles.py, speakers/mentions.py,
speakers/coref.py, data/en/people.toml), found by the fourth answers audit: a phrase of time
or an age in the apposition is no role, an office before an apposed name keeps its "of"
phrase but not a bracketed aside, a name apposed to an office takes it as its role, a name
read as an inverted subject takes no role from the verb's real subject, rank abbreviations
are no part of a role and "PM" is a title. An organisation keeps the role words of its name
("White House", "Justice Department"), and "the department" refers back to the organisation
whose name it heads. Sentences and names are made up."""

from __future__ import annotations

import pytest
from speaker_samples import speaker_and_role_of_opening


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "opening", "speaker", "role"),
    [
        pytest.param(
            "Mr Thompson, the Prime Minister of Canada for over ten years now, said that the "
            "country's best years lie ahead.",
            "that the country",
            "Thompson",
            "Prime Minister of Canada",
            id="time_phrase_left_out",
        ),
        pytest.param(
            "According to investigators, Petro Kovalenko, 23, said he had over-corrected.",
            "he had over",
            "Petro Kovalenko",
            None,
            id="an_age_is_no_role",
        ),
        pytest.param(
            '"We would rather have a young tree," said the director of the museum, Hans Velde.',
            "We would rather",
            "Hans Velde",
            "director of the museum",
            id="office_keeps_its_of_phrase",
        ),
        pytest.param(
            "The general secretary of the TSSA union (Transport Salaried Staffs Association), "
            "Mick Rowan, said the measure was weak.",
            "the measure",
            "Mick Rowan",
            "general secretary of the TSSA union",
            id="bracketed_aside_left_out",
        ),
        pytest.param(
            "Gunmen opened fire in an attempt on the life of the president of Moldavia, Andrei "
            'Rusu.\n\n"The enemies of our country tried to disrupt the ceremony," stated Rusu '
            "in a statement on national television.",
            "The enemies",
            "Andrei Rusu",
            "president of Moldavia",
            id="name_apposed_to_an_office",
        ),
        pytest.param(
            "The army has not commented, but military spokesman Maj. Tom Hallett says the report "
            "is under investigation.",
            "the report",
            "Tom Hallett",
            "military spokesman",
            id="rank_abbreviation_is_no_role",
        ),
    ],
)
def test_roles_from_appositions_and_titles(
    text: str, opening: str, speaker: str, role: str | None
) -> None:
    assert speaker_and_role_of_opening(text, opening) == (speaker, role)


@pytest.mark.slow
def test_an_inverted_object_takes_no_role_from_the_subject() -> None:
    text = (
        "Maria Delgado yesterday resumed the office of Speaker.\n\n"
        '"I pledge that this chamber will be transparent," Delgado told the public. '
        'President Tom Whitfield congratulated Delgado, saying, "we can get things done."'
    )
    assert speaker_and_role_of_opening(text, "I pledge") == ("Maria Delgado", None)


@pytest.mark.slow
def test_pm_is_a_title() -> None:
    text = (
        '"The situation is calmer," said Prime Minister Jean Fournier.\n\n'
        '"Those who shoot at policemen are criminals," PM Fournier told the parliament.'
    )
    assert speaker_and_role_of_opening(text, "Those who shoot")[0] == "Jean Fournier"


@pytest.mark.slow
def test_a_bracket_the_name_leaves_open_is_cut() -> None:
    text = (
        "In an advisory the National Storm Center (NSC) reported that the storm had strengthened."
    )
    assert speaker_and_role_of_opening(text, "that the storm")[0] == "National Storm Center"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "opening", "speaker"),
    [
        pytest.param(
            "The White House said the plan would work.", "the plan", "White House", id="white"
        ),
        pytest.param(
            "Press TV said the crash was followed by a fire.", "the crash", "Press TV", id="press"
        ),
        pytest.param(
            "The Justice Department said the plan would work. The department added that it was "
            "pleased.",
            "that it was",
            "Justice Department",
            id="the_department_refers_back",
        ),
        pytest.param(
            "The Campaign Legal Center filed a complaint on Monday. Huckabee has a campaign. His "
            "campaign said the complaint was baseless.",
            "the complaint was",
            "His campaign",
            id="a_word_that_is_not_the_head",
        ),
    ],
)
def test_an_organisation_keeps_its_role_words(text: str, opening: str, speaker: str) -> None:
    assert speaker_and_role_of_opening(text, opening)[0] == speaker
