"""Speech-cue rules of the third speech-cue round (misreadings and subtitled headlines), one
small hand-written case each (loads the model)."""

from __future__ import annotations

import pytest
from quote_samples import Attribute

pytestmark = pytest.mark.slow


def test_that_said_is_no_attribution(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "Most voters are optimistic about the economy. That said, the senator warned that "
        "growth would slow next year."
    )
    assert all(q.cue != "said" for q in quotes)
    warned = next(q for q in quotes if q.cue == "warned")
    assert warned.text == "that growth would slow next year"


def test_clause_before_a_colon_is_not_what_the_cue_after_it_reports(
    attribute: Attribute,
) -> None:
    quotes, _ = attribute(
        "Young voters are divided on foreign policy. It is on social issues that they lean "
        "left: 42% say they're liberal, 32% call themselves conservative."
    )
    say = [q.text for q in quotes if q.cue == "say"]
    assert say == ["they're liberal"]
    assert not any(q.text.startswith("It is on social issues") for q in quotes)


def test_headline_with_a_subtitle_after_a_semicolon(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "Poll: 3 battleground Senate races are tight; \n"
        "Candidates locked in competition in Ohio, Pennsylvania, Florida.\n\n"
        "Battleground Senate races in Ohio, Pennsylvania and Florida are all close, a "
        "Quinnipiac University poll shows."
    )
    headline = next(q for q in quotes if q.cue == ":")
    assert headline.text == "3 battleground Senate races are tight"
    assert headline.speaker == "Poll"
