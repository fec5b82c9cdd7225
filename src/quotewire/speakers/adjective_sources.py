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

Without a comma, an adjective phrase right after a noun that names people is that noun's,
whatever the noun's place in its clause (:func:`described_noun`): "an effort to galvanize
*those voters* sick of the status quo", "with *Sanders* fully supportive of Clinton",
"giving cover to *lawmakers* nervous about ...". The train gold credits the noun in every
such phrase but one on a thing ("made comments supportive of Clinton's bid" is Obama's), so
a thing is left alone.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from quotewire.quotes.existentials import is_introduced
from quotewire.quotes.misplaced_agents import names_people
from quotewire.speakers.lexicon import load_people_lexicon

_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_NOUNS = ("NOUN", "PROPN")
_ADVERB_TAGS = ("RB", "RBR", "RBS")  # "*still* confident", "while *still* confident"
_COMPLEMENTS = ("prep", "xcomp", "ccomp")  # "sick *of* ...", "willing *to* ...", "sure *that*"


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


def described_noun(cue: Token, is_quoted: Callable[[int], bool]) -> Token | None:
    """The noun for people an adjective cue with a complement describes from right after it,
    with only the adjective's own adverbs between ("those voters sick of ...", "Sanders fully
    supportive of ..."), or None. A noun that is what a copula says its subject is stands for
    that subject, as for a participle on it ("Judicial Watch is *a group* responsible for
    suing ..." is Judicial Watch's)."""
    noun = cue.head
    if cue.pos_ != "ADJ" or cue.dep_ != "amod" or noun.i > cue.i or is_quoted(noun.idx):
        return None
    if not any(c.dep_ in _COMPLEMENTS and c.i > cue.i for c in cue.children):
        return None
    first = cue
    while first.i > 0 and first.nbor(-1).tag_ in _ADVERB_TAGS and first.nbor(-1).head == cue:
        first = first.nbor(-1)
    if first.i == 0 or first.nbor(-1) != noun or not _names_people(noun):
        return None
    if noun.dep_ == "attr" and not is_introduced(noun):
        return next((c for c in noun.head.children if c.dep_ == "nsubj"), noun)
    return noun


def _names_people(noun: Token) -> bool:
    """A name, a noun for people or an organisation, or a quantity of them
    (:func:`~quotewire.quotes.misplaced_agents.names_people`), or a word standing for people
    ("the one", "those", "many")."""
    people = load_people_lexicon()
    if noun.lower_ in people.people_pronouns or noun.lower_ in people.partitives:
        return True
    return names_people(noun)
