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


def test_a_quotation_resumed_after_a_direct_one_keeps_both_direct_in_one_attribution() -> None:
    quotes = quotes_of(
        "Министр Сергей Иванов заявил: «Мы начнём работу завтра утром».\n"
        "«Эти механизмы требуют полной отдачи сил», говорит Иван Петров, «поэтому я лучше "
        "буду продолжать работать дома»."
    )
    assert [(q.kind, q.text, q.speaker) for q in quotes] == [
        ("direct", "Мы начнём работу завтра утром", "Сергей Иванов"),
        ("direct", "Эти механизмы требуют полной отдачи сил", "Иван Петров"),
        ("direct", "поэтому я лучше буду продолжать работать дома", "Иван Петров"),
    ]
    assert quotes[1].attribution_id == quotes[2].attribution_id != quotes[0].attribution_id


def test_a_resumed_quotation_and_its_mixed_first_part_share_one_attribution() -> None:
    """The mixed first part takes the place of the direct quote it holds, which is dropped:
    the group goes to the quotes that are new, not to those past an old count."""
    quotes = quotes_of(
        "«Мы начнём работу завтра утром», — эти слова министра, говорит Иван Петров, «поэтому "
        "я лучше буду продолжать работать дома»."
    )
    assert [(q.kind, q.speaker) for q in quotes] == [
        ("mixed", "Иван Петров"),
        ("direct", "Иван Петров"),
    ]
    assert quotes[0].attribution_id == quotes[1].attribution_id


def test_the_occasion_ends_before_the_subject_and_the_cue() -> None:
    first, later = quotes_of(
        "В пятницу на пресс-конференции министр финансов Иван Петров заявил, что налоги "
        "вырастут. Петров также отметил, что цены на хлеб упадут."
    )
    assert first.occasion == "на пресс-конференции"
    assert (later.circumstances_from, later.occasion) == (first.attribution_id, first.occasion)
    quote = only(
        "«Мы готовы к переговорам», — заявила на брифинге представитель МИД Мария Захарова."
    )
    assert quote.occasion == "на брифинге"
    quote = only("«Рынок растёт», — сказал президент на пресс-конференции в Белом доме.")
    assert quote.occasion == "на пресс-конференции в Белом доме"


def test_a_time_inside_another_quotation_is_no_time_shift() -> None:
    quotes = quotes_of(
        "В пятницу на брифинге министр Иван Петров заявил, что налоги вырастут. «Раньше мы так "
        "не делали», — добавил Петров и пообещал, что цены на хлеб упадут."
    )
    assert [q.occasion for q in quotes] == ["на брифинге"] * 3
    quotes = quotes_of(
        "В пятницу на брифинге министр Иван Петров заявил, что налоги вырастут. Ранее Петров "
        "пообещал, что цены на хлеб упадут."
    )
    assert [q.occasion for q in quotes] == ["на брифинге", None]  # the narrator's «ранее»


def test_a_clause_opened_by_budto_is_read_as_one_opened_by_chto() -> None:
    for that in ("что", "будто"):
        quotes = quotes_of(
            f"Министр Иван Петров заявил журналистам, {that} в тюрьме его могут убить: «Я не "
            "доверяю охране»."
        )
        assert [q.kind for q in quotes] == ["indirect", "direct"]
        quote = only(f"По словам адвоката, министр Иван Петров утверждал, {that} ничего не знал.")
        assert (quote.text, quote.speaker) == ("ничего не знал", "Иван Петров")
