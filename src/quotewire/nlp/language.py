"""Offline language detection, so the pipeline can send each article to the right engine.

lingua's n-gram models ship inside its wheel, so nothing is downloaded. The detector knows only
a few languages that news in this project's scope is written in: fewer candidates make it faster
and keep it from guessing an unrelated language on short or noisy text. When lingua cannot
decide (empty text, digits only), the script of the letters decides: Cyrillic means Russian,
anything else the default.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lingua import LanguageDetector

DEFAULT_LANGUAGE = "en"
SAMPLE_CHARS = 3000  # the start of an article says its language; reading more only costs time

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")


@lru_cache(maxsize=1)
def _detector() -> LanguageDetector:
    from lingua import Language, LanguageDetectorBuilder

    languages = (
        Language.ENGLISH,
        Language.RUSSIAN,
        Language.UKRAINIAN,
        Language.BELARUSIAN,
        Language.GERMAN,
        Language.FRENCH,
        Language.SPANISH,
        Language.ITALIAN,
    )
    return LanguageDetectorBuilder.from_languages(*languages).build()


def detect_language(text: str, default: str = DEFAULT_LANGUAGE) -> str:
    """The ISO 639-1 code of ``text``'s language ("en", "ru", ...), or a fallback.

    The fallback is "ru" for text whose letters are mostly Cyrillic, else ``default``.
    """
    sample = text[:SAMPLE_CHARS]
    if not _CYRILLIC.search(sample) and not _LATIN.search(sample):
        return default
    detected = _detector().detect_language_of(sample)
    if detected is not None:
        return detected.iso_code_639_1.name.lower()
    return _by_script(sample, default)


def _by_script(sample: str, default: str) -> str:
    cyrillic = len(_CYRILLIC.findall(sample))
    latin = len(_LATIN.findall(sample))
    return "ru" if cyrillic > latin else default
