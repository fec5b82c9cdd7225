"""Speech-cue boundaries, twelfth round: a clause of contrast holding a report of its own
(loads the model).

Measured on PolNeAR train articles 1-840; the sentences here are made up in the style of the
cases that motivated them.
"""

from __future__ import annotations

import pytest
from quote_samples import Attribute, find

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Some analysts argue that the rules are rigged against newcomers, while the mayor"
            " has gained support by saying that the system works.",
            "that the rules are rigged against newcomers",
        ),
        (
            "Most parents said the new school would be worse than the old one, while nine in 10"
            " said the district favors wealthy towns.",
            "the new school would be worse than the old one",
        ),
        (
            "The two council members accused each other of stalling the budget while teachers"
            " warned of layoffs in the fall.",
            "each other of stalling the budget",
        ),
    ],
)
def test_a_contrast_with_a_report_of_its_own_stays_out(
    attribute: Attribute, text: str, content: str
) -> None:
    quotes, _ = attribute(text)
    assert find(quotes, content.split(",")[0]).text == content


def test_a_contrast_without_a_report_stays_in_the_finding(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "The survey found that 28 percent of voters backed Ruiz, while 23 percent favored Chen."
    )
    assert find(quotes, "28 percent").text == (
        "that 28 percent of voters backed Ruiz, while 23 percent favored Chen"
    )
