"""Quotations right after a verb that takes words verbatim are statements however short or
title-like; naming verbs and markup are not such verbs. Sentences are made up."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def directs(attribute, text: str) -> dict[str, str | None]:
    quotes, _ = attribute(text)
    return {q.text: q.speaker for q in quotes if q.kind == "direct"}


def test_chanted_exclamation_that_looks_like_a_title(attribute) -> None:
    text = "Fans waved flags in the square all evening.\n\nSome chanted “GO BLUES! GO BLUES!”\n"
    assert "GO BLUES! GO BLUES!" in directs(attribute, text)


def test_short_words_after_saying(attribute) -> None:
    text = (
        "The mayor read out the names of the closed libraries.\n\n"
        "Okafor ended her list by saying “Far too many.” The hall fell silent.\n"
    )
    assert directs(attribute, text).get("Far too many.") == "Okafor"


def test_sign_that_reads(attribute) -> None:
    text = (
        "The crowd cheered at the rally.\n\nOne banner read “Teachers 4 Okafor” near the stage.\n"
    )
    assert "Teachers 4 Okafor" in directs(attribute, text)


def test_naming_verb_keeps_a_term(attribute) -> None:
    text = "The council met on Monday.\n\nHess called the budget “a careful plan” on Monday.\n"
    assert "a careful plan" not in directs(attribute, text)


def test_quotation_closed_off_before_the_writers_next_clause(attribute) -> None:
    text = (
        "The senator toured the plant in the morning.\n\n"
        "Moreno had said, “We will see,” when asked about the vote.\n\n"
        "Hess said “The Farmers” and insists they back him.\n"
    )
    found = directs(attribute, text)
    assert found.get("We will see,") == "Moreno"
    assert found.get("The Farmers") == "Hess"


def test_quotation_going_on_into_the_writers_clause_stays_mixed(attribute) -> None:
    text = "The senator spoke.\n\nOkafor says “the wind is at our backs” despite the loss.\n"
    quotes, _ = attribute(text)
    assert [q.kind for q in quotes if "wind" in q.text] == ["mixed"]
