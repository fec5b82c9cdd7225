"""A verb of saying set between the subject of what it reports and that subject's predicate.

"*The contrast with Trump*, said Doyle and others, *would be clear*"; "*Part of the problem*,
say experts like Paul Bauman, a Canadian geophysicist, *is the ground itself*"; "*Clinton*, a
top aide said, *"is very confident"*". PolNeAR annotates the subject and the predicate as two
fragments of one attribution whose source is the name beside the cue. The small parser seldom
reads this as one clause with a parenthetical cue (which :mod:`quotewire.quotes.frames` handles):
it makes the cue the main verb, with the reported subject as the cue's subject and the source as
the subject of the predicate ("Doyle and others would be clear"), or leaves the cue without a
clause at all. The shape is plain on the surface, so it is read from the words and punctuation
of the sentence, with the parse used only for the parts of speech:

    SUBJECT , [source] CUE [source] , PREDICATE

- SUBJECT opens the sentence, holds no comma and no finite verb, and does not start with a
  preposition or adverb ("In a statement Thursday, X said, ..." sets a scene);
- between the commas: the cue (with its auxiliaries and particle) and a source phrase on one
  side of it, maybe with an apposition of its own ("Michael Kofman, an expert on Russia,"), and
  no other finite verb;
- PREDICATE starts right after a comma with a lower-case finite verb or modal (an opening
  quotation mark may stand before it), so SUBJECT is its subject.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from spacy.tokens import Token

from quotewire.nlp.docs import sentence_of

_FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")
_SCENE_TAGS = ("IN", "RB", "RBR", "WRB", "WDT", "WP", "TO")
_LEADING = ("``", "''", '"', "“", "‘", "'", "(")
_MAX_SOURCE_TOKENS = 25


@dataclass(frozen=True, slots=True)
class InterruptedSubject:
    """The reported subject and predicate (token lists, in order) and the source's head."""

    subject: list[Token]
    predicate: list[Token]
    source: Token


def interrupted_subject(cue_tokens: list[Token]) -> InterruptedSubject | None:
    """The two reported parts and the source when the cue (``cue_tokens``: the cue as written,
    with its auxiliaries) stands between a sentence's subject and its predicate; else ``None``.
    The caller checks that the cue is a verb of saying."""
    first, last = cue_tokens[0], cue_tokens[-1]
    sentence = sentence_of(first)
    doc = first.doc
    start = sentence.start
    while start < first.i and (doc[start].is_space or doc[start].text in _LEADING):
        start += 1
    comma = next((t.i for t in doc[start : first.i] if t.text == ","), None)
    if comma is None or comma == start:
        return None
    subject = list(doc[start:comma])
    if subject[0].tag_ in _SCENE_TAGS or any(t.tag_ in _FINITE_TAGS for t in subject):
        return None
    before = [t for t in doc[comma + 1 : first.i] if not t.is_space]
    predicate_comma = _predicate_comma(last, sentence.end)
    if predicate_comma is None:
        return None
    after = [t for t in doc[last.i + 1 : predicate_comma] if not t.is_space]
    if before and after:
        return None  # "X, a top aide said Friday, ...": words on both sides are no one phrase
    source_words = before or after
    if source_words and source_words[0].lower_ == "as" and source_words[0].dep_ == "mark":
        source_words = source_words[1:]  # "that, *as* Trump points out, is ...": no source word
    if not source_words or len(source_words) > _MAX_SOURCE_TOKENS:
        return None
    if any(t.tag_ in _FINITE_TAGS for t in source_words):
        return None
    if not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in source_words):
        return None
    source = doc[source_words[0].i : _first_phrase_end(source_words) + 1].root
    predicate = [t for t in doc[predicate_comma + 1 : sentence.end] if not t.is_space]
    return InterruptedSubject(subject, predicate, source)


def _predicate_comma(cue_end: Token, sentence_end: int) -> int | None:
    """The index of the comma after the cue's phrase that the predicate follows: the first
    comma whose next word (past an opening quotation mark) is a lower-case finite verb or
    modal. Any other clause on the way (a finite verb before it) means no such comma."""
    doc = cue_end.doc
    for i in range(cue_end.i + 1, sentence_end - 1):
        token = doc[i]
        if token.tag_ in _FINITE_TAGS:
            return None
        if token.text != ",":
            continue
        following = doc[i + 1]
        if following.text in _LEADING and i + 2 < sentence_end:
            following = doc[i + 2]
        if following.tag_ in _FINITE_TAGS and following.text[:1].islower():
            return i
    return None


def _first_phrase_end(words: list[Token]) -> int:
    """The index of the last token of a source phrase before its apposition ("Michael Kofman,
    an expert on Russia"): the words up to its first comma."""
    for previous, token in pairwise(words):
        if token.text == ",":
            return previous.i
    return words[-1].i
