"""A passive "as reported by X" closing its sentence reports the clause before it, with X the
source (quotes/closing_passive_reports.py), unless that clause is itself a verb of saying. The
sentences are made up in the shape found in the PolNeAR train and Wikinews tune7 articles."""

from __future__ import annotations

import pytest
from quote_samples import Attribute

pytestmark = pytest.mark.slow


def test_closing_as_reported_by_reports_the_clause_before_it(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "The mayor won the northern district by 900 votes, as reported by the Daily Courier. "
        "Her rival did not ask for a recount."
    )
    reported = [q for q in quotes if q.cue == "reported"]
    assert [q.text for q in reported] == ["The mayor won the northern district by 900 votes"]
    assert reported[0].speaker == "Daily Courier"


def test_closing_as_first_reported_by_with_a_date(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "The group started buying airtime in three states this week, as first reported by "
        "the Evening Herald on Tuesday."
    )
    assert [q.text for q in quotes if q.cue == "reported"] == [
        "The group started buying airtime in three states this week"
    ]


def test_closing_as_reported_by_after_a_verb_of_saying_reports_nothing(
    attribute: Attribute,
) -> None:
    quotes, _ = attribute(
        '"I would fix it at once," the senator noted in an interview with a radio show, '
        "as reported by the Evening Herald."
    )
    assert [q.cue for q in quotes] == ["noted"]
