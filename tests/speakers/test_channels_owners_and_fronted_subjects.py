"""Nineteenth round: a quotation that goes on after "X said, according to Y" (the channel Y,
as PolNeAR files both halves: quotes/linking.py), the owner of a noun whose content a copula
states ("Sanders's argument was that ...": speakers/mentions.py), and a subject the parser hung
inside a fronted phrase ("In a message to Clinton, Tanden recounted ...":
quotes/fronted_phrases.py), and the clause subject a "they" in a free relative or a "their" on
an object refers to (speakers/antecedents.py). Sentences and names are made up."""

from __future__ import annotations

import pytest
from speaker_samples import speaker_of, speaker_of_opening


@pytest.mark.slow
def test_quotation_after_according_to_goes_on_through_the_channel() -> None:
    text = (
        "Senator Walter Hollis spoke to his delegates on Monday.\n\n"
        "“I ask you as a personal favor not to stage any protest on the floor,” Hollis said, "
        "according to CNN. “It is of utmost importance that you explain this to your "
        "delegations.”\n\nThe delegates cheered."
    )
    assert speaker_of_opening(text, "It is of utmost importance") == "CNN"


@pytest.mark.slow
def test_quotation_after_a_plain_clause_of_saying_goes_on_with_the_speaker() -> None:
    text = (
        "Senator Walter Hollis spoke to his delegates on Monday.\n\n"
        "“I ask you as a personal favor not to stage any protest on the floor,” Hollis said "
        "in a speech. “It is of utmost importance that you explain this to your "
        "delegations.”\n\nThe delegates cheered."
    )
    assert speaker_of_opening(text, "It is of utmost importance") == "Walter Hollis"


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "Hollis's argument on Sunday was that the banks had grown too big to fail.",
            id="argument",
        ),
        pytest.param(
            "Mr. Hollis's most surprising suggestion was that the banks had grown too big.",
            id="suggestion",
        ),
    ],
)
def test_owner_of_a_noun_stated_by_a_copula_is_the_source(sentence: str) -> None:
    text = f"Senator Walter Hollis spoke in Ohio on Sunday.\n\n{sentence}"
    assert speaker_of(text, "too big") == "Walter Hollis"


@pytest.mark.slow
def test_subject_hung_in_a_fronted_phrase_is_the_source() -> None:
    text = (
        "Senator Walter Hollis and Governor Dana Pruitt met last spring.\n\n"
        "After a week of tensions between the two Republicans, Senator Walter Hollis's office "
        "announced Friday that Hollis will meet Pruitt on Thursday."
    )
    assert speaker_of(text, "will meet Pruitt") == "Senator Walter Hollis's office"


@pytest.mark.slow
def test_name_hung_as_apposition_in_a_fronted_phrase_is_the_source() -> None:
    text = (
        "Dana Pruitt has long been close to Walter Hollis.\n\n"
        "In a May 2012 message to Hollis, Pruitt, head of the Center for Rural Progress, "
        "recounted a conversation she had with a donor at a dinner."
    )
    assert speaker_of(text, "a conversation she had") == "Dana Pruitt"


@pytest.mark.slow
def test_clause_after_according_to_keeps_no_source_of_its_own() -> None:
    from quotewire.nlp.model import load_english
    from quotewire.quotes.fronted_phrases import subject_in_fronted_phrase

    doc = load_english()(
        "According to the FBI summary, Mills and another aide asked the employee to delete "
        "emails in December."
    )
    asked = next(t for t in doc if t.lower_ == "asked")
    assert subject_in_fronted_phrase(asked) is None


@pytest.mark.slow
def test_they_in_a_free_relative_under_a_preposition_is_the_clause_subject() -> None:
    text = (
        "The debate turned to foreign policy.\n\n"
        "Democrats also focused on what they said was the need to remain tolerant of Muslims."
    )
    assert speaker_of(text, "the need to remain tolerant") == "Democrats"


@pytest.mark.slow
def test_their_on_an_object_is_the_clause_subject() -> None:
    text = (
        "The governor was in the lead.\n\n"
        "Some Cruz endorsers have their own ideas for attacking the front-runner."
    )
    assert speaker_of(text, "attacking the front-runner") == "Some Cruz endorsers"
