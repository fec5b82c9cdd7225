"""Doc helpers: array look-ups give what a loop over the tokens gives."""

from __future__ import annotations

import numpy as np
import pytest
from spacy.attrs import LOWER
from spacy.symbols import PROPN

from quotewire.nlp.docs import HashValues, form_keys, is_form_in, sentence_of, tokens_where
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


def test_hash_values_computes_each_key_once_and_keeps_it_with_its_key() -> None:
    asked: list[int] = []

    def compute(key: int) -> int:
        asked.append(key)
        return key % 7

    values = HashValues(compute, np.int64)
    first = np.array([30, 10, 30, 20], dtype=np.uint64)
    assert values.of(first).tolist() == [2, 3, 2, 6]
    assert sorted(asked) == [10, 20, 30]  # each distinct key once
    # keys before, between and after the known ones, mixed with known ones, in any order
    later = np.array([25, 5, 2**63 + 1, 10, 30, 15], dtype=np.uint64)
    assert values.of(later).tolist() == [4, 5, (2**63 + 1) % 7, 3, 2, 1]
    assert sorted(asked) == [5, 10, 15, 20, 25, 30, 2**63 + 1]
    assert values.of(np.array([15, 20], dtype=np.uint64)).tolist() == [1, 6]  # nothing new
    assert len(asked) == 7
    assert values.of(np.array([], dtype=np.uint64)).tolist() == []


def test_hash_values_starts_empty_and_answers_an_empty_column() -> None:
    values = HashValues(lambda key: True, bool)
    assert values.of(np.array([], dtype=np.uint64)).tolist() == []
    assert values.of(np.array([3, 3], dtype=np.uint64)).tolist() == [True, True]
