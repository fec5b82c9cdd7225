"""Fixes from the tune6 split of the English Wikinews gold set (tests/data/en/). "branded"
names its object with a quoted word as "called" does ('*branded* the plan a "disgrace"'),
a verb of saying in data/en/cues.toml that PolNeAR train has too few of to learn; its quoted
object stops before a verb conjoined to it, and a quotation right after a cue stops at its
closing mark when the next sentence starts there without a full stop. Measured
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


def test_quotation_without_a_full_stop_ends_before_the_next_sentence(
    attribute: Attribute,
) -> None:
    quotes, _ = attribute(
        "The minister had set out her position in a speech to the Chicago Trade Council, "
        'saying "the banks must play by the same rules as the rest of us or be fined" However '
        "a speech by the minister at the annual dinner gave rise to such conflicting reports "
        "about her plan, that her office issued a statement."
    )
    saying = [(q.kind, q.text) for q in quotes if q.cue == "saying"]
    assert saying == [
        ("direct", "the banks must play by the same rules as the rest of us or be fined")
    ]


def test_capitalised_word_after_the_closing_mark_in_a_title_cased_line_is_no_new_sentence(
    attribute: Attribute,
) -> None:
    quotes, _ = attribute(
        'Governor Says "No Regrets" If He Would Have Vetoed The Budget\n\n'
        "The governor spoke to reporters on Monday."
    )
    assert all(q.text != "No Regrets" for q in quotes)


def test_labeled_reports_its_object_and_the_quoted_name(attribute: Attribute) -> None:
    quotes, _ = attribute('The mayor labeled the senator a "traitor" on Monday.')
    assert [(q.kind, q.cue, q.speaker) for q in quotes] == [("mixed", "labeled", "The mayor")]
    assert quotes[0].text == 'the senator a "traitor"'


def test_labeled_as_an_adjective_reports_nothing(attribute: Attribute) -> None:
    quotes, _ = attribute("The shop sells labeled jars of honey at the market.")
    assert quotes == []
