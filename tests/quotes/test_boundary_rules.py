"""Content boundaries and headline attributions of the fourth round (loads the model).

Each rule was measured on PolNeAR train articles 1-150 and 151-300; the sentences here are
made up in the style of the cases that motivated them.
"""

from __future__ import annotations

import pytest
from quote_samples import Attribute

from quotewire.types import Quote

pytestmark = pytest.mark.slow


def reported(quotes: list[Quote], cue: str) -> list[str]:
    return [q.text for q in quotes if q.cue == cue]


def test_first_line_ending_in_a_full_stop_is_a_headline(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "Sanders: Clinton Email Story Has Moved.\n\n"
        "Democratic presidential candidate Bernie Sanders spoke in Iowa on Sunday."
    )
    headline = next(q for q in quotes if q.cue == ":")
    assert headline.text == "Clinton Email Story Has Moved"
    assert headline.speaker == "Bernie Sanders"


def test_series_name_before_a_colon_is_not_a_source(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "The Latest: Cruz to give away engraved shotgun.\n\n"
        "Ted Cruz is giving away an engraved shotgun to his supporters."
    )
    assert not any(q.cue == ":" for q in quotes)


def test_fronted_time_clause_is_not_what_was_said(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "In a statement released shortly after the Florida senator suspended his presidential "
        "campaign, Cruz said he's certain Rubio will continue to be a champion for opportunity."
    )
    assert reported(quotes, "said") == [
        "he's certain Rubio will continue to be a champion for opportunity"
    ]


def test_participle_after_a_comma_is_not_the_cues_content(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "\u201cThey have not seen their lives get better,\u201d he continued, citing the many "
        "Americans who had given up looking for work."
    )
    assert not any(q.text.startswith("citing") for q in quotes)


def test_conjoined_verb_continuing_the_cues_sentence_is_cut_down_the_chain(
    attribute: Attribute,
) -> None:
    quotes, _ = attribute(
        "Kasich says he'd sit Putin down and tell him to stop and tells the crowd he was "
        "the first one to say so."
    )
    assert reported(quotes, "says") == ["he'd sit Putin down and tell him to stop"]


def test_conjoined_verb_after_a_modal_clause_is_cut(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "Ryan insists the GOP must be a party of ideas, and has championed an agenda of "
        "spending cuts."
    )
    assert reported(quotes, "insists") == ["the GOP must be a party of ideas"]


def test_second_that_clause_hung_on_the_cue_is_reported(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "Both think Obama advanced this agenda, but that there is still more to do."
    )
    assert reported(quotes, "think") == [
        "Obama advanced this agenda, but that there is still more to do"
    ]


def test_conjoined_verb_inflected_unlike_the_cue_is_reported(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "Marco Rubio flipped his choice on the spot \u2013 saying he was rooting for Peyton "
        "Manning but would now root for North Carolina since Jeb chose Denver."
    )
    assert reported(quotes, "saying") == [
        "he was rooting for Peyton Manning but would now root for North Carolina since Jeb "
        "chose Denver"
    ]


def test_condition_before_the_reported_clause_is_reported(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "House Speaker Paul Ryan says no matter what unilateral action President Barack Obama "
        "takes on gun control, \u201chis word does not trump the Second Amendment.\u201d"
    )
    statement = next(q for q in quotes if q.cue == "says")
    assert statement.kind == "mixed"
    assert statement.text.startswith("no matter what unilateral action")


def test_infinitive_that_reports_a_clause_is_the_attribution(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "Some Republicans began to argue that the longtime senator has fallen out of touch "
        "with voters."
    )
    assert [(q.cue, q.text) for q in quotes] == [
        ("to argue", "that the longtime senator has fallen out of touch with voters")
    ]
