"""Forty-seventh round: a quotation that continues another is credited through the same
source mention (quotes/english._assemble). When coreference leaves that mention unresolved
('"…," she said. "…"' with no "she" before it to stand for), the mention is all that names the
speaker, for the continued quotation as for the first; a resolved one keeps its name and, like
its cue, its mention stays with the first quotation (review5 #5). The
pronoun stays a pronoun: nothing is guessed for it. Sentences are made up."""

from __future__ import annotations

import pytest

from quotewire import extract
from quotewire.types import Quote


def quotes_by_start(text: str) -> dict[str, Quote]:
    return {quote.text[:12]: quote for quote in extract(text).quotes}


@pytest.mark.slow
def test_a_continued_quotation_keeps_an_unresolved_pronoun() -> None:
    text = (
        "The report was published on Monday. "
        "\u201cWe have accepted decades of back-room deals,\u201d it said. "
        "\u201cThis must change.\u201d"
    )
    quotes = quotes_by_start(text)
    first, second = quotes["We have acce"], quotes["This must ch"]
    assert first.speaker is None and second.speaker is None
    assert first.speaker_mention is not None and second.speaker_mention is not None
    assert second.speaker_mention.text == "it"
    assert second.speaker_mention.start == first.speaker_mention.start


@pytest.mark.slow
def test_a_continued_quotation_of_a_named_speaker_keeps_the_name() -> None:
    text = (
        "Senator Jane Marlow spoke on Tuesday. "
        "\u201cWe must act now,\u201d Marlow said. \u201cThe time for talk is over.\u201d"
    )
    second = quotes_by_start(text)["The time for"]
    assert second.speaker == "Jane Marlow"
    # resolved: the name is enough, and the mention is the first quotation's, drawn once
    assert second.speaker_mention is None
