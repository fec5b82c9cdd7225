"""Speakers, forty-fourth round: what a "there is" sentence introduces shows or suggests what
a participle on it says, and a noun cue it introduces credits no one
(quotes/existentials); a verb the tagger read as a noun heading the sentence has the
modifier before it as its subject (quotes/misparsed_subjects
``subject_of_verb_read_as_noun``); an adjective right after a noun for people is that noun's
(speakers/adjective_sources ``described_noun``). Sentences are made up."""

from __future__ import annotations

import pytest
from speaker_samples import speaker_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "fragment", "source"),
    [
        (
            "There is anecdotal evidence suggesting that younger voters are more likely to "
            "stay home in March.",
            "younger voters",
            "anecdotal evidence",
        ),
        (
            "There is no public information showing whether the donation complied with the rules.",
            "the donation complied",
            "no public information",
        ),
        (
            "There were also emails that night showing that officials knew the group was "
            "behind the attack.",
            "officials knew",
            "emails",
        ),
    ],
)
def test_a_participle_on_what_there_is_is_that_nouns(text: str, fragment: str, source: str) -> None:
    assert speaker_of(text, fragment) == source


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        (
            "Voters have different views, and there were numerous complaints that the count "
            "was rigged.",
            "the count was rigged",
        ),
        (
            "States have widely different subsidy patterns, and there would be immediate "
            "concerns about how the plan would work.",
            "how the plan would work",
        ),
    ],
)
def test_a_noun_cue_there_is_introduces_is_not_the_next_clauses_subjects(
    text: str, fragment: str
) -> None:
    assert speaker_of(text, fragment) is None


def test_a_verb_read_as_a_noun_has_the_partitive_before_it_as_subject() -> None:
    text = (
        "Some view Trump's prospective nomination as a sort of hostile takeover, although "
        "they have failed to devise a way to block him."
    )
    assert speaker_of(text, "hostile takeover") == "Some"


@pytest.mark.parametrize(
    ("text", "fragment", "source"),
    [
        (
            "He will try to galvanize those voters sick of the status quo.",
            "the status quo",
            "those voters",
        ),
        (
            "If all goes well, the Democrats will arrive at their convention with Sanders "
            "fully supportive of Clinton.",
            "Clinton",
            "Sanders",
        ),
        ("There are lawmakers nervous about the new tax.", "the new tax", "lawmakers"),
        # a noun a copula says its subject is stands for that subject
        ("Smith is a lawyer eager to challenge the new rules in court.", "to challenge", "Smith"),
    ],
)
def test_an_adjective_right_after_a_noun_for_people_is_that_nouns(
    text: str, fragment: str, source: str
) -> None:
    assert speaker_of(text, fragment) == source


def test_an_adjective_right_after_a_thing_is_not_the_things() -> None:
    text = "Obama himself has even made comments supportive of Clinton's bid."
    assert speaker_of(text, "Clinton's bid") != "comments"
