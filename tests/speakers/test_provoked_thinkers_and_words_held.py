"""Thirty-fourth round: a verb of setting off a thought as the cue gives its object
(quotes/sources._provoked_thinker), and an infinitive relative clause on an object is the
words of the object's holder (quotes/sources._holder_of_words). Sentences are made up."""

from __future__ import annotations

import pytest
from speaker_samples import speaker_of_opening

from quotewire import extract

pytestmark = pytest.mark.slow


def test_the_object_of_led_speculates() -> None:
    text = "The sudden resignation led some to speculate that the campaign was in trouble."
    assert speaker_of_opening(text, "to speculate") == "some"


def test_the_object_of_leaving_questions() -> None:
    text = (
        "The company's fortunes turned after the chief executive left, leaving some to "
        "question whether the board had acted in time."
    )
    assert speaker_of_opening(text, "to question") == "some"


def test_a_thing_as_the_object_of_led_names_nobody_new() -> None:
    text = "The report led the price to rise, analysts said."
    assert "the price" not in [q.speaker for q in extract(text).quotes]


def test_nothing_bad_to_say_is_the_subject_s() -> None:
    text = "In an interview, Jane Roe had nothing bad to say about the senator."
    assert speaker_of_opening(text, "the senator") == "Jane Roe"


def test_nothing_but_good_things_to_say_is_the_subject_s() -> None:
    text = "A farmer named John Doe has nothing but positive things to say about the new law."
    assert speaker_of_opening(text, "the new law") == "John Doe"
