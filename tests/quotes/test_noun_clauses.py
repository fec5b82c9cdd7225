"""A that-clause hung on a noun ("his assertion that ...") is a candidate of that noun."""

from __future__ import annotations

import pytest

from quotewire.quotes.content_candidates import content_candidates
from quotewire.quotes.noun_clauses import NOUN_CLAUSE_KEY

pytestmark = pytest.mark.slow


def _noun_clauses(text: str, noun: str) -> list[str]:
    from quotewire.nlp.model import load_english

    doc = load_english()(text)
    cue = next(t for t in doc if t.text == noun)
    return [
        doc[tokens[0].i : tokens[-1].i + 1].text
        for key, tokens in content_candidates(cue)
        if key == NOUN_CLAUSE_KEY
    ]


def test_that_clause_of_a_noun_is_a_candidate() -> None:
    text = "Trump repeated his assertion that the migrants are largely criminals."
    assert _noun_clauses(text, "assertion") == ["that the migrants are largely criminals"]


def test_that_clause_after_a_plural_noun() -> None:
    text = "There were numerous complaints that drivers were racing around the field."
    assert _noun_clauses(text, "complaints") == ["that drivers were racing around the field"]


def test_relative_clause_is_not_a_candidate() -> None:
    # "that" is the object of "made" here, not a complementiser
    assert _noun_clauses("He stood by the claim that he made on Monday.", "claim") == []


def test_factive_noun_offers_nothing() -> None:
    text = "Critics ignored the fact that the party controls the Senate."
    assert _noun_clauses(text, "fact") == []


def test_infinitive_of_a_noun_is_not_a_candidate() -> None:
    assert _noun_clauses("He defended his proposal to ban imports from China.", "proposal") == []


def _frames(text: str) -> list[tuple[str, str | None, str]]:
    """(cue, speaker, content) of the frames found with a lexicon that has learned the
    noun-clause frames of "assertion" and "idea" (the shipped one is retrained by the lead)."""
    from dataclasses import replace

    from quotewire.nlp.model import load_english
    from quotewire.quotes.cues import load_cue_lexicon
    from quotewire.quotes.frames import find_frames

    shipped = load_cue_lexicon()
    learned = {"assertion": {NOUN_CLAUSE_KEY: 0.75}, "idea": {NOUN_CLAUSE_KEY: 0.7}}
    lexicon = replace(
        shipped,
        frames={**shipped.frames, **learned},
        reporting_forms=shipped.reporting_forms | set(learned),
    )
    doc = load_english()(text)
    return [
        (
            f.cue.text,
            f.speaker.text if f.speaker is not None else None,
            text[f.content[0] : f.content[1]] if f.content else "",
        )
        for f in find_frames(doc, lexicon, [(0, len(text))], [])
    ]


def test_owned_noun_reports_its_clause() -> None:
    text = "Trump repeated his assertion that the migrants are largely criminals."
    assert ("assertion", "his", "that the migrants are largely criminals") in _frames(text)


def test_ownerless_noun_clause_is_the_writers() -> None:
    text = "The idea that debt is inherently bad is popular among voters."
    assert not any(cue == "idea" for cue, _, _ in _frames(text))
