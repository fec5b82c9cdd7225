"""Cue detection, round nine: a subordinate clause before a verb of saying set into its
clause is the first fragment of what the cue reports, unless it holds an act of its own.
Hand-written cases through the real model."""

from __future__ import annotations

import pytest
from quote_samples import Attribute

pytestmark = pytest.mark.slow


def test_a_subordinate_clause_before_a_set_in_cue_is_a_fragment(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "If the merger goes through, the union leader warned, thousands of workers will "
        "lose their jobs."
    )
    assert [(q.cue, q.text) for q in quotes] == [
        ("warned", "If the merger goes through"),
        ("warned", "thousands of workers will lose their jobs"),
    ]


def test_the_fragment_of_a_main_verb_cue_shares_its_source(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "If the river has never flooded the town before, Mayor Ellen Park said, there is a "
        "simple reason."
    )
    assert [(q.text, q.speaker) for q in quotes] == [
        ("If the river has never flooded the town before", "Ellen Park"),
        ("there is a simple reason", "Ellen Park"),
    ]


def test_the_clause_before_a_quotation_is_a_fragment_beside_it(attribute: Attribute) -> None:
    quotes, _ = attribute(
        'When the new rule takes effect, Dr. Amy Stone added, "nobody will notice a thing."'
    )
    assert [(q.kind, q.cue, q.text) for q in quotes] == [
        ("indirect", "added", "When the new rule takes effect"),
        ("direct", "added", "nobody will notice a thing."),
    ]


def test_a_phrase_or_participle_before_the_cue_is_no_fragment(attribute: Attribute) -> None:
    quotes, _ = attribute(
        'In an interview on Monday, the senator said, "We will win this state."'
        '\n\nAfter reading the report, the senator said, "It changes nothing."'
    )
    assert [(q.kind, q.text) for q in quotes] == [
        ("direct", "We will win this state."),
        ("direct", "It changes nothing."),
    ]


def test_a_clause_that_reports_a_clause_of_its_own_is_no_fragment(
    attribute: Attribute,
) -> None:
    quotes, _ = attribute(
        "While the governor insisted that the budget was balanced, he told reporters on "
        'Friday, "We are broke."'
    )
    assert [q.text for q in quotes if q.cue == "told"] == ["We are broke."]


def test_a_clause_holding_another_act_is_left_to_that_act(attribute: Attribute) -> None:
    quotes, _ = attribute(
        'After the mayor accused him of lying, the governor warned, "That will cost her."'
    )
    assert [(q.cue, q.text) for q in quotes] == [
        ("accused", "him of lying"),
        ("warned", "That will cost her."),
    ]


def test_a_clause_describing_an_act_is_no_fragment_of_a_parenthetical_cue(
    attribute: Attribute,
) -> None:
    quotes, _ = attribute(
        'When he first described the plan in June, he said, "We\'re going to build a park."'
    )
    assert [(q.kind, q.cue, q.text) for q in quotes] == [
        ("indirect", "described", "the plan in June"),
        ("direct", "said", "We're going to build a park."),
    ]


def test_as_saying_after_a_verb_of_quoting_heads_no_frame(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "The Gazette quoted a senior aide as saying the campaign had run out of money."
    )
    assert [(q.cue, q.text, q.speaker) for q in quotes] == [
        ("quoted", "a senior aide as saying the campaign had run out of money", "Gazette")
    ]


def test_according_to_hung_on_the_subject_reports_the_predicate_too(
    attribute: Attribute,
) -> None:
    quotes, _ = attribute(
        "One of the choices the team has made, according to a person close to the process, "
        "is to answer every attack with a counterattack."
    )
    assert [q.text for q in quotes] == [
        "One of the choices the team has made",
        "is to answer every attack with a counterattack",
    ]


def test_a_conjunct_after_a_cue_set_after_its_clause_is_a_fragment(
    attribute: Attribute,
) -> None:
    quotes, _ = attribute(
        "He had no known political ties, the airline added, and had passed all security checks."
    )
    assert [(q.cue, q.text) for q in quotes] == [
        ("added", "He had no known political ties"),
        ("added", "and had passed all security checks"),
    ]


def test_the_next_event_after_a_quotation_and_its_cue_is_not_reported(
    attribute: Attribute,
) -> None:
    quotes, _ = attribute('"Send her my best," Mary said, and her husband walked out.')
    assert [(q.kind, q.text) for q in quotes] == [("direct", "Send her my best,")]


def test_a_closing_cue_that_found_no_clause_reports_the_sentence_before_it(
    attribute: Attribute,
) -> None:
    quotes, _ = attribute(
        "Since the mayor has far more votes than Smith, delegates who back him would be going "
        "against the will of the voters, Lee said."
    )
    assert [(q.cue, q.text, q.speaker) for q in quotes] == [
        (
            "said",
            "Since the mayor has far more votes than Smith, delegates who back him would be "
            "going against the will of the voters",
            "Lee",
        )
    ]


def test_a_subordinate_clause_before_a_closing_verb_is_no_report(attribute: Attribute) -> None:
    quotes, _ = attribute("But even after the boom ended, the spending continued.")
    assert quotes == []
