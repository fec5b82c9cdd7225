"""Cue detection, round ten: the wh-word the parser hung on a verb of saying heading a relative
clause, beside the source, is the first fragment of what it reports. Hand-written cases
through the real model."""

from __future__ import annotations

import pytest
from quote_samples import Attribute

pytestmark = pytest.mark.slow


def _said(quotes: list, cue: str) -> list[str]:
    return [q.text for q in quotes if q.cue == cue]


def test_a_wh_word_hung_on_the_verb_of_saying_is_a_fragment(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "The senators criticized the drawdown of troops, which they say left a vacuum for "
        "terrorist activity."
    )
    assert _said(quotes, "say") == ["which", "left a vacuum for terrorist activity"]
    assert len({q.attribution_id for q in quotes if q.cue == "say"}) == 1


def test_the_noun_before_a_contact_clause_is_no_fragment(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "The army withdrew from the region, a decision they say allowed terrorist activity "
        "to multiply."
    )
    assert _said(quotes, "say") == ["allowed terrorist activity to multiply"]


def test_a_wh_word_that_is_the_source_is_no_fragment(attribute: Attribute) -> None:
    quotes, _ = attribute("The mayor rebuked critics who say the bridge is unsafe.")
    assert "who" not in _said(quotes, "say")


def test_a_relative_that_is_no_fragment(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "He praised the tax cuts, moves that he said improved the state's economy."
    )
    assert _said(quotes, "said") == ["improved the state's economy"]


def test_the_object_of_a_relative_verb_of_telling_is_no_fragment(attribute: Attribute) -> None:
    quotes, _ = attribute("It was a story which he told the crowd was true.")
    assert "which" not in _said(quotes, "told")


def test_a_wh_word_hung_on_the_verb_as_its_object_is_a_fragment(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "Her Iraq war vote, which she has repeatedly said was a mistake, was a major issue."
    )
    assert _said(quotes, "said")[0] == "which"


def test_a_wh_word_inside_a_clause_parsed_as_xcomp_is_a_fragment(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "He backed common standards, which he argued help ease disruptions for students."
    )
    assert _said(quotes, "argued")[0] == "which"
