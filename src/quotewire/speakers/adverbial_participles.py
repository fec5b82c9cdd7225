"""The source of a participle cue opened by a subordinator ("..., *while taking* slams at X"),
for :mod:`quotewire.speakers.inherited`.

An adverbial participle has no subject of its own: English gives it the subject of the clause
it modifies ("Trump was back to boasting about winning and pledging ..., while taking slams at
Sanders": Trump takes the slams). The parser often hangs it on a verb deep inside that clause
(a gerund after "about", a conjunct of it), which the usual climb through clause links stops
at; here the climb goes on through any link, in the cue's sentence, to the first clause that
has a subject. A bare participle right after a subordinate clause, in a sentence whose main
clause has only an expletive "it", modifies that clause (:func:`subordinate_subject`).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from quotewire.quotes.relative_subjects import is_relative_subject, relative_antecedent
from quotewire.speakers.source_words import source_words

_MAX_CLIMB = 8
_SUBJECT_DEPS = ("nsubj",)
_CLAUSE_HEADS = ("VERB", "AUX")


def adverbial_participle_source(cue: Token, is_quoted: Callable[[int], bool]) -> Token | None:
    """The subject of the nearest clause above a participle cue that a subordinator such as
    "while", "when" or "after" opens (``gerund_prepositions`` in inherited_sources.toml), or
    None for another cue."""
    if cue.tag_ != "VBG" or cue.dep_ != "advcl":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return None
    marks = source_words().gerund_prepositions
    if not any(c.dep_ == "mark" and c.lower_ in marks and c.i < cue.i for c in cue.children):
        return None
    current = cue
    for _ in range(_MAX_CLIMB):
        if current.head == current or current.head.sent != cue.sent:
            return None
        current = current.head
        if current.pos_ not in _CLAUSE_HEADS:
            continue
        subject = next((c for c in current.children if c.dep_ in _SUBJECT_DEPS), None)
        if subject is None:
            continue
        if is_quoted(subject.idx):
            return None
        if is_relative_subject(subject):
            return relative_antecedent(subject)
        return subject
    return None


def subordinate_subject(cue: Token, is_quoted: Callable[[int], bool]) -> Token | None:
    """The subject of the subordinate clause right before a participle cue whose main clause
    has only an expletive "it" ("It was a potent one-two punch, *as Mrs. Clinton* echoed the
    criticism, *saying* ..."): the parser hangs the participle on the main verb, but an "it"
    standing for a clause does nothing, and the participle goes on from the clause it follows,
    a comma between them."""
    if cue.tag_ != "VBG" or cue.dep_ != "advcl" or cue.i < 2 or cue.nbor(-1).text != ",":
        return None
    clause = next(
        (c for c in cue.head.children if c.dep_ == "advcl" and c.right_edge.i == cue.i - 2), None
    )
    if clause is None or not any(c.dep_ == "mark" for c in clause.children):
        return None
    subject = next((c for c in clause.children if c.dep_ in _SUBJECT_DEPS), None)
    if subject is None or is_quoted(subject.idx) or is_relative_subject(subject):
        return None
    return subject if subject.pos_ in ("PROPN", "NOUN", "PRON") else None
