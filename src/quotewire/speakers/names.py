"""Person names as written in articles, taken apart for merging speakers across articles.

"Russian Foreign Minister Sergey Lavrov" is the role "Russian Foreign Minister", the given
name "Sergey" and the surname "Lavrov"; "FM Lavrov" is the role "Foreign Minister" and the
surname alone; "George H. W. Bush" has the middle initials H and W. Names are compared through
*folded* keys, so transliteration variants (Sergey / Sergei / Serguei, Aleksandr / Alexandr)
and nicknames (Bill / William) meet; rapidfuzz decides the remaining near-misses.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from quotewire.data_files import data_toml, word_lists
from quotewire.speakers.lexicon import load_people_lexicon
from quotewire.speakers.transliterate import transliterate

GIVEN_NAME_SIMILARITY = 85.0
_INITIAL = re.compile(r"^[A-ZА-ЯЁ]\.?$|^(?:[A-ZА-ЯЁ]\.){2,}$")
_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class NameKnowledge:
    role_abbreviations: dict[str, str]
    suffixes: frozenset[str]
    particles: frozenset[str]
    nickname_of: dict[str, str]
    folding: tuple[tuple[re.Pattern[str], str], ...]


@lru_cache(maxsize=1)
def knowledge() -> NameKnowledge:
    """``data/en/name_variants.toml``, loaded once."""
    raw = data_toml("en/name_variants.toml")
    nickname_of = {}
    for group in raw["nicknames"]["groups"]:
        for name in group:
            nickname_of[name] = group[0]
    return word_lists(
        "en/name_variants.toml",
        NameKnowledge,
        table=raw,
        keys={"suffixes": "suffixes.words", "particles": "particles.words"},
        nickname_of=nickname_of,
        folding=tuple((re.compile(p), r) for p, r in raw["folding"]["rules"]),
    )


@dataclass(frozen=True, slots=True)
class PersonName:
    """A name split into role words, given name, middle names or initials, and surname."""

    written: str
    surname: str
    given: str | None = None
    middles: tuple[str, ...] = ()
    role: str | None = None
    shown: str = ""
    suffix: str | None = None

    @property
    def full(self) -> str:
        """The name as written, without its role words ("George H. W. Bush")."""
        return self.shown or " ".join(p for p in (self.given, *self.middles, self.surname) if p)

    @property
    def surname_key(self) -> str:
        return fold(self.surname)

    @property
    def given_is_initial(self) -> bool:
        return self.given is not None and bool(_INITIAL.match(self.given))

    @property
    def is_bare(self) -> bool:
        """Only a surname ("Lavrov", "FM Lavrov")."""
        return self.given is None

    def key(self) -> str:
        """Folded full name: equal keys are spelling variants of one written name."""
        parts = [given_key(self.given)] if self.given else []
        parts += [fold(m)[:1] for m in self.middles]
        return " ".join([*parts, self.surname_key, *([fold(self.suffix)] if self.suffix else [])])


def parse_name(written: str) -> PersonName:
    """Split a speaker name as an article gives it ("Russian Foreign Minister Sergey Lavrov")."""
    people = load_people_lexicon()
    known = knowledge()
    tokens = [t for t in written.replace(",", " ").split() if t]
    suffix = written_suffix = None
    if len(tokens) > 1 and tokens[-1].lower().strip(".") in {s.strip(".") for s in known.suffixes}:
        written_suffix = tokens.pop()
        suffix = written_suffix.strip(".")
    # The name is the run of tokens at the end that are neither role words nor honorifics;
    # the last token is always the surname, even when it is also a role word ("King").
    start = len(tokens) - 1 if tokens else 0
    while start > 0:
        word = tokens[start - 1]
        low = word.lower()
        if low in people.roles or low in people.honorifics or word in known.role_abbreviations:
            break
        if not (word[:1].isupper() or low in known.particles or _INITIAL.match(word)):
            break
        start -= 1
    name, before = tokens[start:], tokens[:start]
    if not name:
        return PersonName(written, written.strip(), suffix=suffix)
    role = _role_of(before)
    surname_start = len(name) - 1
    while surname_start > 0 and name[surname_start - 1].lower() in known.particles:
        surname_start -= 1
    surname = " ".join(name[surname_start:])
    given_parts = name[:surname_start]
    shown = " ".join([*name, *([written_suffix] if written_suffix else [])])
    if not given_parts:
        return PersonName(written, surname, role=role, shown=shown, suffix=suffix)
    middles = tuple(m.strip(".") for m in given_parts[1:] for m in _split_initials(m))
    return PersonName(written, surname, given_parts[0], middles, role, shown, suffix)


def _split_initials(word: str) -> list[str]:
    """ "H.W." is two initials."""
    if re.fullmatch(r"(?:[A-ZА-ЯЁ]\.){2,}", word):
        return [c for c in word if c != "."]
    return [word]


def _role_of(words: list[str]) -> str | None:
    honorifics = load_people_lexicon().honorifics
    abbreviations = knowledge().role_abbreviations
    kept = [abbreviations.get(w, w) for w in words if w.lower() not in honorifics]
    return " ".join(kept) if kept else None


@lru_cache(maxsize=65_536)
def fold(name: str) -> str:
    """Lower-case ASCII key of one name word; transliteration variants share it."""
    text = name.lower().strip(".'’")
    if _CYRILLIC.search(text):
        text = _latin(text)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"[^a-z]", "", text)
    for pattern, replacement in knowledge().folding:
        text = pattern.sub(replacement, text)
    return text


@lru_cache(maxsize=65_536)
def given_key(given: str) -> str:
    """Folded given name, with a nickname replaced by the full name (Bill -> william)."""
    low = given.lower().strip(".")
    nickname_of = knowledge().nickname_of
    if low in nickname_of:
        return fold(nickname_of[low])
    folded = fold(given)
    for variant, full in nickname_of.items():
        if fold(variant) == folded:
            return fold(full)
    return folded


def given_names_match(left: str, right: str) -> tuple[bool, str]:
    """Are two given names one person's (with the evidence)? Initials match their names."""
    if _INITIAL.match(left) or _INITIAL.match(right):
        same = fold(left)[:1] == fold(right)[:1]
        return same, "initial" if same else "different initial"
    lk, rk = given_key(left), given_key(right)
    if lk == rk:
        return True, "same given name" if left == right else f"variant {left} / {right}"
    score = fuzz.ratio(lk, rk)
    if score >= GIVEN_NAME_SIMILARITY:
        return True, f"similar given names {left} / {right} ({score:.0f})"
    return False, f"different given names {left} / {right}"


def middles_conflict(left: PersonName, right: PersonName) -> bool:
    """Middle names or initials that differ (George W. vs George H. W. Bush), or a different
    suffix (Donald Trump vs Donald Trump Jr.)."""
    if left.suffix != right.suffix:
        return True
    if not left.middles or not right.middles:
        return False
    return [fold(m)[:1] for m in left.middles] != [fold(m)[:1] for m in right.middles]


def _latin(text: str) -> str:
    """Cyrillic to Latin for folding; the transliteration module decides the spelling."""
    return transliterate(text, "simple")
