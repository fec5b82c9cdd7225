"""Nested attributions: an outer cue reports the whole clause, inner attribution included."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

_OCCASION_THEN_CLAUSE = (
    "Courted by most of the Republican candidates, Adelson said earlier on Friday during a "
    "news conference that he may wait until February's primaries to decide who to back."
)


def test_a_clause_parsed_as_relative_to_the_occasion_is_what_the_cue_reports(attribute) -> None:
    quotes, _ = attribute(_OCCASION_THEN_CLAUSE)
    said = [q for q in quotes if q.cue == "said"]
    assert [q.text for q in said] == [
        "that he may wait until February's primaries to decide who to back"
    ]
    assert said[0].speaker == "Adelson"


def test_a_relative_clause_on_the_occasion_is_not_reported(attribute) -> None:
    quotes, _ = attribute("Smith said at a meeting that was held in Ohio on Friday.")
    assert not [q for q in quotes if q.cue == "said" and "held" in q.text]
