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
workers, the in-memory collection and the distributed engine all make the same forms.
"""

from __future__ import annotations

from dataclasses import replace

from quotewire.speakers.identity import group_key, is_description
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
