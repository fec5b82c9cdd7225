"""A verb conjunct the parser hung on a relative clause although it continues the main clause.

"Carson, Fiorina and Huckabee *have characterized* their speeches as commitments to the groups
that *brought* them in *and say* they are no longer accepting ...": the parser coordinates
"say" with the nearest verb, "brought", so the source becomes the relative clause's noun (the
groups). English coordinates verbs of one tense: a conjunct in another tense than the
relative clause's verb, and in the tense of the verb that governs the clause's noun, continues
that verb, and shares its subject (Carson). A conjunct in the relative clause's own tense
("Mr. McConnell, who *has endorsed* Mr. Trump *and criticized* ...") stays in it.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotewire.data_files import word_set
from quotewire.quotes.relative_subjects import is_relative_subject

_PAST, _PRESENT, _MODAL = "past", "present", "modal"
_PAST_AUXILIARIES = word_set("en/auxiliaries.toml", "past")
_PRESENT_AUXILIARIES = word_set("en/auxiliaries.toml", "present")
# the tense a finite verb's tag tells
TENSE_BY_TAG = {"VBD": _PAST, "VBZ": _PRESENT, "VBP": _PRESENT}
_MAX_CLIMB = 6
_VERBS = ("VERB", "AUX")


def main_verb_continued(cue: Token) -> Token | None:
    """The verb of the clause that holds a relative clause, when ``cue`` is a subject-less
    verb conjunct of that relative clause's verb in the main verb's tense, not in the relative
    verb's (see the module docstring); None otherwise."""
    relative_verb = cue.head
    if cue.dep_ != "conj" or relative_verb.dep_ != "relcl" or cue.pos_ not in _VERBS:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return None
    if not any(is_relative_subject(c) for c in relative_verb.children if c.dep_ == "nsubj"):
        return None
    own, relative = tense(cue), tense(relative_verb)
    if own is None or relative is None or own == relative:
        return None
    main = _governing_verb(relative_verb.head)
    return main if main is not None and tense(main) == own else None


def tense(verb: Token) -> str | None:
    """Past, present or modal, told by the verb's own auxiliaries or its tag; None for a verb
    with neither (an infinitive, a participle sharing the auxiliary of the verb before it)."""
    for child in verb.children:
        if child.dep_ not in ("aux", "auxpass"):
            continue
        if child.tag_ == "MD":
            return _MODAL
        if child.lower_ in _PAST_AUXILIARIES:
            return _PAST
        if child.lower_ in _PRESENT_AUXILIARIES:
            return _PRESENT
    if verb.tag_ == "VB" and verb.dep_ == "conj" and not _has_auxiliary(verb):
        # a plural present the tagger read as a base form ("that brought them in *and say*"),
        # unless it shares the modal or "to" of the verb before it ("will end ... *and
        # encourage*")
        return None if _has_auxiliary(verb.head) else _PRESENT
    return TENSE_BY_TAG.get(verb.tag_)


def _has_auxiliary(verb: Token) -> bool:
    return any(c.dep_ == "aux" for c in verb.children)


def _governing_verb(noun: Token) -> Token | None:
    """The first verb with a tense above the noun a relative clause hangs on."""
    current = noun
    for _ in range(_MAX_CLIMB):
        if current.head == current:
            return None
        current = current.head
        if current.pos_ in _VERBS and tense(current) is not None:
            return current
    return None
