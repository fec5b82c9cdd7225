"""Colon credits set off by a dash (tenth round of boundaries; loads the model).

Measured on PolNeAR train articles 1-840; the sentences here are made up in the style of the
cases that motivated them.
"""

from __future__ import annotations

import pytest
from quote_samples import Attribute, find

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        pytest.param(
            "The polls on turnout are hard to read - More from the report:"
            " “Many online panels draw their samples from people who already vote.”",
            "Many online panels",
            "the report",
            id="more_from_after_a_dash",
        ),
        pytest.param(
            "Ann Ruiz, who runs the state party, expects a high turnout.\n\n"
            "Estimates of turnout among young voters are particularly weak - Pew Research:"
            " “Every sample we evaluated held more engaged people than the census suggests.”",
            "Every sample we evaluated",
            "Pew Research",
            id="a_name_the_tagger_took_for_nouns",
        ),
    ],
)
def test_a_credit_after_a_dash_names_the_source(
    attribute: Attribute, text: str, words: str, speaker: str
) -> None:
    quotes, _ = attribute(text)
    assert find(quotes, words).speaker == speaker


def test_a_lower_case_phrase_after_a_dash_is_no_credit(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "Senator Ann Ruiz was blunt about the bill - in her words:"
        " “We will not vote for a budget that cuts the schools.”"
    )
    assert find(quotes, "cuts the schools").speaker == "Ann Ruiz"


def test_a_doubled_cue_after_a_quotation_takes_the_name_after_the_first_verb(
    attribute: Attribute,
) -> None:
    quotes, _ = attribute(
        "The union answered the mayor's offer on Friday."
        " “No,” replied Ann Ruiz, President of Transit Workers United, said simply."
    )
    quote = find(quotes, "No")
    assert (quote.text, quote.kind, quote.speaker) == ("No,", "direct", "Ann Ruiz")
