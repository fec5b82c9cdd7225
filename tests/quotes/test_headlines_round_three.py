"""Headlines, round three: a headline's statement ends at the headline's line (loads the
model)."""

from __future__ import annotations

import pytest
from quote_samples import Attribute

pytestmark = pytest.mark.slow


def test_a_subtitled_headline_statement_ends_before_the_semicolon(attribute: Attribute) -> None:
    text = (
        "Okafor says the strike helps the city; \n"
        "After the vote, the mayor and the union met again.\n\n"
        "Mayor Ann Okafor spoke to reporters on Monday."
    )
    quotes, _ = attribute(text)
    says = next(q for q in quotes if q.cue == "says")
    assert says.text == "the strike helps the city"


def test_a_subtitle_cue_reports_its_own_line(attribute: Attribute) -> None:
    text = (
        "Okafor lays off more than 200 campaign staffers; \n"
        "Win or not, candidate says, campaign aims to transform the city.\n\n"
        "Mayor Ann Okafor spoke to reporters on Monday."
    )
    quotes, _ = attribute(text)
    line_end = text.index("\n")
    assert not [q for q in quotes if q.start < line_end < q.end]
    assert not [q for q in quotes if q.cue == "says" and q.start < line_end]


def test_a_headline_statement_does_not_run_into_the_subtitle(attribute: Attribute) -> None:
    text = (
        "Okafor says praise from Dunn helps the city; \n"
        "After the debate, candidate for rival party holds spotlight.\n\n"
        "Mayor Ann Okafor spoke to reporters on Monday."
    )
    quotes, _ = attribute(text)
    says = next(q for q in quotes if q.cue == "says")
    assert says.text == "praise from Dunn helps the city"


@pytest.mark.parametrize(
    ("headline", "content", "cue", "speaker"),
    [
        ("Transit plan will fail, Okafor says.", "Transit plan will fail", "says", "Ann Okafor"),
        (
            "American dream survives among young voters, poll finds; ",
            "American dream survives among young voters",
            "finds",
            "poll",
        ),
        (
            "Dunn Is A 'Natural Born Citizen,' Board Of Election Finds.",
            "Dunn Is A 'Natural Born Citizen,'",
            "Finds",
            "Board",
        ),
    ],
)
def test_a_source_named_after_the_headline_statement(
    attribute: Attribute, headline: str, content: str, cue: str, speaker: str
) -> None:
    text = headline + "\n\nMayor Ann Okafor spoke to reporters in Denver on Monday."
    quotes, _ = attribute(text)
    quote = next(q for q in quotes if q.cue == cue)
    assert (quote.text, quote.speaker) == (content, speaker)


def test_a_headline_ending_in_a_noun_after_a_comma_has_no_inverted_source(
    attribute: Attribute,
) -> None:
    text = "Okafor has the praise, just not the votes.\n\nMayor Ann Okafor spoke on Monday."
    quotes, _ = attribute(text)
    assert not [q for q in quotes if q.start < text.index("\n")]
