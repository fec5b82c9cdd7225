"""Thirty-fifth round: a participle of judging ("known", "referred", "expected", "projected")
whose noun is what is judged, in shapes the parser does not label passive
(quotes/uncredited_sources.credits_source): a participle hung on a copula ("is well known
for"), an aside between commas read as a clause of its own ("Its jet, often referred to as
..., has"), and an absolute clause opened by "with" ("with Hale and Moss expected to win").
Who knows, refers or expects is not said, so the statement has no speaker; an active verb of
the same list, and a participle of feeling, keep their subject. Sentences and names are made
up."""

from __future__ import annotations

import pytest
from speaker_samples import speaker_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        pytest.param(
            "Corvane is well known for making a wide range of garden tools, including rakes.",
            "a wide range of garden tools",
            id="known_on_a_copula",
        ),
        pytest.param(
            "Her private jet, often referred to as Marsh Air One, has received lavish coverage.",
            "Marsh Air One",
            id="referred_in_an_aside_read_as_a_clause",
        ),
        pytest.param(
            "The primaries are set for May 4, with Hale and Moss expected to win and face "
            "each other in the general election.",
            "face each other",
            id="expected_after_with",
        ),
        pytest.param(
            "With the number of retirees drawing Social Security projected to climb to 80 "
            "million by 2035, the fund will run short.",
            "to climb to 80 million",
            id="projected_after_with",
        ),
    ],
)
def test_what_is_judged_does_not_judge(text: str, fragment: str) -> None:
    assert speaker_of(text, fragment) is None


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        pytest.param(
            "Senator Ellen Marsh, the party's nominee, predicted that she would win Ohio.",
            "she would win Ohio",
            "Ellen Marsh",
            id="an_active_verb_after_an_apposition",
        ),
        pytest.param(
            "Senator Ellen Marsh expected that the bill would pass by Friday.",
            "the bill would pass",
            "Ellen Marsh",
            id="an_active_verb_with_its_subject",
        ),
    ],
)
def test_an_active_judging_verb_keeps_its_subject(text: str, fragment: str, speaker: str) -> None:
    assert speaker_of(text, fragment) == speaker
