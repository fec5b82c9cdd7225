"""Editorial insertions inside a quotation: words that are not the speaker's.

Square brackets are always the editor's ("it [the situation] has demonstrated"). Parentheses
are the editor's when they close with an agency or editor signature ("(experience of ... -
TASS)", "(... — Ed.)"); other parentheses may be the speaker's own and are left alone.
"""

from __future__ import annotations

import re

from quotewire.nlp.punctuation import DASH_OR_HYPHEN_CHARACTERS
from quotewire.types import Span

_BRACKETS = re.compile(r"\[[^\[\]\n]{1,300}\]")
_SIGNED_PARENTHESES = re.compile(
    rf"\((?:[^()\n]{{1,600}}?)\s[{re.escape(DASH_OR_HYPHEN_CHARACTERS)}]\s?"
    r"(?:[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,3}|ed\.|Ed\.)\)"
)


def find_insertions(text: str, start: int, end: int) -> list[Span]:
    """Editorial insertions within ``text[start:end]``, in order."""
    found = [
        Span(m.start(), m.end(), m.group())
        for pattern in (_BRACKETS, _SIGNED_PARENTHESES)
        for m in pattern.finditer(text, start, end)
    ]
    return sorted(found, key=lambda s: s.start)
