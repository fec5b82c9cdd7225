"""A passive verb of declaring with a predicate on its subject reports both.

In "Sanders *was declared* the winner in Rhode Island" the declaration is that Sanders is the
winner. PolNeAR marks the subject and the predicate as two fragments of one attribution
("*Sanders*", "*the winner in Rhode Island*": 9 of the 12 passives of "declared", "announced"
and "projected" before "the" or "a" on train), while the frame model reports one of them at most,
often neither. So both candidates are reported whatever their score: the one the frame takes
is its content and the other its second fragment; the subject ends before a comma after its
head ("Mr. Yanukovych, *then prime minister*,"). A relative word as the subject ("the
secretary, *who* was declared the winner") stands for a noun outside the clause: PolNeAR marks
neither part then (the one case on train), and nothing is reported. The verbs are listed in
``passives.toml`` (``declaring``). The parser also reads the predicate as a direct object
("she was announced *the winner*": ``dobj``); a passive verb of declaring takes no object of
its own, so that object is the predicate too (train: the subject annotated 4 of 6 times, as
with ``oprd``; the other two a quotation's words and an editor's note, neither annotated).
"written" is the exception (``declaring_with_objects``): "She was written *a letter*" keeps a
real object, and only its object predicate or "as" phrase is a predicate.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from quotewire.quotes.passive_words import passive_words
from quotewire.quotes.relative_subjects import is_relative_subject

if TYPE_CHECKING:
    from quotewire.quotes.frames import Frame

_PREDICATE_KEYS = ("oprd", "dobj", "prep:as")
_PART_KEYS = (*_PREDICATE_KEYS, "nsubjpass")  # the predicate and the subject


def is_declared_part(subject: Token | None, key: str) -> bool:
    """Whether the candidate ``key`` of a cue whose :func:`declared_subject` is ``subject`` is
    the subject or the predicate of a passive verb of declaring ("*Sanders* was declared *the
    winner*"), the subject no relative word."""
    if subject is None or is_relative_subject(subject):
        return False
    return key in _PART_KEYS


def reported_part(subject: Token | None, key: str, tokens: list[Token]) -> list[Token] | None:
    """What the candidate ``tokens`` (under ``key``) of a cue whose :func:`declared_subject` is
    ``subject`` can report: ``None`` when the cue is a passive verb of declaring with a
    relative word as its subject, for the subject and the predicate alike (neither is
    reported); the subject up to a comma after its head ("Mr. Yanukovych, *then prime
    minister*,"); else ``tokens``."""
    if subject is None or key not in _PART_KEYS:
        return tokens
    if is_relative_subject(subject):
        return None
    return _before_aside(subject, tokens) if key == "nsubjpass" else tokens


def other_declared_part(frame: Frame) -> list[Token] | None:
    """The part of a passive declaration that ``frame`` does not report: the subject when the
    frame reports the predicate, the predicate (without a participle setting the scene) when
    it reports the subject; else ``None``."""
    cue, content = frame.cue, frame.content
    subject = declared_subject(cue)
    if content is None or subject is None or is_relative_subject(subject):
        return None
    if content[0] < cue.idx:
        predicate = _predicate(cue)
        return None if predicate is None else _without_scene(predicate)
    return _before_aside(subject, list(subject.subtree)) or None


def _before_aside(subject: Token, tokens: list[Token]) -> list[Token]:
    """``tokens`` before a comma after the head of ``subject``: without an apposition or an
    aside set off after it."""
    comma = next((t.i for t in tokens if t.i > subject.i and t.text == ","), None)
    return [t for t in tokens if comma is None or t.i < comma]


def _without_scene(predicate: Token) -> list[Token]:
    """The words of ``predicate`` before a participle that sets the scene of the declaration
    ("the majority *following a floor vote*")."""
    scene = next((c for c in predicate.children if c.dep_ == "acl" and c.tag_ == "VBG"), None)
    return [t for t in predicate.subtree if scene is None or t.i < scene.i]


def declared_subject(cue: Token) -> Token | None:
    """The subject of ``cue`` when it is a passive verb of declaring with a predicate after it
    (found once per cue: every candidate of the cue asks the same)."""
    if cue.lower_ not in passive_words().declaring or _predicate(cue) is None:
        return None
    subjects = [c for c in cue.children if c.dep_ == "nsubjpass" and c.i < cue.i]
    passive = any(c.dep_ == "auxpass" for c in cue.children)
    return subjects[0] if len(subjects) == 1 and passive else None


def _predicate(cue: Token) -> Token | None:
    """What ``cue`` declares of its subject: an object predicate (or the object the parser
    reads it as, unless the verb keeps an object of its own) or an "as" phrase after it."""
    deps = ("oprd",) if cue.lower_ in passive_words().declaring_with_objects else ("oprd", "dobj")
    for child in cue.children:
        if child.i > cue.i and (child.dep_ in deps or (child.dep_, child.lower_) == ("prep", "as")):
            return child
    return None
