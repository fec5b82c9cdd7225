"""Who said a quote's words, as far as one article tells: the speaker part of a form's key.

A statement is the same words by the same speaker. Short indirect contents ("a state of
emergency", "an end to the violence") are said by many people; matching the words alone put
two speakers' words in one statement. The form therefore carries its speaker: the folded
surname of a named speaker (``speakers.identity.group_key``: "George W. Bush" and "Bush" are
"person:bush", Sergei / Sergey Lavrov are one key), so that every name that could be the same
person shares it, while the clustering never joins two forms whose speakers have different
keys. A speaker the article does not name — none found, a description ("a spokesman", "the
Samoan government", "officials") — has no key: such a form joins a named one only when its
words are long and distinctive (``verify.MIN_UNNAMED_CONTENT_WORDS``).

The key is computed from the quote alone (its speaker's written name), so that the ingest
workers, the in-memory collection and the distributed engine all make the same forms. The
user's ``speakers merge`` / ``split`` rules are the one thing the article cannot tell: spellings
the folding does not join (Lukashenko / Lukashenka) have two keys, so a merge of the two
people must also make their words one speaker's. ``speaker_key_aliases`` turns the rules into
a map from such a key to the one key of its merged people, and both engines' writers re-key
forms through it (``aliased``, ``rekeyed``) before clustering them: the single-machine writer
as it indexes each article, the distributed engine in its clustering map step and its write.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from quotewire.speakers.identity import Rule, group_key, is_description
from quotewire.statements.constrained import constrained_union
from quotewire.statements.normalise import NormalForm, normalise
from quotewire.types import Quote


def speaker_key(name: str | None) -> str:
    """The key of a named speaker (its folded surname), or ``""`` for one the article does not
    name (no speaker, a description of a person or body)."""
    name = " ".join((name or "").split())
    if not name or is_description(name):
        return ""
    return group_key(name)


def quote_form(quote: Quote) -> NormalForm:
    """The normal form of a quote's words, with the key of its speaker."""
    form = normalise(quote.text)
    key = speaker_key(quote.speaker)
    return replace(form, speaker=key) if key else form


Aliases = dict[str, str]
"""Speaker key -> the key the user's merge rules join it to (``speaker_key_aliases``)."""


def speaker_key_aliases(rules: Sequence[Rule]) -> Aliases:
    """Each speaker key the user's rules merge into another, to the smallest key of its merged
    keys (keys that no rule ties to another are left out).

    Rules apply in order, as ``speakers.identity`` applies them: a merge ties the two names'
    keys; a split that takes a name of another key off an entity unties that key from every
    key merged before. A split inside one key (two people who share a surname) changes no
    form key: forms know surnames only.
    """
    pairs: set[tuple[str, str]] = set()
    for rule in rules:
        left, right = speaker_key(rule.left), speaker_key(rule.right)
        if not left or not right or left == right:
            continue
        if rule.kind == "merge":
            pairs.add((min(left, right), max(left, right)))
        else:
            pairs = {pair for pair in pairs if right not in pair}
    links = sorted(pairs)
    part = constrained_union({key for pair in links for key in pair}, links, ())
    return {key: first for key, first in part.items() if key != first}


def aliased(form: NormalForm, aliases: Aliases) -> NormalForm:
    """The form with the key its speaker's key was merged into (``speaker_key_aliases``), or
    the form itself when no rule merged its speaker."""
    merged = aliases.get(form.speaker) if form.speaker else None
    return replace(form, speaker=merged) if merged else form


def rekeyed(
    forms: Sequence[NormalForm], form_keys: Sequence[str], aliases: Aliases
) -> tuple[list[NormalForm], list[str]]:
    """The forms (with their keys, computed beforehand) whose speaker key a rule merged into
    another given that key instead (``aliased``); the others as they were."""
    if not aliases:
        return list(forms), list(form_keys)
    kept: list[NormalForm] = []
    keys: list[str] = []
    for form, key in zip(forms, form_keys, strict=True):
        merged = aliased(form, aliases)
        kept.append(merged)
        keys.append(key if merged is form else merged.key)
    return kept, keys
