"""Round seventeen: what tune7 showed and what tune6 left (constructed sentences;
docs/russian.md)."""

from __future__ import annotations

from russian_quotes import quotes_of


def test_a_role_in_the_genitive_of_another_role_is_not_the_names_role() -> None:
    """«пресс-секретарь мэра Иван Петров» is the press secretary, so a later «мэр» is not him."""
    quotes = quotes_of(
        "Заместителем Сергея Собянина назначен Андрей Иванов. Пресс-секретарь мэра Иван Петров "
        "остался на своём посту. Мэр Москвы пообещал определиться с назначениями позднее."
    )
    assert [q.speaker for q in quotes if q.cue == "пообещал"] == ["мэр Москвы"]
