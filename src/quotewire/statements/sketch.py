"""Index keys of a normal form: the only way two quotes ever get compared.

Two kinds of key, both stable across processes so that they can be stored:

* **MinHash LSH bands** over the quote's content words find near-duplicates (a few words
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

from quotewire.statements.normalise import NormalForm, is_number, is_stopword, stable_hash

BANDS = 16
ROWS = 4
K = 4
WINDOW = 3
MIN_CONTENT_WORDS = 2
_MERSENNE = np.uint64((1 << 61) - 1)
_MAX_HASH = np.uint64((1 << 32) - 1)
_KEY_MASK = (1 << 63) - 1


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
        object.__setattr__(self, "a", rng.randint(1, 1 << 31, count, np.int64).astype(np.uint64))
        object.__setattr__(self, "b", rng.randint(0, 1 << 31, count, np.int64).astype(np.uint64))
        salt = [stable_hash(f"band-{self.seed}-{b}") for b in range(self.bands)]
        object.__setattr__(self, "salt", np.array(salt, dtype=np.uint64))

    def signatures(self, sets: Sequence[Sequence[int]]) -> np.ndarray:
        """MinHash signatures (one row per non-empty set, uint64) of sets of 32-bit hashes."""
        lengths = np.array([len(s) for s in sets], dtype=np.int64)
        flat = np.fromiter((h for s in sets for h in s), dtype=np.uint64, count=int(lengths.sum()))
        if flat.size == 0:
            return np.zeros((0, self.bands * self.rows), dtype=np.uint64)
        # (a*x + b) mod p, one permutation per column; x < 2**32 and a < 2**31 keep the
        # product below 2**63, so uint64 arithmetic never overflows.
        permuted = (flat[:, None] * self.a[None, :] + self.b[None, :]) % _MERSENNE
        permuted &= _MAX_HASH
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
    """Hashes of the distinct words MinHash runs over: content words, or all words if too few."""
    content = {t for t in form.tokens if not is_stopword(t) or is_number(t)}
    words = content if len(content) >= MIN_CONTENT_WORDS else set(form.tokens)
    return sorted(token_hash(t) for t in words)


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
    tokens = form.tokens
    if len(tokens) < K:
        return []
    hashes: list[int | None] = []
    for start in range(len(tokens) - K + 1):
        gram = tokens[start : start + K]
        if all(is_stopword(t) and not is_number(t) for t in gram):
            hashes.append(None)
        else:
            hashes.append(stable_hash("w\x1f" + "\x1f".join(gram)))
    chosen: set[int] = set()
    for start in range(max(1, len(hashes) - WINDOW + 1)):
        window = [h for h in hashes[start : start + WINDOW] if h is not None]
        if window:
            chosen.add(min(window))
    return sorted(chosen)


def index_keys(forms: Sequence[NormalForm]) -> list[list[int]]:
    """Every index key of each form: LSH bands first, then winnowing fingerprints."""
    bands = minhash_band_keys(forms)
    return [band + winnow_keys(form) for band, form in zip(bands, forms, strict=True)]
