"""Whose words a participle cue reports where the parse hangs it on the wrong verb or noun,
for :func:`~quotewire.quotes.sources.find_speaker`.

A participle cue ("asking", "saying") has no subject of its own. An "and"/"but" participle
conjunct continues the participle before it (:func:`continued_participle`); a person named right
before it is its source (:func:`person_before`); a speech participle on a thing that is the
object of a preposition has the verb's subject (:func:`verb_on_topic`). A past participle right
after a noun that says what the noun is called names no source (:func:`names_its_noun`). The
participle's own adverbs before it belong to its phrase (:func:`adverbs_start`).
"""

from __future__ import annotations

from spacy.tokens import Token

from quotewire.quotes.object_doers import PERSON_OBJECTS
from quotewire.speakers.lexicon import load_people_lexicon

_WHERE_PREPOSITIONS = ("on", "in", "at")
PARTICIPLE = "VBG"
_NAMING_COMPLEMENTS = ("dobj", "oprd")  # "called X", "called him X"
_PAST_PARTICIPLE = "VBN"
_NOT_GERUND_TAGS = ("VBD", "VBZ", "VBP", "VBN", "VB")
_PARTICIPLE_JOINERS = ("and", "but")
MAX_CLIMB = 8


def continued_participle(cue: Token) -> Token | None:
    """The participle that an "and"/"but" participle conjunct continues, when the parser hung
    the conjunct on a finite verb or an infinitive inside the first participle's clause
    ("Rubio pushed back, *saying* that the bill ... was waylaid by voter mistrust - *and
    arguing* that ...", "acknowledging that Trump had tapped into a vein *but warning* that
    ..."): a participle is coordinated with a participle, not with a verb of another form,
    so the source is the first participle's, not the agent or subject of the verb it was hung
    on. "Rather than continuing" compares, it does not coordinate, and is left alone."""
    if cue.dep_ != "conj" or cue.i == 0 or cue.head.tag_ not in _NOT_GERUND_TAGS:
        return None
    if cue.nbor(-1).lower_ not in _PARTICIPLE_JOINERS:
        return None
    for ancestor in list(cue.ancestors)[1:MAX_CLIMB]:
        if ancestor.tag_ == PARTICIPLE and ancestor.dep_ != "pcomp" and ancestor.i < cue.i:
            return ancestor
    return None


def person_before(cue: Token) -> Token | None:
    """A person named right before the participle, as an object ('footage of Clinton asking',
    'heard him saying'); a thing there ('a sign reading') is the message, not its source."""
    if cue.i == 0:
        return None
    before = cue.nbor(-1)
    if before.dep_ in ("nsubj", "nsubjpass"):
        return None
    if before.dep_ == "pobj" and before.head.lower_ in _WHERE_PREPOSITIONS:
        return None  # "a message on Twitter reading ...": where, not who (a misread name)
    if before.ent_type_ == "PERSON" and before.pos_ == "PROPN":
        return before
    if before.lower_ in PERSON_OBJECTS and before.pos_ == "PRON":
        return before
    return None


def names_its_noun(participle: Token) -> bool:
    """A past participle right after a noun that says what the noun is called or known as. A
    verb the parser took for one ("A poll *found* last week that ...", "Trump, who is vying
    ..., *tweeted* to say", "Murphy, the head of the group, *Tweeted*") has a clause of its
    own, stands after a comma or is capitalised; one with an object and a predicate ('one
    lawmaker *called* Trump "the orange prince"') calls something by a name, and the noun
    does the calling."""
    return (
        participle.tag_ == _PAST_PARTICIPLE
        and participle.is_lower
        and participle.i > 0
        and not participle.nbor(-1).is_punct
        and not any(c.dep_ in ("ccomp", "xcomp", "advcl") for c in participle.children)
        and sum(c.dep_ in _NAMING_COMPLEMENTS for c in participle.children) < 2
    )


def verb_on_topic(participle: Token) -> Token | None:
    """The verb whose prepositional object a speech participle, set off by a comma, hangs on
    when that object is a thing ("Zawahiri also referred to *the cartoons* saying, "..."": the
    parser reads "cartoons saying" as cartoons that say; Zawahiri says it). A thing that is no
    person, group or message says nothing, so the participle has the verb's subject."""
    noun = participle.head
    if participle.tag_ != "VBG" or noun.dep_ != "pobj" or noun.pos_ != "NOUN":
        return None
    if participle.i + 1 >= len(participle.doc) or participle.nbor(1).text != ",":
        return None
    verb = noun.head.head
    if noun.head.dep_ != "prep" or verb.pos_ != "VERB" or verb.i > noun.i:
        return None
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    people = load_people_lexicon()
    low = noun.lower_
    if noun.ent_type_ or people.is_person_noun(low) or low in people.message_nouns:
        return None
    return None if low in people.organisation_nouns else verb


def adverbs_start(participle: Token) -> Token:
    """The first of the participle's own adverbs right before it ("..., *forcefully*
    denouncing", "..., *again* saying"), else the participle: a comma before them sets the
    whole participle phrase off from the clause before, as one right before the participle
    does."""
    first = participle
    while first.i > 0:
        before = first.nbor(-1)
        if before.dep_ != "advmod" or before.head != participle or before.pos_ != "ADV":
            break
        first = before
    return first
