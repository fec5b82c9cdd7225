"""`speakers.russian_names`: the forms of a name the speaker book keeps (no model needed)."""

from __future__ import annotations

from quotewire.nlp.russian import Entity
from quotewire.speakers.russian_names import joining_key, name_mention, speaker_id, tidy_name


def test_tidy_name_drops_the_original_spelling_and_keeps_yo() -> None:
    entity = Entity(0, 24, "Фолькера Буфье (Bouffier)", "PER", "Фолькер Буфье (Bouffier)")
    assert tidy_name(entity) == "Фолькер Буфье"
    assert tidy_name(Entity(0, 7, "Алёхина", "PER", "Алехина")) == "Алёхина"


def test_joining_key_is_the_surname_with_yo_read_as_ye() -> None:
    assert joining_key("Сергей Лавров") == joining_key("Лавров") == "лавров"
    assert joining_key("Пётр Алёхин") == "алехин"


def test_mention_kind_and_stable_id() -> None:
    assert name_mention(Entity(0, 13, "Сергей Лавров", "PER", "Сергей Лавров")).kind == "name"
    assert name_mention(Entity(0, 7, "Лаврова", "PER", "Лавров")).kind == "surname"
    assert speaker_id("Сергей Лавров") == speaker_id("сергей лавров")
    assert speaker_id("Сергей Лавров").startswith("ru-")
