"""Fixes from the tune5 split of the English Wikinews gold set (tests/data/en/). A name and a
verb after a closed quotation are a new sentence, not its attribution, when the verb is no
speech cue and goes on with an object of its own ('"..." Caloundra *opened the game*',
'"... #MAGA" MAGA *stands for* ...'): quotes/trailing.py. A passive verb of quoting ("X was
quoted as saying", with an agent too since the thirty-sixth round) credits its subject:
quotes/uncredited_sources.py and quotes/sources.py. Measured on PolNeAR train articles 1-840 too;
the sentences are made up in the shape found in the Wikinews articles."""

from __future__ import annotations

import pytest
from quote_samples import Attribute

pytestmark = pytest.mark.slow


def test_a_new_sentence_with_its_own_object_does_not_take_the_quotation_before_it(
    attribute: Attribute,
) -> None:
    quotes, _ = attribute(
        '"It was a better game than last week," coach Matt Myers said. "We are a forty minute '
        'team at the moment, not an eighty minute team." Riverside opened the game with two '
        "tries before the visitors hit back."
    )
    assert [(q.kind, q.speaker) for q in quotes] == [
        ("direct", "Matt Myers"),
        ("direct", "Matt Myers"),
    ]


def test_a_verb_and_its_complement_after_a_quotation_are_no_source(
    attribute: Attribute,
) -> None:
    quotes, _ = attribute(
        "Doyle tweeted she had not heard of the march but would see it anyway: "
        '"Wow! Thousands of people are here. I will be seeing them! #GOTV" GOTV stands for '
        "Get Out The Vote."
    )
    assert quotes[-1].text.startswith("Wow!")
    assert (quotes[-1].cue, quotes[-1].speaker) != ("stands", "GOTV")
    assert quotes[-1].speaker == "Doyle"


def test_a_speech_verb_with_its_object_after_a_quotation_still_attributes(
    attribute: Attribute,
) -> None:
    quotes, _ = attribute('"We will not give up." Smith told the crowd on Saturday.')
    assert [(q.cue, q.speaker) for q in quotes] == [("told", "Smith")]


def test_the_subject_of_an_agentless_quoted_as_saying_is_the_speaker(
    attribute: Attribute,
) -> None:
    quotes, _ = attribute(
        "Chamber president Rolf Stene was quoted as saying "
        '"It could affect a lot of people in the whole community."'
    )
    assert [q.speaker for q in quotes] == ["Rolf Stene"]
    # the words said start after "saying" (thirty-sixth round): the quotation alone, direct
    assert quotes[0].kind == "direct"
    assert quotes[0].text == "It could affect a lot of people in the whole community."


def test_the_subject_of_quoted_by_an_agent_as_saying_is_the_speaker(
    attribute: Attribute,
) -> None:
    # thirty-sixth round: the agent only passes the words on (tune9's "quoted by the AFP news
    # agency as saying" credits the subject)
    quotes, _ = attribute(
        'Stene was quoted by the Herald as saying the plan "could affect a lot of people".'
    )
    assert [q.speaker for q in quotes] == ["Stene"]
