"""Wikinews tune14: "advise" reports a that-clause or what its object is advised to do, never
its object alone ("advised residents to make plans", "advised him that ..." / "advises big
corporations"). Hand-written cases; the ones that attribute load the model."""

from __future__ import annotations

import pytest
from quote_samples import Attribute

from quotewire.quotes.cues import load_cue_lexicon


def test_advise_is_a_clause_reporting_verb() -> None:
    lexicon = load_cue_lexicon()
    for form in ("advise", "advises", "advised", "advising"):
        assert form in lexicon.clause_reporting
        assert not lexicon.is_speech(form)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "The mayor of the town, Ann Lee, advised residents of her town to stay indoors.",
            "to stay indoors",
        ),
        (
            "The health minister advised travellers to avoid the region until the spring.",
            "to avoid the region until the spring",
        ),
        (
            "Two professors advised the senator that the order was lawful.",
            "that the order was lawful",
        ),
    ],
)
def test_advise_reports_a_clause_or_its_object_s_infinitive(
    attribute: Attribute, sentence: str, content: str
) -> None:
    quotes, _ = attribute(sentence)
    assert [q.text for q in quotes if q.cue == "advised"] == [content]


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence",
    [
        "The bank advises big corporations on mergers and acquisitions.",
        "A pollster who has advised the senator for years joined the campaign.",
        "He was advised to find a more experienced deputy.",
    ],
)
def test_advise_reports_no_object_alone(attribute: Attribute, sentence: str) -> None:
    quotes, _ = attribute(sentence)
    assert not [q for q in quotes if q.cue in ("advises", "advised")]
