"""Quotations a cue governs without reporting them: programme titles in the occasion phrase.

Linking makes a mixed statement of a cue's right-hand words when a quotation hangs below the
cue ('called half of his supporters "deplorables"'). Two such quotations are not what the cue
reports, and PolNeAR does not annotate the phrase around them:

- a quotation in the phrase naming where or how the words were said: 'said *on ABC's "This
  Week"* on Sunday that ...', 'said *in an interview with Sirius XM's "Breitbart News Daily."*',
  'admitted *during an interview for POLITICO's "Off Message" podcast*' (a preposition of
  occasion from ``data/en/occasions.toml`` whose object is an occasion noun or a name); a
  complement of the verb ('insisted on "a full accounting"') is left alone. The parser often
  hangs the title on the cue itself ('said on CBS's *"Face the Nation"*': "Face" a `ccomp` of
  "said"; 'said in his book, *"An American Son"*': "Son" its `dobj`), so a title-cased
  quotation right after such a phrase that ends in a possessive or in an occasion noun and a
  comma is read off the words as well (pooled over train: 25 such titles, none annotated),
  and such a title is no direct quote of the verb either ('said on CBS's "Face the
  Nation."' ends like a sentence);
- a quotation before the cue ('"GROWING PARTY," he declared in a tweet'): the words after the
  cue are no object holding it; when the parser hangs it on the cue as what the cue reports,
  it is the cue's direct quote;
- a programme title in the addressee of a verb of telling ('"...," Trump told *NBC's "Today"
  on Monday*', 'told *the television program "Inside Edition"*', 'told *"Fox and Friends"*'):
  the object of "tell" is who hears the words, never the words.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotewire.nlp.docs import doc_text
from quotewire.nlp.punctuation import DASH_OR_HYPHEN_CHARACTERS, WORD_EDGE_MARKS
from quotewire.quotes.circumstances import is_time, occasion_words
from quotewire.quotes.content_ends import FINITE_TAGS
from quotewire.quotes.cues import load_cue_lexicon
from quotewire.quotes.misreadings import COMPLEMENTISERS

_NAME_TAGS = ("NNP", "NNPS")
_FINITE_TAGS = FINITE_TAGS | {"MD"}
_LOOK_BACK = 80  # characters read before an opening mark
# Dependencies inside a noun phrase, on the way from a title up to the noun it names ("the
# hosts *of* "Morning Joe"", "NBC's "Today"").
_NOUN_PHRASE_DEPS = frozenset(["compound", "appos", "pobj", "prep", "poss", "nmod", "npadvmod"])
# What may stand right before a quotation that opens a sentence or an aside ("" for the start
# of the text).
_OPENERS = frozenset(["", ".", "!", "?", ":", ";", "(", *DASH_OR_HYPHEN_CHARACTERS])


def is_not_cue_object(cue: Token, head: Token, open_: int, close: int) -> bool:
    """Whether the quotation whose root is ``head`` (a descendant of ``cue``), from the opening
    mark at ``open_`` to the closing mark ending at ``close``, is not the cue's object: it ends
    before the cue, stands in the cue's occasion phrase, or names the addressee of a verb of
    telling (see the module docstring)."""
    if close <= cue.idx:
        return True
    if _in_occasion_phrase(cue, head) or is_title_after_occasion(cue, open_, close):
        return True
    return _names_addressee(cue, head, open_, close)


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


def is_title_after_occasion(cue: Token, open_: int, close: int) -> bool:
    """Whether the quotation from ``open_`` to ``close`` is a title named right after an
    occasion phrase that follows ``cue`` ('said on ABC's "This Week"', 'said during an
    interview on CNN's "State of the Union"', 'wrote in her memoir, "Tough Choices"', 'said
    Sunday on "Meet the Press"'): the phrase, after any time words, opens with a preposition
    of occasion, holds no finite verb or complementiser (no clause the words could be), and
    is that preposition alone or ends in a possessive or in an occasion noun and a comma; the
    quoted words are title-cased, two or more of them (a one-word quotation could be the words
    said)."""
    words = occasion_words()
    # A no-break space the tokenizer keeps as a token of its own ('said on\xa0"Meet the
    # Press."') is no word of the phrase.
    phrase = [t for t in cue.doc[cue.i + 1 : cue.sent.end] if t.idx < open_ and not t.is_space]
    while phrase and is_time(phrase[0]):
        phrase = phrase[1:]
    if not phrase or not _opens_occasion_chain(phrase, words.prepositions):
        return False
    if any(t.tag_ in _FINITE_TAGS or t.lower_ in COMPLEMENTISERS for t in phrase):
        return False
    last = phrase[-1]
    possessive = last.tag_ == "POS"
    listed = last.text == "," and len(phrase) > 1 and phrase[-2].lower_ in words.nouns
    if not (last.lower_ in words.prepositions or possessive or listed):
        return False
    title = doc_text(cue.doc)[open_ + 1 : close].split()
    counted = _counted_words(title, load_cue_lexicon().title_minor_words)
    return len(counted) >= 2 and all(w[:1].isupper() for w in counted)


def _opens_occasion_chain(phrase: list[Token], prepositions: frozenset[str]) -> bool:
    """Whether ``phrase`` opens with a preposition of occasion, or with prepositional phrases
    of manner or topic before one ('said *by telephone on* NBC's "Meet the Press"', 'said *of
    the claim during* a call to ABC's "This Week"')."""
    if phrase[0].lower_ in prepositions:
        return True
    return phrase[0].tag_ == "IN" and any(t.lower_ in prepositions for t in phrase[1:])


def _names_addressee(cue: Token, head: Token, open_: int, close: int) -> bool:
    """Whether the quotation rooted at ``head`` is (in) the name of whom a verb of telling
    addresses: it lies in the noun phrase of the cue's object, and either other words of that
    phrase stand before it ('NBC's "Today"') or it reads as a title ('"Fox and Friends"'); the
    words said as the object ('told him "no more nonsense"') are neither."""
    lexicon = load_cue_lexicon()
    if cue.lower_ not in lexicon.telling:
        return False
    child = _child_towards(cue, head)
    if child.dep_ not in ("dobj", "dative") or child.pos_ not in ("NOUN", "PROPN"):
        return False
    token = head
    while token != child:
        if token.dep_ not in _NOUN_PHRASE_DEPS:
            return False
        token = token.head
    before = [t for t in child.subtree if t.idx < open_ and not t.is_punct]
    if any(t.pos_ in ("VERB", "AUX") for t in before):
        return False  # a clause the parser hung in the object ("that he had "renewed faith"")
    words = doc_text(cue.doc)[open_ + 1 : close].split()
    return bool(before) or title_cased(words, lexicon.title_minor_words)


def title_cased(words: list[str], minor: frozenset[str]) -> bool:
    """Whether every word but the short ones a title keeps in lower case is capitalised."""
    counted = _counted_words(words, minor)
    return bool(counted) and all(w[:1].isupper() for w in counted)


def _counted_words(words: list[str], minor: frozenset[str]) -> list[str]:
    """``words`` without edge marks, leaving out the short ones a title keeps in lower case."""
    stripped = [w.strip(WORD_EDGE_MARKS) for w in words]
    return [w for w in stripped if w and w.lower() not in minor]
