"""Where a reported clause ends: the writer's words the parser hangs on its last verb.

The parser attaches a closing clause of concession ("..., though voters are more likely to
...", "... even though he picked Peyton Manning", "... even as some of the same candidates
have said ...") to the verb of the reported clause it follows, so the dependency subtree that
:mod:`quotewire.quotes.frames` reports runs on into it. On PolNeAR train articles such a
clause is the writer's framing (or another source's attribution, annotated on its own), not
part of what the source said. Clauses opened by "while", "although", "as" alone or "despite"
are kept: the annotators keep them about as often as not, and "as" is mostly a comparison
("as concerned about X as ..."); so are conditions and reasons ("if elected", "because ..."),
which belong to the claim.

The tests of a clause that frames, noun cues and coordinations share (a subject of its own,
opened by "that", the tag that carries its tense) live here too.
"""

from __future__ import annotations

from spacy.tokens import Token

_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
# subordinators of a concession after "even" ("even as", "even though"); "though" also alone
_CONCESSIVE_MARKS = frozenset({"as", "though"})
_ALONE = frozenset({"though"})


def has_subject(verb: Token) -> bool:
    """Whether a verb has a subject of its own (an expletive "there"/"it" counts)."""
    return any(c.dep_ in _SUBJECTS or c.dep_ == "expl" for c in verb.children)


def finite_tag(verb: Token) -> str:
    """The tag of the word that carries a verb's tense: its first auxiliary, or itself."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    return auxiliaries[0].tag_ if auxiliaries else verb.tag_


def without_closing_punctuation(tokens: list[Token]) -> list[Token]:
    """``tokens`` without the punctuation that closes them, quotation marks kept (a closing
    quotation mark belongs to the quotation the content holds)."""
    end = len(tokens)
    while end and tokens[end - 1].is_punct and not tokens[end - 1].is_quote:
        end -= 1
    return tokens[:end]


def opened_by_that(clause: Token) -> bool:
    """Whether the complementiser "that" opens ``clause``."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def is_complement_clause(clause: Token) -> bool:
    """Whether ``clause`` is a finite clause opened by the complementiser "that": with a
    subject of its own, "that" is no relative pronoun, whatever label the parser gave."""
    return opened_by_that(clause) and has_subject(clause)


def without_framing_clause(tokens: list[Token]) -> list[Token]:
    """``tokens`` (a reported dependent, in order) without a clause of concession that closes
    it: an adverbial clause with a subject of its own opened by "though", "even though" or
    "even as", hung on a word of the reported part before it and running to its end, unless a
    quotation opens right after its subordinator (the source's words go on: one mixed
    statement)."""
    words = [t for t in tokens if not t.is_punct]
    if len(words) < 3:
        return tokens
    inside = {t.i for t in tokens}
    first, last = words[0].i, words[-1].i
    for token in tokens:
        if token.i <= first + 1 or token.head.i not in inside or token.head.i > token.i:
            continue
        if token.right_edge.i < last or not _framing(token):
            continue
        if _quoted_after_mark(token):
            return tokens
        return [t for t in tokens if t.i < token.left_edge.i]
    return tokens


def _framing(token: Token) -> bool:
    """Whether ``token`` heads a clause of concession (see :func:`without_framing_clause`):
    opened by "though", "even though" or "even as" and with a subject of its own."""
    if token.dep_ != "advcl" or not has_subject(token):
        return False
    marks = [c for c in token.children if c.dep_ == "mark" and c.i < token.i]
    if not marks or marks[0].lower_ not in _CONCESSIVE_MARKS:
        return False
    opening = token.left_edge
    if opening == marks[0]:
        return marks[0].lower_ in _ALONE
    return opening.i == marks[0].i - 1 and opening.lower_ == "even"


def _quoted_after_mark(clause: Token) -> bool:
    """Whether a quotation opens right after the clause's subordinator ('even though
    "you ... possess email records ..."')."""
    marks = [c.i for c in clause.children if c.dep_ == "mark"]
    after = marks[-1] + 1
    return after < len(clause.doc) and clause.doc[after].is_quote
