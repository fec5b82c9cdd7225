"""Helpers over spaCy Docs that the attribution stages share."""

from __future__ import annotations

from spacy.tokens import Doc

_TEXT_KEY = "quotewire.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once: spaCy rebuilds it from every token on each access."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text
