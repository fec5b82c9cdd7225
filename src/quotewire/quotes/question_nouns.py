"""Questions put to a subject: the noun cue "question(s)" as the object of a verb whose
subject does not ask them.

A noun cue takes the subject of the verb it is the object of as its source ("Trump made the
claim that ..."), which is right for "Trump raised questions about ..." but wrong when the
verb makes its subject the one asked ("Clinton *faced* questions about ...", "he now
*entertains* questions about ...") or a thing that gives occasion for them ("The documents
*raised* new questions about whether ..."): who asks is not said. The frame keeps its source
mention for coreference; :func:`~quotewire.quotes.uncredited_sources.credits_source`
withholds only the credit for the reported content.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from quotewire.data_files import word_set
from quotewire.speakers.lexicon import load_people_lexicon

_OBJECTS = ("dobj", "conj")
_PERSON_PRONOUNS = frozenset(["i", "we", "you", "he", "she", "they", "who"])
_ASKER_ENTITIES = ("PERSON", "NORP", "ORG")


def is_question_put_to_subject(cue: Token) -> bool:
    """Whether ``cue`` is the noun "question(s)" governed by a verb whose subject is not the
    asker: one that puts the questions to its subject (questions.toml ``put_to_subject``), or
    one that a thing raises (``raised_by_things``) when its subject is no person or group."""
    if cue.pos_ != "NOUN" or cue.lower_ not in _words("nouns") or cue.dep_ not in _OBJECTS:
        return False
    verb = cue.head
    while verb.dep_ == "conj" and verb.pos_ == "NOUN":  # "questions and criticism"
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.lower_ in _words("put_to_subject"):
        return True
    if verb.lower_ not in _words("raised_by_things"):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and not _can_ask(subject)


def _can_ask(subject: Token) -> bool:
    """Whether the subject may be the asker: a name, a group, a pronoun for people, a noun
    for people ("senators", "the woman") or for an organisation ("the news organization")."""
    if subject.ent_type_ in _ASKER_ENTITIES or subject.lower_ in _PERSON_PRONOUNS:
        return True
    if subject.pos_ == "PROPN":
        return True
    people = load_people_lexicon()
    if subject.lower_ in people.organisation_nouns:
        return True  # "the news organization raised questions about ..."
    return people.is_person_noun(subject.text) or subject.lower_.removesuffix("s") in people.roles


@lru_cache(maxsize=3)
def _words(key: str) -> frozenset[str]:
    """A word list from questions.toml (word forms: the English pipeline has no lemmas)."""
    return word_set("en/questions.toml", key)
