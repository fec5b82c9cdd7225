"""Cue detection, sixteenth round: a verb of saying whose clause another frame reports
(loads the model).

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
    ],
)
def test_the_other_nested_reports_stay(attribute: Attribute, text: str, inner_cue: str) -> None:
    quotes, _ = attribute(text)
    assert inner_cue in [q.cue for q in quotes]
