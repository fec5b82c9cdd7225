"""The occasion of an act, written after a reported object: "defended *Cruz* in a recent
interview with The Post", "talking about *immigration* in the fifth Republican debate",
"called *Palin a "clown"* on his radio show".

The phrase tells where the source said or did what the cue reports, so it belongs to the cue
(:mod:`quotewire.quotes.circumstances` reads such phrases as the occasion); but the parser
often hangs it on the object's noun instead, and the object's subtree then runs on into it.
Only a closing phrase whose noun names an event of saying or writing (an interview, a debate,
a speech, a show, a tweet; ``data/en/object_occasions.toml``), or after "on" a document or a
web address ("on the company's website", "on WWE.com"), is cut, and only from a nominal
object: after a clause or an infinitive ("to make appearances on the NBC morning show", "voters
shouldn't ... during a large rally") the phrase is as often part of the plan or the claim.

Read on train articles 1-750: of the predicted contents the cut changes, the gold leaves the
phrase out 10 times and keeps it once ("his opposition in a separate CNN interview"). A phrase
inside a clause in the object ("issues ..., all of which were themes *in her speech*") or inside
its role ("appearances as the "senior black correspondent" *on the Daily Show*") stays.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from quotewire.data_files import word_lists
from quotewire.quotes.content_ends import without_closing_punctuation

_NOMINAL = ("NOUN", "PROPN", "PRON", "NUM")


@dataclass(frozen=True)
class _Words:
    prepositions: frozenset[str]
    nouns: frozenset[str]
    documents: frozenset[str]
    document_preposition: str
    web_endings: frozenset[str]


@lru_cache(maxsize=1)
def _words() -> _Words:
    return word_lists("en/object_occasions.toml", _Words)


def without_occasion(cue: Token, tokens: list[Token]) -> list[Token]:
    """``tokens`` (a reported dependent after its cue, in order) without a closing phrase
    naming the occasion of the act, when what is reported is a nominal object (see the module
    docstring)."""
    words = [t for t in tokens if not t.is_punct]
    if len(words) < 3 or words[0].i < cue.i:
        return tokens
    inside = {t.i for t in tokens}
    top = next((t for t in tokens if t.head.i not in inside or t.head == t), None)
    if top is None or top.pos_ not in _NOMINAL:
        return tokens
    last = words[-1].i
    for preposition in words[1:]:
        if preposition.right_edge.i < last or not _on_the_object(preposition, top, cue):
            continue
        if is_occasion(preposition):
            return without_closing_punctuation([t for t in tokens if t.i < preposition.i])
    return tokens


def _on_the_object(preposition: Token, top: Token, cue: Token) -> bool:
    """Whether ``preposition`` hangs on the cue or on the object's noun phrase, not inside a
    clause in it ("issues ..., all of which were present themes *in her speech*", "Trump, with
    whom he clashed *at Saturday's debate*", "the opportunity to speak *at the conference*")
    nor inside the object's role ("appearances as the "senior black correspondent" *on the
    Daily Show*": the role with its place)."""
    head = preposition.head
    while head not in (top, cue):
        if head.pos_ in ("VERB", "AUX") or head.lower_ == "as" or head.head == head:
            return False
        head = head.head
    return True


def opens_occasion(preposition: Token) -> bool:
    """Whether ``preposition`` is one that introduces an occasion ("in", "at", "during", ...),
    whatever its noun: "*in* a new book", not "*with* that same grit" or "*before* the
    deadline"."""
    return preposition.lower_ in _words().prepositions


def is_occasion(preposition: Token) -> bool:
    """Whether ``preposition`` opens a phrase naming an event of saying or writing (the
    lemmatiser leaves many nouns without a lemma, so a plural is read off its ending)."""
    lists = _words()
    if preposition.dep_ != "prep" or preposition.lower_ not in lists.prepositions:
        return False
    objects = [c for c in preposition.children if c.dep_ == "pobj"]
    if any(c.dep_ == "prep" and c.lower_ == "as" for o in objects for c in o.children):
        return False  # "described the DLC during an interview *as* ...": the object's role
    if any(_singular(n, lists.nouns) in lists.nouns for n in objects):
        return True
    if preposition.lower_ != lists.document_preposition:
        return False  # "praised *the changes* in the post": which changes
    return any(
        _singular(n, lists.documents) in lists.documents or _is_web_address(n) for n in objects
    )


def _is_web_address(noun: Token) -> bool:
    """Whether ``noun`` is a web address ("WWE.com"): the site where the act was written."""
    return noun.lower_.endswith(tuple(_words().web_endings)) and "." in noun.text[1:]


def _singular(noun: Token, listed: frozenset[str]) -> str:
    """``noun``'s lemma, or with no lemma its word without a plural ending; a listed word is
    kept as it is ("address", not "addres")."""
    word = noun.lemma_.lower() or noun.lower_
    if word in listed:
        return word
    if word.endswith("es") and word[:-2] in listed:
        return word[:-2]
    return word[:-1] if word.endswith("s") else word
