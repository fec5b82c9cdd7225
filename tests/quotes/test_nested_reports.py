"""Cue detection, sixteenth and seventeenth rounds: a verb of saying inside what another
frame reports, whose clause that frame reports (``nesting.without_reported_reports``) or which
reports no clause itself (``nesting.without_reports_of_no_clause``); loads the model.

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
        (
            "A new poll released on Friday found that 70 percent of registered voters said"
            " they would back the governor.",
            "70 percent of registered voters said",
            "said",
        ),
        (
            "The aide noted that the senator had said the bill would pass.",
            "the senator had said",
            "had said",
        ),
        (
            "The report added that several witnesses told investigators the fire started at night.",
            "several witnesses told",
            "told",
        ),
        (
            "The senator said he had asked his staff to look into the fees.",
            "he had asked his staff",
            "had asked",
        ),
        (
            "The governor said she did not recall whether the mayor had stayed at the hotel.",
            "she did not recall",
            "did not recall",
        ),
        # seventeenth round: the inner verb reports no clause, only a preposition's object
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
        # ... or an infinitive, and a preposition's object on that
        (
            "The mayor said the council had promised to comment on the plan.",
            "the council had promised",
            "to comment",
        ),
    ],
)
def test_a_report_the_outer_source_tells_of_is_the_outer_statement(
    attribute: Attribute, text: str, outer: str, inner_cue: str
) -> None:
    quotes, _ = attribute(text)
    assert outer in find(quotes, outer).text
    assert [q.cue for q in quotes if q.cue == inner_cue] == []


@pytest.mark.parametrize(
    ("text", "inner_cue"),
    [
        # No "that" and a noun subject: the gold annotates the inner report about half the time.
        # (one that reports no clause, "the council asked for the meeting", is the
        # seventeenth round's)
        ("The spokesman said the council argued the fees were too high.", "argued"),
        # "that" and a pronoun subject: both ways as well.
        ("He added that he had told the delegates not to think in terms of history.", "had told"),
        # The inner report quotes and names a source of its own.
        (
            'The office said that the newspapers had claimed that "the minister shifted his'
            ' position."',
            "had claimed",
        ),
        # Seventeenth round: an act its object names (the gold annotates it as often as not),
        ("The union said 200 members have not yet announced their choice.", "announced"),
        ("The mayor said that she would announce the sale of the stadium.", "would announce"),
        ("The statement said the group had claimed responsibility for the attack.", "had claimed"),
        # a directive, which names its addressee and the act asked for,
        ("The manager said the union wanted to ask the workers to stay home.", "to ask"),
        # and a verb of saying in an adverbial clause ("when asked about …").
        ("The senator said he smiled when asked about the budget.", "asked"),
    ],
)
def test_the_other_nested_reports_stay(attribute: Attribute, text: str, inner_cue: str) -> None:
    quotes, _ = attribute(text)
    assert inner_cue in [q.cue for q in quotes]
