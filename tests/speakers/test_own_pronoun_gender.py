"""The gender a subject's own possessive or reflexive tells, read from the words after the
subject within the verb's subtree: the same as walking the whole subtree."""

from __future__ import annotations

import pytest
from spacy.tokens import Token

from quotewire.nlp.model import load_english
from quotewire.speakers.antecedents import own_pronoun_gender
from quotewire.speakers.lexicon import load_people_lexicon

SENTENCES = [
    "Clinton tweeted her thanks to the volunteers.",
    "Smith found himself alone after the vote.",
    "Smith thanked her for the help.",  # someone else
    "Jones said that his brother had left, and Brown lost his seat.",
    "The senator, who praised his staff, defended herself on Friday.",
    "After his speech, Obama greeted his supporters and their families.",
]


@pytest.mark.slow
def test_the_gender_is_that_of_a_walk_over_the_whole_subtree() -> None:
    people = load_people_lexicon()
    found = []
    for doc in load_english().pipe(SENTENCES):
        for subject in (t for t in doc if t.dep_ in ("nsubj", "nsubjpass")):
            gender = own_pronoun_gender(subject, people)
            assert gender == _whole_subtree_gender(subject, people)
            found.append((subject.text, gender))
    assert {("Brown", "male"), ("senator", "female"), ("Obama", "male")} <= set(found)
    assert ("Jones", None) in found  # "his brother" stands in a clause of its own


def _whole_subtree_gender(subject: Token, people) -> str | None:  # type: ignore[no-untyped-def]
    """The words the rule reads, found the old way: every word of the verb's subtree after
    the subject, then the rule's own tests (only which words are read has changed)."""
    verb = subject.head
    words = [
        t
        for t in verb.subtree
        if t.i > subject.i and t.lower_ in ("his", "her", "himself", "herself")
    ]
    genders = set()
    for token in words:
        if token.lower_ in ("his", "her") and token.dep_ != "poss":
            continue
        path = [token, *token.ancestors]
        inner = path[: path.index(verb)] if verb in path else path
        if any(
            t.dep_ in ("ccomp", "advcl", "relcl", "acl", "xcomp", "csubj", "parataxis", "conj")
            for t in inner
        ):
            continue
        if any(t.ent_type_ == "PERSON" for t in verb.doc[subject.i + 1 : token.i]):
            continue
        gender = people.gender_of_word(token.lower_)
        if gender is not None:
            genders.add(gender)
    return genders.pop() if len(genders) == 1 else None
