"""A parenthesis closing a reported content (fifteenth round of boundaries; loads the model).

Measured on PolNeAR train articles 1-840; the sentences here are made up in the style of the
cases that motivated them.
"""

from __future__ import annotations

import pytest
from quote_samples import Attribute, find

pytestmark = pytest.mark.slow

CASES = {
    "three_words_in_parentheses_after_an_object_are_left_out": (
        "Voters will judge candidates who oppose concessions to Democrats"
        " (Senator Ann Ruiz of Ohio) and pursue a high-tax agenda.",
        "concessions",
        "concessions to Democrats",
    ),
    "a_parenthesis_the_parse_leaves_open_is_left_out": (
        "The governor mentioned raising the minimum wage (with far less passion than his"
        " rival's plea for $15 an hour) and described the budget as balanced.",
        "minimum wage",
        "raising the minimum wage",
    ),
    "a_party_label_stays": (
        "The mayor said she would vote for Sen. Ann Ruiz (D-Ohio).",
        "Ann Ruiz",
        "she would vote for Sen. Ann Ruiz (D-Ohio)",
    ),
    "a_parenthesis_inside_the_content_stays": (
        "He said the plan would help (in his view) most working families.",
        "working families",
        "the plan would help (in his view) most working families",
    ),
}


@pytest.mark.parametrize("name", CASES)
def test_a_closing_parenthesis(attribute: Attribute, name: str) -> None:
    text, needle, expected = CASES[name]
    quotes, _ = attribute(text)
    assert find(quotes, needle).text == expected
