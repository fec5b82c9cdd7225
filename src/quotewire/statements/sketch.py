"""Index keys of a normal form: the only way two quotes ever get compared.

Two kinds of key, both stable across processes so that they can be stored:

* **MinHash LSH bands** over the quote's word pairs find near-duplicates (a few words
  changed): ``BANDS`` bands of ``ROWS`` MinHash values each; two forms share a band key with
  probability ``1 - (1 - J**ROWS) ** BANDS`` for Jaccard similarity ``J``.
* **Winnowing fingerprints** (Schleimer, Wilkerson, Aiken 2003) over word ``K``-grams find
  trimmed quotes, whose Jaccard similarity to the full quote can be small: the minimum hash of
  every window of ``WINDOW`` consecutive K-grams is kept, which guarantees that two forms that
  share a run of ``WINDOW + K - 1`` words share a fingerprint. K-grams made only of stop words
  are never fingerprints, so "at the end of the" does not make every quote a candidate.

Keys are computed for a whole batch of forms at once with numpy, each word hashed and looked up
once for both kinds (``FormWords``). Every key is stored and compared with stores built
before: a faster way to compute them must give the same values bit for bit
(``tests/statements/test_sketch.py`` pins some; ``benchmarks/prepare.py`` compares whole runs).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain

import numpy as np

from quotewire.statements.normalise import NormalForm, is_content, stable_hash

BANDS = 16
ROWS = 3
K = 4
WINDOW = 3
_KEY_MASK = (1 << 63) - 1
_PAIR_MULTIPLIER = np.uint64(2_654_435_761)
_PAIR_MODULUS = np.uint64((1 << 32) - 5)  # prime: a pair's hash stays a 32-bit value
_GRAM_MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)
_GRAM_MIXER = np.uint64(0xBF58476D1CE4E5B9)
_NEVER = np.uint64((1 << 64) - 1)
_BAND_MULTIPLIER = np.uint64(1_000_003)
_BAND_SHIFT = np.uint64(29)
_KEY_MASK_64 = np.uint64(_KEY_MASK)
_LOW_32 = np.uint64(0xFFFFFFFF)
_HIGH_32 = np.uint64(32)


@dataclass(frozen=True, slots=True)
class MinHasher:
    """``bands * rows`` universal hash permutations, seeded so every process draws the same."""

    bands: int
    rows: int
    seed: int
    a: np.ndarray = field(init=False, repr=False)
    b: np.ndarray = field(init=False, repr=False)
    salt: np.ndarray = field(init=False, repr=False)

    def __post_init__(self) -> None:
        rng = np.random.RandomState(self.seed)
        count = self.bands * self.rows
        odd = rng.randint(0, 1 << 62, count, np.int64).astype(np.uint64) * np.uint64(2) + 1
        object.__setattr__(self, "a", odd)
        object.__setattr__(self, "b", rng.randint(0, 1 << 62, count, np.int64).astype(np.uint64))
        salt = [stable_hash(f"band-{self.seed}-{b}") for b in range(self.bands)]
        object.__setattr__(self, "salt", np.array(salt, dtype=np.uint64))

    def signatures(self, sets: Sequence[Sequence[int] | np.ndarray]) -> np.ndarray:
        """MinHash signatures (one row per non-empty set, uint64) of sets of 32-bit hashes."""
        arrays = [np.asarray(s, dtype=np.uint64) for s in sets]
        nonempty = [a for a in arrays if a.size]
        if not nonempty:
            return np.zeros((0, self.bands * self.rows), dtype=np.uint64)
        lengths = np.array([a.size for a in nonempty], dtype=np.int64)
        return self.signatures_of_runs(np.concatenate(nonempty), lengths)

    def signatures_of_runs(self, values: np.ndarray, lengths: np.ndarray) -> np.ndarray:
        """Signatures of sets laid end to end in ``values`` (uint64), ``lengths`` (all > 0)
        long; a value repeated inside a set changes nothing."""
        # Multiply-shift hashing (Dietzfelbinger): (a*x + b) mod 2**64, top 32 bits; one
        # permutation per column, wrapping uint64 arithmetic, no division. The shift keeps
        # order, so it is taken after the minimum, on one row per set instead of every value.
        permuted = np.multiply.outer(values, self.a)
        permuted += self.b[None, :]
        if len(lengths) == 1:
            lowest = permuted.min(axis=0, keepdims=True)
        else:
            offsets = np.concatenate(([0], np.cumsum(lengths)[:-1]))
            lowest = np.minimum.reduceat(permuted, offsets, axis=0)
        lowest >>= np.uint64(32)
        return lowest

    def band_keys(self, signatures: np.ndarray) -> list[list[int]]:
        """One 63-bit key per band: two signatures share a key when a whole band agrees."""
        bands = signatures.reshape(len(signatures), self.bands, self.rows)
        mixed = self.salt[None, :]
        for row in range(self.rows):
            mixed = (mixed * _BAND_MULTIPLIER) ^ bands[:, :, row]
        return ((mixed ^ (mixed >> _BAND_SHIFT)) & _KEY_MASK_64).tolist()


QUOTE_HASHER = MinHasher(BANDS, ROWS, seed=20260101)


@lru_cache(maxsize=1 << 20)
def token_hash(token: str) -> int:
    """32-bit stable hash of one word (cached: news vocabularies repeat)."""
    return stable_hash(token) & 0xFFFFFFFF


@dataclass(frozen=True, slots=True)
class FormWords:
    """The words of a batch of forms laid end to end, hashed and looked up once for both kinds
    of key: ``hashes`` (``token_hash``, uint64) and ``content`` (``is_content``) per word,
    ``owner`` (the form's index) per word, and each form's ``starts`` and ``lengths``."""

    hashes: np.ndarray
    content: np.ndarray
    owner: np.ndarray
    starts: np.ndarray
    lengths: np.ndarray

    @classmethod
    def of(cls, forms: Sequence[NormalForm]) -> FormWords:
        tokens = list(chain.from_iterable(form.tokens for form in forms))
        lengths = np.array([len(form.tokens) for form in forms], dtype=np.int64)
        known = np.fromiter(map(_hash_and_content, tokens), np.uint64, len(tokens))
        return cls(
            hashes=known & _LOW_32,
            content=(known >> _HIGH_32).astype(bool),
            owner=np.repeat(np.arange(len(forms)), lengths),
            starts=np.cumsum(lengths) - lengths,
            lengths=lengths,
        )


@lru_cache(maxsize=1 << 20)
def _hash_and_content(token: str) -> int:
    """``token_hash`` in the low 32 bits, ``is_content`` above: one cache look-up per word."""
    return (stable_hash(token) & 0xFFFFFFFF) | (is_content(token) << 32)


def minhash_band_keys(forms: Sequence[NormalForm]) -> list[list[int]]:
    """LSH band keys of each form (empty for a form without words), computed in one pass."""
    return _band_keys(FormWords.of(forms))


def _band_keys(words: FormWords) -> list[list[int]]:
    """MinHash runs over the distinct pairs of neighbouring words of a form, leaving out pairs
    of two stop words: single words would let quotes that merely share frequent words collide,
    and the number of such chance collisions grows with the square of the collection. A form
    with fewer than two distinct pairs also uses its words."""
    keys: list[list[int]] = [[] for _ in words.lengths]
    if not words.hashes.size:
        return keys
    hashes, owner = words.hashes, words.owner
    kept = (words.content[:-1] | words.content[1:]) & (owner[:-1] == owner[1:])
    pair_owner = owner[:-1][kept]
    # A pair's hash stays below 2**64 before the modulus: both words are 32-bit hashes.
    pairs = (hashes[:-1][kept] * _PAIR_MULTIPLIER + hashes[1:][kept]) % _PAIR_MODULUS
    # A form has two distinct pairs exactly when two of its pairs in a row differ.
    differ = (pairs[1:] != pairs[:-1]) & (pair_owner[1:] == pair_owner[:-1])
    two_pairs = np.zeros(len(words.lengths), dtype=bool)
    two_pairs[pair_owner[1:][differ]] = True
    with_words = ~two_pairs[owner]
    # MinHash ignores repeats and order inside a set: only the sets' runs must be contiguous.
    value_owner = np.concatenate((pair_owner, owner[with_words]))
    order = np.argsort(value_owner, kind="stable")
    values = np.concatenate((pairs, hashes[with_words]))[order]
    present = np.flatnonzero(words.lengths)
    sizes = np.bincount(value_owner, minlength=len(words.lengths))[present]
    signatures = QUOTE_HASHER.signatures_of_runs(values, sizes)
    for index, row in zip(present.tolist(), QUOTE_HASHER.band_keys(signatures), strict=True):
        keys[index] = row
    return keys


def winnow_keys(form: NormalForm) -> list[int]:
    """Winnowing fingerprints of the word K-grams (none for a form shorter than K words)."""
    return winnow_keys_batch([form])[0]


def winnow_keys_batch(forms: Sequence[NormalForm]) -> list[list[int]]:
    """Winnowing fingerprints of many forms in one numpy pass."""
    return _winnow_keys(FormWords.of(forms))


def _winnow_keys(words: FormWords) -> list[list[int]]:
    """The forms' words lie end to end; a K-gram whose words belong to two forms, or that has
    only stop words, gets the largest hash and is never chosen. A form of n words has
    n - K + 1 K-grams and max(1, n - K - WINDOW + 2) windows; as ``WINDOW <= K``, the window
    of a short form only reaches K-grams that start inside the form."""
    hashes, owner = words.hashes, words.owner
    grams = len(hashes) - K + 1
    if grams <= 0:
        return [[] for _ in words.lengths]
    gram = np.zeros(grams, dtype=np.uint64)
    has_content = np.zeros(grams, dtype=bool)
    for offset in range(K):
        gram = gram * _GRAM_MULTIPLIER + hashes[offset : offset + grams]
        has_content |= words.content[offset : offset + grams]
    gram ^= gram >> np.uint64(31)
    gram *= _GRAM_MIXER
    gram ^= gram >> np.uint64(29)
    gram[~(has_content & (owner[:grams] == owner[K - 1 :]))] = _NEVER
    gram = np.concatenate((gram, np.full(WINDOW - 1, _NEVER)))
    lowest = gram[:grams].copy()
    for offset in range(1, WINDOW):
        np.minimum(lowest, gram[offset : offset + grams], out=lowest)
    # Windows whose last K-gram is the form's own, and the one window of a short form.
    window_start = np.zeros(grams, dtype=bool)
    span = K + WINDOW - 1
    if len(hashes) >= span:
        window_start[: len(hashes) - span + 1] = (
            owner[: len(hashes) - span + 1] == owner[span - 1 :]
        )
    short = (words.lengths >= K) & (words.lengths < span)
    window_start[words.starts[short]] = True
    chosen = np.flatnonzero(window_start & (lowest != _NEVER))
    # Chosen windows come in position order, so form by form; each form's distinct values
    # are sorted in Python (a few per form).
    bounds = [*np.searchsorted(chosen, words.starts).tolist(), len(chosen)]
    flat = (lowest[chosen] & _KEY_MASK_64).tolist()
    return [sorted(set(flat[bounds[i] : bounds[i + 1]])) for i in range(len(words.lengths))]


def index_keys(forms: Sequence[NormalForm]) -> list[list[int]]:
    """Every index key of each form: LSH bands first, then winnowing fingerprints."""
    if not forms:  # the common case in ingest's writer (workers computed the keys): the
        return []  # array set-up below costs ~0.1 ms per article even for no form
    words = FormWords.of(forms)
    bands = _band_keys(words)
    winnows = _winnow_keys(words)
    return [band + winnow for band, winnow in zip(bands, winnows, strict=True)]
