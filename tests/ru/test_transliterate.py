"""Russian names across scripts: romanisation systems, variants and comparable keys."""

from __future__ import annotations

import pytest

from quotewire.speakers.transliterate import (
    name_key,
    surname_key,
    to_cyrillic,
    transliterate,
    variants,
)


@pytest.mark.parametrize(
    ("system", "expected"),
    [
        ("bgn", "Sergey Lavrov"),
        ("passport", "Sergei Lavrov"),
        ("iso9", "Sergej Lavrov"),
        ("gost", "Sergej Lavrov"),
        ("scholarly", "Sergej Lavrov"),
    ],
)
def test_systems_spell_lavrov(system: str, expected: str) -> None:
    assert transliterate("Сергей Лавров", system) == expected


def test_letters_that_differ_between_systems() -> None:
    assert transliterate("Щербаков Юлия Ельцин", "bgn") == "Shcherbakov Yuliya Yel’tsin"
    assert transliterate("Щербаков Юлия Ельцин", "passport") == "Shcherbakov Iuliia Eltsin"
    assert transliterate("Щербаков Юлия", "iso9") == "Ŝerbakov Ûliâ"
    assert transliterate("Щербаков Цой", "gost") == "Shherbakov Czoj"
    assert transliterate("Щербаков Хрущёв", "scholarly") == "Ščerbakov Xruščëv"


def test_unknown_system_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown transliteration system"):
        transliterate("Лавров", "klingon")


@pytest.mark.parametrize(
    "spelling",
    ["Сергей Лавров", "Sergey Lavrov", "Sergei Lavrov", "Sergej Lavrov", "SERGEY LAVROV"],
)
def test_every_spelling_of_lavrov_has_one_key(spelling: str) -> None:
    assert name_key(spelling) == "sergei lavrov"


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("Мария Захарова", "Maria Zakharova"),
        ("Мария Захарова", "Mariya Zakharova"),
        ("Дмитрий Песков", "Dmitry Peskov"),
        ("Дмитрий Песков", "Dmitriy Peskov"),
        ("Юлия Навальная", "Yulia Navalnaya"),
        ("Юлия Навальная", "Iuliia Navalnaia"),
        ("Сергей Шойгу", "Sergei Shoigu"),
        ("Фёдор Емельяненко", "Fedor Emelianenko"),
        ("Фёдор Емельяненко", "Fyodor Yemelyanenko"),
    ],
)
def test_keys_match_across_scripts(cyrillic: str, latin: str) -> None:
    assert name_key(cyrillic) == name_key(latin)


def test_different_people_keep_different_keys() -> None:
    assert name_key("Сергей Лавров") != name_key("Сергей Шойгу")
    assert surname_key("Lavrov") == surname_key("Сергей Лавров") == "lavrov"


def test_variants_cover_the_systems_and_the_original() -> None:
    found = variants("Сергей Лавров")
    assert found[0] == "Сергей Лавров"
    assert {"Sergey Lavrov", "Sergei Lavrov", "Sergej Lavrov"} <= set(found)
    assert len(found) == len(set(found))


def test_latin_back_to_cyrillic() -> None:
    assert to_cyrillic("Lavrov") == "Лавров"
    assert to_cyrillic("Sergey Lavrov") == "Сергей Лавров"
    assert to_cyrillic("Zakharova") == "Захарова"
    assert "Лавров" in variants("Lavrov")
