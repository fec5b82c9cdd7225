"""Cue detection, round fifteen: speech cues whose words report nobody, or report a title.
A programme or book title after the occasion phrase of a verb of saying ('said on ABC's "This
Week"'), which the parser hangs on the cue itself, and the writer's hedge "it is fair to say
...". Hand-written cases; the ones that attribute load the model."""

from __future__ import annotations

import pytest
from quote_samples import Attribute


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        (
            '"We are not winning yet, but we will keep trying," the senator said on ABC\'s '
            '"This Week" on Sunday.',
            "We are not winning yet, but we will keep trying,",
        ),
        (
            "''He sees Russia as a rival power,'' the adviser said on CBS's ''Face the Nation.''",
            "He sees Russia as a rival power,",
        ),
        (
            '"Of course we will publish our records," the governor said during an interview '
            "on CNN's “State of the Union” Sunday.",
            "Of course we will publish our records,",
        ),
        (
            '"I expect to be vetted," the candidate said on “Meet the Press.”',
            "I expect to be vetted,",
        ),
        (
            '"The mayor is a fraud," the chairman said Sunday on NBC\'s "Meet the Press."',
            "The mayor is a fraud,",
        ),
        # words said after an occasion phrase are still reported
        (
            'The mayor said in a statement, "We will rebuild the bridge."',
            "We will rebuild the bridge.",
        ),
        (
            'The founder said last week in Tel Aviv, "Israel Is The Center."',
            "Israel Is The Center.",
        ),
    ],
)
def test_only_the_words_said_are_reported_around_an_occasion_phrase(
    attribute: Attribute, sentence: str, said: str
) -> None:
    """A programme title after the phrase is not reported; the words said are."""
    quotes, _ = attribute(sentence)
    assert [(q.kind, q.text) for q in quotes] == [("direct", said)]


@pytest.mark.slow
def test_a_book_title_after_an_occasion_noun_and_a_comma_is_not_reported(
    attribute: Attribute,
) -> None:
    quotes, _ = attribute(
        'The war ended any plans to go back, the senator wrote in her memoir, "Long Road Home."'
    )
    assert not any("Long Road Home" in q.text for q in quotes)


@pytest.mark.slow
def test_the_clause_after_a_programme_title_is_still_reported(attribute: Attribute) -> None:
    quotes, _ = attribute(
        'The senator said on ABC\'s "This Week With Jane Doe" that he would "take a look" at '
        "the bill."
    )
    assert [(q.kind, q.text) for q in quotes] == [
        ("mixed", 'that he would "take a look" at the bill')
    ]


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence",
    [
        "It is too soon to say how severe the damage to the campaign might be.",
        "It is safe to say he is referring to the border.",
        "It has always been a bit awkward for Republicans to say that government is the problem.",
        "It would be fair to say that the race is close.",
    ],
)
def test_the_writers_hedge_it_is_fair_to_say_reports_nobody(
    attribute: Attribute, sentence: str
) -> None:
    quotes, _ = attribute(sentence)
    assert quotes == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("The senator is ready to say that the war is over.", "that the war is over"),
        ("It was her decision to say that the war is over.", "that the war is over"),
    ],
)
def test_to_say_with_another_head_still_reports(
    attribute: Attribute, sentence: str, content: str
) -> None:
    quotes, _ = attribute(sentence)
    assert [q.text for q in quotes] == [content]
