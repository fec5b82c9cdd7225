"""Forty-fifth round: a partitive quantifier the parser hung as an adverb before a finite verb
with no subject is that verb's subject (quotes/misparsed_subjects.quantifier_read_as_adverb);
a subordinator the parser hung on it is not part of its name
(speakers/source_phrases.noun_phrase), and a place phrase the parser hung on the verb is
("most in Dayton"). Sentences are made up."""

from __future__ import annotations

import pytest

from quotewire import extract


def speakers(text: str) -> dict[str, str | None]:
    found = {}
    for quote in extract(text).quotes:
        mention = quote.speaker_mention
        found[quote.text[:20]] = quote.speaker or (mention.text if mention else None)
    return found


@pytest.mark.slow
def test_a_quantifier_after_a_subordinator_is_the_verbs_subject() -> None:
    text = "Four in 10 trust the council, after half said so last year."
    assert speakers(text)["so"] == "half"


@pytest.mark.slow
def test_a_quantifier_before_a_place_phrase_is_the_verbs_subject() -> None:
    text = "With so many here affected by the new tax, most in Dayton want to repeal the law."
    assert speakers(text)["to repeal the law"] == "most in Dayton"


@pytest.mark.slow
def test_a_verb_with_its_own_subject_keeps_it() -> None:
    text = "Many of the delegates said that the rules were unfair."
    assert speakers(text)["that the rules were "] == "Many of the delegates"
