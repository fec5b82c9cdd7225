"""Union-find that never joins two items declared incompatible ("cannot-link").

Used where single-linkage chaining would merge what must stay apart: a trimmed quote that fits
both a quote and its distractor, a "George Bush" that fits both George W. and George H. W.
Links are taken strongest first in a canonical order, so the result depends only on the links,
not on the order items arrived in.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from typing import TypeVar

T = TypeVar("T", bound=Hashable)


def constrained_union(
    members: Iterable[T],
    links: Sequence[tuple[T, T]],
    cannot: Iterable[tuple[T, T]],
) -> dict[T, T]:
    """Join ``links`` in the order given, skipping any that would join a cannot-link pair.

    Returns each member's part, named by the smallest member in it. The caller sorts ``links``
    (strongest first, ties in a fixed order).
    """
    parent: dict[T, T] = {m: m for m in members}
    parts: dict[T, set[T]] = {m: {m} for m in parent}
    apart: dict[T, set[T]] = {m: set() for m in parent}
    for left, right in cannot:
        apart[left].add(right)
        apart[right].add(left)

    def find(node: T) -> T:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for left, right in links:
        a, b = find(left), find(right)
        if a == b or any(apart[m] & parts[b] for m in parts[a]):
            continue
        keep, drop = sorted((a, b))  # type: ignore[type-var]
        parent[drop] = keep
        parts[keep] |= parts.pop(drop)
    return {m: min(parts[find(m)]) for m in parent}  # type: ignore[type-var]
