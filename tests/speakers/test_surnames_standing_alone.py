"""Recogniser gaps, third round (speakers/recogniser_gaps): a given name and a surname the
recogniser read as an organisation everywhere are a person's name when the article makes the
surname alone the subject of a clause ("Hannity asked ..."), an organisation's last word does
not stand alone so; a full name read as a product, building, title or place is a person's on
the same signals as one read as an organisation; a name particle ("Le Pen") is no given name.
Sentences are made up."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from quotewire import extract
from quotewire.speakers.lexicon import load_people_lexicon
from quotewire.speakers.recogniser_gaps import (
    names_tagged_as_organisations,
    surnames_standing_alone,
)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp():
    from quotewire.nlp.model import load_english

    return load_english()


def _alone(doc: Doc) -> set[str]:
    return surnames_standing_alone(doc, {t.lower_ for t in doc if t.is_lower})


def test_a_surname_as_a_bare_subject_stands_alone(nlp) -> None:
    doc = nlp("Former executive Carly Fiorina met the bankers. Later, Fiorina warned them.")
    assert "Fiorina" in _alone(doc)


def test_an_organisation_named_in_full_or_with_an_article_does_not(nlp) -> None:
    doc = nlp(
        "Edison Research found that turnout rose. The Foundation said it would give more "
        "money to the schools."
    )
    assert not _alone(doc) & {"Research", "Foundation"}


def test_a_word_the_article_writes_in_lower_case_does_not(nlp) -> None:
    doc = nlp("Hope said the vote was close. There is hope for the party, he said.")
    assert "Hope" not in _alone(doc)


def test_she_after_a_name_read_as_an_organisation_is_that_person() -> None:
    text = (
        "Former executive Carly Fiorina met the bankers on Monday.\n\n"
        "Fiorina was much quieter than the rest of the room.\n\n"
        '"Investors will punish this merger," she recalled.'
    )
    (found,) = [q.speaker for q in extract(text).quotes if q.text.startswith("Investors")]
    assert found == "Carly Fiorina"


def _misread(nlp, words: list[str], tags: list[str], ents: list[str]) -> list[str]:
    """The names :func:`names_tagged_as_organisations` finds in a Doc built by hand (words,
    fine-grained tags and IOB entity tags such as "B-PRODUCT")."""
    doc = Doc(nlp.vocab, words=words, tags=tags, ents=ents)
    persons = [e for e in doc.ents if e.label_ == "PERSON"]
    people = load_people_lexicon()
    return [s.text for s in names_tagged_as_organisations(doc.ents, persons, people)]


def test_a_name_read_as_a_product_is_a_person_when_its_surname_is_one(nlp) -> None:
    words = ["Donald", "Trump", "watched", "and", "Ivanka", "Trump", "spoke", "."]
    tags = ["NNP", "NNP", "VBD", "CC", "NNP", "NNP", "VBD", "."]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "B-PRODUCT", "I-PRODUCT", "O", "O"]
    assert _misread(nlp, words, tags, ents) == ["Ivanka Trump"]


def test_a_name_particle_is_no_given_name(nlp) -> None:
    words = ["Marine", "Le", "Pen", "spoke", "and", "Le", "Pen", "left", "."]
    tags = ["NNP", "NNP", "NNP", "VBD", "CC", "NNP", "NNP", "VBD", "."]
    ents = ["B-PERSON", "I-PERSON", "I-PERSON", "O", "O", "B-FAC", "I-FAC", "O", "O"]
    assert _misread(nlp, words, tags, ents) == []


def test_she_after_a_name_read_as_a_product_is_that_person() -> None:
    text = (
        "Donald Trump watched from the front row.\n\n"
        "The Ivanka Trump brand sells shoes, and Ivanka Trump urged employers to give mothers "
        "paid leave.\n\n"
        '"Working mothers deserve better," she said.'
    )
    (found,) = [q.speaker for q in extract(text).quotes if q.text.startswith("Working")]
    assert found == "Ivanka Trump"


def test_a_word_the_article_writes_in_lower_case_is_no_surname(nlp) -> None:
    words = ["Clinton", "Foundation", "said", "the", "Clinton", "Foundation", "paid", "the"]
    words += ["foundation", "staff", "."]
    tags = ["NNP", "NNP", "VBD", "DT", "NNP", "NNP", "VBD", "DT", "NN", "NN", "."]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "B-ORG", "I-ORG", "O", "O", "O", "O", "O"]
    assert _misread(nlp, words, tags, ents) == []
