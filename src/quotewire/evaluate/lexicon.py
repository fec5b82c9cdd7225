"""The word lists the scorer uses (``data/en/evaluation.toml``), loaded once per process."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from quotewire.data_files import word_lists


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
    return word_lists(
        "en/evaluation.toml",
        EvalLexicon,
        keys={
            "speech_words": "speech_cues.words",
            "speech_phrases": "speech_cues.phrases",
            "speech_marks": "speech_cues.marks",
            "titles": "speaker_names.titles",
            "pronouns": "speaker_names.pronouns",
            "common_nouns": "speaker_names.common_nouns",
        },
    )
