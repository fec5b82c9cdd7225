"""Cue detection, round thirteen: verbs of saying too rare in the training news for the learned
lexicon (Levin's say, complain and advise classes; rare inflections of listed verbs), and a
participle of saying set between a subject and its predicate. Hand-written cases; the ones
that attribute load the model."""

from __future__ import annotations

import pytest
from quote_samples import Attribute

from quotewire.quotes.cues import load_cue_lexicon


def test_rare_verbs_of_saying_are_speech() -> None:
    lexicon = load_cue_lexicon()
    for form in ("posited", "opined", "hinted", "confided", "implored", "exhorted", "writing"):
        assert lexicon.is_speech(form)
        assert lexicon.may_report(form)
    assert not lexicon.is_speech("alleged")  # mostly an adjective ("the alleged fraud")
    assert not lexicon.is_speech("announcing")  # "announcing his candidacy": a topic


def _reported(quotes: list, cue: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in quotes if q.cue == cue]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        (
            "The pollster Geoff Garin posited that the unemployment rate matters less to voters.",
            "posited",
            "that the unemployment rate matters less to voters",
        ),
        (
            "Senator Mary Jones has hinted that she might run for governor next year.",
            "has hinted",
            "that she might run for governor next year",
        ),
        (
            "The columnist Tom Baker opined that the deal was already dead.",
            "opined",
            "that the deal was already dead",
        ),
    ],
)
def test_a_rare_verb_of_saying_reports_its_clause(
    attribute: Attribute, sentence: str, cue: str, content: str
) -> None:
    quotes, _ = attribute(sentence)
    assert [text for text, _ in _reported(quotes, cue)] == [content]


@pytest.mark.slow
def test_a_participle_of_writing_reports_its_clause(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "Steve Coll rebutted the company's letter point by point, writing that the "
        "reporters had clearly identified themselves as journalists."
    )
    assert _reported(quotes, "writing") == [
        ("that the reporters had clearly identified themselves as journalists", "Steve Coll")
    ]


@pytest.mark.slow
def test_a_participle_set_in_after_the_subject_reports_neither_part(
    attribute: Attribute,
) -> None:
    quotes, _ = attribute(
        "Circuit Court Judge David McKeague, writing for the majority, said the early voting "
        "period was generous."
    )
    assert not _reported(quotes, "writing")
    assert _reported(quotes, "said") == [("the early voting period was generous", "David McKeague")]
