"""Thirty-eighth round: source phrases that came out partly right. An approximator on a
word for a share of people stays in the share's name ("Nearly all of ...", "almost everyone");
a restatement between dashes that the parser made the subject gives way to the phrase before
it; an organisation noun with a name right after it ("The Israeli newspaper Haaretz") is the
body that name names; and a name the parser hung on the day it spoke ("Trump Tuesday said") is
the source without the day."""

from __future__ import annotations

import pytest
from speaker_samples import speaker_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "While almost everyone agrees the law was flawed, some critics fear the new "
            "approach will fail.",
            "the law was flawed",
            "almost everyone",
        ),
        (
            "Nearly all of the Democratic mayors of the largest cities have publicly endorsed "
            "the plan.",
            "plan",
            "Nearly all of the Democratic mayors of the largest cities",
        ),
    ],
)
def test_an_approximator_stays_on_a_share_of_people(text: str, fragment: str, speaker: str) -> None:
    assert speaker_of(text, fragment) == speaker


def test_a_sentence_adverb_before_a_share_is_still_left_out() -> None:
    text = "Even most of the delegates said that the rules were unfair."
    assert speaker_of(text, "rules were unfair") == "most of the delegates"


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "Just a quarter of the rules committee – 28 members – can ask the full convention "
            "to vote on her proposal.",
            "vote on her proposal",
            "a quarter of the rules committee",
        ),
        (
            "Other prominent Republicans, like Richard Armitage, Henry Paulson and Brent "
            "Scowcroft ― three former George W. Bush administration big shots ― have also "
            "said they are supporting Clinton.",
            "supporting Clinton",
            "Republicans",
        ),
    ],
)
def test_a_restatement_between_dashes_gives_way_to_the_phrase_before_it(
    text: str, fragment: str, speaker: str
) -> None:
    assert speaker_of(text, fragment) == speaker


def test_a_name_before_a_dash_does_not_run_on_into_the_owner_after_it() -> None:
    text = (
        "In an interview at her Portland hotel room, Deborah Jordan Reynolds - Santilli's "
        "girlfriend and co-host on his YouTube channel - told The Washington Post that "
        "Santilli's skepticism of America turned toward extreme around 2002."
    )
    assert speaker_of(text, "skepticism of America") == "Deborah Jordan Reynolds"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "WASHINGTON — Three senators — two of them Democrats — said the bill would fail.",
            "Three senators — two of them Democrats",
        ),
        ("Trump's campaign manager — Corey Lewandowski — said the bill would fail.", None),
    ],
)
def test_a_dateline_or_a_name_between_dashes_is_not_passed_over(
    text: str, speaker: str | None
) -> None:
    found = speaker_of(text, "bill would fail")
    assert found == (speaker or "Corey Lewandowski")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Israeli newspaper Haaretz noted that officials do not meet the man.", "Haaretz"),
        ("The liberal group MoveOn said that officials do not meet the man.", "MoveOn"),
        ("The newspaper, in an editorial, noted that officials do not meet the man.", None),
    ],
)
def test_an_organisation_noun_with_a_name_after_it_is_that_body(
    text: str, speaker: str | None
) -> None:
    found = speaker_of(text, "officials do not meet")
    assert found == (speaker or "The newspaper")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Donald Trump Tuesday said that the wall would be built.", "Donald Trump"),
        ("Broaddrick Sunday night recounted that the wall would be built.", "Broaddrick"),
        ("Super Tuesday voters said that the wall would be built.", "Super Tuesday voters"),
    ],
)
def test_a_name_before_the_day_it_spoke_is_the_source(text: str, speaker: str) -> None:
    assert speaker_of(text, "wall would be built") == speaker
