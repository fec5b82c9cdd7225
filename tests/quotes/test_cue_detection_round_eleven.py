"""Cue detection, round eleven: the relative word a verb heading a relative clause takes as its
object, before the source, is what the verb reports: all of it when nothing follows the verb,
else the first fragment of the predicate after it. Hand-written cases through the real model."""

from __future__ import annotations

import pytest
from quote_samples import Attribute

pytestmark = pytest.mark.slow


def _reported(quotes: list, cue: str) -> list[str]:
    return [q.text for q in quotes if q.cue == cue]


def test_a_relative_object_with_nothing_after_the_verb_is_the_content(
    attribute: Attribute,
) -> None:
    quotes, _ = attribute(
        "The senator faced allegations that he cheated on his taxes, which he has denied."
    )
    assert _reported(quotes, "has denied") == ["which"]


def test_a_relative_object_before_a_predicate_on_it_is_a_fragment(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "He touted his victories in several states, particularly in Florida, which he "
        "describes as his second home."
    )
    assert _reported(quotes, "describes") == ["which", "his second home"]
    assert len({q.attribution_id for q in quotes if q.cue == "describes"}) == 1


def test_a_relative_object_of_a_verb_that_reports_none_is_left_alone(
    attribute: Attribute,
) -> None:
    quotes, _ = attribute("The primary, which Sanders won easily, drew a large crowd.")
    assert not _reported(quotes, "won")


def test_a_relative_subject_of_the_verb_is_no_content(attribute: Attribute) -> None:
    quotes, _ = attribute("The mayor rebuked critics who deny that the bridge is unsafe.")
    assert "who" not in _reported(quotes, "deny")
