"""The memoised attribute ruler gives exactly the model's own annotations."""

from __future__ import annotations

import pytest

from quotewire.nlp.attributes import MemoisedAttributes
from quotewire.nlp.model import load_english

TEXTS = [
    "Russian Foreign Minister Sergey Lavrov said on Friday that the forces had done their job.",
    "\"We ain't gonna stop,\" she said.   He'd have been there, wouldn't he?",
    "The U.S. economy grew 2.3% in 2019, the Commerce Department said.\n\nPrices rose.",
    '"We ain\'t gonna stop," she said again, and the minister added that it was 5\'10" tall.',
]


@pytest.mark.slow
def test_same_annotations_as_the_model() -> None:
    nlp = load_english()
    memoised = MemoisedAttributes(nlp)
    for _ in range(2):  # the second pass reads from the cache
        reference = list(nlp.pipe(TEXTS))
        fast = [memoised(doc) for doc in nlp.pipe(TEXTS, disable=["attribute_ruler"])]
        for expected, got in zip(reference, fast, strict=True):
            assert [(t.pos_, t.tag_, t.dep_, str(t.morph)) for t in expected] == [
                (t.pos_, t.tag_, t.dep_, str(t.morph)) for t in got
            ]
    assert memoised.cache


@pytest.mark.slow
def test_a_batch_learned_at_once_gives_the_model_annotations() -> None:
    nlp = load_english()
    memoised = MemoisedAttributes(nlp)
    reference = list(nlp.pipe(TEXTS))
    fast = list(memoised.pipe(nlp.pipe(TEXTS, disable=["attribute_ruler"]), batch_size=3))
    for expected, got in zip(reference, fast, strict=True):
        assert [(t.pos, t.tag, t.dep, t.morph.key) for t in expected] == [
            (t.pos, t.tag, t.dep, t.morph.key) for t in got
        ]
