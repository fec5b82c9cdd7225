"""What a noun cue reports in a clause of its own: "his *assertion* that the migrants are ...",
"the *idea* that collective bargaining is ...", "*complaints* that interlopers were racing ...",
"his *promise* to build a wall".

The parser hangs such a that-clause on its noun as ``acl``, and often as a relative clause
(``relcl``); "that" opening a clause with a subject of its own is a complementiser, not a
relative pronoun, so either label is the noun's content. PolNeAR annotates these clauses (as
the content of the noun, or inside the object of the verb the noun follows: "ridiculed *the
idea that ...*"), so ``content_candidates.content_candidates`` offers them under the
key ``acl:that`` and the learned lexicon decides which nouns report. A to-infinitive on a noun
is offered under a key of its own, ``acl:to``: a speech noun announces the act it commits its
owner to ("her *vow* to fight", "a *pledge* to cut taxes"), while most nouns do not report it
("a *chance* to win", "the *right* to vote"), and the lexicon learns which is which per noun
form. Participle ``acl`` ("a statement *issued* Monday") is not offered. Factive nouns ("the
*fact* that ...") present their clause as the writer's truth, so they offer nothing
(``noun_clauses.toml``).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from quotewire.data_files import word_set
from quotewire.quotes.content_ends import has_subject, is_complement_clause

NOUN_CLAUSE_KEY = "acl:that"
NOUN_INFINITIVE_KEY = "acl:to"
NOUN_CONTENT_KEYS = (NOUN_CLAUSE_KEY, NOUN_INFINITIVE_KEY)
_CLAUSE_DEPS = ("acl", "relcl")


def noun_clause(noun: Token, clause: Token) -> bool:
    """Whether ``clause``, a dependent of ``noun``, is the that-clause the noun reports."""
    if noun.pos_ != "NOUN" or clause.dep_ not in _CLAUSE_DEPS or clause.i < noun.i:
        return False
    return noun.lower_ not in _factive_nouns() and is_complement_clause(clause)


def noun_infinitive(noun: Token, clause: Token) -> bool:
    """Whether ``clause``, a dependent of ``noun``, is a to-infinitive after it with no subject
    of its own ("his *promise* to build a wall"; not "a *call* for him to resign", whose act
    is someone else's)."""
    if noun.pos_ != "NOUN" or clause.dep_ not in _CLAUSE_DEPS or clause.i < noun.i:
        return False
    if clause.tag_ != "VB" or has_subject(clause) or _named_owners_topic(noun):
        return False
    return any(c.dep_ == "aux" and c.lower_ == "to" and c.i < clause.i for c in clause.children)


def _named_owners_topic(noun: Token) -> bool:
    """Whether the noun, owned by a named possessor, is what another source's verb is about
    ("city officials balked at *the owner's proposal* to build a hotel", "Clinton bashed
    *Trump's plan* to ban ..."): the report is that verb's, made by its subject, and the
    owner's infinitive is only its topic."""
    if not any(c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN") for c in noun.children):
        return False
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif noun.dep_ != "dobj":
        return False
    return verb.pos_ == "VERB" and has_subject(verb)


@lru_cache(maxsize=1)
def _factive_nouns() -> frozenset[str]:
    return word_set("en/noun_clauses.toml", "factive")
