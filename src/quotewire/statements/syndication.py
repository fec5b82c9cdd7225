"""Which articles are republications, and of what.

Two kinds of evidence:

* a **credit line** the layout reader found ("Based on materials from TASS", "(Reuters) -",
  "© AFP"): the article says it is not independent;
* a **near-duplicate body**: MinHash over word 5-gram shingles of the body paragraphs, LSH
  bands for candidates, then the estimated containment of the smaller shingle set in the
  larger decides (a republication that dropped paragraphs or changed the date line is still
  mostly contained in the original).

Articles joined by near-duplicate bodies form a group. Inside a group the original is the
earliest published article that credits no other outlet (ties: ingest order; an agency's own
credit line is not a credit); a credited article points at the group's article from the
credited outlet when there is one. Roles are recomputed for the
whole group whenever it changes, so they do not depend on the order articles arrive in.
"""

from __future__ import annotations

import hashlib
import re
from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain, repeat
from typing import Any, Protocol

import numpy as np

from quotewire.data_files import data_toml
from quotewire.read.outlets import known_outlet
from quotewire.statements.sketch import MinHasher
from quotewire.types import Article

SHINGLE_WORDS = 5
MIN_CONTAINMENT = 0.6
# A body shorter than this (in 5-word shingles, about as many words) is too short to call a
# copy: a brief item made mostly of one quote is not a republication of a long report.
MIN_SHINGLES = 40
BODY_HASHER = MinHasher(bands=42, rows=3, seed=20260202)
# Possessive quantifiers (same matches: an apostrophe never is a word character) spare the
# regex engine its backtracking points.
_WORD = re.compile(r"\w++(?:['’]\w++)*+")
# stable_hash's hasher, copied for each 5-gram (cheaper than making one from its parameters).
_BLAKE2B_8 = hashlib.blake2b(digest_size=8)
_COPY = hashlib.blake2b.copy
_UPDATE = hashlib.blake2b.update
_DIGEST = hashlib.blake2b.digest


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    """What syndication needs to know of an article."""

    id: str
    outlet: str | None
    published: str | None
    seq: int
    credits: tuple[str, ...] = ()

    def order(self) -> tuple[bool, str, int]:
        return publication_order(self.published, self.seq)

    @property
    def foreign_credits(self) -> tuple[str, ...]:
        """The credits naming another outlet. An agency's own story carries its own credit
        ("MOSCOW, January 14. /TASS/.", "(Reuters) -"): that says who wrote it, not whom it
        copies, so TASS's article crediting TASS is an original."""
        return tuple(c for c in self.credits if not outlet_matches(self.outlet, c))


def publication_order(published: str | None, seq: int) -> tuple[bool, str, int]:
    """The sort key of the order in which articles (and the quotes in them) appeared: earliest
    first; articles without a date, or whose year is unknown ("--01-14"), after dated ones
    (which year is not known, so neither is whether it came first); ties by ingest order."""
    undated = published is None or published.startswith("--")
    return (undated, published or "", seq)


@dataclass(frozen=True, slots=True)
class BodySketch:
    """A body's MinHash signature, shingle count and LSH keys."""

    signature: np.ndarray
    size: int
    keys: tuple[int, ...]

    def __reduce__(self) -> tuple[type[BodySketch], tuple[Any, ...]]:
        """Pickled as a constructor call (ingest's workers send sketches to the writer)."""
        return (BodySketch, (self.signature, self.size, self.keys))

    def containment(self, other: BodySketch) -> float:
        """Estimated share of the smaller shingle set that the larger one holds."""
        if min(self.size, other.size) < MIN_SHINGLES:
            return 0.0
        jaccard = float(np.mean(self.signature == other.signature))
        overlap = jaccard * (self.size + other.size) / (1.0 + jaccard)
        return min(1.0, overlap / min(self.size, other.size))


@dataclass(frozen=True, slots=True)
class SyndicationLink:
    """One article's syndication status; ``original_id`` is set when the original is stored."""

    article_id: str
    original_id: str | None
    original_outlet: str | None
    method: str
    evidence: str

    def to_dict(self) -> dict[str, str | None]:
        return {
            "article_id": self.article_id,
            "original_id": self.original_id,
            "original_outlet": self.original_outlet,
            "method": self.method,
            "evidence": self.evidence,
        }


def body_shingles(article: Article) -> np.ndarray:
    """Distinct 32-bit hashes (sorted, uint64) of the lower-cased word 5-grams of the body (the
    whole text if there is no layout): ``stable_hash(gram) & 0xFFFFFFFF`` of the 5-gram's
    words joined by single spaces.

    A body has hundreds of 5-grams, nearly all distinct and new to the process, so they are
    hashed without a cache or a set, each step over all grams at once in C (``map``).
    """
    regions = [(p.start, p.end) for p in article.body] or [(0, len(article.text))]
    words = list(chain.from_iterable(_WORD.findall(article.text, s, e) for s, e in regions))
    if len(words) < SHINGLE_WORDS:
        return np.zeros(0, dtype=np.uint64)
    # Lower-casing the words joined by spaces gives each word's own lower-casing: a space is
    # neither cased nor case-ignorable, so it ends the context of a final sigma.
    lowered = " ".join(words).lower().encode("utf-8").split(b" ")
    count = len(lowered) - SHINGLE_WORDS + 1
    grams = list(
        map(b" ".join, zip(*(lowered[i : i + count] for i in range(SHINGLE_WORDS)), strict=True))
    )
    hashers = list(map(_COPY, repeat(_BLAKE2B_8, len(grams))))
    deque(map(_UPDATE, hashers, grams), maxlen=0)
    hashes = np.frombuffer(b"".join(map(_DIGEST, hashers)), dtype=">u8") >> np.uint64(1)
    hashes &= np.uint64(0xFFFFFFFF)
    hashes.sort()
    distinct = np.empty(len(hashes), dtype=bool)
    distinct[0] = True
    np.not_equal(hashes[1:], hashes[:-1], out=distinct[1:])
    return hashes[distinct]


def sketch_bodies(articles: Sequence[Article]) -> list[BodySketch | None]:
    """Sketch each body; ``None`` for a body too short to have a 5-gram."""
    sets = [body_shingles(a) for a in articles]
    present = [i for i, s in enumerate(sets) if s.size]
    result: list[BodySketch | None] = [None] * len(articles)
    if not present:
        return result
    signatures = BODY_HASHER.signatures([sets[i] for i in present])
    keys = BODY_HASHER.band_keys(signatures)
    for row, index in enumerate(present):
        result[index] = BodySketch(signatures[row], len(sets[index]), tuple(keys[row]))
    return result


class SyndicationBackend(Protocol):
    """Where body sketches and near-duplicate pairs are kept."""

    def candidates(self, keys: Sequence[int]) -> set[str]: ...

    def sketch(self, article_id: str) -> BodySketch | None: ...

    def add_sketch(self, article_id: str, sketch: BodySketch) -> None: ...

    def add_pair(self, left: str, right: str, containment: float) -> None: ...

    def pairs_of(self, article_ids: Iterable[str]) -> list[tuple[str, str, float]]: ...

    def info(self, article_ids: Iterable[str]) -> dict[str, ArticleInfo]: ...

    def set_links(self, links: Sequence[SyndicationLink]) -> None: ...


def update_syndication(
    backend: SyndicationBackend, article_id: str, sketch: BodySketch | None
) -> list[SyndicationLink]:
    """Add one article's body and recompute the links of the group it joins."""
    if sketch is not None:
        for other in sorted(backend.candidates(sketch.keys) - {article_id}):
            other_sketch = backend.sketch(other)
            if other_sketch is None:
                continue
            score = sketch.containment(other_sketch)
            if score >= MIN_CONTAINMENT:
                backend.add_pair(article_id, other, score)
        backend.add_sketch(article_id, sketch)
    group, pairs = _group_of(backend, article_id)
    links = resolve_links(backend.info(group).values(), pairs)
    backend.set_links(links)
    return links


def _group_of(
    backend: SyndicationBackend, article_id: str
) -> tuple[set[str], list[tuple[str, str, float]]]:
    group = {article_id}
    frontier = {article_id}
    pairs: dict[tuple[str, str], float] = {}
    while frontier:
        found = backend.pairs_of(frontier)
        frontier = set()
        for left, right, score in found:
            pairs[(left, right)] = score
            for node in (left, right):
                if node not in group:
                    group.add(node)
                    frontier.add(node)
    return group, [(a, b, s) for (a, b), s in pairs.items()]


def resolve_links(
    infos: Iterable[ArticleInfo], pairs: Sequence[tuple[str, str, float]]
) -> list[SyndicationLink]:
    """Decide, for every article of one near-duplicate group, what it republishes."""
    members = sorted(infos, key=ArticleInfo.order)
    best_score: dict[str, float] = {}
    for left, right, score in pairs:
        best_score[left] = max(best_score.get(left, 0.0), score)
        best_score[right] = max(best_score.get(right, 0.0), score)
    uncredited = [m for m in members if not m.foreign_credits]
    group_original = uncredited[0] if uncredited else None
    links: list[SyndicationLink] = []
    for member in members:
        links.append(_link_for(member, members, group_original, best_score.get(member.id)))
    return links


def _link_for(
    member: ArticleInfo,
    members: Sequence[ArticleInfo],
    group_original: ArticleInfo | None,
    score: float | None,
) -> SyndicationLink:
    duplicate = f"near-duplicate body (containment {score:.2f})" if score else ""
    for source in member.foreign_credits:
        from_source = [m for m in members if m.id != member.id and outlet_matches(m.outlet, source)]
        if from_source:
            original = from_source[0]
            method = "credit+near-duplicate" if score else "credit"
            return SyndicationLink(
                member.id,
                original.id,
                original.outlet,
                method,
                _join(f"credits {source}", duplicate),
            )
    if member.foreign_credits:
        source = member.foreign_credits[0]
        return SyndicationLink(member.id, None, source, "credit", f"credits {source}")
    if group_original is None or group_original.id == member.id or not score:
        own = f"its own credit line ({member.credits[0]})" if member.credits else "no credit line"
        return SyndicationLink(member.id, None, None, "original", duplicate or own)
    return SyndicationLink(
        member.id, group_original.id, group_original.outlet, "near-duplicate", duplicate
    )


def _join(*parts: str) -> str:
    return "; ".join(p for p in parts if p)


@lru_cache(maxsize=1)
def _agency_aliases() -> dict[str, tuple[str, ...]]:
    agencies = data_toml("syndication.toml")["agencies"]
    return {name: tuple(aliases) for name, aliases in agencies.items()}


def outlet_matches(outlet: str | None, source: str) -> bool:
    """Is ``outlet`` (as stored for an article) the credited ``source`` (a canonical agency)?"""
    if not outlet:
        return False
    known = known_outlet(outlet)
    if known is not None and known == known_outlet(source):
        return True
    folded = outlet.casefold()
    aliases = (source, *_agency_aliases().get(source, ()))
    for alias in aliases:
        pattern = r"(?<![\w-])" + re.escape(alias.casefold()) + r"(?![\w-])"
        if folded == alias.casefold() or (len(alias) > 2 and re.search(pattern, folded)):
            return True
    return False


@dataclass
class MemorySyndicationBackend:
    """Syndication state in dictionaries (tests, evaluation, one-off runs)."""

    infos: dict[str, ArticleInfo] = field(default_factory=dict)
    sketches: dict[str, BodySketch] = field(default_factory=dict)
    buckets: dict[int, set[str]] = field(default_factory=dict)
    pairs: dict[str, dict[str, float]] = field(default_factory=dict)
    links: dict[str, SyndicationLink] = field(default_factory=dict)

    def candidates(self, keys: Sequence[int]) -> set[str]:
        found: set[str] = set()
        for key in keys:
            found |= self.buckets.get(key, set())
        return found

    def sketch(self, article_id: str) -> BodySketch | None:
        return self.sketches.get(article_id)

    def add_sketch(self, article_id: str, sketch: BodySketch) -> None:
        self.sketches[article_id] = sketch
        for key in sketch.keys:
            self.buckets.setdefault(key, set()).add(article_id)

    def add_pair(self, left: str, right: str, containment: float) -> None:
        self.pairs.setdefault(left, {})[right] = containment
        self.pairs.setdefault(right, {})[left] = containment

    def pairs_of(self, article_ids: Iterable[str]) -> list[tuple[str, str, float]]:
        return [(a, b, s) for a in article_ids for b, s in self.pairs.get(a, {}).items()]

    def info(self, article_ids: Iterable[str]) -> dict[str, ArticleInfo]:
        return {a: self.infos[a] for a in article_ids}

    def set_links(self, links: Sequence[SyndicationLink]) -> None:
        for link in links:
            self.links[link.article_id] = link
