"""Twenty-eighth round: three small source shapes (speakers/mentions.py,
speakers/adverbial_participles.py, quotes/sources.py, speakers/recogniser_gaps.py): a relative
clause opened by a dash is no part of the source's name; a participle after "while" is done by
the subject of the clause it modifies, an infinitive on the object "an opportunity" by the one
given it; and "One voter, Jane Doe, 35," names a person."""

from __future__ import annotations

import pytest
from speaker_samples import speaker_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "The film ― which weaves together the voices of historians and activists like Maria "
        "Lopez and John Carter, among others ― says that the port was the heart of the town.",
        "The report — which draws on interviews with dozens of officials — says that the "
        "program failed.",
    ],
)
def test_a_relative_clause_between_dashes_is_no_part_of_the_source(text: str) -> None:
    assert speaker_of(text, "that") in ("The film", "The report")


def test_a_participle_after_while_is_done_by_the_subject_of_its_clause() -> None:
    text = (
        'Instead, Senator Ann Ruiz was back to boasting about "winning" and pledging to make '
        "the state great again, while taking slams at Governor Tom Baker and totally ignoring "
        "Mayor Lee."
    )
    assert speaker_of(text, "Tom Baker") == "Ann Ruiz"


def test_an_infinitive_on_a_given_opportunity_is_done_by_the_receiver() -> None:
    text = (
        "The contested convention gives Democrats an opportunity to take aim at the "
        "Republicans before they are ready."
    )
    assert speaker_of(text, "the Republicans") == "Democrats"


def test_one_voter_apposed_to_a_name_makes_it_a_person() -> None:
    text = (
        "The rally drew a large crowd on Sunday.\n\n"
        "One voter, Guadalupe Potocacetpl, 35, showed up in the green gear of a local group. He "
        "had protested at a rally in Phoenix.\n\n"
        '"I met a lot of supporters, and I liked every reason they gave," he said.'
    )
    assert speaker_of(text, "I met a lot") == "Guadalupe Potocacetpl"
