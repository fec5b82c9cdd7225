"""A parenthesis closing a reported content (fifteenth round of boundaries; loads the model).

Measured on PolNeAR train articles 1-840; the sentences here are made up in the style of the
cases that motivated them.
"""

from __future__ import annotations

import pytest
from quote_samples import Attribute, find

pytestmark = pytest.mark.slow


def test_a_parenthesis_of_three_words_after_a_reported_object_is_left_out(
    attribute: Attribute,
) -> None:
    quotes, _ = attribute(
        "Voters will judge candidates who oppose concessions to Democrats"
        " (Senator Ann Ruiz of Ohio) and pursue a high-tax agenda."
    )
    assert find(quotes, "concessions").text == "concessions to Democrats"


def test_a_parenthesis_left_open_by_the_parse_is_left_out(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "The governor mentioned raising the minimum wage (with far less passion than his"
        " rival's plea for $15 an hour) and described the budget as balanced."
    )
    assert find(quotes, "minimum wage").text == "raising the minimum wage"


def test_a_short_label_in_parentheses_stays(attribute: Attribute) -> None:
    quotes, _ = attribute("The mayor said she would vote for Sen. Ann Ruiz (D-Ohio).")
    assert find(quotes, "Ann Ruiz").text.endswith("(D-Ohio)")


def test_a_parenthesis_inside_the_content_stays(attribute: Attribute) -> None:
    quotes, _ = attribute("He said the plan would help (in his view) most working families.")
    assert find(quotes, "most working families").text == (
        "the plan would help (in his view) most working families"
    )
