"""Boundaries, fourteenth round: transcript turns whose speakers the article names only in
their labels (loads the model).

Measured on PolNeAR train articles 1-840; the sentences here are made up in the style of the
cases that motivated them.
"""

from __future__ import annotations

import pytest
from quote_samples import Attribute, find

pytestmark = pytest.mark.slow


def test_a_recurring_upper_case_label_is_a_transcript_speaker(attribute: Attribute) -> None:
    text = (
        "The host pressed the campaign's chief strategist on the debates.\n\n"
        "KATE BOULDUAN: Why not debate in New York?\n\n"
        "JOEL BENENSON: This is a man who said he would never run a negative ad, ever.\n\n"
        "BOULDUAN: You wanted more debates in January.\n\n"
        "BENENSON: The senator does not get to decide when we debate."
    )
    quotes, _ = attribute(text)
    turns = [(q.kind, q.cue, q.speaker, q.text) for q in quotes if q.cue == ":"]
    assert turns == [
        ("direct", ":", "KATE BOULDUAN", "Why not debate in New York?"),
        ("direct", ":", "JOEL BENENSON",
         "This is a man who said he would never run a negative ad, ever."),
        ("direct", ":", "KATE BOULDUAN", "You wanted more debates in January."),
        ("direct", ":", "JOEL BENENSON", "The senator does not get to decide when we debate."),
    ]  # fmt: skip
    # the turn is the speaker's own words: no cue inside it reports anything
    assert not any(q.cue == "said" for q in quotes)


def test_a_recurring_kicker_label_is_no_speaker(attribute: Attribute) -> None:
    text = (
        "The council met on Tuesday.\n\n"
        "UPDATE: The vote was moved to Thursday.\n\n"
        "UPDATE: The mayor will attend the vote."
    )
    quotes, _ = attribute(text)
    assert not any(q.cue == ":" for q in quotes)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (
            "A new poll showed the governor leading the senator nationally, 45 percent to 18"
            " percent, among older voters.",
            "45 percent to 18 percent, among older voters",
        ),
        (
            "The survey showed the mayor losing support after the debate, with 40 percent"
            " backing him before and 31 percent afterward.",
            "with 40 percent backing him before",
        ),
        (
            "A state poll showed the governor with a healthy lead in Ohio, earning 51 percent"
            " of the support of likely voters.",
            "earning 51 percent",
        ),
        (
            "The latest state poll showed the mayor leading the field with support of 31"
            " percent of Republican voters, followed by the governor at 17 percent, the"
            " senator at 13 percent and the treasurer at seven percent.",
            "followed by the governor at 17 percent",
        ),
    ],
)
def test_figures_after_a_finding_are_part_of_it(
    attribute: Attribute, text: str, figures: str
) -> None:
    quotes, _ = attribute(text)
    assert find(quotes, figures).cue == "showed"


def test_an_attribution_after_a_finding_stays_out(attribute: Attribute) -> None:
    text = "The poll found that the mayor leads in Ohio, according to a survey of 800 voters."
    quotes, _ = attribute(text)
    assert not any("according" in q.text or "800" in q.text for q in quotes)
