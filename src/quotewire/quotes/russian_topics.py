"""Where an «о»-topic ends: «заявил о готовности обсуждать …», «объявила о розыске X в связи с
убийством Y». The noun phrase after «о» is what was announced (docs/russian.md); it runs on
through the words that belong to it and stops before a place or time the verb governs
(«объявила о помолвке на пресс-конференции»)."""

from __future__ import annotations

from quotewire.nlp.russian import RussianText
from quotewire.speakers.russian_lexicon import russian_lexicon


def topic_end(text: RussianText, preposition: int, stop: int) -> int | None:
    """The end offset of the noun phrase after the «о» at token ``preposition``."""
    tokens = text.tokens
    noun = tokens[preposition].head
    if noun is None or noun <= preposition:
        return None
    last = noun
    relating_until = 0  # the words of a compound preposition («в связи с») still to pass
    for index in range(noun + 1, stop):
        token = tokens[index]
        if token.text in (",", ":", ";", ".", "—") or (token.pos == "VERB" and token.head != noun):
            break
        relating_until = max(relating_until, index + _relating_length(text, index))
        if (
            index >= relating_until
            and token.pos == "ADP"
            and token.head is not None
            and not _inside_topic(text, tokens[token.head].head, noun, index, stop)
        ):
            break
        last = index
    return tokens[last].end


def _inside_topic(
    text: RussianText, governor: int | None, noun: int, index: int, stop: int
) -> bool:
    """Does a prepositional phrase at ``index`` belong to the «о»-topic headed by ``noun``? Its
    noun hangs on the words just read, or on a noun further on that the topic goes on to («…
    мужчины без определенного места жительства обвиняемого в совершении …»)."""
    if governor is None:
        return False
    if governor in range(noun, index + 2):
        return True
    return index < governor < stop and text.tokens[governor].pos == "NOUN"


def _relating_length(text: RussianText, index: int) -> int:
    """The number of words of a compound preposition of relation («в связи с», «в отношении»;
    TOML ``phrases.relating``) starting at ``index``, else 0: the parser hangs it on the verb,
    but it ties its noun to the topic."""
    for phrase in russian_lexicon().relating:
        words = tuple(t.text.lower() for t in text.tokens[index : index + len(phrase)])
        if words == phrase:
            return len(phrase)
    return 0
