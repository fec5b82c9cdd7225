"""A that-clause hung on a noun ("his assertion that ...") and a noun's to-infinitive ("his
promise to build a wall") are candidates of that noun, each under its own key."""

from __future__ import annotations

import pytest

from quotewire.quotes.content_candidates import content_candidates
from quotewire.quotes.noun_clauses import NOUN_CLAUSE_KEY, NOUN_INFINITIVE_KEY

pytestmark = pytest.mark.slow


def _noun_clauses(text: str, noun: str, wanted: str = NOUN_CLAUSE_KEY) -> list[str]:
    from quotewire.nlp.model import load_english

    doc = load_english()(text)
    cue = next(t for t in doc if t.text == noun)
    return [
        doc[tokens[0].i : tokens[-1].i + 1].text
        for key, tokens in content_candidates(cue)
        if key == wanted
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


def test_infinitive_of_a_noun_is_no_that_clause() -> None:
    assert _noun_clauses("He defended his proposal to ban imports from China.", "proposal") == []


def test_infinitive_of_a_noun_is_a_candidate_of_its_own() -> None:
    text = "He defended his proposal to ban imports from China."
    assert _noun_clauses(text, "proposal", NOUN_INFINITIVE_KEY) == ["to ban imports from China"]


def test_infinitive_after_a_speech_noun() -> None:
    text = "She renewed her pledge to cut taxes for the middle class."
    expected = ["to cut taxes for the middle class"]
    assert _noun_clauses(text, "pledge", NOUN_INFINITIVE_KEY) == expected


def test_infinitive_with_a_subject_of_its_own_is_not_a_candidate() -> None:
    # the act is someone else's: the noun does not commit its owner to it
    text = "Critics repeated the call for him to resign."
    assert _noun_clauses(text, "call", NOUN_INFINITIVE_KEY) == []


def _frames(text: str) -> list[tuple[str, str | None, str]]:
    """(cue, speaker, content) of the frames found with a lexicon that has learned the
    noun-clause frames of "assertion", "idea" and "promise" (the shipped one is retrained by the lead)."""
    from dataclasses import replace

    from quotewire.nlp.model import load_english
    from quotewire.quotes.cues import load_cue_lexicon
    from quotewire.quotes.frames import find_frames

    shipped = load_cue_lexicon()
    learned = {
        "assertion": {NOUN_CLAUSE_KEY: 0.75},
        "idea": {NOUN_CLAUSE_KEY: 0.7},
        "promise": {NOUN_INFINITIVE_KEY: 0.75},
    }
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


def test_owned_noun_reports_its_infinitive() -> None:
    text = "Voters cheered his promise to build a wall on the border."
    assert ("promise", "his", "to build a wall on the border") in _frames(text)


def test_ownerless_noun_infinitive_is_the_writers() -> None:
    text = "A promise to build a wall on the border would cost billions."
    assert not any(cue == "promise" for cue, _, _ in _frames(text))


def test_named_owners_infinitive_in_another_sources_object_is_not_a_candidate() -> None:
    # the report is the officials' reaction; the owner's proposal is only its topic
    text = "City officials balked at the owner's proposal to build a hotel."
    assert _noun_clauses(text, "proposal", NOUN_INFINITIVE_KEY) == []
