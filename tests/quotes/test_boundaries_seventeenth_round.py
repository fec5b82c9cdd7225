"""A reported content that runs over a line closing no sentence (seventeenth round of
boundaries; loads the model).

Measured on PolNeAR train articles 1-840; the sentences here are made up in the style of the
cases that motivated them.
"""

from __future__ import annotations

import pytest
from quote_samples import Attribute, find

pytestmark = pytest.mark.slow

CASES = {
    "a_headline_content_stops_at_its_line": (
        "Rubio Thinks Joe Biden Was A Really Effective Senator\n"
        "Marco Rubio was asked to name a single law he had passed in the Senate. He named none.",
        "Joe Biden",
        "Joe Biden Was A Really Effective Senator",
    ),
    "a_wrapped_line_in_small_letters_stays": (
        "The mayor said the shooting was both an act of terror and a hate\ncrime against the city.",
        "act of terror",
        "the shooting was both an act of terror and a hate\ncrime against the city",
    ),
}


@pytest.mark.parametrize("name", CASES)
def test_a_content_over_a_line_break(attribute: Attribute, name: str) -> None:
    text, needle, expected = CASES[name]
    quotes, _ = attribute(text)
    assert find(quotes, needle).text == expected


def test_a_preposition_alone_above_the_break_reports_nothing(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "Why Voters Still Believe In\n"
        "John Kasich said on Saturday that allowing undocumented immigrants to stay in the U.S."
        " was not out of step with Americans -- but it clearly was out of step with much of the"
        " debate stage."
    )
    assert all("\n" not in q.text for q in quotes)
    assert find(quotes, "undocumented").text.startswith("that allowing undocumented")
