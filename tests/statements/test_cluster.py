"""Clustering is incremental, never compares every pair, and does not depend on order."""

import itertools
import random

from quotewire.statements.cluster import MemoryBackend, StatementIndex
from quotewire.statements.normalise import normalise

FULL = (
    "the Colombian government does not accept the meddling of foreign governments, even if it "
    "is the United States"
)
TRIMMED = "government does not accept the meddling of foreign governments, even if it is"
DISTRACTOR = (
    "the Colombian government does not accept the meddling of foreign governments, even if it "
    "is not the United States"
)
EDITED = FULL.replace("meddling", "interference")
OTHER = "We will keep talking to every neighbour until the border question is settled for good"


def partition(quotes: list[str]) -> set[frozenset[str]]:
    backend = MemoryBackend()
    keys = StatementIndex(backend).add(normalise(q) for q in quotes)
    groups: dict[str, set[str]] = {}
    for quote, key in zip(quotes, keys, strict=True):
        groups.setdefault(backend.statement_of(key), set()).add(quote)
    return {frozenset(g) for g in groups.values()}


def test_trimmed_and_edited_quotes_join_the_full_one() -> None:
    result = partition([FULL, TRIMMED, EDITED, OTHER])
    assert frozenset({FULL, TRIMMED, EDITED}) in result
    assert frozenset({OTHER}) in result


def test_a_trimmed_quote_never_chains_a_quote_to_its_distractor() -> None:
    for order in itertools.permutations([FULL, TRIMMED, DISTRACTOR]):
        result = partition(list(order))
        assert not any(FULL in g and DISTRACTOR in g for g in result)
        assert frozenset({FULL, TRIMMED}) in result


def test_the_result_does_not_depend_on_ingest_order() -> None:
    quotes = [FULL, TRIMMED, DISTRACTOR, EDITED, OTHER, OTHER.upper(), OTHER[:60]]
    expected = partition(quotes)
    rng = random.Random(5)
    for _ in range(10):
        shuffled = quotes[:]
        rng.shuffle(shuffled)
        assert partition(shuffled) == expected


def test_statement_ids_are_the_smallest_form_key_whatever_the_order() -> None:
    backend = MemoryBackend()
    index = StatementIndex(backend)
    keys = index.add([normalise(EDITED), normalise(FULL)])
    assert backend.statement_of(keys[0]) == backend.statement_of(keys[1]) == min(keys)


def test_identical_quotes_are_indexed_once_and_unrelated_ones_are_not_compared() -> None:
    backend = MemoryBackend()
    index = StatementIndex(backend)
    index.add([normalise(FULL)] * 50 + [normalise(OTHER)])
    assert len(backend.forms) == 2
    assert index.verifications == 0
