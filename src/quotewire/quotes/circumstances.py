"""When and where a statement was made, read off its cue verb.

``date_text`` is the time expression among the cue's dependents ("on Friday", "Tuesday",
"last week"); ``occasion`` is a prepositional phrase naming an event ("at a press conference on
the results of Russian diplomacy in 2021", "in an interview with CNN"). Word lists live in
``data/en/occasions.toml``. The pipeline turns ``date_text`` into a date.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from quotewire.data_files import word_lists
from quotewire.nlp.docs import doc_text
from quotewire.types import Span

_DATE_ENTS = ("DATE", "TIME")


@dataclass(frozen=True, slots=True)
class OccasionWords:
    """The words of ``data/en/occasions.toml``: prepositions that introduce an occasion, nouns
    that name one, and words of time."""

    prepositions: frozenset[str]
    nouns: frozenset[str]
    time_words: frozenset[str]


@lru_cache(maxsize=1)
def occasion_words() -> OccasionWords:
    return word_lists("en/occasions.toml", OccasionWords)


def _span_of(tokens: list[Token]) -> Span:
    doc = tokens[0].doc
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    return Span(start, end, doc_text(doc)[start:end])


def _is_time(token: Token) -> bool:
    return token.ent_type_ in _DATE_ENTS or token.lower_ in occasion_words().time_words


def circumstances(cue: Token) -> tuple[Span | None, str | None]:
    """(date_text, occasion) among the dependents of ``cue`` (and of the verb it attaches to)."""
    words = occasion_words()
    date_text: Span | None = None
    occasion: str | None = None
    verbs = [cue]
    if cue.dep_ in ("advcl", "conj", "xcomp") and cue.head != cue:
        verbs.append(cue.head)
    for verb in verbs:
        for child in verb.children:
            if child.dep_ in ("npadvmod", "tmod") and _is_time(child) and date_text is None:
                date_text = _span_of(list(child.subtree))
            elif child.dep_ == "prep" and child.lower_ in words.prepositions:
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if not objects:
                    continue
                obj = objects[0]
                tokens = list(child.subtree)
                if _is_time(obj) and date_text is None:
                    date_text = _span_of(tokens)
                elif obj.lower_ in words.nouns and occasion is None:
                    occasion = _span_of(tokens).text
    return date_text, occasion
