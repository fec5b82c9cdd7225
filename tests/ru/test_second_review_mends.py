"""What the second review (review 3b) found in the Russian finder: «словами» with an owner,
a named subject of a subordinate clause before a colon, a resumed quotation after a direct
one, an occasion that ran on through the cue, and a time shift read inside another quotation
(constructed sentences; docs/russian.md, round thirteen)."""

from __future__ import annotations

from russian_quotes import only, quotes_of


def test_words_with_an_owner_are_the_owners() -> None:
    quote = only(
        "Депутат Иван Петров направил письмо, в котором возмутился словами чиновника "
        "Сергея Иванова: «Пенсионеры сами виноваты в своей бедности»."
    )
    assert (quote.kind, quote.speaker) == ("direct", "Сергей Иванов")
    quote = only("Депутат Иван Петров встретил журналистов словами: «Сегодня я расскажу всё».")
    assert quote.speaker == "Иван Петров"  # no owner: the subject's own words


def test_a_subordinate_or_relative_clause_before_the_colon_gives_no_speaker() -> None:
    for text in (
        "В зале было тихо, пока Сергей Иванов читал письмо матери: «Дорогой сын, я очень по "
        "тебе скучаю».",
        "Дети посмотрели на небо, где Сергей Иванов запустил воздушного змея: «Пусть он летит "
        "высоко над городом».",
    ):
        assert quotes_of(text) == []
    quote = only("Иван Петров передумал, несмотря на свой возраст: «Я буду работать дальше».")
    assert quote.speaker == "Иван Петров"
