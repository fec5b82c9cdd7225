"""The word lists of ``data/en/inherited_sources.toml``: which verbs, prepositions and
adjectives pass a source on to a cue without a subject of its own (read by
:mod:`quotewire.speakers.inherited`, :mod:`quotewire.quotes.sources` and
:mod:`quotewire.quotes.object_doers`)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from quotewire.data_files import word_lists


@dataclass(frozen=True, slots=True)
class SourceWords:
    gerund_prepositions: frozenset[str]
    passive_subject_prepositions: frozenset[str]
    object_free_prepositions: frozenset[str]
    copulas: frozenset[str]
    raising_verbs: frozenset[str]
    experiencer_verbs: frozenset[str]
    predicate_makers: frozenset[str]
    object_control_verbs: frozenset[str]
    causative_verbs: frozenset[str]
    thought_provoking_verbs: frozenset[str]
    perception_verbs: frozenset[str]
    time_taking_verbs: frozenset[str]
    issuing_verbs: frozenset[str]
    issued_messages: frozenset[str]
    others_words_verbs: frozenset[str]
    occasion_nouns: frozenset[str]


@lru_cache(maxsize=1)
def source_words() -> SourceWords:
    return word_lists("en/inherited_sources.toml", SourceWords)
