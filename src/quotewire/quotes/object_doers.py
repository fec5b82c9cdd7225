"""The object of a verb who does what the clause on that verb says, the source of a cue in
that clause, read off the parse for :func:`~quotewire.quotes.sources.find_speaker`.

After a verb of making or asking someone do something the object does what the infinitive
says ("a win that led *her* to declare ...": :func:`controlling_object`); after a verb of
setting off a thought that is itself the cue the object thinks it ("led *some* to speculate
...": :func:`provoked_thinker`); after a verb of perception the one seen or heard doing it
("hearing *a leading candidate* acknowledging ...": :func:`perceived_doer`). Only a person,
or with some verbs a group, does it ("led the price to rise" names nobody).
"""

from __future__ import annotations

from spacy.tokens import Token

from quotewire.speakers.lexicon import load_people_lexicon
from quotewire.speakers.source_words import source_words

PERSON_OBJECTS = ("him", "her", "them")
_GROUP_ENTITIES = ("NORP", "ORG")
_GROUP_PRONOUNS = ("some", "many", "others", "several", "most", "few")


def controlling_object(clause: Token) -> Token | None:
    """The person object of a verb of making or asking someone do something (list
    ``object_control_verbs``), who does what the infinitive says: "a win that led *her* to
    declare ...", "pressuring *Mr. Sanders* to run on issues rather than continuing to attack
    ...". Not after other verbs ("Democrats have called her to say ...": the callers say it)
    and only a person ("used Twitter to announce": the means); after a verb that makes its
    object act (``causative_verbs``) also a party, nation or organisation, or a group of people
    ("led *Republicans* to say", "has led *some allies* to worry"), never a thing ("led the
    price to rise")."""
    if clause.dep_ != "xcomp" or clause.pos_ != "VERB":
        return None
    verb = clause.head.lower_
    words = source_words()
    if verb not in words.object_control_verbs:
        return None
    return _object_doing(clause.head, clause, groups=verb in words.causative_verbs)


def provoked_thinker(cue: Token) -> Token | None:
    """The object of a verb of setting off a thought that is itself the cue (list
    ``thought_provoking_verbs``): "The abrupt announcement *led some* to speculate that ...",
    "its fortunes turned, *leaving some* to question whether ...". The object speculates or
    questions, not the event that led it to; the infinitive as the cue takes the same object
    (:func:`controlling_object`). Only a person or a group, as there ("led the price to rise"
    names nobody)."""
    if cue.lower_ not in source_words().thought_provoking_verbs:
        return None
    infinitive = next((c for c in cue.children if c.dep_ == "xcomp" and c.i > cue.i), None)
    if infinitive is None:
        return None
    return _object_doing(cue, infinitive, groups=True)


def _object_doing(verb: Token, clause: Token, *, groups: bool) -> Token | None:
    """The object of ``verb`` before ``clause`` when it is a person, or with ``groups`` also a
    party, nation, organisation or group of people: who does what the clause says."""
    for child in verb.children:
        if child.dep_ == "dobj" and child.i < clause.i:
            person = child.ent_type_ == "PERSON" or child.lower_ in PERSON_OBJECTS
            return child if person or (groups and _is_group(child)) else None
    return None


def perceived_doer(clause: Token) -> Token | None:
    """The object of a verb of perception (list ``perception_verbs``) that the clause
    completes: the one seen or heard doing what the clause says ("hearing *a leading
    candidate* acknowledging ...", "watching *the governor* argue ..."), not the one who
    perceives it. A thing counts too ("seeing *the road sign* warning of ...")."""
    if clause.dep_ not in ("xcomp", "ccomp") or clause.head.lower_ not in _perception_verbs():
        return None
    return next((c for c in clause.head.children if c.dep_ == "dobj" and c.i < clause.i), None)


def is_perceived(noun: Token) -> bool:
    """Whether a noun is the object of a verb of perception (see :func:`perceived_doer`)."""
    return noun.dep_ == "dobj" and noun.head.lower_ in _perception_verbs()


def _perception_verbs() -> frozenset[str]:
    return source_words().perception_verbs


def _is_group(token: Token) -> bool:
    """A party, nation or organisation, named or by its noun ("the tabloid", "the company"),
    or people: "some", "others", a plural noun with a quantifier ("some allies", "many
    voters"), or the plural of a person noun ("prompted *reporters* to ask")."""
    if token.ent_type_ in _GROUP_ENTITIES or token.lower_ in _GROUP_PRONOUNS:
        return True
    people = load_people_lexicon()
    if token.pos_ == "NOUN" and token.lower_ in people.organisation_nouns:
        return True
    if token.tag_ == "NNS" and people.is_plural_person_noun(token.lower_):
        return True
    quantified = any(c.dep_ == "det" and c.lower_ in _GROUP_PRONOUNS for c in token.children)
    return token.tag_ == "NNS" and quantified
