"""Doc helpers: array look-ups give what a loop over the tokens gives."""

from __future__ import annotations

import pytest
from spacy.symbols import PROPN

from quotewire.nlp.docs import tokens_where
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
