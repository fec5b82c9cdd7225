"""A verb of saying or asking whose infinitive is what it asks, promises or refuses.

"Flynn *urged* the crowd *to consider* the plan", "Lewandowski *declined to comment*
on the program", "she *refused to say* whether ...": the outer verb controls the infinitive
(its object does what is asked, its subject what is promised or refused), and the infinitive's
verb may be a cue of its own. PolNeAR annotates the outer act with the infinitive as its
content ("urged" + "the crowd to consider ...", "declined" + "to comment on ..."), or the two
verbs as one cue ("refused to say" + "whether ..."), almost never the inner verb alone: on train
1-840, of 661 infinitives under a verb of this list, 391 are the content of the outer verb, 37
follow a cue of both verbs, 2 follow the inner verb alone and 231 are not annotated (with a
verb of saying or a cue word in the infinitive: 40, 14, 1 and 9). A content over the whole
infinitive matches either of the first two under the overlap rule, an inner frame only the
second, so the inner frame yields to the outer one; and when the infinitive's verb is a verb of
saying or a cue word, the outer frame stays even though that verb reports a clause of its own
(``frames._reports_a_clause`` would drop it: "refused to say *whether* ..."). After another
verb ("promised to address what he calls ...") the inner clause keeps its frames. "Call"
asks with "on" or "upon", and its infinitive is offered to the frame finder together with the
addressee the parser hangs on the preposition (:func:`with_addressee`).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from quotewire.data_files import word_set
from quotewire.quotes.cues import CueLexicon
from quotewire.quotes.frame_spans import Frame

# the prepositions with which "call" asks ("called *on* the mayor to resign")
_CALLING_PREPOSITIONS = word_set("en/nesting.toml", "calling_prepositions")


def controls_report(cue: Token) -> bool:
    """Whether ``cue`` is a verb of saying or asking that controls its infinitive
    (``nesting.toml`` ``controlling_cues``): "urged", "asked", "declined", "promised". "Call"
    asks only with "on" ("called on the mayor to resign"); "called her to say ..." is a phone
    call, whose callers say it."""
    form = cue.lower_
    if form in calling_on():
        return _calling_preposition(cue) is not None
    return form in controlling_cues()


def with_addressee(cue: Token, infinitive: Token) -> list[Token]:
    """The subtree of ``infinitive`` (an ``xcomp`` of ``cue``), begun at the addressee when
    ``cue`` is "call on/upon" and the addressee's phrase ends right before it ("called upon
    *nations in the Gulf, who are benefiting ..., to donate*"): the parser hangs the
    addressee on the preposition, not on the infinitive, and the gold keeps the two together
    (train 1-840, "call on/upon X to ...": 32 contents begin at X, 3 at "to"). An infinitive
    of a few words alone would match no annotation under the overlap rule."""
    tokens = list(infinitive.subtree)
    preposition = _calling_preposition(cue)
    if preposition is None or preposition.i > infinitive.i:
        return tokens
    addressee = next((c for c in preposition.children if c.dep_ == "pobj"), None)
    if addressee is None:
        return tokens
    between = cue.doc[addressee.right_edge.i + 1 : infinitive.left_edge.i]
    if any(not t.is_punct for t in between):
        return tokens
    return list(cue.doc[addressee.left_edge.i : infinitive.right_edge.i + 1])


def _calling_preposition(cue: Token) -> Token | None:
    """The "on"/"upon" of a "call" verb that asks ("called on the mayor to resign")."""
    if cue.lower_ not in calling_on():
        return None
    return next(
        (c for c in cue.children if c.dep_ == "prep" and c.lower_ in _CALLING_PREPOSITIONS), None
    )


def controls_saying(cue: Token, complement: list[Token], lexicon: CueLexicon) -> bool:
    """Whether ``cue`` controls an infinitive (``complement``, its ``xcomp``) whose verb is a
    verb of saying or a cue word ("refused *to say* whether ...", "declined *to comment*"):
    then the outer frame reports the infinitive even when that verb reports a clause. After
    another verb ("promised *to address* what he calls ...") the inner clause keeps its own
    frames, as after any verb."""
    verb = next((t for t in complement if t.head == cue), None)
    if verb is None or not controls_report(cue):
        return False
    return lexicon.is_speech(verb.lower_) or lexicon.is_cue_word(verb.lower_)


def without_controlled_reports(frames: list[Frame]) -> list[Frame]:
    """``frames`` less those whose cue is the infinitive of a controlling verb's frame
    (:func:`controls_report`) and lies inside that frame's content: "declined *to comment*
    on the data program" is the "declined" frame's content, which the gold annotates."""
    outers: dict[int, list[tuple[int, int]]] = {}
    for frame in frames:
        if frame.content is not None and controls_report(frame.cue):
            outers.setdefault(frame.cue.i, []).append(frame.content)
    if not outers:
        return frames
    kept = []
    for frame in frames:
        cue = frame.cue
        outer = outers.get(cue.head.i, []) if cue.dep_ == "xcomp" and cue.head.i != cue.i else []
        if not any(start <= cue.idx < end for start, end in outer):
            kept.append(frame)
    return kept


@cache
def controlling_cues() -> frozenset[str]:
    """Verbs of saying or asking whose infinitive is what they report: ``nesting.toml``."""
    return word_set("en/nesting.toml", "controlling_cues")


@cache
def calling_on() -> frozenset[str]:
    """Verbs that control their infinitive only with "on" ("called on X to ..."):
    ``nesting.toml``."""
    return word_set("en/nesting.toml", "calling_on")
