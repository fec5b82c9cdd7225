"""Round four: a parenthesis before «, что», documents that speak for nobody named,
coordinated sources and «он» for an organisation (constructed sentences; docs/russian.md)."""

from __future__ import annotations

from russian_quotes import only, quotes_of


def test_a_parenthesis_between_the_cue_and_its_that_clause() -> None:
    quote = only(
        "Министр заявил (в интервью местному телеканалу в прошлую пятницу), что налоги не вырастут."
    )
    assert (quote.kind, quote.text, quote.speaker) == ("indirect", "налоги не вырастут", "министр")


def test_a_register_with_an_impersonal_cue_is_its_own_source() -> None:
    quote = only(
        "В списке участников конкурса на сайте министерства значится (по состоянию на 1 мая), "
        "что Петров занял второе место."
    )
    assert (quote.kind, quote.text, quote.speaker) == (
        "indirect", "Петров занял второе место", "список участников конкурса",
    )  # fmt: skip


def test_a_statement_keeps_its_author_in_the_genitive() -> None:
    quote = only("В заявлении министерства говорится, что налоги не вырастут.")
    assert quote.speaker == "министерство"


def test_two_organisations_joined_by_i_are_one_source() -> None:
    quote = only("Погибших было двое, сообщают Первый канал и РЕН ТВ.")
    assert (quote.text, quote.speaker) == ("Погибших было двое", "Первый канал и РЕН ТВ")


def test_an_according_to_phrase_with_two_organisations_ends_after_both() -> None:
    quote = only("По данным Первого канала и РЕН ТВ, погибли двое.")
    assert (quote.text, quote.speaker) == ("погибли двое", "Первый канал и РЕН ТВ")


def test_a_plural_role_noun_points_back_to_the_joint_source() -> None:
    quotes = quotes_of(
        "Погибших было двое, сообщают Первый канал и РЕН ТВ.\n\n"
        "По данным изданий, пострадавших доставили в больницу."
    )
    assert [q.speaker for q in quotes] == ["Первый канал и РЕН ТВ"] * 2


def test_on_after_an_organisation_that_was_quoting_is_the_organisation() -> None:
    quotes = quotes_of(
        "Президент Иван Петров назвал реформу «необходимой».\n\n"
        "В понедельник Кремль оценил переговоры как «полезные». Он также назвал их "
        "«шагом вперёд»."
    )
    assert [(q.text, q.speaker) for q in quotes][-1] == ("их «шагом вперёд»", "Кремль")


def test_on_after_a_person_stays_with_the_person() -> None:
    quotes = quotes_of(
        "Президент Иван Петров назвал реформу «необходимой».\n\n"
        "В понедельник Петров оценил переговоры как «полезные». Он также назвал их "
        "«шагом вперёд»."
    )
    assert quotes[-1].speaker == "Иван Петров"


def test_a_comparison_is_a_stated_opinion() -> None:
    quote = only("Министр Иван Петров сравнил реформу с капитальным ремонтом старого дома.")
    assert (quote.kind, quote.text, quote.speaker) == (
        "indirect", "реформу с капитальным ремонтом старого дома", "Иван Петров",
    )  # fmt: skip


def test_a_converb_of_comparing_only_describes() -> None:
    assert quotes_of("Критики хвалили роман, сравнивая его с лучшими книгами века.") == []


def test_the_narrator_going_on_after_no_is_not_reported() -> None:
    quote = only("Министр не раз заявлял, что любит футбол, но на стадионе он появился впервые.")
    assert (quote.text, quote.speaker) == ("любит футбол", "министр")


def test_a_contrast_inside_the_reported_clause_stays_in_it() -> None:
    quote = only("Министр заявил, что переговоры идут трудно, но Россия к ним готова.")
    assert quote.text == "переговоры идут трудно, но Россия к ним готова"


def test_a_caption_is_the_words_of_whoever_posted_it() -> None:
    quote = only("Певица Анна Петрова выложила фотографию с подписью: «Скоро увидимся».")
    assert (quote.kind, quote.text, quote.speaker) == ("direct", "Скоро увидимся", "Анна Петрова")


def test_a_caption_on_a_thing_that_nobody_posts_is_no_quote() -> None:
    assert quotes_of("На стене висит фото с подписью: «Наш герой».") == []


def test_a_source_after_a_preposition_keeps_its_case() -> None:
    quote = only("Двое из нападавших опубликовали видео с подписью: «Мы вернёмся».")
    assert quote.speaker == "Двое из нападавших"


def test_a_parenthesis_further_on_does_not_reach_a_relative_chto() -> None:
    quote = only(
        "Король объявил о переименовании страны в Эсватини (Umbuso weSwatini), что на местном "
        "языке означает «земля свази»."
    )
    assert quote.text.startswith("о переименовании страны")


def test_characterising_as_quoted_words_is_a_mixed_quote() -> None:
    quote = only(
        "Министр Иван Петров охарактеризовал переговоры как «полезные», добавившие надежды."
    )
    assert (quote.kind, quote.text, quote.speaker) == (
        "mixed", "переговоры как «полезные», добавившие надежды", "Иван Петров",
    )  # fmt: skip


def test_characterising_without_marks_or_as_a_participle_is_no_quote() -> None:
    assert quotes_of("Суд оценил ущерб в миллион рублей.") == []
    assert [
        q.kind for q in quotes_of("Эксперт, оценивший ситуацию как «критическую», уехал.")
    ] == []
