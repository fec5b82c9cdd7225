"""Is a predicted speaker the annotated one? Names are compared after light normalisation.

A prediction is right when, after lower-casing and dropping punctuation and titles ("Mr",
"President", "Foreign Minister"), it equals the gold speaker or one of its annotated mentions,
or when its last word is the last name of a gold mention that is a proper name ("Lavrov" for
"Sergey Lavrov"). PolNeAR source spans often run on into an apposition ("Tim Hess, a real estate
developer in Virginia, who …", "David Vitter (R-La.)"); such a mention is also compared by the
name before the apposition, which is what the annotators named. A pronoun is only right when the
gold speaker itself is a pronoun (neither the annotators nor coreference found a name), and then
only if it is one of the gold mentions.
"""

from __future__ import annotations

import re

from quotewire.evaluate.gold import GoldQuote
from quotewire.evaluate.lexicon import eval_lexicon

_JOINERS = re.compile(r"[.'’`]")
_NON_WORD = re.compile(r"[^\w]+")
_POSSESSIVE = re.compile(r"['’]s?$")
_APPOSITION = re.compile(r"\s*[,(]")


def name_words(name: str) -> tuple[str, ...]:
    """Lower-case words of a name without punctuation ("U.S. Sen. O'Neill" -> us sen oneill)."""
    name = _POSSESSIVE.sub("", name.strip())
    return tuple(_NON_WORD.sub(" ", _JOINERS.sub("", name.lower())).split())


def normalised_name(name: str) -> tuple[str, ...]:
    """:func:`name_words` without titles and roles ("President Obama" -> obama)."""
    titles = eval_lexicon().titles
    return tuple(word for word in name_words(name) if word not in titles)


def is_pronoun(name: str) -> bool:
    """True for "he", "They", "who": a mention that names nobody by itself. Its words are split
    at every mark, so an abbreviation whose letters spell a pronoun ("U.S.") is none."""
    words = _NON_WORD.sub(" ", _POSSESSIVE.sub("", name.strip()).lower()).split()
    return bool(words) and all(word in eval_lexicon().pronouns for word in words)


def is_proper_name(name: str) -> bool:
    """True when the name's last word is capitalised and is not a pronoun or a common noun."""
    words = _NON_WORD.sub(" ", _JOINERS.sub("", _POSSESSIVE.sub("", name.strip()))).split()
    if not words or not words[-1][:1].isupper():
        return False
    written = name.split()[-1]  # "U.S." is a name although its letters spell "us"
    return not is_pronoun(written) and words[-1].lower() not in eval_lexicon().common_nouns


def before_apposition(mention: str) -> str:
    """The mention up to its first comma or parenthesis: the name of "Jane Doe, a lawyer"."""
    return _APPOSITION.split(mention.strip(), maxsplit=1)[0]


def speaker_is_correct(predicted: str | None, gold: GoldQuote) -> bool:
    """Score one matched quote's speaker (rules in the module docstring and docs/evaluation.md)."""
    written = [c for c in (gold.speaker, *gold.speaker_mentions) if c and c.strip()]
    candidates = written + [
        name for name in map(before_apposition, written) if name and name not in written
    ]
    if not candidates:
        return not (predicted and predicted.strip())
    if not predicted or not predicted.strip():
        return False
    if is_pronoun(predicted) and not is_pronoun(candidates[0]):
        return False
    plain = name_words(predicted)
    stripped = normalised_name(predicted)
    for candidate in candidates:
        if plain == name_words(candidate):
            return True
        if stripped and stripped == normalised_name(candidate):
            return True
        if (
            stripped
            and is_proper_name(candidate)
            and normalised_name(candidate)[-1:] == stripped[-1:]
        ):
            return True
    return False
