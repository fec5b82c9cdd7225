"""Content boundaries of the ninth round, through the whole attribution (loads the model).

Each rule was measured on PolNeAR train articles 1-840; the sentences here are made up in the
style of the cases that motivated them.
"""

from __future__ import annotations

import pytest
from quote_samples import Attribute, find

pytestmark = pytest.mark.slow


def test_a_quotation_ends_before_its_own_source_hung_on_it(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "The senator endorsed him last week. “Yes, I support Ted Cruz,” Brent Bozell III,"
        " founder of the Media Research Center, tells Breitbart News in an exclusive interview."
    )
    quote = find(quotes, "I support")
    assert (quote.text, quote.kind, quote.speaker) == (
        "Yes, I support Ted Cruz,",
        "direct",
        "Brent Bozell III",
    )
    assert not [q for q in quotes if "Bozell" in q.text]


def test_a_source_after_the_cue_is_not_cut(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "“This language just says you are no longer welcome,” said Kristen Day,"
        " executive director of Democrats for Life, reports USA Today."
    )
    direct = [q for q in quotes if q.kind == "direct"]
    assert find(direct, "no longer welcome").speaker == "Kristen Day"
    assert any(q.cue == "reports" and "Kristen Day" in q.text for q in quotes)
