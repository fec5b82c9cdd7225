"""Twenty-ninth round: a verb conjunct the parser hung on a relative clause although its tense
is the main clause's (quotes/relative_conjuncts.py ``main_verb_continued``, used by
quotes/sources.py ``find_speaker``): it shares the main clause's subject, not the relative
clause's noun."""

from __future__ import annotations

import pytest
from speaker_samples import speaker_of, speaker_of_opening

pytestmark = pytest.mark.slow


def test_a_present_conjunct_after_a_past_relative_clause_continues_the_main_clause() -> None:
    text = (
        "Ann Ruiz and Tom Baker have all described their recent speeches as the end of old "
        "promises to the groups that brought them in and say they are no longer accepting "
        "invitations."
    )
    assert speaker_of(text, "no longer accepting") == "Ann Ruiz"


def test_a_past_conjunct_after_a_perfect_relative_clause_continues_the_main_clause() -> None:
    text = (
        "Senator Ann Ruiz blamed the governor for policies that have wrought turmoil in the "
        "state and cast her rival as a failure who would continue them."
    )
    assert speaker_of_opening(text, "her rival as a failure") == "Ann Ruiz"


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "Senator Ann Ruiz, who has both endorsed Mr. Tom Baker and criticized his "
            "campaign, offered a restrained embrace on Tuesday.",
            "his campaign",
            "Ann Ruiz",
        ),
        (
            "In the fall, Ruiz hopes to make a statement in a contest that will effectively "
            "end the primaries and encourage the party to coalesce around her candidacy.",
            "to coalesce",
            "a contest",
        ),
    ],
)
def test_a_conjunct_in_the_relative_clauses_tense_stays_in_it(
    text: str, fragment: str, speaker: str
) -> None:
    assert speaker_of_opening(text, fragment) == speaker
