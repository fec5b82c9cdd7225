"""Fixes from the tune6 split of the English Wikinews gold set (tests/data/en/). "branded"
names its object with a quoted word as "called" does ('*branded* the plan a "disgrace"'),
a verb of saying in data/en/cues.toml that PolNeAR train has too few of to learn. Measured
on PolNeAR train articles 1-840 too (no change); the sentences are made up in the shape
found in the Wikinews articles."""

from __future__ import annotations

import pytest
from quote_samples import Attribute

pytestmark = pytest.mark.slow


def test_branded_reports_its_object_and_the_quoted_name(attribute: Attribute) -> None:
    quotes, _ = attribute('The senator branded the plan a "disgrace" on Monday.')
    assert [(q.kind, q.cue, q.speaker) for q in quotes] == [("mixed", "branded", "The senator")]
    assert quotes[0].text.startswith('the plan a "disgrace"')


def test_branded_with_the_quoted_word_before_the_object(attribute: Attribute) -> None:
    quotes, _ = attribute(
        'Human rights groups branded "overkill" the police raid on the town hall.'
    )
    assert [(q.cue, q.speaker) for q in quotes] == [("branded", "Human rights groups")]
    assert quotes[0].text.startswith('"overkill" the police raid')


def test_branded_without_a_quotation_or_as_an_adjective_reports_nothing(
    attribute: Attribute,
) -> None:
    quotes, _ = attribute("The shop sells branded clothes at half price.")
    assert quotes == []


def test_naming_object_stops_before_a_conjoined_verb_phrase(attribute: Attribute) -> None:
    quotes, _ = attribute(
        'The union branded "reckless" the new budget for the city, and has referred to the '
        "mayor as a gambler."
    )
    assert [(q.kind, q.cue, q.speaker) for q in quotes] == [("mixed", "branded", "The union")]
    assert quotes[0].text == '"reckless" the new budget for the city'


def test_naming_object_stops_before_a_conjoined_verb_of_saying(
    attribute: Attribute,
) -> None:
    quotes, _ = attribute(
        'The critic branded "lazy" the latest film by the studio and called for a boycott.'
    )
    texts = {q.cue: q.text for q in quotes}
    assert texts["branded"] == '"lazy" the latest film by the studio'
