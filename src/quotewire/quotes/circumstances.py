"""When and where a statement was made, read off its cue verb.

``date_text`` is the time expression among the cue's dependents ("on Friday", "Tuesday",
"last week"); ``occasion`` is a prepositional phrase naming an event ("at a press conference on
the results of Russian diplomacy in 2021", "in an interview with CNN"). Word lists live in
``data/en/occasions.toml``. The pipeline turns ``date_text`` into a date.

Both describe the act of saying, not what is said: a time expression after the object of a
verb of intent dates the event promised or called for ("promised protests *this Sunday*"); an
occasion phrase stops before a person the parser hung on it as an apposition (the speaker,
"At a conference in Addis Ababa, *Prime Minister Meles Zenawi* announced ..."), and is none
when it is the article's connective ("In other news") or a text that came before the words
("Following last month's board report, ...").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from quotewire.data_files import word_lists
from quotewire.nlp.docs import doc_text
from quotewire.types import Span

_DATE_ENTS = ("DATE", "TIME")
# Punctuation that separates a fronted phrase from the clause, never part of the occasion; a
# closing quotation mark or bracket is ('in a statement called "A Call for Justice"').
_CLOSING_SEPARATORS = frozenset({",", ";", ":", "-", "–", "—"})


@dataclass(frozen=True, slots=True)
class OccasionWords:
    """The words of ``data/en/occasions.toml``: prepositions that introduce an occasion, nouns
    that name one, and words of time."""

    prepositions: frozenset[str]
    nouns: frozenset[str]
    time_words: frozenset[str]
    connective_modifiers: frozenset[str]
    sequence_prepositions: frozenset[str]
    texts: frozenset[str]
    intent_verbs: frozenset[str]


@lru_cache(maxsize=1)
def occasion_words() -> OccasionWords:
    return word_lists("en/occasions.toml", OccasionWords)


def _span_of(tokens: list[Token]) -> Span:
    doc = tokens[0].doc
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    return Span(start, end, doc_text(doc)[start:end])


def is_time_word(token: Token) -> bool:
    """Whether ``token`` is part of a time expression ("Sunday", "last week")."""
    return token.ent_type_ in _DATE_ENTS or token.lower_ in occasion_words().time_words


def circumstances(cue: Token, content_end: int | None = None) -> tuple[Span | None, str | None]:
    """(date_text, occasion) among the dependents of ``cue`` (and of the verb it attaches to).

    ``content_end`` is where the reported content ends (a character offset): a time expression
    after it that a verb of intent governs is the promised event's, not the statement's."""
    words = occasion_words()
    date_text: Span | None = None
    occasion: str | None = None
    verbs = [cue]
    if cue.dep_ in ("advcl", "conj", "xcomp") and cue.head != cue:
        verbs.append(cue.head)
    for verb in verbs:
        for child in verb.children:
            if child.dep_ in ("npadvmod", "tmod") and is_time_word(child) and date_text is None:
                date_text = _span_of(list(child.subtree))
            elif child.dep_ == "prep" and child.lower_ in words.prepositions:
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if not objects:
                    continue
                obj = objects[0]
                tokens = list(child.subtree)
                if is_time_word(obj) and date_text is None:
                    date_text = _span_of(tokens)
                elif obj.lower_ in words.nouns and occasion is None and _names_occasion(obj):
                    occasion = _span_of(_without_apposed_person(tokens)).text
    if date_text is not None and _dates_intended_event(cue, date_text, content_end):
        date_text = None
    return date_text, occasion


def _dates_intended_event(cue: Token, date_text: Span, content_end: int | None) -> bool:
    """Whether a time expression after the content of a verb of intent ("promised protests
    in the streets *this Sunday*") is the time of the event promised."""
    return (
        content_end is not None
        and date_text.start >= content_end
        and cue.lower_ in occasion_words().intent_verbs
    )


def _names_occasion(obj: Token) -> bool:
    """Whether a phrase's object names an event the words were said at: not the article's
    connective ("In *other* news") nor a text that came before them ("*Following* last
    month's board *report*")."""
    words = occasion_words()
    preposition = obj.head
    if not any(c.dep_ in ("det", "poss") for c in obj.children) and any(
        c.dep_ == "amod" and c.lower_ in words.connective_modifiers for c in obj.children
    ):
        return False
    return not (preposition.lower_ in words.sequence_prepositions and obj.lower_ in words.texts)


def _without_apposed_person(tokens: list[Token]) -> list[Token]:
    """The phrase up to a person's name the parser hung on it as an apposition (the speaker
    after a fronted phrase), without the comma or dash that ends it."""
    for token in tokens:
        if token.dep_ == "appos" and token.ent_type_ == "PERSON":
            tokens = [t for t in tokens if t.i < token.left_edge.i]
            break
    while len(tokens) > 1 and tokens[-1].text in _CLOSING_SEPARATORS:
        tokens = tokens[:-1]
    return tokens
