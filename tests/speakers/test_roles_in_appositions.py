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
        pytest.param(
            '"We will hold the bridge until dawn," Major Tariq Aziz said.',
            "We will hold",
            "Tariq Aziz",
            "Major",
            id="rank_that_is_also_a_given_name_is_the_role",
        ),
        pytest.param(
            "Crown Prince Faisal bin Khalid of Jordan said that the talks would continue.",
            "that the talks",
            "Faisal bin Khalid",
            "Crown Prince",
            id="crown_prince_is_a_role",
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


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "opening", "speaker", "role"),
    [
        pytest.param(
            "Dana Whitlow is a spokesperson for the National Association of Realtors. "
            '"Prices will fall," Whitlow said.',
            "Prices will",
            "Dana Whitlow",
            "spokesperson for the National Association of Realtors",
            id="copula_in_a_sentence_of_its_own",
        ),
        pytest.param(
            "Harold Brink, who was the county's sheriff at the time, said the road had been "
            "closed.",
            "the road",
            "Harold Brink",
            "county's sheriff",
            id="relative_clause",
        ),
        pytest.param(
            "Brian Halloran, who was the President's Special Envoy to the coalition until "
            "December, also criticized the decision via Twitter.",
            "the decision",
            "Brian Halloran",
            "President's Special Envoy",
            id="relative_clause_capitalised_office",
        ),
        pytest.param(
            "Ann Lowry, who is not a candidate, said the vote was fair.",
            "the vote",
            "Ann Lowry",
            None,
            id="negated_copula",
        ),
        pytest.param(
            'Ann Lowry said Mr. Kemp was a candidate of the old school. "We will see," Kemp said.',
            "We will see",
            "Kemp",
            None,
            id="copula_in_reported_words",
        ),
        pytest.param(
            '"The city is quiet tonight," said Richard Kemble of The Morning Chronicle.',
            "The city",
            "Richard Kemble",
            "of The Morning Chronicle",
            id="affiliation",
        ),
        pytest.param(
            "One of these groups, the Kurdish Defence Units, said it would fight on.",
            "it would",
            "Kurdish Defence Units",
            None,
            id="group_apposed_to_a_share",
        ),
        pytest.param(
            "Mark Bellow, a former deputy assistant secretary of state who is now at the Center "
            "for Strategic Studies, also questioned the plan.",
            "the plan",
            "Mark Bellow",
            "former deputy assistant secretary of state",
            id="relative_clause_in_the_apposition_left_out",
        ),
        pytest.param(
            "A total of 12 sites will be blocked according to Robert Wells of the Associated "
            "Press: Metacafe, iFilm, StupidVideos and Photobucket.",
            "A total",
            "Robert Wells",
            "of the Associated Press",
            id="a_list_after_a_colon_is_no_role",
        ),
        pytest.param(
            "Ana Ruiz was today sworn in for a second term as Prime Minister of Spain. "
            '"We will govern for all," Ruiz said.',
            "We will govern",
            "Ana Ruiz",
            "Prime Minister of Spain",
            id="office_taken_as",
        ),
        pytest.param(
            "Tom Baker was appointed as chief executive of Acme Corp in May. "
            '"We will grow," Baker said.',
            "We will grow",
            "Tom Baker",
            "chief executive of Acme Corp",
            id="office_taken_as_lower_case",
        ),
        pytest.param(
            'Tom Baker was elected as a delegate. "We will grow," Baker said.',
            "We will grow",
            "Tom Baker",
            None,
            id="taken_as_no_office",
        ),
    ],
)
def test_roles_stated_and_affiliations(
    text: str, opening: str, speaker: str, role: str | None
) -> None:
    assert speaker_and_role_of_opening(text, opening) == (speaker, role)


@pytest.mark.slow
def test_an_untagged_word_opening_an_organisation_name_is_kept() -> None:
    text = "PTS Taiwan reported that the debate was heated."
    assert speaker_and_role_of_opening(text, "that the debate")[0] == "PTS Taiwan"


@pytest.mark.slow
def test_a_bracketed_list_after_a_share_is_not_the_source() -> None:
    text = "Its loyalty might be claimed by one or more of his rivals (Sanders, Warren or Cruz)."
    speaker = speaker_and_role_of_opening(text, "Its loyalty")[0]
    assert speaker is not None and speaker.startswith("one or more")
