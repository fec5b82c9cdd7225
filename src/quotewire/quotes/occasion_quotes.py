"""Quotations a cue governs without reporting them: programme titles in the occasion phrase.

Linking makes a mixed statement of a cue's right-hand words when a quotation hangs below the
cue ('called half of his supporters "deplorables"'). Two such quotations are not what the cue
reports, and PolNeAR does not annotate the phrase around them:

- a quotation in the phrase naming where or how the words were said: 'said *on ABC's "This
  Week"* on Sunday that ...', 'said *in an interview with Sirius XM's "Breitbart News Daily."*',
  'admitted *during an interview for POLITICO's "Off Message" podcast*' (a preposition of
  occasion from ``data/en/occasions.toml`` whose object is an occasion noun or a name); a
  complement of the verb ('insisted on "a full accounting"') is left alone;
- a quotation before the cue ('"GROWING PARTY," he declared in a tweet'): the words after the
  cue are no object holding it; when the parser hangs it on the cue as what the cue reports,
  it is the cue's direct quote.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotewire.nlp.docs import doc_text
from quotewire.quotes.circumstances import occasion_words

_NAME_TAGS = ("NNP", "NNPS")
_LOOK_BACK = 80  # characters read before an opening mark
# What may stand right before a quotation that opens a sentence or an aside ("" for the start
# of the text).
_OPENERS = frozenset(["", ".", "!", "?", ":", ";", "(", "—", "–", "-"])


def is_not_cue_object(cue: Token, head: Token, close: int) -> bool:
    """Whether the quotation whose root is ``head`` (a descendant of ``cue``) and whose closing
    mark ends at ``close`` is not the cue's object: it ends before the cue, or it stands in the
    cue's occasion phrase (see the module docstring)."""
    if close <= cue.idx:
        return True
    return _in_occasion_phrase(cue, head)


def is_reported_before(cue: Token, head: Token, open_: int, close: int) -> bool:
    """Whether the quotation from the opening mark at ``open_`` to the closing mark at
    ``close``, rooted at ``head``, stands before ``cue`` as what it reports: it opens its
    sentence or an aside ('("I want my dues back," wrote Edward Nelson, ...)', '"GROWING
    PARTY," he declared in a tweet') and hangs on the cue, not as its subject or in a phrase
    ('In an interview on his podcast "The Axe Files," Henry said ...'). Such a quotation is
    the cue's direct quote even where it is too short or title-like for linking beside the
    marks; a title inside the writer's phrase ('on Fox News channel's "Sunday Morning
    Futures," Issa said') does not open anything."""
    if close > cue.idx or not _opens(doc_text(cue.doc)[max(0, open_ - _LOOK_BACK) : open_]):
        return False
    return not _child_towards(cue, head).dep_.startswith(("nsubj", "csubj", "prep"))


def _opens(before: str) -> bool:
    """Whether a quotation after the text ``before`` opens a paragraph, sentence or aside."""
    stripped = before.rstrip()
    return "\n" in before[len(stripped) :] or stripped[-1:] in _OPENERS


def _child_towards(cue: Token, token: Token) -> Token:
    """The child of ``cue`` whose subtree holds ``token`` (a descendant of ``cue``)."""
    while token.head != cue and token.head != token:
        token = token.head
    return token


def _in_occasion_phrase(cue: Token, head: Token) -> bool:
    """Whether ``head`` lies in a prepositional phrase of occasion hung on ``cue``."""
    child = _child_towards(cue, head)
    words = occasion_words()
    if child.dep_ != "prep" or child.lower_ not in words.prepositions:
        return False
    objects = [c for c in child.children if c.dep_ == "pobj"]
    return bool(objects) and (objects[0].lower_ in words.nouns or objects[0].tag_ in _NAME_TAGS)
