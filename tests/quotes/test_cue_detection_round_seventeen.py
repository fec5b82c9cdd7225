"""Cue detection, seventeenth round: a verb of saying inside another speech frame's content
that reports no clause (loads the model).

Measured on PolNeAR train articles 1-840; the sentences here are made up in the style of the
cases that motivated them.
"""

from __future__ import annotations

import pytest
from quote_samples import Attribute, find

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "outer", "inner_cue"),
    [
        # a preposition's object on an infinitive
        (
            "The mayor said she wanted to write about the housing crisis.",
            "she wanted to write",
            "to write",
        ),
        ("The spokesman said the senator asked for the meeting.", "the senator asked", "asked"),
        (
            "The coach told reporters that she declined to comment on the trade.",
            "she declined to comment",
            "to comment",
        ),
        (
            "The adviser said the campaign had not bothered to ask for input from the party.",
            "had not bothered to ask",
            "to ask",
        ),
        # an infinitive, and a preposition's object on it
        (
            "The mayor said the council had promised to comment on the plan.",
            "the council had promised",
            "to comment",
        ),
    ],
)
def test_a_nested_report_of_no_clause_is_the_outer_statement(
    attribute: Attribute, text: str, outer: str, inner_cue: str
) -> None:
    quotes, _ = attribute(text)
    assert outer in find(quotes, outer).text
    assert [q.cue for q in quotes if q.cue == inner_cue] == []


@pytest.mark.parametrize(
    ("text", "inner_cue"),
    [
        # an act its object names: the gold annotates it as often as not
        ("The union said 200 members have not yet announced their choice.", "announced"),
        ("The mayor said that she would announce the sale of the stadium.", "would announce"),
        ("The statement said the group had claimed responsibility for the attack.", "had claimed"),
        # a directive names its addressee and the act asked for
        ("The manager said the union wanted to ask the workers to stay home.", "to ask"),
        # a verb of saying in an adverbial clause ("when asked about …")
        ("The senator said he smiled when asked about the budget.", "asked"),
    ],
)
def test_the_other_nested_reports_of_no_clause_stay(
    attribute: Attribute, text: str, inner_cue: str
) -> None:
    quotes, _ = attribute(text)
    assert inner_cue in [q.cue for q in quotes]
