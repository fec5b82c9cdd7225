"""Recogniser gaps, third round (speakers/recogniser_gaps): a given name and a surname the
recogniser read as an organisation everywhere are a person's name when the article makes the
surname alone the subject of a clause ("Hannity asked ..."), an organisation's last word does
not stand alone so; a full name read as a product, building or title is a person's on the same
signals as one read as an organisation; a word the article writes in lower case is no surname
and a name particle ("Le Pen") no given name; in a sentence the parser did not see, a name after
a person noun ("Trump's wife, Melania,") is a person of the noun's gender. Sentences are made
up."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from speaker_samples import speaker_of, speaker_of_opening

from quotewire.speakers.lexicon import load_people_lexicon
from quotewire.speakers.recogniser_gaps import (
    names_after_unparsed_person_nouns,
    names_tagged_as_organisations,
    surnames_standing_alone,
    unparsed_apposed_gender,
)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp():
    from quotewire.nlp.model import load_english

    return load_english()


def _alone(doc: Doc) -> set[str]:
    # every capitalised word of the article is "in question" here
    return surnames_standing_alone(
        doc, {t.lower_ for t in doc if t.is_lower}, {t.text for t in doc if t.is_title}
    )


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
    assert speaker_of_opening(text, "Investors") == "Carly Fiorina"


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


@pytest.mark.parametrize(
    ("given", "particle", "surname"),
    [
        ("Marine", "Le", "Pen"),
        # "Della" is a given name too, and a particle (the list in name_variants.toml)
        ("Diego", "Della", "Valle"),
    ],
)
def test_a_name_particle_is_no_given_name(nlp, given: str, particle: str, surname: str) -> None:
    words = [given, particle, surname, "spoke", "and", particle, surname, "left", "."]
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
    assert speaker_of_opening(text, "Working") == "Ivanka Trump"


def test_a_word_the_article_writes_in_lower_case_is_no_surname(nlp) -> None:
    words = ["Clinton", "Foundation", "said", "the", "Clinton", "Foundation", "paid", "the"]
    words += ["foundation", "staff", "."]
    tags = ["NNP", "NNP", "VBD", "DT", "NNP", "NNP", "VBD", "DT", "NN", "NN", "."]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "B-ORG", "I-ORG", "O", "O", "O", "O", "O"]
    assert _misread(nlp, words, tags, ents) == []


def test_a_name_after_a_person_noun_in_an_unparsed_sentence_is_a_person() -> None:
    text = (
        "Delegates gathered on Monday.\n\n"
        "On the opening night, Trump's wife, Melania, is scheduled to be among the featured "
        "speakers. She rarely appears at rallies.\n\n"
        'At a rally in the spring, she described him as "kind" with a "great heart."'
    )
    assert speaker_of(text, "great heart") == "Melania"


def test_a_place_after_a_place_noun_is_no_name(nlp) -> None:
    doc = nlp("He flew to the capital, Paris, on Monday.")
    unparsed = [t for t in doc if t.is_title]
    for token in unparsed:  # as the parser leaves an unparsed sentence
        token.tag_ = ""
    assert names_after_unparsed_person_nouns(unparsed, load_people_lexicon()) == []


def test_the_person_noun_before_an_unparsed_name_tells_its_gender(nlp) -> None:
    words = ["A", "wall", "honours", "their", "son", ",", "Humayun", ",", "a", "captain", "."]
    ents = ["O"] * 6 + ["B-GPE"] + ["O"] * 4
    doc = Doc(nlp.vocab, words=words, ents=ents)  # no tags: a sentence the parser did not see
    (name,) = names_after_unparsed_person_nouns([doc[0], doc[6]], load_people_lexicon())
    assert name.text == "Humayun"
    assert unparsed_apposed_gender(name, load_people_lexicon()) == "male"
