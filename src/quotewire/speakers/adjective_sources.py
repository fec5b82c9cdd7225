"""The source of an adjective cue set after its noun between commas: "Republicans, *concerned
about* the party's appeal to women, have long considered ...", "Chris Christie, *eager* all
evening to jab senators ..., attacked Rubio".

A post-nominal adjective phrase opened by a comma describes the noun before it, and an
adjective of attitude there (``concerned``, ``eager``, ``confident``) is that noun's own state
of mind. The parser hangs the phrase on the noun as ``amod``, so the cue has no clause of its
own to inherit a subject from. Only a noun that is the subject of its clause is taken: the
small parser also hangs an adjective phrase closing a sentence on the object before it
("Cruz's top brass scrapped some events, *wary of* ...": the brass are wary, not the
events), and that reading is left alone.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_NOUNS = ("NOUN", "PROPN")
_ADVERB_TAGS = ("RB", "RBR", "RBS")  # "*still* confident", "while *still* confident"


def described_subject(cue: Token, is_quoted: Callable[[int], bool]) -> Token | None:
    """The subject noun an adjective cue describes from after a comma, or None."""
    noun = cue.head
    if cue.pos_ != "ADJ" or cue.dep_ != "amod" or noun.pos_ not in _NOUNS or noun.i > cue.i:
        return None
    if noun.dep_ not in _SUBJECT_DEPS or is_quoted(noun.idx):
        return None
    first = next(cue.lefts, cue)  # spaCy yields left children in text order
    while first.i > 0 and first.nbor(-1).tag_ in _ADVERB_TAGS:
        first = first.nbor(-1)
    if first.i == 0 or first.nbor(-1).text != ",":
        return None
    return noun
