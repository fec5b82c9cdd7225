"""Content boundaries of the sixth round, through the whole attribution (loads the model).

Each rule was measured on PolNeAR train articles 1-840; the sentences here are made up in the
style of the cases that motivated them.
"""

from __future__ import annotations

import pytest
from quote_samples import Attribute

from quotewire.types import Quote

pytestmark = pytest.mark.slow


def reported(quotes: list[Quote], cue: str) -> list[str]:
    return [q.text for q in quotes if q.cue == cue]


def test_an_object_role_after_an_adverb_is_reported(attribute: Attribute) -> None:
    quotes, _ = attribute("The mayor criticized the police chief publicly for the delay.")
    assert reported(quotes, "criticized") == ["the police chief publicly for the delay"]


def test_an_object_role_as_a_past_participle_clause_is_reported(attribute: Attribute) -> None:
    quotes, _ = attribute("The mayor described the city as beset by violent crime.")
    assert reported(quotes, "described") == ["the city as beset by violent crime"]


def test_a_bare_as_participle_after_an_object_stays_out(attribute: Attribute) -> None:
    quotes, _ = attribute("The company announced the merger as expected.")
    assert reported(quotes, "announced") == ["the merger"]


def test_a_bare_present_conjunct_of_saying_is_the_sources_next_act(
    attribute: Attribute,
) -> None:
    quotes, _ = attribute(
        "Some strategists fear that the party has already missed a unique opportunity and warn"
        " that the new plan is not a reliable strategy."
    )
    assert reported(quotes, "fear") == ["that the party has already missed a unique opportunity"]
    assert reported(quotes, "warn") == ["that the new plan is not a reliable strategy"]
