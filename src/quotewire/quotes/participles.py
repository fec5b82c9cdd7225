"""Sources of participle cues ("asking", "saying"), which have no subject of their own.

The parse gives a participle the subject of the verb it hangs on, which is wrong in two common
shapes of news prose:

- a person named just before the participle is its source: 'The ad uses footage of Hillary
  Clinton asking, "..."' (Clinton asks, not the ad; the small parser often hangs "asking" on
  "uses");
- a participle after a comma that the parser hung inside a relative clause belongs to the
  clause the relative clause sits in: 'Trump was defensive about not paying an architect who
  said ..., saying "..."' (Trump says it, not the architect).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from quotewire.quotes.frames import Frame, find_speaker

_PERSON_OBJECTS = ("him", "her", "them")
_PARTICIPLE = "VBG"
_MAX_CLIMB = 8


def with_participle_sources(frames: list[Frame]) -> list[Frame]:
    """``frames`` with the source of each participle cue re-read (see the module docstring)."""
    return [_reread(frame) for frame in frames]


def _reread(frame: Frame) -> Frame:
    cue = frame.cue
    if cue.tag_ != _PARTICIPLE or any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return frame
    person = _person_before(cue)
    if person is not None and person != frame.speaker:
        return replace(frame, speaker=person)
    if cue.i > 0 and cue.nbor(-1).text == ",":
        outer = _outside_relative_clause(cue)
        if outer is not None and outer != frame.speaker:
            return replace(frame, speaker=outer)
    return frame


def _person_before(cue: Token) -> Token | None:
    """A person named right before the participle, as an object ('footage of Clinton asking',
    'heard him saying'); a thing there ('a sign reading') is the message, not its source."""
    if cue.i == 0:
        return None
    before = cue.nbor(-1)
    if before.dep_ in ("nsubj", "nsubjpass"):
        return None
    if before.ent_type_ == "PERSON" and before.pos_ == "PROPN":
        return before
    if before.lower_ in _PERSON_OBJECTS and before.pos_ == "PRON":
        return before
    return None


def _outside_relative_clause(cue: Token) -> Token | None:
    """The source of the clause that holds the relative clause the participle was hung in."""
    current = cue
    for _ in range(_MAX_CLIMB):
        if current.head == current:
            return None
        if current.dep_ in ("relcl", "acl"):
            return _clause_subject(current.head)
        current = current.head
    return None


def _clause_subject(token: Token) -> Token | None:
    """The subject of the clause ``token`` stands in: the parse's source of its verb, or the
    first subject found up the tree (a passive one too: "Olsen was annoyed when ...")."""
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    found = find_speaker(verb)
    for _ in range(_MAX_CLIMB):
        if found is not None:
            return found
        found = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if verb.head == verb:
            return found
        verb = verb.head
    return found
