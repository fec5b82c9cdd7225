"""What a noun cue reports in a clause of its own: "his *assertion* that the migrants are ...",
"the *idea* that collective bargaining is ...", "*complaints* that interlopers were racing ...".

The parser hangs such a that-clause on its noun as ``acl``, and often as a relative clause
(``relcl``); "that" opening a clause with a subject of its own is a complementiser, not a
relative pronoun, so either label is the noun's content. PolNeAR annotates these clauses (as
the content of the noun, or inside the object of the verb the noun follows: "ridiculed *the
idea that ...*"), so ``content_candidates.content_candidates`` offers them under the
key ``acl:that`` and the learned lexicon decides which nouns report. Participle and infinitive
``acl`` ("a statement *issued* Monday", "a plan *to cut* taxes") are not offered: as content
they lost on held-out train (docs/accuracy.md). Factive nouns ("the *fact* that ...") present
their clause as the writer's truth, so they offer nothing (``noun_clauses.toml``).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from quotewire.data_files import word_set
from quotewire.quotes.content_ends import is_complement_clause

NOUN_CLAUSE_KEY = "acl:that"
_CLAUSE_DEPS = ("acl", "relcl")


def noun_clause(noun: Token, clause: Token) -> bool:
    """Whether ``clause``, a dependent of ``noun``, is the that-clause the noun reports."""
    if noun.pos_ != "NOUN" or clause.dep_ not in _CLAUSE_DEPS or clause.i < noun.i:
        return False
    return noun.lower_ not in _factive_nouns() and is_complement_clause(clause)


@lru_cache(maxsize=1)
def _factive_nouns() -> frozenset[str]:
    return word_set("en/noun_clauses.toml", "factive")
