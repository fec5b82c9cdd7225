"""Thirty-second round: a platform the recogniser tags a person is no antecedent
(speakers/recogniser_gaps.people_tagged), a known surname the tagger reads as a verb before
"himself" stays in view (recogniser_gaps.names_read_as_verbs), and a personal "who" hung on an
organisation after a person noun's preposition stands for the person
(quotes/relative_subjects._person_for_who). Sentences are made up."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from speaker_samples import speaker_of, speaker_of_opening

from quotewire import extract
from quotewire.nlp.model import load_english
from quotewire.speakers.lexicon import load_people_lexicon
from quotewire.speakers.recogniser_gaps import names_read_as_verbs, people_tagged

pytestmark = pytest.mark.slow


def _doc(words: list[str], tags: list[str], ents: list[str]) -> Doc:
    nlp = load_english()
    pos = {"NNP": "PROPN", "VB": "VERB", "PRP": "PRON", "IN": "ADP", "VBD": "AUX", "VBN": "VERB"}
    return Doc(nlp.vocab, words=words, tags=tags, pos=[pos[t] for t in tags], ents=ents)


def test_a_platform_tagged_a_person_is_no_person() -> None:
    doc = _doc(
        ["Jane", "Roe", "posted", "on", "Twitter"],
        ["NNP", "NNP", "VBD", "IN", "NNP"],
        ["B-PERSON", "I-PERSON", "O", "O", "B-PERSON"],
    )
    assert [e.text for e in people_tagged(doc.ents, load_people_lexicon())] == ["Jane Roe"]


def test_she_does_not_take_a_platform_for_her_antecedent() -> None:
    text = (
        "It is not the first time that this CNN reporter has shown her bias on Twitter. "
        "In fact, she was recently suspended for two weeks after slamming Republicans for "
        "their vote to halt the program."
    )
    assert speaker_of(text, "Republicans") != "Twitter"


def test_a_name_read_as_a_verb_before_himself_is_found() -> None:
    doc = _doc(
        ["Trump", "himself", "was", "delighted"],
        ["VB", "PRP", "VBD", "VBN"],
        ["O", "O", "O", "O"],
    )
    assert [t.text for t in names_read_as_verbs(doc)] == ["Trump"]


def test_he_after_a_name_read_as_a_verb_is_that_name() -> None:
    text = (
        "Donald Trump wanted to post a tweet about Mexico. Paul Manafort politely suggested "
        "that this might be seen as condescending and cautioned against it. The tweet went "
        'out. Trump himself was delighted by the resulting controversy. "The people who were '
        'offended were people we wanted to offend," he later said.'
    )
    assert speaker_of_opening(text, "The people") == "Donald Trump"


def test_who_after_a_pollster_with_a_party_is_the_pollster() -> None:
    text = (
        '"We have no comments about his work," said Ivan Petrenko, a pollster with Mr. '
        "Sidorov's former party who cooperated with Mr. Kovalenko for years and called him a "
        'pragmatic strategist. "Nobody has a monopoly on truth."'
    )
    speakers = {q.speaker for q in extract(text).quotes}
    assert speakers == {"Ivan Petrenko"}


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "Attorneys for Clinton said the emails were never classified. The case continues.",
            "emails",
            "Attorneys for Clinton",
        ),
        (
            "Groups representing farmers said the new rule would raise costs. The vote is "
            "next week.",
            "rule",
            "Groups representing farmers",
        ),
    ],
)
def test_a_capitalised_plural_opening_the_sentence_names_a_group(
    text: str, fragment: str, speaker: str
) -> None:
    """A plural common noun capitalised only because it opens the sentence is no one's name
    (a person noun's plural read as a surname; a lone plural the recogniser took for an
    organisation): the source is the group as written (mentions.describe)."""
    assert speaker_of(text, fragment) == speaker
