"""Speech cues, round eight: a verb of going on ("continue", "go on") with an infinitive or
gerund after it reports nothing; "continued" after a quotation stays a verb of saying.
Hand-written cases through the real model."""

from __future__ import annotations

import pytest
from quote_samples import Attribute

pytestmark = pytest.mark.slow


def test_continue_with_an_infinitive_reports_nothing(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "And energy companies continue to invest billions each year searching for new "
        "reserves of fossil fuels."
    )
    assert quotes == []


def test_continue_reports_no_clause_the_parser_hangs_on_it(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "Party leaders hope that as his path continues to narrow, Sanders will tone down his "
        "attacks against Clinton."
    )
    assert [q.cue for q in quotes] == ["hope"]


def test_continue_inside_a_reported_clause_adds_no_frame(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "The former president said he plans to continue to work on his own projects, "
        "including speeches."
    )
    assert [q.cue for q in quotes] == ["said"]


def test_went_on_leaves_the_report_to_the_verb_after_it(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "Dinesh D'Souza went on to explain that the Clintons' commitment to power is unrelenting."
    )
    assert [(q.cue, q.text, q.speaker) for q in quotes] == [
        (
            "to explain",
            "that the Clintons' commitment to power is unrelenting",
            "Dinesh D'Souza",
        )
    ]


def test_continued_after_a_quotation_is_still_a_verb_of_saying(attribute: Attribute) -> None:
    quotes, _ = attribute(
        'The senator spoke to reporters on Monday. "We will win this state," he continued.'
    )
    assert [(q.cue, q.kind) for q in quotes] == [("continued", "direct")]


def test_a_programme_in_the_addressee_of_told_is_not_reported(attribute: Attribute) -> None:
    quotes, _ = attribute(
        '"I was sitting in a house in Florida, with a bad earpiece," Trump told NBC\'s "Today" '
        "on Monday."
    )
    assert [(q.cue, q.kind, q.text) for q in quotes] == [
        ("told", "direct", "I was sitting in a house in Florida, with a bad earpiece,")
    ]


def test_a_title_as_the_whole_addressee_of_told_is_not_reported(attribute: Attribute) -> None:
    quotes, _ = attribute(
        '"We have to really increase the bombings," the nominee told "Fox and Friends" on '
        "Sunday morning."
    )
    assert [(q.cue, q.kind) for q in quotes] == [("told", "direct")]


def test_words_said_as_the_object_of_tell_are_still_reported(attribute: Attribute) -> None:
    quotes, _ = attribute('Kasich says he would sit Putin down and tell him "no more nonsense".')
    assert [(q.cue, q.kind) for q in quotes] == [("says", "mixed")]
    assert "no more nonsense" in quotes[0].text
