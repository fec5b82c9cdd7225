"""Russian articles through the front door: language detection routes them to the Russian engine.

`tests/data/ru/lavrov-csto-ru.txt` is our Russian rendering of the project's reference article
(`examples/lavrov-csto.txt`, itself a translation of a TASS report).
"""

from __future__ import annotations

from pathlib import Path

from quotewire import extract

LAVROV = Path(__file__).resolve().parents[1] / "data" / "ru" / "lavrov-csto-ru.txt"


def test_detected_russian_article_is_attributed_to_one_speaker() -> None:
    article = extract(LAVROV.read_text(encoding="utf-8"), published="2022-01-14")
    assert article.language == "ru"
    assert article.syndicated_from == ["TASS"]
    assert [q.kind for q in article.quotes] == ["indirect", "direct", "indirect", "direct", "mixed"]
    assert {q.speaker for q in article.quotes} == {"Сергей Лавров"}
    assert [s.name for s in article.speakers] == ["Сергей Лавров"]
    speaker = article.speakers[0]
    assert speaker.role == "министр иностранных дел России"
    assert [m.kind for m in speaker.mentions] == ["name", "surname", "pronoun", "role", "surname"]


def test_time_occasion_and_insertions() -> None:
    article = extract(LAVROV.read_text(encoding="utf-8"), published="2022-01-14")
    first, second, *_ = article.quotes
    assert first.date_text is not None and first.date_text.text == "в пятницу"
    assert first.date == "2022-01-14"  # 14 January 2022 was a Friday
    assert first.occasion == "на пресс-конференции по итогам российской дипломатии в 2021 году"
    assert [s.text for s in second.insertions] == ["[ситуация]"]


def test_lang_override_skips_detection() -> None:
    article = extract("«Мы готовы», — заявил Лавров.", lang="ru")
    assert article.language == "ru" and article.quotes[0].speaker == "Лавров"
