"""Helpers over spaCy Docs that the attribution stages share."""

from __future__ import annotations

import numpy as np
from spacy.tokens import Doc, Token

_TEXT_KEY = "quotewire.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once: spaCy rebuilds it from every token on each access."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def tokens_where(doc: Doc, **values: int) -> list[Token]:
    """The tokens whose attributes (spaCy attribute names: ``POS=PROPN``, ``TAG=0``) have these
    values, in order, found over the Doc's attribute array: a comprehension over every
    ``Token`` of an article costs as much as all the tokens it finds are later worth."""
    rows = doc.to_array(list(values)).reshape(len(doc), len(values))
    wanted = np.array(list(values.values()), dtype=np.uint64)
    return [doc[i] for i in np.flatnonzero((rows == wanted).all(axis=1)).tolist()]
