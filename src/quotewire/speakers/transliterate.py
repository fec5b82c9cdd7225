"""Russian names across scripts: Лавров <-> Lavrov, Сергей <-> Sergey / Sergei / Sergej.

News in English spells Russian names in several romanisations (the press's BGN/PCGN,
passports' ICAO, ISO 9 / GOST, scholarly). :func:`variants` gives a name in every one of them,
and :func:`name_key` folds any spelling, Cyrillic or Latin, to one comparable key, so that the
statements stage can gather one speaker's statements from both languages. The tables are in
``data/ru/transliteration.toml``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from quotewire.data_files import data_toml

SYSTEMS = ("bgn", "iso9", "gost", "passport", "scholarly", "simple")
_VOWELS = set("аеёиоуыэюяъь")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# Spellings that differ only between romanisations fold to one form in a key, longest first.
_KEY_FOLDS = (
    ("shch", "sc"), ("sch", "sc"), ("shh", "sc"), ("zh", "z"), ("kh", "h"), ("x", "ks"),
    ("ts", "c"), ("tz", "c"), ("cz", "c"), ("ch", "c"), ("sh", "s"), ("yu", "iu"), ("ju", "iu"),
    ("ya", "ia"), ("ja", "ia"), ("yo", "e"), ("ye", "e"), ("je", "e"), ("y", "i"), ("j", "i"),
    ("w", "v"),
)  # fmt: skip


@lru_cache(maxsize=1)
def _tables() -> dict[str, dict[str, dict[str, str]]]:
    return data_toml("ru/transliteration.toml")


def is_cyrillic(text: str) -> bool:
    return bool(_CYRILLIC.search(text))


def transliterate(text: str, system: str = "bgn") -> str:
    """``text`` with its Cyrillic letters romanised by ``system`` (one of :data:`SYSTEMS`)."""
    if system not in SYSTEMS:
        raise ValueError(f"unknown transliteration system {system!r}; use one of {SYSTEMS}")
    table = _tables()[system]
    letters, initial = table["letters"], table.get("initial", {})
    out = []
    previous = ""
    for char in text:
        lower = char.lower()
        if lower in letters:
            at_start = not previous.isalpha() or previous.lower() in _VOWELS
            latin = initial.get(lower, letters[lower]) if at_start else letters[lower]
            out.append(latin.capitalize() if char.isupper() and latin else latin)
        else:
            out.append(char)
        previous = char
    return "".join(out)


def to_cyrillic(text: str) -> str:
    """A Latin spelling of a Russian name back in Cyrillic (Lavrov -> Лавров); approximate."""
    mapping = _tables()["to_cyrillic"]["letters"]
    longest = max(len(k) for k in mapping)
    out = []
    position = 0
    plain = _strip_marks(text)
    while position < len(plain):
        for size in range(longest, 0, -1):
            chunk = plain[position : position + size]
            if chunk.lower() in mapping:
                cyrillic = mapping[chunk.lower()]
                out.append(cyrillic.capitalize() if chunk[0].isupper() else cyrillic)
                position += size
                break
        else:
            out.append(plain[position])
            position += 1
    return "".join(out)


def variants(name: str) -> list[str]:
    """The name in every romanisation (and in Cyrillic), without duplicates, original first."""
    if is_cyrillic(name):
        forms = [name, *(transliterate(name, s) for s in SYSTEMS)]
        forms += [_strip_marks(f) for f in forms if not is_cyrillic(f)]
    else:
        forms = [name, to_cyrillic(name)]
    seen: list[str] = []
    for form in forms:
        if form not in seen:
            seen.append(form)
    return seen


def name_key(name: str) -> str:
    """One key for every spelling of a name: «Сергей Лавров», "Sergey Lavrov", "Sergei Lavrov"
    and "Sergej Lavrov" all give "sergei lavrov". Compare keys, never display them."""
    latin = transliterate(name, "simple") if is_cyrillic(name) else name
    text = _strip_marks(latin).lower()
    text = re.sub(r"[^a-z\s-]", "", text)
    for before, after in _KEY_FOLDS:
        text = text.replace(before, after)
    text = re.sub(r"(.)\1+", r"\1", text)  # Aleksandr / Alexandr, Filipp / Filip
    return " ".join(text.replace("-", " ").split())


def surname_key(name: str) -> str:
    """The key of the last word only, for matching "Lavrov" with «Сергей Лавров»."""
    words = name_key(name).split()
    return words[-1] if words else ""


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c) and c not in "ʹʺ’”`'")
