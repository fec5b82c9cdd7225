"""The shared English pipeline's tokenizer splits off quotation marks glued to words and hyphens
glued to the start of a capitalised word, and keeps abbreviated titles ("Capt.") whole."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def tokenize():
    from quotewire.nlp.model import load_english

    nlp = load_english()
    return lambda text: [token.text for token in nlp.tokenizer(text)]


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("Ryan said,“Look, no.”", ["Ryan", "said", ",", "“", "Look", ",", "no", ".", "”"]),
        ("paranoia,”Clinton said", ["paranoia", ",", "”", "Clinton", "said"]),
        ('Clinton:"We learned', ["Clinton", ":", '"', "We", "learned"]),
        ("voters!”After", ["voters", "!", "”", "After"]),
    ],
)
def test_glued_quotation_marks_are_tokens_of_their_own(tokenize, text, tokens):
    assert tokenize(text) == tokens


def test_marks_with_spaces_and_contractions_tokenize_as_before(tokenize):
    assert tokenize("He said: “Fine.” Then don't") == [
        "He",
        "said",
        ":",
        "“",
        "Fine",
        ".",
        "”",
        "Then",
        "do",
        "n't",
    ]


@pytest.mark.slow
def test_a_glued_quotation_gets_its_speaker():
    from quotewire import extract

    article = extract("Paul Ryan said,“Look, anti-Semitism has no place in our party.”")
    [quote] = article.quotes
    assert quote.kind == "direct"
    assert quote.speaker == "Paul Ryan"


def test_abbreviated_titles_stay_whole_and_a_sentence_still_ends_at_its_full_stop(tokenize):
    assert tokenize("Navy Capt. Jeff Davis and Det. Sgt. Alan Brown") == [
        "Navy", "Capt.", "Jeff", "Davis", "and", "Det.", "Sgt.", "Alan", "Brown",
    ]  # fmt: skip
    assert tokenize("He met the captain. Lt. Col. Jones said") == [
        "He", "met", "the", "captain", ".", "Lt.", "Col.", "Jones", "said",
    ]  # fmt: skip


@pytest.mark.slow
def test_a_source_after_an_abbreviated_title_is_the_name():
    from quotewire import extract

    article = extract('"We will stay," said Lt. Col. Mary Jones, the base commander.')
    [quote] = article.quotes
    assert quote.speaker == "Mary Jones"


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("-President Obama", ["-", "President", "Obama"]),
        ("--Trump said", ["--", "Trump", "said"]),
        ("closed. -Mrs. Clinton said", ["closed", ".", "-", "Mrs.", "Clinton", "said"]),
    ],
)
def test_a_hyphen_glued_to_a_capitalised_word_is_a_token_of_its_own(tokenize, text, tokens):
    assert tokenize(text) == tokens


def test_minus_signs_suffixes_and_compounds_tokenize_as_before(tokenize):
    assert tokenize("a -5 rise, an oil -based fuel, pro-Trump") == [
        "a", "-5", "rise", ",", "an", "oil", "-based", "fuel", ",", "pro", "-", "Trump",
    ]  # fmt: skip


@pytest.mark.slow
def test_a_credit_with_a_glued_dash_names_the_speaker_without_it():
    from quotewire import extract

    article = extract(
        "Obama backs Clinton.\n\nThe president wrote on Twitter on Monday.\n\n"
        '"This has to stop, and it needs to stop now."\n\n-President Obama, tweeting on Monday.'
    )
    [quote] = [q for q in article.quotes if q.text.startswith("This has")]
    assert (quote.cue, quote.speaker_mention.text) == ("-", "President Obama")
