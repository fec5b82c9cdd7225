"""The gender a subject's own possessive or reflexive tells: the pronouns are read from the
words after the subject within the verb's edges, the same ones a walk over the verb's whole
subtree finds."""

from __future__ import annotations

import pytest

from quotewire.nlp.model import load_english
from quotewire.speakers.antecedents import own_pronoun_gender, own_pronouns_after
from quotewire.speakers.lexicon import load_people_lexicon

SENTENCES = [
    "Clinton tweeted her thanks to the volunteers.",
    "Smith found himself alone after the vote.",
    "Jones said that his brother had left, and Brown lost his seat.",
    "The senator, who praised his staff, defended herself on Friday.",
    "After his speech, Obama greeted his supporters and their families.",
    "His aide said Warren would not let herself be drawn into it, and her rival laughed.",
]
OWN = ("his", "her", "himself", "herself")


@pytest.mark.slow
def test_the_pronouns_read_are_those_of_the_whole_subtree_after_the_subject() -> None:
    found = 0
    for doc in load_english().pipe(SENTENCES):
        for word in doc:
            verb = word.head
            walked = [t for t in verb.subtree if t.i > word.i and t.lower_ in OWN]
            assert own_pronouns_after(word, verb) == sorted(walked, key=lambda t: t.i)
            found += len(walked)
    assert found > 10


@pytest.mark.slow
def test_a_subjects_own_pronoun_tells_its_gender() -> None:
    people = load_people_lexicon()
    genders = {
        (t.text, own_pronoun_gender(t, people))
        for doc in load_english().pipe(SENTENCES)
        for t in doc
        if t.dep_ in ("nsubj", "nsubjpass")
    }
    assert {("Brown", "male"), ("senator", "female"), ("Obama", "male")} <= genders
    assert ("Jones", None) in genders  # "his brother" stands in a clause of its own
