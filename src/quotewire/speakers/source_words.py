"""The word lists of ``data/en/inherited_sources.toml``: which verbs, prepositions and
adjectives pass a source on to a cue without a subject of its own (read by
:mod:`quotewire.speakers.inherited` and :mod:`quotewire.quotes.sources`)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from quotewire.data_files import data_toml


@dataclass(frozen=True, slots=True)
class SourceWords:
    gerund_prepositions: frozenset[str]
    copulas: frozenset[str]
    raising_verbs: frozenset[str]
    experiencer_verbs: frozenset[str]
    predicate_makers: frozenset[str]
    object_control_verbs: frozenset[str]
    causative_verbs: frozenset[str]


@lru_cache(maxsize=1)
def source_words() -> SourceWords:
    raw = data_toml("en/inherited_sources.toml")
    return SourceWords(
        frozenset(raw["gerund_prepositions"]),
        frozenset(raw["copulas"]),
        frozenset(raw["raising_verbs"]),
        frozenset(raw["experiencer_verbs"]),
        frozenset(raw["predicate_makers"]),
        frozenset(raw["object_control_verbs"]),
        frozenset(raw["causative_verbs"]),
    )
