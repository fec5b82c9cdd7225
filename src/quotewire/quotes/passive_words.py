"""The word lists of ``passives.toml``, read once for every module that decides who a passive
or a participle credits (uncredited_sources, feelings, declared_subjects)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from quotewire.data_files import word_lists


@dataclass(frozen=True, slots=True)
class PassiveWords:
    degrees: frozenset[str]  # adverbs of degree that make a passive a state of its subject
    declaring: frozenset[str]  # verbs whose passive names what the subject is declared to be
    declaring_with_objects: frozenset[str]  # of those, the ones whose passive keeps an object
    judging: frozenset[str]  # past participles of judging read as reduced passives
    feeling: frozenset[str]  # past participles of feeling, whose feeler is the source
    persuading: frozenset[str]  # feelings that with an infinitive report an act upon the subject
    certain_of: frozenset[str]  # participles that with "of" say what the subject is sure of


@lru_cache(maxsize=1)
def passive_words() -> PassiveWords:
    return word_lists("en/passives.toml", PassiveWords)
