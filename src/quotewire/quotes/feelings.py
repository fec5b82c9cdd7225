"""Participles of feeling as cues: whoever feels is the source of what is felt.

"Clinton officials *were thrilled* with the editorial", "Ms. Hale *is still persuaded* of ...",
"*Worried* the nation might miss its target, the government ...", "Democrats weren't
the only ones *worried* about ...": a feeling belongs to the one who has it, whatever the
grammar's voice. A passive's subject feels, and its agent ("*angered by* the deal") is only the
cause; a fronted participle's feeler is the main clause's subject; a participle after a noun
describes that noun. Only the participles listed in passives.toml ``feeling`` are read so:
"expected", "known", "asked" keep their unnamed source
(:mod:`~quotewire.quotes.uncredited_sources`).
"""

from __future__ import annotations

from spacy.tokens import Token

from quotewire.quotes.passive_words import passive_words

_PAST_PARTICIPLE = "VBN"
_PARTICIPLE_TAGS = ("VBN", "JJ")  # the tagger reads "worried about" either way
_NOUN_MODIFIER_DEPS = ("amod", "acl")
_FEELERS = ("NOUN", "PROPN", "PRON")


def is_feeling_participle(token: Token) -> bool:
    """Whether ``token`` is a participle of feeling (passives.toml ``feeling``). "Convinced"
    or "persuaded" with an infinitive ("was *persuaded to* support") is someone else's act
    upon the subject, not a state of it (``persuading``); "assured" is a state only with an
    "of" phrase ("is *assured of* winning", ``certain_of``)."""
    if token.lower_ in passive_words().certain_of:
        return any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
    if token.lower_ not in passive_words().feeling:
        return False
    persuaded = token.lower_ in passive_words().persuading
    return not (persuaded and any(c.dep_ == "xcomp" for c in token.children))


def is_feeling_passive(verb: Token) -> bool:
    """Whether a passive is one of feeling ("FBI officials *were angered by* the deal"): its
    subject is the one who feels, and an agent is only the cause."""
    if verb.tag_ != _PAST_PARTICIPLE or not is_feeling_participle(verb):
        return False
    return any(c.dep_ == "auxpass" for c in verb.children)


def feeling_noun(cue: Token) -> Token | None:
    """The noun a participle of feeling right after it describes ("the only ones *worried*
    about companies ...", "nations *worried* about China's rise"): a reduced relative clause,
    "ones who are worried", whose feeler is the noun. After a comma the participle is an aside
    on the clause's subject, which the parser may still hang on the noun before the comma."""
    if cue.tag_ not in _PARTICIPLE_TAGS or cue.dep_ not in _NOUN_MODIFIER_DEPS:
        return None
    head = cue.head
    if head.i > cue.i or head.pos_ not in _FEELERS or not is_feeling_participle(cue):
        return None
    if cue.doc[cue.i - 1].text == ",":
        return None  # "Voters who are angry about an economy ..., *worried* about": an aside
    return head
