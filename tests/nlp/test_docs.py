"""Doc helpers: array look-ups give what a loop over the tokens gives."""

from __future__ import annotations

import pytest
from spacy.attrs import LOWER
from spacy.symbols import PROPN

from quotewire.nlp.docs import form_keys, is_form_in, sentence_of, tokens_where
from quotewire.nlp.model import load_english


@pytest.mark.slow
def test_tokens_where_matches_a_loop_over_the_tokens() -> None:
    nlp = load_english()
    doc = nlp("Barack Obama met Angela Merkel in Berlin on Friday, officials said.")
    assert tokens_where(doc, POS=PROPN) == [t for t in doc if t.pos_ == "PROPN"]
    unparsed = nlp.make_doc("Then Jane Doe Left the Room early.")
    assert [t.text for t in tokens_where(unparsed, TAG=0, IS_TITLE=1)] == [
        "Then", "Jane", "Doe", "Left", "Room",
    ]  # fmt: skip
    assert tokens_where(nlp.make_doc(""), POS=PROPN) == []


@pytest.mark.slow
def test_sentence_of_is_the_sentence_spacy_gives() -> None:
    doc = load_english()(
        "The vote was close. Officials said on Friday that it would be held again. "
        "Nobody knew when.\n\nA new paragraph starts here"
    )
    assert len(list(doc.sents)) > 2
    for token in doc:
        assert (sentence_of(token).start, sentence_of(token).end) == (
            token.sent.start,
            token.sent.end,
        )


@pytest.mark.slow
def test_is_form_in_finds_the_words_of_a_set_of_forms() -> None:
    doc = load_english().make_doc("Officials said the talks would resume, she SAID.")
    lowers = doc.to_array([LOWER])
    found = is_form_in(lowers, form_keys(doc.vocab.strings, frozenset({"said", "resume"})))
    assert [doc[i].text for i in found.nonzero()[0]] == ["said", "resume", "SAID"]
    assert not is_form_in(lowers, form_keys(doc.vocab.strings, frozenset())).any()
