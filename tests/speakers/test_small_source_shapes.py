"""Twenty-seventh round: small source shapes the answers audits found next to quotation marks
(quotes/trailing.py, quotes/frame_repair.py): a stray comma between a described name and its
verb, an age between a surname and "told" after a comma outside the closing mark, a
hyphenated given name the tagger reads as a preposition after an inverted cue; an answer's
owner as the source of a verb that shares its subject (speakers/mentions.py, ``message_nouns``),
no role from words that only say how someone was ("An outraged Maria Lopez"), and no
participle of a perfect in a group's name ("has outraged environment activists")."""

from __future__ import annotations

import pytest
from speaker_samples import speaker_and_role_of_opening, speaker_of

pytestmark = pytest.mark.slow


def test_a_stray_comma_between_a_described_name_and_its_verb() -> None:
    text = (
        '"I can confirm that 35 bodies have been counted," administrator Ann Ruiz told.\n\n'
        '"It was a powerful bomb. There was blood everywhere," police official Mehrab Khan, '
        "told AP."
    )
    assert speaker_of(text, "powerful bomb") == "Mehrab Khan"


def test_an_age_after_a_surname_before_told_and_a_plain_listener() -> None:
    text = (
        '"People have underestimated Mark Hurd before," analyst Shaw Wu said.\n\n'
        '"EDS is more mature and more sophisticated in many of the processes that they bring '
        'to market than where we are", Hurd, 51, told analysts on a conference call yesterday.'
    )
    assert speaker_of(text, "more mature") == "Mark Hurd"


def test_a_hyphenated_given_name_after_an_inverted_cue_is_the_source() -> None:
    text = (
        '"This is integration in reverse," said Per-Willy Amundsen, the Progress Party '
        "spokesman on immigration."
    )
    assert speaker_of(text, "integration in reverse") == "Per-Willy Amundsen"


def test_the_owner_of_an_answer_said_what_it_says() -> None:
    text = (
        "The magazine asked Commissioner Lars Henriksson why the page was censored. His answer "
        "was that he cannot discuss individual sites, but said that sites linking to such pages "
        "are also within the scope of the law."
    )
    assert speaker_of(text, "within the scope") == "Lars Henriksson"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("An outraged Maria Lopez said the decision was a disgrace.", None),
        ("A visibly shaken Maria Lopez said the decision was a disgrace.", None),
        ("An emotional Maria Lopez said the decision was a disgrace.", None),
        ("Former Senator Maria Lopez said the decision was a disgrace.", "Former Senator"),
    ],
)
def test_a_mood_before_a_name_is_no_role(text: str, role: str | None) -> None:
    assert speaker_and_role_of_opening(text, "the decision") == ("Maria Lopez", role)


def test_the_participle_of_a_perfect_is_no_part_of_the_group() -> None:
    text = (
        "The announcement made by the president has outraged environment activists who warn "
        "about the ecological damages that the military actions may cause in the area."
    )
    assert speaker_of(text, "ecological damages") == "environment activists"
