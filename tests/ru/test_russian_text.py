"""`RussianText`'s lookups, on a text built by hand (no model needed)."""

from __future__ import annotations

from quotewire.nlp.russian import Entity, RussianText, Sentence, Token


def _text() -> RussianText:
    text = "в МИД России заявили"
    words = [("в", "ADP"), ("МИД", "PROPN"), ("России", "PROPN"), ("заявили", "VERB")]
    tokens, start = [], 0
    for index, (word, pos) in enumerate(words):
        start = text.index(word, start)
        tokens.append(Token(index, start, start + len(word), word, pos, {}, word, "dep", 3, 0))
        start += len(word)
    tokens[3].head = None
    entities = [
        Entity(2, 12, "МИД России", "ORG", "МИД России"),
        Entity(6, 12, "России", "LOC", "Россия"),
    ]
    return RussianText(text, tokens, [Sentence(0, len(text), 0, 4)], entities)


def test_entities_at_gives_every_name_a_word_begins_inside() -> None:
    text = _text()
    assert [e.type for e in text.entities_at(2)] == ["ORG", "LOC"]
    assert text.entities_at(0) == [] and text.entities_at(3) == []


def test_inside_entity_asks_for_one_kind() -> None:
    text = _text()
    assert text.inside_entity(1, "ORG") and not text.inside_entity(1, "LOC")
    assert text.inside_entity(2, "LOC") and not text.inside_entity(3, "ORG")


def test_hangs_on_climbs_heads_inside_the_stretch_only() -> None:
    text = _text()  # every word hangs on «заявили» (3)
    text.tokens[0].head = 1  # «в» on «МИД»
    assert text.hangs_on(0, 3, 0, 4)  # через «МИД», inside [0, 4)
    assert not text.hangs_on(0, 3, 0, 1)  # «МИД» lies outside [0, 1)
    assert text.hangs_on(0, 1, 0, 1)  # its own head needs no climb


def test_hangs_on_ends_on_a_cycle_the_parser_left() -> None:
    text = _text()
    text.tokens[1].head, text.tokens[2].head = 2, 1  # «МИД» and «России» on each other
    assert not text.hangs_on(1, 3, 0, 4)
