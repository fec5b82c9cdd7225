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

Signatures are computed for a whole batch at once with numpy (``minhash_band_keys``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from quotewire.statements.normalise import NormalForm, is_content, stable_hash

BANDS = 16
ROWS = 3
K = 4
WINDOW = 3
MIN_SHINGLES = 2
_KEY_MASK = (1 << 63) - 1
_PAIR_MULTIPLIER = 2_654_435_761
_PAIR_MODULUS = (1 << 32) - 5  # prime: a pair's hash stays a 32-bit value
_GRAM_MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)
_GRAM_MIXER = np.uint64(0xBF58476D1CE4E5B9)
_NEVER = np.uint64((1 << 64) - 1)


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

    def signatures(self, sets: Sequence[Sequence[int]]) -> np.ndarray:
        """MinHash signatures (one row per non-empty set, uint64) of sets of 32-bit hashes."""
        lengths = np.array([len(s) for s in sets], dtype=np.int64)
        flat = np.fromiter((h for s in sets for h in s), dtype=np.uint64, count=int(lengths.sum()))
        if flat.size == 0:
            return np.zeros((0, self.bands * self.rows), dtype=np.uint64)
        # Multiply-shift hashing (Dietzfelbinger): (a*x + b) mod 2**64, top 32 bits; one
        # permutation per column, wrapping uint64 arithmetic, no division.
        permuted = (flat[:, None] * self.a[None, :] + self.b[None, :]) >> np.uint64(32)
        nonempty = lengths[lengths > 0]
        offsets = np.concatenate(([0], np.cumsum(nonempty)[:-1]))
        return np.minimum.reduceat(permuted, offsets, axis=0)

    def band_keys(self, signatures: np.ndarray) -> list[list[int]]:
        """One 63-bit key per band: two signatures share a key when a whole band agrees."""
        bands = signatures.reshape(len(signatures), self.bands, self.rows)
        mixed = np.repeat(self.salt[None, :], len(signatures), axis=0)
        for row in range(self.rows):
            mixed = (mixed * np.uint64(1_000_003)) ^ bands[:, :, row]
        mixed ^= mixed >> np.uint64(29)
        return [[int(k) & _KEY_MASK for k in row] for row in mixed.tolist()]


QUOTE_HASHER = MinHasher(BANDS, ROWS, seed=20260101)


@lru_cache(maxsize=1 << 20)
def token_hash(token: str) -> int:
    """32-bit stable hash of one word (cached: news vocabularies repeat)."""
    return stable_hash(token) & 0xFFFFFFFF


def content_hashes(form: NormalForm) -> list[int]:
    """Hashes of the distinct word pairs MinHash runs over.

    Pairs of neighbouring words, leaving out pairs of two stop words: single words would let
    quotes that merely share frequent words collide, and the number of such chance collisions
    grows with the square of the collection. A form of one or two words uses its words.
    """
    tokens = form.tokens
    words = [token_hash(t) for t in tokens]
    content = [is_content(t) for t in tokens]
    pairs = {
        (words[i] * _PAIR_MULTIPLIER + words[i + 1]) % _PAIR_MODULUS
        for i in range(len(tokens) - 1)
        if content[i] or content[i + 1]
    }
    if len(pairs) < MIN_SHINGLES:
        pairs.update(words)
    return sorted(pairs)


def minhash_band_keys(forms: Sequence[NormalForm]) -> list[list[int]]:
    """LSH band keys of each form (empty for a form without words), computed in one pass."""
    sets = [content_hashes(f) for f in forms]
    keys: list[list[int]] = [[] for _ in forms]
    present = [i for i, s in enumerate(sets) if s]
    if present:
        signatures = QUOTE_HASHER.signatures([sets[i] for i in present])
        for index, row in zip(present, QUOTE_HASHER.band_keys(signatures), strict=True):
            keys[index] = row
    return keys


def winnow_keys(form: NormalForm) -> list[int]:
    """Winnowing fingerprints of the word K-grams (none for a form shorter than K words)."""
    return winnow_keys_batch([form])[0]


def winnow_keys_batch(forms: Sequence[NormalForm]) -> list[list[int]]:
    """Winnowing fingerprints of many forms in one numpy pass.

    The forms' word hashes are laid end to end with ``K + WINDOW - 1`` blanks between forms,
    so no K-gram or window mixes two forms; K-grams of stop words only, and K-grams that run
    into the blanks, get the largest hash and are never chosen.
    """
    gap = K + WINDOW - 1
    hashes: list[int] = []
    content: list[bool] = []
    starts: list[int] = []
    for form in forms:
        starts.append(len(hashes))
        hashes.extend([token_hash(t) for t in form.tokens])
        content.extend([is_content(t) for t in form.tokens])
        hashes.extend([0] * gap)
        content.extend([False] * gap)
    if not hashes:
        return [[] for _ in forms]
    words = np.array(hashes, dtype=np.uint64)
    flags = np.array(content, dtype=bool)
    grams = len(words) - K + 1
    gram = np.zeros(grams, dtype=np.uint64)
    has_content = np.zeros(grams, dtype=bool)
    for offset in range(K):
        gram = gram * _GRAM_MULTIPLIER + words[offset : offset + grams]
        has_content |= flags[offset : offset + grams]
    gram ^= gram >> np.uint64(31)
    gram *= _GRAM_MIXER
    gram ^= gram >> np.uint64(29)
    usable = np.zeros(grams, dtype=bool)
    window_start = np.zeros(grams, dtype=bool)
    for start, form in zip(starts, forms, strict=True):
        count = len(form.tokens) - K + 1
        if count > 0:
            usable[start : start + count] = True
            window_start[start : start + max(1, count - WINDOW + 1)] = True
    gram[~(usable & has_content)] = _NEVER
    windows = grams - WINDOW + 1
    lowest = gram[:windows].copy()
    for offset in range(1, WINDOW):
        np.minimum(lowest, gram[offset : offset + windows], out=lowest)
    chosen = np.flatnonzero(window_start[:windows] & (lowest != _NEVER))
    owner = np.searchsorted(np.array(starts), chosen, side="right") - 1
    values = lowest[chosen] & np.uint64(_KEY_MASK)
    order = np.lexsort((values, owner))
    owner, values = owner[order], values[order]
    keep = np.ones(len(values), dtype=bool)
    keep[1:] = (owner[1:] != owner[:-1]) | (values[1:] != values[:-1])
    owner, values = owner[keep], values[keep]
    bounds = np.searchsorted(owner, np.arange(len(forms) + 1))
    flat = values.tolist()
    return [flat[bounds[i] : bounds[i + 1]] for i in range(len(forms))]


def index_keys(forms: Sequence[NormalForm]) -> list[list[int]]:
    """Every index key of each form: LSH bands first, then winnowing fingerprints."""
    bands = minhash_band_keys(forms)
    winnows = winnow_keys_batch(forms)
    return [band + winnow for band, winnow in zip(bands, winnows, strict=True)]
