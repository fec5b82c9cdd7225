"""The role a phrase apposed to a name gives ("Mr Howard, *the Prime Minister of Australia*
for over ten years now, said"; "Volodymyr Zhukovskyy, *23*, said"), or the office a name is
apposed to ("*the director of the museum*, Hans Westra"; "*the president of Afghanistan*,
Hamid Karzai").

The apposition describes the person, but not all of it is an office: a phrase of time on it
("for over ten years", "since 2005") says how long the office was held, and an age or another
number is no role at all. An office before the name keeps its "of" phrase (the role was
"director"), not a bracketed aside ("The general secretary of the RMT union (National Union of
Rail, Maritime and Transport Workers), Mick Cash"). Found by the answers audit
(docs/statements.md, round four): a role "Prime Minister of Australia for over ten years" on
every quote of one speaker, "23", "director", and no role for Karzai.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotewire.quotes.circumstances import is_time

_DETERMINERS = ("the", "a", "an")
_ASIDES = ("relcl", "acl", "appos")


def apposed_role(appos: Token) -> list[Token]:
    """The words of ``appos``'s phrase that name the person's office: without the article that
    opens it and the phrases of time hung on it; none when no word has a letter (an age)."""
    left_out = {t.i for child in appos.children if _is_time_phrase(child) for t in child.subtree}
    words = [
        t
        for t in appos.subtree
        if t.i not in left_out and not (t.i == appos.left_edge.i and t.lower_ in _DETERMINERS)
    ]
    if not any(t.is_alpha for t in words):
        return []
    return words


def _is_time_phrase(child: Token) -> bool:
    """A dependent of the apposition that tells a time: "for over ten years", "since 2005"."""
    if child.dep_ == "prep":
        return any(o.dep_ == "pobj" and is_time(o) for o in child.children)
    return child.dep_ in ("npadvmod", "advmod") and is_time(child)


def office_before_name(office: Token, name: Token, first: int | None = None) -> list[Token]:
    """The words of ``office``'s phrase before ``name`` apposed to it ("the director of the
    museum, Hans Westra"), from token ``first`` on (where the office's noun phrase begins):
    without the article, the clauses and appositions hung on the office, and any words in
    brackets."""
    left_out = {t.i for child in office.children if child.dep_ in _ASIDES for t in child.subtree}
    first = office.left_edge.i if first is None else first
    words = [t for t in office.subtree if first <= t.i < name.left_edge.i and t.i not in left_out]
    words = _outside_brackets(words)
    while words and words[0].lower_ in _DETERMINERS:
        words = words[1:]
    return words


def office_of_apposed_name(name: Token, roles: frozenset[str]) -> list[Token]:
    """The office a name is apposed to when the name has no role of its own ("an attempt on
    the life of the president of Afghanistan, Hamid Karzai"): the parser hangs the name on
    the office or on the office's "of" object, "Afghanistan"."""
    if name.dep_ != "appos":
        return []
    office = name.head
    while office.lower_ not in roles and office.dep_ == "pobj" and office.head.lower_ == "of":
        office = office.head.head
    if office.lower_ not in roles or office.i > name.i or office.pos_ != "NOUN":
        return []
    return office_before_name(office, name)


def _outside_brackets(words: list[Token]) -> list[Token]:
    depth = 0
    kept = []
    for token in words:
        if token.text == "(":
            depth += 1
        elif token.text == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            kept.append(token)
    return kept
