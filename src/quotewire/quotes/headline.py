"""Headline attributions: "Lavrov: the situation in Kazakhstan has shown ...".

A headline that starts with a short name-like source followed by a colon states what the
source said. The source is resolved like any other mention (so "Lavrov" finds "Sergey Lavrov"
in the body).
"""

from __future__ import annotations

from spacy.tokens import Doc

from quotewire.quotes.frames import Frame
from quotewire.types import Span

_MAX_SOURCE_TOKENS = 6


def headline_frame(doc: Doc, title: Span | None) -> Frame | None:
    """A frame for a "Source: statement" headline, or ``None``."""
    if title is None:
        return None
    colon = doc.text.find(":", title.start, title.end)
    if colon < 0:
        return None
    source = doc.char_span(title.start, colon, alignment_mode="contract")
    cue = doc.char_span(colon, colon + 1, alignment_mode="expand")
    if source is None or cue is None or not 0 < len(source) <= _MAX_SOURCE_TOKENS:
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in source) or not source[0].text[:1].isupper():
        return None
    if not any(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG") for t in source):
        return None
    start = colon + 1
    end = title.end
    text = doc.text
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in " .":
        end -= 1
    if end - start < 3:
        return None
    head = source.root
    return Frame(cue[0], [cue[0]], head, (start, end), 1.0)
