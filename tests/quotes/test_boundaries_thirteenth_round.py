"""Speech-cue boundaries, thirteenth round: a report inside a clause of time, condition or
cause within another source's reported clause (loads the model).

Measured on PolNeAR train articles 1-840; the sentences here are made up in the style of the
cases that motivated them.
"""

from __future__ import annotations

import pytest
from quote_samples import Attribute, find

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "outer", "clause"),
    [
        (
            "Several voters said they knew little about the senator before he announced his"
            " bid for the presidency.",
            "they knew little",
            "before he announced",
        ),
        (
            "The donors said they held back their money until the governor said she was"
            " backing the mayor.",
            "they held back",
            "until the governor",
        ),
        (
            "The aide said the campaign would be in trouble if the candidate told reporters"
            " that the race was over.",
            "the campaign would be in trouble",
            "if the candidate",
        ),
    ],
)
def test_a_report_in_a_clause_of_time_or_condition_is_the_outer_claim(
    attribute: Attribute, text: str, outer: str, clause: str
) -> None:
    quotes, _ = attribute(text)
    assert clause in find(quotes, outer).text
    assert all(q.start < text.index(clause) for q in quotes)
