"""Headlines, round three: a headline's statement ends at the headline's line (loads the
model)."""

from __future__ import annotations

import pytest
from quote_samples import Attribute

pytestmark = pytest.mark.slow


def test_a_subtitled_headline_statement_ends_before_the_semicolon(attribute: Attribute) -> None:
    text = (
        "Okafor says the strike helps the city; \n"
        "After the vote, the mayor and the union met again.\n\n"
        "Mayor Ann Okafor spoke to reporters on Monday."
    )
    quotes, _ = attribute(text)
    says = next(q for q in quotes if q.cue == "says")
    assert says.text == "the strike helps the city"


def test_a_headline_statement_ends_at_the_line_break(attribute: Attribute) -> None:
    text = (
        "Okafor Says The Strike Will Not Last The Winter\n"
        "Mayor Ann Okafor told reporters on Monday that the talks would resume.\n\n"
        "The union did not comment."
    )
    quotes, _ = attribute(text)
    headline = [q for q in quotes if q.start < text.index("\n")]
    assert headline
    assert all(q.end <= text.index("\n") for q in headline)
