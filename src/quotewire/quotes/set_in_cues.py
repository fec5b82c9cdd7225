"""Frames of a cue set into the clause it reports: parentheticals and "as" clauses.

A verb of saying set into its clause ("The plant, she said, is hanging on"; "Prices will rise,
said John Smith") or an "as" clause ("As the Post reported, he would need 55 percent") has no
clause of its own in the parse: the clause around it is what it reports, cut in two fragments
when the cue stands inside it. Called by :func:`~quotewire.quotes.frames.find_frames` on a
frame of a verb of saying that found a source and no clause.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from quotewire.quotes.closing_passive_reports import closed_clause, is_as_clause
from quotewire.quotes.content_ends import without_closing_punctuation
from quotewire.quotes.cues import CueLexicon
from quotewire.quotes.fragments import (
    clause_before_closing_cue,
    is_clause_head,
    is_scene_before_set_in_cue,
    is_second_act_after_set_in_cue,
    is_unjoined_after_comma,
    words_before_set_in_cue,
)
from quotewire.quotes.frame_spans import (
    SUBJECT_DEPS,
    Frame,
    Regions,
    char_range,
    has_words,
    touches,
)
from quotewire.quotes.misreadings import is_set_in_cue

# dependents before an "as" clause that do not belong to what it reports
_LINKING_DEPS = ("cc", "mark", "preconj")
_ADVERB_MAX_WORDS = 2
# a verb with one of these has a complement of its own, so its "as" is one of time
_OWN_COMPLEMENT_DEPS = ("xcomp", "ccomp")
# A rest of a clause with a cue set into it ("His policy, Trump told CNN, would be "to go after
# them"") is one mixed statement when this many of its words are the writer's; with fewer ("is
# "doing much better""), the quotation stands alone as a direct quote beside the cue.
_MIXED_MIN_WORDS = 3


def as_clause_frames(
    frame: Frame, lexicon: CueLexicon, region: tuple[int, int], inside_quotes: Regions
) -> list[Frame]:
    """What a cue in an "as" clause reports: the clause it is set in ("As the Post reported,
    *he would need 55 percent*"; "But as Clyburn noted, *those voters will give him a look*"),
    set as ``frame``'s content. An "as" clause set into its clause after a subject or a fronted
    phrase cuts it in two fragments, which PolNeAR annotates both ("*Spicer* -- as Clinton's
    campaign noted -- *even promoted Sanders*"; "*Just a few weeks ago*, as Western Journalism
    reported, *Thor and Beck were discussing* ..."): the second comes back as a frame on the
    same cue. A clause (nearly) all quoted is left to the linker, which attributes the quotation
    beside the cue; one with a few words of the writer's is a mixed statement ("As The Daily
    Caller reported, *the star "gave between $1,001 and $5,000" to the Clintons*"). A closing
    passive "as reported by X" reports its whole clause
    (:mod:`quotewire.quotes.closing_passive_reports`)."""
    cue = frame.cue
    closed = closed_clause(cue, lexicon)
    if closed is not None:
        kept = _set_in_words(closed, cue.head)
        content = char_range(without_closing_punctuation(kept), region) if kept else None
        if content is not None and not touches(content, inside_quotes):
            frame.content = content
        return []
    if not is_as_clause(cue):
        return []
    clause = [t for t in cue.head.subtree if t.sent == cue.sent]
    after = without_closing_punctuation([t for t in clause if t.i > cue.right_edge.i])
    content = reported_rest(after, region, inside_quotes)
    if content is None:
        return []
    before = _set_in_words([t for t in clause if t.i < cue.left_edge.i], cue.head)
    if before is None:
        return []
    if not before:
        frame.content = content
        return []
    if cue.i > cue.head.i:
        return []  # after its verb ("A met B that day, as the Times reported, and ..."): an aside
    if any(c.dep_ in _OWN_COMPLEMENT_DEPS for c in cue.children):
        return []  # "as" of time: "In the meantime, as Kerry *continues to pursue* diplomacy"
    leading = char_range(before, region)
    if leading is None or touches(leading, inside_quotes):
        return []
    frame.content = leading
    return [Frame(cue, frame.cue_tokens, frame.speaker, content, frame.prior)]


def _set_in_words(before: list[Token], head: Token) -> list[Token] | None:
    """The words of a clause before an "as" clause set into it that are its first fragment:
    none when they only tie the sentence to the one before ("*But* as Clyburn noted, ...";
    "... and *that* the result, as he explained, was ..."), which PolNeAR leaves out; ``None``
    when they are only a short sentence adverb ("*Of course*, as X observed, ..."), after which
    the annotated extent varies too much on train to report anything."""
    linking = {t.i for c in head.children if c.dep_ in _LINKING_DEPS for t in c.subtree}
    kept = [t for t in before if t.i not in linking]
    if not has_words(kept):
        return []
    adverbs = {
        t.i
        for c in head.children
        if c.i < head.i and c.dep_ not in SUBJECT_DEPS and _words(c.subtree) <= _ADVERB_MAX_WORDS
        for t in c.subtree
    }
    if all(t.i in adverbs or not t.is_alpha for t in kept) and _words(kept) <= _ADVERB_MAX_WORDS:
        return None
    return kept


def reported_rest(
    after: list[Token], region: tuple[int, int], inside_quotes: Regions
) -> tuple[int, int] | None:
    """The characters of the clause after a set-in cue, as its content: ``None`` when it has no
    words, or is (nearly) all quoted, which the linker attributes beside the cue; with enough
    words of the writer's around a quotation it is a mixed statement."""
    rest = char_range(after, region) if has_words(after) else None
    if rest is None or not touches(rest, inside_quotes):
        return rest
    return rest if _words_outside(after, inside_quotes) >= _MIXED_MIN_WORDS else None


def _words(tokens: Iterable[Token]) -> int:
    return sum(1 for t in tokens if t.is_alpha)


def parenthetical_frames(
    frame: Frame, lexicon: CueLexicon, region: tuple[int, int], inside_quotes: Regions
) -> list[Frame]:
    """A verb of saying set into the clause it reports ("The plant, she said, is hanging on";
    "Prices will rise, said John Smith"): the parser hangs the cue on that clause
    (``parataxis``, or ``conj`` for a trailing inverted cue), so it has no clause of its own.
    The clause's words before the cue are its content, and so are the words after it (all of
    the clause when the cue opens it) unless they are (nearly) all a quotation, which the
    linker attributes beside the cue."""
    cue = frame.cue
    closing = char_range(clause_before_closing_cue(cue, frame.speaker), region)
    if closing is not None and not touches(closing, inside_quotes):
        frame.content = closing  # "A, she said." hung on A as an adverbial clause
    if not is_set_in_cue(cue, lexicon) or not is_clause_head(cue.head):
        return []
    inverted = frame.speaker.i > cue.i > cue.head.i
    if cue.dep_ == "conj" and not (inverted or is_unjoined_after_comma(cue, frame.speaker)):
        return []
    own = {t.i for t in cue.subtree}
    clause = [t for t in cue.head.subtree if t.i not in own and t.sent == cue.sent]
    before = without_opening_conjunction([t for t in clause if t.i < cue.left_edge.i])
    if is_scene_before_set_in_cue(before, cue.head, lexicon):
        before = []
    after = without_closing_punctuation([t for t in clause if t.i > cue.right_edge.i])
    if is_second_act_after_set_in_cue(cue, after, lexicon):
        after = []
    rest = reported_rest(after, region, inside_quotes)
    if not has_words(before):
        # the parser starts the clause after the cue ("*all of whom*, she explained, needed
        # ..."), or the cue opens the sentence ("Trump told CNN, his policy ...")
        before = words_before_set_in_cue(cue, frame.speaker)
        leading = char_range(before, region) if has_words(before) else None
        if leading is None or touches(leading, inside_quotes):
            frame.content = rest
            return []
    frame.content = char_range(before, region)
    if rest is None:
        return []
    return [Frame(cue, frame.cue_tokens, frame.speaker, rest, frame.prior)]


def without_opening_conjunction(before: list[Token]) -> list[Token]:
    """The words of a clause before a cue set into it, or none when they are only a
    conjunction that ties the sentence to the one before ("*But*, he noted, ..."; "*And*,
    according to the poll, ..."): PolNeAR leaves such a word out (8 times against 3 on train
    151-450)."""
    if all(t.dep_ == "cc" or not t.is_alpha for t in before):
        return []
    return before


def _words_outside(tokens: list[Token], quoted: Regions) -> int:
    """How many words of ``tokens`` lie outside quoted text."""
    return sum(1 for t in tokens if t.is_alpha and quoted.find(t.idx) is None)
