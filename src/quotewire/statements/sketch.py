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
from functools import lru_cache

import numpy as np

from quotewire.statements.normalise import NormalForm, is_number, is_stopword, stable_hash

BANDS = 16
ROWS = 4
NUM_PERM = BANDS * ROWS
K = 4
WINDOW = 3
MIN_CONTENT_WORDS = 2
_MERSENNE = np.uint64((1 << 61) - 1)
_MAX_HASH = np.uint64((1 << 32) - 1)
_KEY_MASK = (1 << 63) - 1
_rng = np.random.RandomState(20260101)
_A = _rng.randint(1, 1 << 31, size=NUM_PERM, dtype=np.int64).astype(np.uint64)
_B = _rng.randint(0, 1 << 31, size=NUM_PERM, dtype=np.int64).astype(np.uint64)
_BAND_SALT = np.array([stable_hash(f"band-{b}") for b in range(BANDS)], dtype=np.uint64)


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
    lengths = np.array([len(s) for s in sets], dtype=np.int64)
    keys: list[list[int]] = [[] for _ in forms]
    present = np.flatnonzero(lengths)
    if present.size == 0:
        return keys
    flat = np.fromiter((h for s in sets for h in s), dtype=np.uint64, count=int(lengths.sum()))
    # Universal hashing ((a*x + b) mod p) as one permutation per column; x < 2**32, a < 2**31
    # keeps the product below 2**63, so uint64 arithmetic never overflows.
    permuted = (flat[:, None] * _A[None, :] + _B[None, :]) % _MERSENNE
    permuted &= _MAX_HASH
    offsets = np.concatenate(([0], np.cumsum(lengths[present])[:-1]))
    signatures = np.minimum.reduceat(permuted, offsets, axis=0)
    bands = signatures.reshape(len(present), BANDS, ROWS)
    mixed = _BAND_SALT[None, :].copy()
    for row in range(ROWS):
        mixed = (mixed * np.uint64(1_000_003)) ^ bands[:, :, row]
    mixed ^= mixed >> np.uint64(29)
    for index, row_keys in zip(present.tolist(), mixed.tolist(), strict=True):
        keys[index] = [int(k) & _KEY_MASK for k in row_keys]
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
