"""Speakers, forty-first round (speakers/recogniser_gaps ``names_given_an_age``): a name the
recogniser read as an organisation, place or nationality is a person's when the article sets
it off with an age ("Campbell, 66, was elected ..."), so a later "he" can refer to it; a
date's number ("Sept, 26, 2014") and a number run on into another ("Office, 30, 290") are no
age. Sentences are made up."""

from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc
from speaker_samples import speaker_of

from quotewire.speakers.recogniser_gaps import names_given_an_age

_VOCAB = English().vocab  # the English lexical attributes: title case, numbers


def _doc(words: list[str], pos: list[str], ents: list[str]) -> Doc:
    return Doc(_VOCAB, words=words, pos=pos, ents=ents)


@pytest.mark.parametrize("label", ["ORG", "GPE", "NORP"])
def test_a_name_set_off_by_an_age_is_a_persons(label: str) -> None:
    doc = _doc(
        ["Campbell", ",", "66", ",", "was", "elected", "."],
        ["PROPN", "PUNCT", "NUM", "PUNCT", "AUX", "VERB", "PUNCT"],
        [f"B-{label}", "O", "O", "O", "O", "O", "O"],
    )
    assert [span.text for span in names_given_an_age(doc.ents)] == ["Campbell"]


@pytest.mark.parametrize(
    ("words", "pos", "ents"),
    [
        # a month and its day: a date, not an age
        (
            ["born", "Sept", ",", "26", ",", "2014"],
            ["VERB", "PROPN", "PUNCT", "NUM", "PUNCT", "NUM"],
            ["O", "B-DATE", "O", "O", "O", "O"],
        ),
        # a number that runs on after the comma
        (
            ["the", "Office", ",", "30", ",", "290", "voters"],
            ["DET", "PROPN", "PUNCT", "NUM", "PUNCT", "NUM", "NOUN"],
            ["O", "B-ORG", "O", "O", "O", "O", "O"],
        ),
        # a number no age: a year or a count
        (
            ["Acme", ",", "2015", ",", "said"],
            ["PROPN", "PUNCT", "NUM", "PUNCT", "VERB"],
            ["B-ORG", "O", "O", "O", "O"],
        ),
        # a list of counts: "led by Norway, 14, and Germany, 12"
        (
            ["Norway", ",", "14", ",", "and", "Germany", ",", "12"],
            ["PROPN", "PUNCT", "NUM", "PUNCT", "CCONJ", "PROPN", "PUNCT", "NUM"],
            ["B-GPE", "O", "O", "O", "O", "B-GPE", "O", "O"],
        ),
        # a digit no number: a superscript two (once a crash)
        (
            ["Microsoft", ",", "²", ",", "announced"],
            ["PROPN", "PUNCT", "NUM", "PUNCT", "VERB"],
            ["B-ORG", "O", "O", "O", "O"],
        ),
        # an organisation's name with a common word in it
        (
            ["the", "Campbell", "company", ",", "66", ",", "said"],
            ["DET", "PROPN", "NOUN", "PUNCT", "NUM", "PUNCT", "VERB"],
            ["O", "B-ORG", "I-ORG", "O", "O", "O", "O"],
        ),
    ],
)
def test_no_age_no_person(words: list[str], pos: list[str], ents: list[str]) -> None:
    assert names_given_an_age(_doc(words, pos, ents).ents) == []


@pytest.mark.slow
def test_he_after_an_aged_surname_read_as_an_organisation_is_that_person() -> None:
    text = (
        "Menzies Campbell, chairman of the fishing board, has quit.\n\n"
        "Campbell, 71, was chosen as chairman in 2004 after Alan Ross retired. Since then he "
        "has faced complaints about the quotas.\n\n"
        'In a statement, he wrote: "I leave the board with pride."'
    )
    assert speaker_of(text, "I leave the board") == "Campbell"
