"""The word lists the scorer uses (``data/en/evaluation.toml``), loaded once per process."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from quotewire.data_files import data_toml


@dataclass(frozen=True, slots=True)
class EvalLexicon:
    """Speech-cue words and the words that are not part of a person's name."""

    speech_words: frozenset[str]
    speech_phrases: tuple[str, ...]
    speech_marks: frozenset[str]
    titles: frozenset[str]
    pronouns: frozenset[str]
    common_nouns: frozenset[str]


@lru_cache(maxsize=1)
def eval_lexicon() -> EvalLexicon:
    """Load ``quotewire/data/en/evaluation.toml`` (shipped with the package)."""
    data = data_toml("en/evaluation.toml")
    cues, names = data["speech_cues"], data["speaker_names"]
    return EvalLexicon(
        speech_words=frozenset(cues["words"]),
        speech_phrases=tuple(cues["phrases"]),
        speech_marks=frozenset(cues["marks"]),
        titles=frozenset(names["titles"]),
        pronouns=frozenset(names["pronouns"]),
        common_nouns=frozenset(names["common_nouns"]),
    )
