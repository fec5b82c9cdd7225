"""The relative word hung on a verb of saying: the first fragment of the clause it reports.

In "the drawdown, *which* they say left a vacuum", what the source says is about the word the
relative clause continues: PolNeAR marks the relative word as the first fragment of the
attribution and what follows the verb of saying as the rest.
:func:`quotewire.quotes.fragments.relative_fragment` finds the word inside the reported
clause; the parser often hangs it on the verb of saying instead, as a second subject beside
the source ("which/nsubj they/nsubj say left/xcomp"), and the fragment was lost.

A relative word the verb takes as its object, before the source ("the allegations, *which*
he has denied"; "Florida, *which* he describes *as his second home*"), is what the verb
reports: the whole of it when nothing follows the verb, else the first fragment of the
complement after it. The frame model, seeing a one-word object far from its noun, scores it
below the threshold; PolNeAR marks it as the verb's content 31 times of 38 on train where
the lexicon has the verb report its object (cue round eleven, docs/detection.md).

Left alone: a relative "that" (marked less often than not, as in ``relative_fragment``), a
relative adverb ("a time *when* it was said"), and a contact clause without any relative word
("a decision they say allowed ..."): marking the noun phrase before it fixed 6 misses and
added 6 false alarms on train, at the break-even.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from quotewire.quotes.cues import CueLexicon

if TYPE_CHECKING:
    from quotewire.quotes.frames import Frame

_WH_TAGS = ("WDT", "WP")
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_CLAUSE_DEPS = ("ccomp", "xcomp")
# what a verb says of its object after it: "describes it *as his second home*", "called it *a
# disgrace*"
_PREDICATE_DEPS = ("oprd", "attr", "acomp")
# "which he told *the crowd* was true": the wh-word is no object of the verb then
_OBJECT_DEPS = ("dobj", "dative")


def hung_relative_word(frame: Frame, lexicon: CueLexicon) -> list[Token] | None:
    """The wh-word of what ``frame`` reports when its verb heads a relative clause and the
    parser hung the word on the verb beside the source; else ``None``. For a verb of saying
    reporting a clause after it, the word is a subject, or an object when the verb has none
    after it ("which/dobj she has said was/ccomp a mistake"), or inside a clause it calls an
    ``xcomp``, where ``relative_fragment`` does not look; for any verb that reports a
    predicate on its object, the word is that object ("which/dobj he described as/prep ...").
    A wh-word that is the verb's only subject is the source ("critics *who* say ...")."""
    cue, content = frame.cue, frame.content
    if content is None or cue.dep_ != "relcl":
        return None
    word = _relative_word(cue)
    if word is None:
        return None
    if _is_object(word, cue) and _predicate_within(cue, content):
        return [word]
    if not lexicon.is_speech(cue.lower_):
        return None
    clause = next(
        (
            c
            for c in cue.children
            if c.dep_ in _CLAUSE_DEPS and c.i > cue.i and content[0] <= c.idx < content[1]
        ),
        None,
    )
    if clause is None:
        return None
    if word.head == cue and word.dep_ in _SUBJECT_DEPS:
        return [word]
    if word.head == cue and word.dep_ == "dobj" and not _has_object_after(cue):
        return [word]
    if clause.dep_ == "xcomp" and word in clause.subtree:
        return [word]
    return None


def is_relative_object(cue: Token, key: str, tokens: list[Token], lexicon: CueLexicon) -> bool:
    """Whether ``tokens`` is the relative word alone that the verb ``cue``, heading a relative
    clause, takes as its object before its source, with nothing after the verb that it says
    of it ("the allegations, *which* he has denied"): all the verb reports."""
    if key != "dobj" or len(tokens) != 1 or cue.dep_ != "relcl":
        return False
    word = _relative_word(cue)
    return word == tokens[0] and _is_reported_object(word, cue, lexicon)


def _relative_word(cue: Token) -> Token | None:
    """The one wh-word (not "that") before ``cue`` in its clause, when the clause has exactly
    one other subject before the verb (the source)."""
    words = [t for t in cue.subtree if t.i < cue.i and t.tag_ in _WH_TAGS and t.lower_ != "that"]
    sources = [
        c for c in cue.children if c.dep_ in _SUBJECT_DEPS and c.i < cue.i and c not in words
    ]
    if len(words) != 1 or len(sources) != 1:
        return None
    return words[0]


def _is_object(word: Token, cue: Token) -> bool:
    """Whether ``word`` is the object of ``cue``, with no other object after the verb; not in
    an "as" clause set into the relative clause, which has no object ("the ad, *which* - as
    Chait noted - promises ...": the parser's misreading)."""
    if any(c.dep_ == "mark" for c in cue.children):
        return False
    return word.head == cue and word.dep_ == "dobj" and not _has_object_after(cue)


def _is_reported_object(word: Token, cue: Token, lexicon: CueLexicon) -> bool:
    """Whether ``word`` is the object of ``cue`` and the lexicon has the verb report its
    object."""
    prior = lexicon.frame_prior(cue.lower_, "dobj")
    return _is_object(word, cue) and prior >= lexicon.frame_threshold


def _predicate_within(cue: Token, content: tuple[int, int]) -> bool:
    """Whether what ``cue`` reports starts at what it says of its object: a predicate after
    it or the object of its "as"."""
    for child in cue.children:
        predicate = child.dep_ in _PREDICATE_DEPS or (child.dep_ == "prep" and child.lower_ == "as")
        if predicate and child.i > cue.i and content[0] <= child.right_edge.idx < content[1]:
            return True
    return False


def _has_object_after(cue: Token) -> bool:
    return any(c.dep_ in _OBJECT_DEPS and c.i > cue.i for c in cue.children)
