"""Content boundaries of the fifth round, through the whole attribution (loads the model).

Each rule was measured on PolNeAR train articles 1-750; the sentences here are made up in the
style of the cases that motivated them.
"""

from __future__ import annotations

import pytest
from quote_samples import Attribute

from quotewire.types import Quote

pytestmark = pytest.mark.slow


def reported(quotes: list[Quote], cue: str) -> list[str]:
    return [q.text for q in quotes if q.cue == cue]


def test_a_past_verb_after_a_past_passive_continues_the_reported_clause(
    attribute: Attribute,
) -> None:
    quotes, _ = attribute(
        "A police spokesman said the manager was not handcuffed and did not have a mug shot taken."
    )
    assert reported(quotes, "said") == [
        "the manager was not handcuffed and did not have a mug shot taken"
    ]


def test_a_conjoined_verb_of_saying_is_still_the_sources_next_act(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "Mr. Smith said that he was undergoing therapy and vowed to focus on his family."
    )
    assert reported(quotes, "said") == ["that he was undergoing therapy"]


def test_the_occasion_after_a_reported_object_is_not_reported(attribute: Attribute) -> None:
    quotes, _ = attribute("The senator defended his position during a television interview.")
    assert reported(quotes, "defended") == ["his position"]
