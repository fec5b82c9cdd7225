"""A subject the parser hung inside a fronted phrase of its sentence.

After a fronted prepositional phrase the small parser often reads the subject that follows
the comma as one more conjunct or apposition of the phrase's last noun, and leaves the verb
without a subject: "After a day of tensions between two Republicans, *House Speaker Paul
Ryan's office* announced ..." ("office" a conjunct of "Republicans"); "In a May 2012 message
to Clinton, *Tanden*, head of the Center for American Progress, recounted ..." ("Tanden" an
apposition of "Clinton"). English puts a sentence's subject right before its verb, so the
first noun after the phrase's comma whose words run on to the verb, through appositions
alone, is the subject. Not after "according to": the phrase's source reports the whole clause
and the gold annotates no attribution nested in it.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotewire.quotes.content_ends import FINITE_TAGS
from quotewire.quotes.cues import load_cue_lexicon

_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "expl")
_RUN_ON_DEPS = ("appos", "conj")
_NOUNS = ("NOUN", "PROPN")
_NAME_ENTITIES = ("PERSON", "ORG")


def subject_in_fronted_phrase(cue: Token) -> Token | None:
    """The noun after the comma of a fronted phrase that the parser attached inside it, when
    the cue is a finite main verb with no subject of its own (see the module docstring)."""
    if cue.tag_ not in FINITE_TAGS or cue.dep_ != "ROOT":
        return None
    if any(c.dep_ in _SUBJECT_DEPS for c in cue.children):
        return None
    phrase = next((c for c in cue.lefts if c.dep_ == "prep"), None)
    if phrase is None or phrase.left_edge.i != cue.sent.start:
        return None
    if phrase.lower_ in load_cue_lexicon().phrase_heads:
        return None  # "According to the summary, Mills asked ...": the phrase's source reports it
    named = _name_after_time(phrase, cue)
    if named is not None:
        return named
    doc = cue.doc
    run_ons = [
        t
        for t in phrase.subtree
        if t.dep_ in _RUN_ON_DEPS and t.pos_ in _NOUNS and doc[t.left_edge.i - 1].text == ","
    ]
    for noun in run_ons:
        if _runs_on_to(noun, run_ons, cue):
            return noun
    return None


def _runs_on_to(noun: Token, run_ons: list[Token], cue: Token) -> bool:
    """Whether the words from ``noun``'s phrase to the cue are that phrase and appositions of
    the phrase's nouns after it, each set off by commas: nothing else stands between the
    subject and its verb."""
    covered = {t.i for t in noun.subtree}
    for other in run_ons:
        if other.i > noun.i:
            covered |= {t.i for t in other.subtree}
    between = cue.doc[noun.left_edge.i : cue.i]
    return all(t.i in covered or t.text == "," for t in between)


def _name_after_time(phrase: Token, cue: Token) -> Token | None:
    """The name that follows a fronted time phrase without a comma, read as the phrase's own
    noun ("On Friday *Ford Motor Company* announced ...": "Friday Ford Motor Company" the
    object of "On"): a day or date names no one, so the name right before the verb, after
    it, is the subject."""
    noun = next((c for c in phrase.children if c.dep_ == "pobj"), None)
    if noun is None or noun.i != cue.i - 1 or noun.ent_type_ not in _NAME_ENTITIES:
        return None
    words = cue.doc[phrase.i + 1 : noun.i + 1]
    if words[0].ent_type_ != "DATE":
        return None
    times = [t for t in words if t.ent_type_ == "DATE"]
    name = [t for t in words if t.ent_type_ == noun.ent_type_]
    return noun if len(times) + len(name) == len(words) and times[-1].i < name[0].i else None
