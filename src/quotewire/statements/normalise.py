"""The normal form of a quote: the words that make it the same statement wherever it is printed.

Outlets print one statement with different quotation marks, case, spacing, punctuation,
ellipses for cut words and brackets for editorial insertions. The normal form keeps only the
words (lower-cased) and remembers what verification needs to tell a trimmed or lightly edited
quote from a distractor: where words were cut (ellipsis, brackets), which words look like
names, and which carry meaning that must not change (negations, numbers, antonyms).
"""

from __future__ import annotations

import hashlib
import re
import sys
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from quotewire.data_files import data_toml

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'"})
_BRACKETED = re.compile(r"\[[^\]]{0,200}\]")
_ELLIPSIS = re.compile(r"\.\s*\.\s*\.|…")
_GAP = "\x00"
# Possessive quantifiers give the same matches (a separator never is a word character) with
# no backtracking points.
_WORD_WITH_GAP = re.compile(r"([^\w\x00]*+)(\x00|\d++(?:[.,:]\d++)*+|\w++(?:'\w++)*+)")
_SENTENCE_BREAK = re.compile(r"[.!?:;\"«»“”„]")
_DIGIT = re.compile(r"\d")
_LEXICON_LANGUAGES = ("en", "ru")


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Meaning-carrying words of every supported language (a quote's language is not needed)."""

    negations: frozenset[str]
    numbers: frozenset[str]
    antonyms: frozenset[frozenset[str]]
    stopwords: frozenset[str]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Load ``data/<lang>/statements.toml`` and spaCy's stop-word lists (no model needed)."""
    from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP
    from spacy.lang.ru.stop_words import STOP_WORDS as RU_STOP

    negations: set[str] = set()
    numbers: set[str] = set()
    antonyms: set[frozenset[str]] = set()
    for lang in _LEXICON_LANGUAGES:
        table = data_toml(f"{lang}/statements.toml")
        negations.update(table.get("negations", []))
        numbers.update(table.get("numbers", []))
        antonyms.update(frozenset(pair) for pair in table.get("antonyms", []))
    return Lexicon(
        negations=frozenset(negations),
        numbers=frozenset(numbers),
        antonyms=frozenset(antonyms),
        stopwords=frozenset(w.lower() for w in EN_STOP | RU_STOP),
    )


@dataclass(frozen=True, slots=True)
class NormalForm:
    """The words of a quote plus the marks verification needs.

    ``gaps`` holds the indices of tokens that follow an ellipsis or a removed editorial
    insertion: words of the other form missing there are a cut, not an edit. ``names`` holds
    the indices of tokens written with a capital letter, except common words that start a
    sentence ("The", "We"). ``speaker`` is who said the words, as far as the article alone
    tells (``statements.form_speaker.speaker_key``; empty when it names nobody): the same
    words by two speakers are two forms, so the same statement is the same words by the same
    speaker.
    """

    tokens: tuple[str, ...]
    gaps: frozenset[int] = frozenset()
    names: frozenset[int] = frozenset()
    speaker: str = ""

    @property
    def text(self) -> str:
        return " ".join(self.tokens)

    @property
    def key(self) -> str:
        """A stable id of the normal form: equal texts by one speaker, equal keys, in every
        process (a form without a speaker keeps the key of its words alone)."""
        if self.speaker:
            return stable_hash_hex(f"{self.text}\x1f{self.speaker}")
        return stable_hash_hex(self.text)

    def __len__(self) -> int:
        return len(self.tokens)

    def __reduce__(self) -> tuple[type[NormalForm], tuple[Any, ...]]:
        """Pickled as a constructor call: ingest's workers send every form to the writer, and
        a slotted dataclass's own ``__setstate__`` (Python, field by field) costs more."""
        return (NormalForm, (self.tokens, self.gaps, self.names, self.speaker))


def normalise(text: str) -> NormalForm:
    """Reduce a quote to its words; quotation marks, case, spacing and punctuation go."""
    cleaned = unicodedata.normalize("NFKC", text)
    # str.translate looks every character up in a dict; most quotes are ASCII, whose only
    # apostrophe to fold is the backtick.
    if not cleaned.isascii():
        cleaned = cleaned.translate(_APOSTROPHES)
    elif "`" in cleaned:
        cleaned = cleaned.replace("`", "'")
    if "[" in cleaned:
        cleaned = _BRACKETED.sub(f" {_GAP} ", cleaned)
    if "." in cleaned or "…" in cleaned:
        cleaned = _ELLIPSIS.sub(f" {_GAP} ", cleaned)
    tokens: list[str] = []
    gaps: set[int] = set()
    names: set[int] = set()
    stopwords = lexicon().stopwords
    # One C-level pass gives each word with the characters before it (which tell a sentence
    # start); the Python loop only looks further at capitalised words.
    for before, word in _WORD_WITH_GAP.findall(cleaned):
        if word == _GAP:
            gaps.add(len(tokens))
            continue
        low = word.lower()
        if word[0].isupper() and not _is_pronoun_i(word):
            sentence_start = not tokens or _SENTENCE_BREAK.search(before) is not None
            # Sentence-initial capitals are names only when the word is not a common one.
            if not (sentence_start and low in stopwords):
                names.add(len(tokens))
        tokens.append(sys.intern(low))
    return NormalForm(
        tuple(tokens), frozenset(g for g in gaps if g < len(tokens)), frozenset(names)
    )


def _is_pronoun_i(word: str) -> bool:
    return word == "I" or word.startswith("I'")


@lru_cache(maxsize=1 << 18)
def is_negation(token: str) -> bool:
    return token in lexicon().negations or token.endswith("n't")


@lru_cache(maxsize=1 << 20)
def is_number(token: str) -> bool:
    return _DIGIT.search(token) is not None or token in lexicon().numbers


def are_antonyms(left: str, right: str) -> bool:
    return frozenset((left, right)) in lexicon().antonyms


@lru_cache(maxsize=1 << 20)
def is_content(token: str) -> bool:
    """Not a stop word, or a number: the words that tell one quote from another."""
    return token not in lexicon().stopwords or is_number(token)


def stable_hash(text: str) -> int:
    """A 63-bit hash that is the same in every process (``hash()`` is salted per process)."""
    digest = hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") >> 1


def stable_hash_hex(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()
