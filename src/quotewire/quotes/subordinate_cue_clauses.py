"""Where a cue's content ends when the cue heads a clause set before its sentence's main clause.

"*While* Clinton wrongly claimed that the videos exist, foreign policy experts affirm that
..."; "*Although* in September she said her decision was a mistake, at the town hall she
went further." The subordinator makes the cue's clause a part of a larger sentence whose main
clause follows the comma. The small parser sometimes loses that main clause: it makes the cue
the sentence's root and hangs the main clause inside the reported clause, so the content ran
on over the comma into the writer's (or another source's) sentence. What the cue reports ends
with the subordinate clause: the main clause after it, with a subject of its own, is no part
of it. Counted on train 1-840: of 261 gold contents (not direct) that start inside a clause
opened by one of these subordinators, 2 run on past its comma into the main clause, neither
of a verb of saying ("If we remember nothing else about ..., it will be ..."); on main
(ef015e7) 8 speech-cue predictions of this shape were errors (3 wrong speakers whose gold
content ends at the comma, 5 false alarms).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from quotewire.data_files import word_set

# a clause after the comma that still belongs to the content: a relative or apposed clause
_DEPENDENT_DEPS = ("relcl", "acl", "appos")
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "expl")
_WH_TAGS = ("WDT", "WP", "WRB")


def without_main_clause(cue: Token, tokens: list[Token]) -> list[Token]:
    """``tokens`` (a cue's reported dependent, in order) cut before the comma that closes the
    cue's subordinate clause, when the cue opens its sentence with a subordinator but the parser
    made it the sentence's root and ran the main clause into ``tokens``."""
    if cue.dep_ != "ROOT" or not tokens or not _opens_with_subordinator(cue):
        return tokens
    for k, token in enumerate(tokens[:-1]):
        if token.text == "," and _main_clause_after(tokens[k + 1 :]):
            return tokens[:k]
    return tokens


def _opens_with_subordinator(cue: Token) -> bool:
    """Whether the first word of the cue's sentence is a subordinator the cue heads."""
    sentence = cue.sent
    first = next((t for t in sentence if t.is_alpha), None)
    return (
        first is not None
        and first.head == cue
        and first.dep_ in ("mark", "advmod")
        and first.lower_ in fronting_subordinators()
    )


def _main_clause_after(tokens: list[Token]) -> bool:
    """Whether ``tokens`` (the words after a comma) hold a predicate with a subject of its own
    among them that hangs on a word before them as no relative or apposed clause and no
    conjunct joined by "and"/"but" (the subject no wh-word). The parser's tag of the
    predicate is not trusted ("experts *affirm*" read as an adjective)."""
    inside = {t.i for t in tokens}
    if tokens[0].dep_ == "cc" or tokens[0].tag_ in _WH_TAGS:
        return False
    for predicate in tokens:
        if predicate.head.i in inside or predicate.dep_ in _DEPENDENT_DEPS:
            continue
        if predicate.dep_ == "conj" and any(c.dep_ == "cc" for c in predicate.children):
            continue
        subjects = [c for c in predicate.children if c.dep_ in _SUBJECT_DEPS]
        if subjects and all(s.i in inside and s.tag_ not in _WH_TAGS for s in subjects):
            return True
    return False


@lru_cache(maxsize=1)
def fronting_subordinators() -> frozenset[str]:
    """Subordinators that open a clause ("while", "after", "because"), read from the TOML file."""
    return word_set("en/subordinate_clauses.toml", "fronting_subordinators")
