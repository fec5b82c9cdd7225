"""The one who spent the time in "It took *him* a day to respond, saying ...".

An "it" that is the subject of "take" before an infinitive stands for the infinitive, not for a
speaker; the parse gives a participle hung on "take" that "it" as its subject, while the person
object of "take" spent the time and says what the participle says. The verb forms are
``time_taking_verbs`` in ``data/en/inherited_sources.toml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotewire.speakers.source_words import source_words

VERB_OBJECT_DEPS = ("dobj", "dative", "iobj")  # a verb's direct and indirect objects
_PERSON_PRONOUNS = ("him", "her", "them", "me", "us")  # objects that can speak next


def time_spender(subject: Token) -> Token | None:
    """The person object of "take" when ``subject`` is its "it" before an infinitive ("It took
    *him* most of a day to formulate a comeback, delivering an apology ..."), or None."""
    verb = subject.head
    if subject.lower_ != "it" or verb.lower_ not in source_words().time_taking_verbs:
        return None
    after = (t for t in verb.subtree if t.i > verb.i)
    infinitive = next((t for t in after if _infinitive_of(t, verb)), None)
    if infinitive is None:
        return None
    objects = (c for c in verb.rights if c.dep_ in VERB_OBJECT_DEPS and c.i < infinitive.i)
    return next((c for c in objects if is_person_object(c)), None)


def is_person_object(token: Token) -> bool:
    """An object that can be the one who speaks next: a person's name or a person pronoun."""
    return token.ent_type_ == "PERSON" or token.lower_ in _PERSON_PRONOUNS


def _infinitive_of(token: Token, verb: Token) -> bool:
    """Whether a "to" infinitive belongs to the verb: as its complement, or where the parser
    often hangs it, on the span of time before it ("took him a day *to respond*")."""
    if token.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return False
    head = token.head
    while head != verb and head.pos_ not in ("VERB", "AUX") and head.head != head:
        head = head.head
    return head == verb
