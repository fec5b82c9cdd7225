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

A speaker's later statement carries the date and occasion an earlier one states
(:mod:`~quotewire.quotes.carried_circumstances`) unless something puts it at another time
(:mod:`~quotewire.quotes.time_shifts`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from quotewire.data_files import data_toml, word_lists
from quotewire.nlp.dates import TIME_ENTITIES
from quotewire.nlp.docs import doc_text, tokens_of
from quotewire.quotes.object_occasions import is_occasion
from quotewire.types import Span

# Punctuation that separates a fronted phrase from the clause, never part of the occasion; a
# closing quotation mark or bracket is ('in a statement called "A Call for Justice"').
_CLOSING_SEPARATORS = frozenset({",", ";", ":", "-", "–", "—"})


@dataclass(frozen=True, slots=True)
class OccasionWords:
    """The words of ``data/en/occasions.toml``: prepositions that introduce an occasion, nouns
    that name one, and words of time."""

    prepositions: frozenset[str]
    nouns: frozenset[str]
    time_words: frozenset[str]  # with the day and month words
    connective_modifiers: frozenset[str]
    sequence_prepositions: frozenset[str]
    texts: frozenset[str]
    intent_verbs: frozenset[str]
    day_words: frozenset[str]
    month_words: frozenset[str]
    time_shift_words: frozenset[str]
    time_shift_nouns: frozenset[str]
    distant_time_words: frozenset[str]
    time_shift_auxiliaries: frozenset[str]
    question_modals: frozenset[str]
    saying_time_adverbs: frozenset[str]


@lru_cache(maxsize=1)
def occasion_words() -> OccasionWords:
    table = data_toml("en/occasions.toml")
    days, months = frozenset(table["day_words"]), frozenset(table["month_words"])
    time_words = frozenset(table["time_words"]) | days | months
    return word_lists("en/occasions.toml", OccasionWords, table=table, time_words=time_words)


def _span_of(tokens: list[Token]) -> Span:
    doc = tokens[0].doc
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    return Span(start, end, doc_text(doc)[start:end])


def is_time(token: Token) -> bool:
    """A word of time: tagged a date or time, or one of ``time_words`` the recogniser missed."""
    return token.ent_type_ in TIME_ENTITIES or token.lower_ in occasion_words().time_words


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
            if child.dep_ in ("npadvmod", "tmod") and is_time(child) and date_text is None:
                date_text = _span_of(list(child.subtree))
            elif child.dep_ == "prep" and child.lower_ in words.prepositions:
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if not objects:
                    continue
                obj = next((o for o in objects if o.lower_ in words.nouns), objects[0])
                tokens = list(child.subtree)
                if is_time(obj) and date_text is None:
                    date_text = _span_of(tokens)
                elif obj.lower_ in words.nouns and occasion is None and _names_occasion(obj):
                    occasion = _span_of(_without_apposed_person(tokens)).text
                    if date_text is None and child.lower_ not in words.sequence_prepositions:
                        date_text = _day_of_occasion(obj)
    if occasion is None:
        occasion = _occasion_after_object(verbs[0])
    if date_text is None:
        date_text = time_opening_content(cue)
    if date_text is not None and (
        _dates_intended_event(cue, date_text, content_end)
        or _dates_named_event(cue, date_text, content_end)
    ):
        date_text = None
    return date_text, occasion


def time_opening_content(cue: Token) -> Span | None:
    """A time right after the cue that the parser hung on the reported clause, before that
    clause's subject ("Police said *on Monday* they believe ..."): with no "that" to open the
    clause it dates the saying, as "said on Monday that ..." does; after a "that" or the
    subject it would be part of what was said."""
    for content in cue.children:
        if content.dep_ != "ccomp" or content.i < cue.i:
            continue
        opening = [c for c in content.children if c.i < content.i]
        subject = next((c for c in opening if c.dep_ in ("nsubj", "nsubjpass", "mark")), None)
        for child in opening:
            if child.left_edge.i != cue.i + 1 or subject is None or child.i > subject.i:
                continue
            timed = child.dep_ in ("npadvmod", "tmod") and is_time(child)
            if child.dep_ == "prep":
                timed = any(o.dep_ == "pobj" and is_time(o) for o in child.children)
            if timed:
                return _span_of(list(child.subtree))
    return None


def _day_of_occasion(occasion: Token) -> Span | None:
    """The day an occasion phrase gives itself ("In a speech *today*", "in an interview with
    CNN *on Sunday*", "In an advisory issued at 11:00 a.m. local time *today*"): the words were
    said then. Only a time on the occasion's noun or on a participle describing it counts, and
    only a day (a weekday, "today", a date with its day): a year or an hour deeper in the phrase
    belongs to what the occasion was about ("a press conference on the results of 2021")."""
    holders = [occasion, *(c for c in occasion.children if c.dep_ == "acl")]
    for holder in holders:
        for child in holder.children:
            if child.dep_ in ("npadvmod", "tmod") and is_day(child):
                return _span_of(list(child.subtree))
            if child.dep_ == "prep" and any(o.dep_ == "pobj" and is_day(o) for o in child.children):
                return _span_of(list(child.subtree))
    return None


def is_day(token: Token) -> bool:
    """A time word that names a day: a weekday, "today", "yesterday", "tonight", or a date with
    its month and day ("June 4"), not a year alone ("in 2021")."""
    words = occasion_words()
    if token.lower_ in words.day_words:
        return True
    phrase = list(token.subtree)
    return (
        token.ent_type_ == "DATE"
        and any(t.lower_ in words.month_words for t in phrase)
        and any(t.like_num for t in phrase)
    )


def _occasion_after_object(verb: Token) -> str | None:
    """An occasion phrase the parser hung on the verb's nominal object ("announced *the
    measure* at the government's daily briefing"), as :mod:`~quotewire.quotes.object_occasions`
    reads it: a closing phrase naming an event of saying or writing."""
    for obj in verb.children:
        if obj.dep_ != "dobj" or obj.pos_ not in ("NOUN", "PROPN"):
            continue
        for child in obj.children:
            if child.right_edge.i != obj.right_edge.i:
                continue
            if is_occasion(child):
                return _span_of(_without_apposed_person(list(child.subtree))).text
    return None


def _dates_intended_event(cue: Token, date_text: Span, content_end: int | None) -> bool:
    """Whether a time expression after the content of a verb of intent ("promised protests
    in the streets *this Sunday*") is the time of the event promised."""
    return (
        content_end is not None
        and date_text.start >= content_end
        and cue.lower_ in occasion_words().intent_verbs
    )


def _dates_named_event(cue: Token, date_text: Span, content_end: int | None) -> bool:
    """Whether a calendar date right after the reported content follows an event the content
    names ("what she described as resources following the 2020 US Presidential *Election on
    November 3*"): the date is that event's, which the parser hung on the cue. A weekday there
    ("aid for the Olympic Games on Monday") may still be the day of the saying."""
    if content_end is None or date_text.start < content_end:
        return False
    doc = cue.doc
    dated = tokens_of(doc, date_text)
    if dated is None or dated.start == 0:
        return False
    before = doc[dated.start - 1]
    months = occasion_words().month_words
    return (
        before.ent_type_ == "EVENT"
        and before.idx < content_end
        and any(t.lower_ in months for t in dated)
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
