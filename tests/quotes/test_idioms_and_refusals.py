"""Cues, twentieth round: "All told, ..." is an idiom of the writer's (beside "That said, ...";
``misreadings.is_sentence_idiom``), "deny" with a recipient and a thing refuses, it reports no
denial (``misreadings.is_refusal``), and the noun object of "add" is a thing added
(``misreadings.is_added_thing``); loads the model.

Measured on PolNeAR train articles 1-840; the sentences here are made up in the style of the
cases that motivated them.
"""

from __future__ import annotations

import pytest
from quote_samples import Attribute

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "All told, up to two million workers could be eligible for the new programs.",
        "The fund grew last year. All told, outside groups spent more than $3 million on ads.",
        "That said, the council cannot raise enough money to finish the bridge.",
    ],
)
def test_a_sentence_idiom_reports_nothing(attribute: Attribute, text: str) -> None:
    quotes, _ = attribute(text)
    assert quotes == [], [(q.cue, q.text) for q in quotes]


@pytest.mark.parametrize(
    "text",
    [
        "The campaign is working to deny him a first-ballot victory at the convention.",
        "The senator denied the governor a final-night photograph of unity.",
        "Republicans are denying the nominee a hearing.",
    ],
)
def test_deny_with_a_recipient_and_a_thing_is_a_refusal(attribute: Attribute, text: str) -> None:
    quotes, _ = attribute(text)
    assert [q for q in quotes if "den" in (q.cue or "")] == [], [(q.cue, q.text) for q in quotes]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The senator denied the report.", "the report"),
        ("The senator denied that the deal was done.", "the deal was done"),
        ("The governor told all of the reporters that the plan was dead.", "the plan was dead"),
    ],
)
def test_a_denial_and_a_telling_stay(attribute: Attribute, text: str, content: str) -> None:
    quotes, _ = attribute(text)
    assert any(content in q.text for q in quotes), [(q.cue, q.text) for q in quotes]


@pytest.mark.parametrize(
    "text",
    [
        "Thanks to his latest act, the singer can add a new title to his resume.",
        "The rules of the party add another magic number to the mix.",
        "The band added two Latin hits to the playlist.",
    ],
)
def test_the_noun_object_of_add_is_a_thing_added(attribute: Attribute, text: str) -> None:
    quotes, _ = attribute(text)
    assert [q for q in quotes if "add" in (q.cue or "")] == [], [(q.cue, q.text) for q in quotes]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("The mayor added that the bridge would reopen in May.", "the bridge would reopen"),
        ('"We will win," she added.', "We will win"),
        # an object that is itself a word of saying
        (
            'The novelist laughed, adding a comment that the voters are "a very naive people."',
            "the voters are",
        ),
    ],
)
def test_add_still_reports_a_clause_or_a_quotation(
    attribute: Attribute, text: str, said: str
) -> None:
    quotes, _ = attribute(text)
    assert any(said in q.text for q in quotes), [(q.cue, q.text) for q in quotes]
