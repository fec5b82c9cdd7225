"""Thirty-fourth round: a verb of setting off a thought as the cue gives its object
(quotes/object_doers.provoked_thinker), and an infinitive relative clause on an object is the
words of the object's holder (quotes/sources._holder_of_words). Sentences are made up."""

from __future__ import annotations

import pytest
from speaker_samples import speaker_of_opening

from quotewire.nlp.model import load_english
from quotewire.quotes.sources import find_speaker

pytestmark = pytest.mark.slow


def test_the_object_of_led_speculates() -> None:
    text = "The sudden resignation led many to speculate that the board had forced him out."
    assert speaker_of_opening(text, "to speculate") == "many"


def test_the_object_of_leaving_questions() -> None:
    text = (
        "The company's fortunes turned after the chief executive left, leaving some to "
        "question whether the board had acted in time."
    )
    assert speaker_of_opening(text, "to question") == "some"


def test_a_thing_as_the_object_of_led_is_no_source() -> None:
    doc = load_english()("The report led the price to rise.")
    led = next(t for t in doc if t.text == "led")
    source = find_speaker(led)
    assert source is not None and source.text == "report"


def test_nothing_bad_to_say_is_the_subject_s() -> None:
    text = "In an interview, Jane Roe had nothing bad to say about the senator."
    assert speaker_of_opening(text, "the senator") == "Jane Roe"


def test_nothing_but_good_things_to_say_is_the_subject_s() -> None:
    text = "A farmer named John Doe has nothing but positive things to say about the new law."
    assert speaker_of_opening(text, "the new law") == "John Doe"
