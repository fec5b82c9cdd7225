"""A verb of quoting with an "as" phrase of a participle: "X *quoted* Y *as saying* ...".

The verb of quoting (``cues.toml`` ``quoting``) reports Y's words, and "as saying" (or "as
having commented") only introduces them. Read from three sides: the participle heads no frame
of its own (:func:`is_quoted_as_saying`); the object is whose words the verb reports, in every
form of the verb (:func:`is_quoted_person`, :func:`is_unlearned_quoting_dependent`); and the
subject of the passive is the one who said them (:func:`quoted_as_saying`). The parser gives
the participle as the ``pcomp`` of an "as" preposition on the verb.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotewire.quotes.content_ends import opens_quotation
from quotewire.quotes.cues import CueLexicon, load_cue_lexicon

_PARTICIPLE_TAGS = ("VBG", "VBN")


def _is_as_complement(token: Token) -> bool:
    """Whether ``token`` is what an "as" holds as its clause ("as *saying*", "as *having*
    commented")."""
    return token.dep_ == "pcomp" and token.head.lower_ == "as"


def _as_complements(verb: Token) -> list[Token]:
    """What the "as" phrases on ``verb`` hold as their clauses ("quoted him as *saying*")."""
    return [
        p for c in verb.children if c.dep_ == "prep" for p in c.children if _is_as_complement(p)
    ]


def is_quoted_as_saying(token: Token, lexicon: CueLexicon) -> bool:
    """Whether ``token`` is the "saying" of "X *quoted* Y *as saying* ...": the verb of quoting
    reports Y's words with X for source, and "as saying" only introduces them, so it heads no
    frame of its own (one would repeat the quoting verb's content without its source)."""
    head = token.head
    if not _is_as_complement(token) or head.head == head:
        return False
    return head.head.lower_ in lexicon.quoting


def is_quoted_person(cue: Token, key: str, tokens: list[Token], lexicon: CueLexicon) -> bool:
    """Whether ``tokens`` are the object of a verb of quoting with the participle of
    :func:`is_quoted_as_saying` after it ("BBC News *are quoting* an unnamed source *as having
    commented* that ..."): with that participle the object is whose words the verb reports,
    in every form of the verb, while the learned lexicon has seen the frame mostly as "quoted"
    (the object of "quoting" or "quotes" scores below the threshold, and the participle heads
    no frame of its own, so nothing was found; Wikinews tune10). :mod:`quotewire.quotes.frames`
    raises the object's score to the threshold."""
    if key != "dobj" or cue.lower_ not in lexicon.quoting:
        return False
    return any(p.head.i > tokens[-1].i and p.tag_ in _PARTICIPLE_TAGS for p in _as_complements(cue))


def is_unlearned_quoting_dependent(
    cue: Token, key: str, tokens: list[Token], lexicon: CueLexicon
) -> bool:
    """Whether a dependent of a form of a verb of quoting that the learned lexicon does not
    know as a cue ("quoting", "quotes", "cite") is other than the person it quotes "as
    saying" (:func:`is_quoted_person`): such forms head frames as hand-written cue words for
    that frame alone, and their other objects ("is *quoting* Shakespeare") are no statements.
    The learned forms ("quoted", "cited", "citing") are left to the frame model."""
    if cue.lower_ not in lexicon.quoting or is_quoted_person(cue, key, tokens, lexicon):
        return False
    learned = lexicon.frames.get(cue.lower_, {}).values()
    return all(prior < lexicon.frame_threshold for prior in learned)


def quoted_as_saying(verb: Token) -> bool:
    """Whether a passive verb of quoting presents its subject as the one who said something
    ("Braynard *is quoted as saying* ...", "Fonseka was quoted *by the AFP news agency* as
    saying "...""): the subject is the speaker, with or without an agent. The agent only
    passes the words on; a reader asking who said them is answered by the subject. The active
    "The Times quoted him as saying" is left to the parse, which gives the Times (as the
    PolNeAR gold does, 5 of 5 on train)."""
    if verb.lower_ not in load_cue_lexicon().quoting:
        return False
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    return _quotation_next(verb) or bool(_as_complements(verb))


def _quotation_next(verb: Token) -> bool:
    """Whether a quotation opens right after the passive verb of quoting, or after a colon or
    comma there, with no agent between ('Bob Beckel *was quoted* "Why didn't he ...?"'): the
    words quoted are the subject's, as after "was quoted as saying"."""
    following = verb.doc[verb.i + 1 : verb.i + 3]
    if following and following[0].text in (":", ","):
        following = following[1:]
    return bool(following) and opens_quotation(following[0])
