"""Tenth round: an organisation noun after "a"/"an"/"one" introduces a new source named by its
whole phrase, and so do a party's members described by what follows their name; only a
definite or bare organisation noun refers to an organisation named before."""

from __future__ import annotations

import pytest
from speaker_samples import speaker_of

_EXPERTS = (
    "A bipartisan group of 32 national security experts at the Aspen Institute Homeland "
    "Security Group warned that the law is weak.\n\n"
)


@pytest.mark.slow
def test_an_indefinite_group_is_not_the_group_named_before() -> None:
    text = _EXPERTS + "A group of liberal Rabbis planned to protest the speech."
    assert speaker_of(text, "protest the speech") == "A group of liberal Rabbis"


@pytest.mark.slow
def test_an_indefinite_group_keeps_its_whole_phrase() -> None:
    assert speaker_of(_EXPERTS, "the law is weak") == (
        "A bipartisan group of 32 national security experts at the Aspen Institute Homeland "
        "Security Group"
    )


@pytest.mark.slow
def test_an_indefinite_paper_before_a_colon_names_its_author() -> None:
    text = (
        "Economists have criticised the plan for months.\n\n"
        "Likewise, a paper from the left-leaning Brookings Institution had this to say about "
        'his proposal: "Families from the top half of the income distribution would receive '
        '24% more in dollar value than students from the lower half."'
    )
    assert speaker_of(text, "Families from the top half") == (
        "a paper from the left-leaning Brookings Institution"
    )


@pytest.mark.slow
def test_the_group_still_refers_back() -> None:
    text = _EXPERTS + "The group said it would publish its report in May."
    assert speaker_of(text, "it would publish") == "Aspen Institute Homeland Security Group"


@pytest.mark.slow
def test_party_members_described_by_what_follows_are_a_group() -> None:
    text = (
        "Several senior Democrats with longtime ties to both Clintons cited the damage done by "
        "the emails.\n\nSanders and Clinton are nearing an agreement, according to Democrats "
        "involved in the negotiations and planning."
    )
    assert speaker_of(text, "the damage done") == (
        "Several senior Democrats with longtime ties to both Clintons"
    )
    assert speaker_of(text, "nearing an agreement") == (
        "Democrats involved in the negotiations and planning"
    )


@pytest.mark.slow
def test_party_members_with_a_relative_clause_or_an_aside_stay_the_party() -> None:
    text = (
        "Even Republicans who have praised his candidacy warned on Tuesday that he was wrong."
        "\n\nWhile many Republicans, like Mr. Ryan, continued to say they support him, others "
        "did not."
    )
    assert speaker_of(text, "he was wrong") == "Republicans"
    assert speaker_of(text, "they support him") == "Republicans"
