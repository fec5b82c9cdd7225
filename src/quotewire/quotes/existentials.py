"""The noun a "there is" sentence introduces, for
:func:`~quotewire.quotes.sources.find_speaker`.

In "there is evidence suggesting ..." or "there were complaints that ..." the copula's subject
is the expletive "there" and the parse makes the noun the copula's attribute. Climbing from
the noun to the copula's subject, as for an object ("Trump made the claim that ..."), finds
no one or a subject of another clause the copula is conjoined to ("states have different
patterns, and there would be concerns about ..." is not the states' concern). So a participle
on the noun is the noun's (:func:`introduced_noun`), and a noun cue the sentence introduces
credits no one but its own possessor (:func:`is_ownerless_introduced`, read by
:func:`~quotewire.quotes.uncredited_sources.credits_source`: the frame keeps the source the
climb found, which the frame model weighs, but the statement gets no speaker).
"""

from __future__ import annotations

from spacy.tokens import Token

_PARTICIPLE = "VBG"


def is_introduced(noun: Token) -> bool:
    """Whether ``noun`` is what a "there is"/"there were" sentence introduces: the attribute
    of a copula whose subject is the expletive "there"."""
    return noun.dep_ == "attr" and any(c.dep_ == "expl" for c in noun.head.children)


def is_ownerless_introduced(cue: Token) -> bool:
    """A noun cue a "there is" sentence introduces with no possessor: "there were numerous
    complaints that ...", "Although there's broad agreement that ..., politicians disagree",
    "there would be "immediate" concerns about ...". In the train gold such a noun cue has no
    source 39 times, and 27 times one the climb does not reach: a place or group in a
    prepositional phrase ("there is chatter *among aides*"), a possessor ("Bill O'Reilly's
    aside"), a speaker of the sentences around it."""
    return (
        cue.pos_ == "NOUN"
        and is_introduced(cue)
        and not any(c.dep_ == "poss" for c in cue.children)
    )


def introduced_noun(participle: Token) -> Token | None:
    """The noun a "there is" sentence introduces, when the participle is hung on it or on
    the copula after it ("there is anecdotal *evidence* suggesting that ...", "There is no
    public *information* showing whether ...", "There were also *emails* that night showing
    that ..."): it is what shows or suggests. In the train gold the noun is the source of all
    three such participles."""
    if participle.tag_ != _PARTICIPLE or participle.dep_ not in ("acl", "advcl"):
        return None
    if participle.dep_ == "acl":
        noun = participle.head
    else:
        noun = next(
            (c for c in participle.head.children if c.dep_ == "attr" and c.i < participle.i),
            None,
        )
    if noun is None or noun.pos_ != "NOUN" or noun.i > participle.i:
        return None
    return noun if is_introduced(noun) else None
