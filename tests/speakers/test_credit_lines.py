"""Thirteenth round: a credit on the paragraph after a quotation that fills its own paragraph
('"…"' ¶ '- Bernie Sanders.'), as fact checks and convention notebooks write them
(quotes/headline.py). Sentences and names are made up."""

from __future__ import annotations

import pytest

from quotewire import extract


def speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text[:20], q.speaker) for q in extract(text).quotes if q.kind == "direct"]


@pytest.mark.slow
def test_a_dash_and_a_name_on_the_next_paragraph_credit_the_quotation_before() -> None:
    text = (
        "Fact-checking the debate.\n\n"
        "Here are the claims we checked. Senator Anna Ruiz spoke first.\n\n"
        '"Almost all new income is going to the top 1 percent of households."\n\n'
        "- Paul Okafor.\n\n"
        "The senator is relying on an outdated statistic.\n\n"
        '"I helped write that bill, and I voted for it twice."\n\n'
        "- Ruiz.\n\n"
        "She played a minor role in the bill."
    )
    assert speakers(text) == [
        ("Almost all new incom", "Paul Okafor"),
        ("I helped write that ", "Anna Ruiz"),
    ]


@pytest.mark.slow
def test_a_credit_line_keeps_a_short_description_after_a_comma() -> None:
    text = (
        "Convention notebook.\n\n"
        "Delegates spoke to us on the floor.\n\n"
        '"The whole idea of a rigged convention needs to stop, and it needs to stop now."\n\n'
        "- Michelle Harker, Philadelphia.\n\n"
        "The hall emptied after midnight."
    )
    assert speakers(text) == [("The whole idea of a ", "Michelle Harker")]


@pytest.mark.slow
def test_a_credit_after_the_writers_own_paragraph_credits_no_quotation() -> None:
    text = (
        "Rally notes.\n\n"
        'Trump pointed to a man at one of his rallies and called him "my best supporter."\n\n'
        "- Reuters."
    )
    assert all(q.speaker != "Reuters" for q in extract(text).quotes)
