"""Offline language detection (lingua, restricted to a few languages)."""

from __future__ import annotations

import pytest

from quotewire.nlp.language import detect_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Министр иностранных дел России Сергей Лавров заявил, что ситуация стабильна.", "ru"),
        (
            "Russian Foreign Minister Sergey Lavrov said on Friday that the situation was stable.",
            "en",
        ),
        ("Міністр закордонних справ України заявив, що ситуація стабільна.", "uk"),
        ("Der Außenminister sagte am Freitag, die Lage sei stabil.", "de"),
    ],
)
def test_detects_the_language(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_text_without_letters_gives_the_default() -> None:
    assert detect_language("") == "en"
    assert detect_language("2021 — 14:05", default="ru") == "ru"


def test_reads_only_the_start_of_a_long_article() -> None:
    text = "Лавров заявил, что переговоры продолжатся. " * 50 + "The end of the story. " * 200
    assert detect_language(text) == "ru"
