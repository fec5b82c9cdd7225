"""Docs built from parses written out by hand, so that a rule is tested on exactly the structure
it reads (the heads and labels the small English model gives the sentence)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc


def doc_from_parse(parse: str) -> Doc:
    """A Doc from ``word/TAG/POS/dep>head`` items separated by spaces."""
    words, tags, pos, deps, heads = [], [], [], [], []
    for item in parse.split():
        word, tag, part, arc = item.rsplit("/", 3)
        dep, head = arc.split(">")
        words.append(word)
        tags.append(tag)
        pos.append(part)
        deps.append(dep)
        heads.append(int(head))
    return Doc(spacy.blank("en").vocab, words=words, tags=tags, pos=pos, deps=deps, heads=heads)
