"""The batch decoder of the entity recogniser sets exactly the model's own entities."""

from __future__ import annotations

import gc
import json
import tracemalloc
from pathlib import Path

import numpy as np
import pytest
from spacy.attrs import ENT_ID, ENT_IOB, ENT_KB_ID, ENT_TYPE
from spacy.tokens import Doc, Span

from quotewire.nlp.entities import BatchEntities
from quotewire.nlp.model import load_english

# Real Wikinews articles (CC BY 2.5, see tests/data/ATTRIBUTION.md).
ARTICLES = Path(__file__).parents[1] / "data" / "store" / "wikinews-en-24.jsonl"
_ENTITY_ATTRS = [ENT_IOB, ENT_TYPE, ENT_KB_ID, ENT_ID]


def _texts() -> list[str]:
    records = [json.loads(line) for line in ARTICLES.read_text(encoding="utf-8").splitlines()]
    # also an empty text, one of spaces only, and an entity as the very last token
    return [r["text"] for r in records] + ["", "  \n\n ", "The talks were held in Geneva"]


def _entities(doc: Doc) -> tuple[list[list[int]], list[tuple[int, int, str]]]:
    return doc.to_array(_ENTITY_ATTRS).tolist(), [(e.start, e.end, e.label_) for e in doc.ents]


class _NoFallback:
    """The recogniser's network without its decoder: fails if spaCy's loop would be used."""

    def __init__(self, recogniser: object) -> None:
        self.model = recogniser.model  # type: ignore[attr-defined]

    def predict(self, docs: list[Doc]) -> None:
        raise AssertionError("decoded by spaCy's loop, not by the batch decoder")

    def set_annotations(self, docs: list[Doc], states: None) -> None:
        raise AssertionError("annotated by spaCy, not by the batch decoder")


def _assert_same_as_the_model(docs: list[Doc], batch_size: int, fallback: bool = True) -> None:
    nlp = load_english()
    recogniser = nlp.get_pipe("ner")
    expected = list(recogniser.pipe([doc.copy() for doc in docs], batch_size=batch_size))
    decoder = BatchEntities(nlp)
    assert decoder.usable
    if not fallback:
        decoder.recogniser = _NoFallback(recogniser)
    for start in range(0, len(docs), batch_size):
        decoder.annotate(docs[start : start + batch_size])
    assert [_entities(doc) for doc in docs] == [_entities(doc) for doc in expected]
    assert sum(len(doc.ents) for doc in docs) > 100


@pytest.mark.slow
def test_same_entities_as_the_model_over_parsed_articles() -> None:
    """Sentence boundaries from the parser, which entities must not cross."""
    nlp = load_english()
    docs = list(nlp.pipe(_texts(), disable=["ner"]))
    _assert_same_as_the_model(docs, batch_size=8)


@pytest.mark.slow
def test_same_entities_as_the_model_over_unparsed_text_in_one_batch() -> None:
    """As for the pieces nobody parses (``nlp.selective``): tokens only, no sentences."""
    nlp = load_english()
    docs = [nlp.make_doc(text) for text in _texts()]
    _assert_same_as_the_model(docs, batch_size=100, fallback=False)


@pytest.mark.slow
def test_entities_set_beforehand_are_left_to_the_model() -> None:
    nlp = load_english()
    text = "Angela Merkel met Emmanuel Macron in Berlin on Monday."
    mine, theirs = nlp.make_doc(text), nlp.make_doc(text)
    for doc in (mine, theirs):
        doc.set_ents([Span(doc, 0, 2, label="ORG")], default="unmodified")
    BatchEntities(nlp).annotate([mine])
    nlp.get_pipe("ner")(theirs)
    assert _entities(mine) == _entities(theirs)
    assert mine.ents[0].label_ == "ORG"


@pytest.mark.slow
def test_decoding_a_batch_does_not_depend_on_its_neighbours() -> None:
    nlp = load_english()
    decoder = BatchEntities(nlp)
    texts = _texts()[:6]
    alone = [nlp.make_doc(text) for text in texts]
    for doc in alone:
        decoder.annotate([doc])
    together = [nlp.make_doc(text) for text in texts]
    decoder.annotate(together)
    for a, b in zip(alone, together, strict=True):
        assert np.array_equal(a.to_array(_ENTITY_ATTRS), b.to_array(_ENTITY_ATTRS))


@pytest.mark.slow
def test_docs_beyond_the_token_bound_are_decoded_in_several_batches(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    nlp = load_english()
    decoder = BatchEntities(nlp)
    texts = _texts()[:6]
    whole = [nlp.make_doc(text) for text in texts]
    decoder.annotate(whole)
    calls: list[int] = []
    decode = decoder._annotate
    monkeypatch.setattr(decoder, "_annotate", lambda docs: calls.append(len(docs)) or decode(docs))
    monkeypatch.setattr("quotewire.nlp.entities.MAX_BATCH_TOKENS", 700)
    bounded = [nlp.make_doc(text) for text in texts]
    decoder.annotate(bounded)
    assert len(calls) > 1 and sum(calls) == len(texts)
    assert [_entities(doc) for doc in bounded] == [_entities(doc) for doc in whole]


@pytest.mark.slow
def test_one_doc_alone_is_left_to_spacys_own_decoder() -> None:
    """One state per step: spaCy's loop costs less than a step of the batch decoder."""
    nlp = load_english()
    decoder = BatchEntities(nlp)
    decoder.recogniser = _NoFallback(nlp.get_pipe("ner"))
    with pytest.raises(AssertionError, match="spaCy's loop"):
        decoder.annotate([nlp.make_doc(_texts()[0])])


@pytest.mark.slow
def test_a_batch_of_empty_docs_gets_no_entities() -> None:
    """Empty pieces only (a text with nothing to parse): nothing to decode, and no error."""
    nlp = load_english()
    docs = [nlp.make_doc(""), nlp.make_doc("")]
    BatchEntities(nlp).annotate(docs)
    assert all(not doc.ents for doc in docs)


@pytest.mark.slow
def test_the_network_run_in_small_slices_finds_the_same_entities(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The token-to-vector network reads each Doc on its own: slicing changes nothing."""
    monkeypatch.setattr("quotewire.nlp.entities.NETWORK_BATCH_TOKENS", 300)
    nlp = load_english()
    docs = [nlp.make_doc(text) for text in _texts()]
    _assert_same_as_the_model(docs, batch_size=100, fallback=False)


@pytest.mark.slow
def test_decoding_leaves_no_network_activations_behind() -> None:
    """Nothing of the network's work outlives a batch waiting for the garbage collector:
    spaCy's step model kept ~15 KB a token in reference cycles (issue #4, peak memory)."""
    nlp = load_english()
    decoder = BatchEntities(nlp)
    decoder.annotate([nlp.make_doc(text) for text in _texts()])  # warm: caches, tables
    docs = [nlp.make_doc(text) for text in _texts()]
    tokens = sum(len(doc) for doc in docs)
    gc.collect()
    gc.disable()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        decoder.annotate(docs)
        kept = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
        gc.enable()
    assert tokens > 5_000
    assert kept < 100 * tokens  # the entities themselves; not kilobytes a token
