"""The subject of a second clause that the parser hung on the first clause's object.

In "the Washington Post will brand you a liar *and NBC News will accuse* you of ..." and
"Many Republicans have said they will not attend the convention *and others have said* ...",
the small parser coordinates the second clause's subject with the first clause's object ("NBC
News" a conjunct of "liar", "others" of "convention") and hangs the second verb, left without a
subject, on the first verb, whose subject it then inherits. A noun right before a finite verb
(its auxiliaries and adverbs aside) is that verb's subject, not one more object.

A reported clause's subject set off by a relative clause ("was quoted saying *fine details of
the operation, which took place in the province,* would not be released") is read the same
way: the parser makes the noun the cue's object and hangs the verb on the cue as a clause
without a subject (:func:`clause_of_object`); the reported clause runs from the noun.

The first clause's report stops before such a subject when the second verb is a verb of
saying outside it ("have said *they will not attend the convention* and others have said they
will"; :func:`verb_of_stranded_subject`, used by :mod:`quotewire.quotes.reported_extent`), not
when the second verb is part of what is reported ('"... a liar and NBC News will accuse you
of ...," he said').
"""

from __future__ import annotations

from spacy.tokens import Token

from quotewire.quotes.content_ends import FINITE_TAGS
from quotewire.quotes.cues import load_cue_lexicon

_OBJECTS = ("dobj", "pobj", "attr", "oprd", "dative")
_BEFORE_VERB = ("aux", "auxpass", "neg", "advmod")
_AUXILIARIES = ("aux", "auxpass")
_FINITE = FINITE_TAGS | {"MD"}
_NOUNS = ("NOUN", "PROPN", "PRON")


def subject_read_as_object_conjunct(verb: Token) -> Token | None:
    """The noun right before a conjoined verb without a subject, when the parser made it a
    conjunct of an object in the clause before ("... a liar and *NBC News* will accuse")."""
    if verb.dep_ != "conj" or verb.head.i > verb.i:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    before = [c for c in verb.children if c.dep_ in _BEFORE_VERB and c.i < verb.i]
    opening = min(before, key=lambda c: c.i, default=verb)
    tensed = min((c for c in before if c.dep_ in _AUXILIARIES), key=lambda c: c.i, default=verb)
    if tensed.tag_ not in _FINITE:  # the first auxiliary carries the tense, else the verb
        return None
    noun = verb.doc[opening.i - 1] if opening.i > 0 else None
    if noun is None or noun.pos_ not in _NOUNS or noun.dep_ != "conj":
        return None
    if noun.head.dep_ not in _OBJECTS or noun.head.i > noun.i:
        return None
    first_clause = verb.head
    return noun if first_clause in noun.head.ancestors else None


def verb_of_stranded_subject(noun: Token) -> Token | None:
    """The conjoined verb that ``noun`` is the subject of when the parser made it a conjunct
    of an object (:func:`subject_read_as_object_conjunct` seen from the noun): the verb right
    after it, or the one the words right after it (auxiliaries, adverbs) hang on."""
    if noun.dep_ != "conj" or noun.pos_ not in _NOUNS or noun.i + 1 >= len(noun.doc):
        return None
    following = noun.doc[noun.i + 1]
    verb = following.head if following.dep_ in _BEFORE_VERB else following
    return verb if subject_read_as_object_conjunct(verb) == noun else None


def clause_of_object(obj: Token) -> Token | None:
    """The verb of a clause with no subject of its own that a cue's object is really the
    subject of ("saying *details of the operation, which took place in the province,* would not
    be released"): right after the comma closing the object's set-off phrase, a finite
    auxiliary opens a clause that the parser hung on the cue (a clause), on a verb above it
    (a conjunct) or made the sentence's root above the cue, and the object is the cue's.
    Without the comma the object is more often the one told ("told Hillary [the] server was a
    bad idea")."""
    cue = obj.head
    if obj.dep_ != "dobj" or obj.pos_ not in _NOUNS or cue.i > obj.i:
        return None
    after = obj.right_edge.i + 1
    doc = obj.doc
    if after + 1 >= len(doc):
        return None
    if doc[after].text != ",":
        return _clause_of_unset_object(cue, after)
    verb = _subjectless_clause_of(doc[after + 1], after)
    if verb is None:
        return None
    hung_on_cue = verb.dep_ == "ccomp" and verb.head == cue
    hung_above = verb.dep_ == "conj" and verb.head in cue.ancestors
    # "was quoted saying details ..., would not be released.": the clause made the root
    made_root = verb.dep_ == "ROOT" and verb in cue.ancestors
    return verb if hung_on_cue or hung_above or made_root else None


def _clause_of_unset_object(cue: Token, after: int) -> Token | None:
    """The verb of a clause without "that" whose subject the parser made the object of a cue
    that takes no hearer ("the National Hurricane Center reported *Hurricane Dorian* in the
    Caribbean *had strengthened* ...", Wikinews tune14), when no comma sets the object off:
    a finite auxiliary right after it, or after a phrase the parser hung on the cue, opens a
    clause with no subject of its own hung on the cue. A verb of telling's object is who is
    told ("told Hillary the server was a bad idea"), so it is left out."""
    if cue.lower_ in load_cue_lexicon().telling:
        return None
    doc = cue.doc
    while after < len(doc) and doc[after].dep_ == "prep" and doc[after].head == cue:
        after = doc[after].right_edge.i + 1
    if after >= len(doc):
        return None
    verb = _subjectless_clause_of(doc[after], after)
    if verb is None or verb.head != cue or verb.dep_ not in ("ccomp", "advcl"):
        return None
    return verb


def _subjectless_clause_of(auxiliary: Token, start: int) -> Token | None:
    """The verb a finite auxiliary opens a clause of, at or after ``start``, when that clause
    has no subject or subordinator of its own: the object before it is its subject."""
    verb = auxiliary.head
    if auxiliary.dep_ not in _AUXILIARIES or auxiliary.tag_ not in _FINITE or verb.i < start:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "mark") for c in verb.children):
        return None
    return verb
