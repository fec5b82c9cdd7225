"""Round five: what tune3 showed — domain names as one word, quoted words that razdel cut
into sentences, lists of attributions, negated and subjectless cues, «как»-insertions,
describing «как «…»», recalling before a colon, lost quote boxes, documents pointing back and
laws that speak for themselves (constructed sentences; docs/russian.md)."""

from __future__ import annotations

from russian_quotes import only, quotes_of


def test_a_source_named_by_its_domain_is_one_word() -> None:
    quote = only("По словам собеседника vc.ru, министр и его заместитель не появлялись на работе.")
    assert (quote.text, quote.speaker) == (
        "министр и его заместитель не появлялись на работе", "собеседник vc.ru",
    )  # fmt: skip


def test_a_domain_that_ends_the_sentence_is_one_word_too() -> None:
    quote = only("Министр подал в отставку, сообщает vc.ru.")
    assert (quote.text, quote.speaker) == ("Министр подал в отставку", "vc.ru")


def test_a_reported_clause_runs_past_an_exclamation_inside_quoted_words() -> None:
    quotes = quotes_of("По данным канала «Новости», водитель крикнул «Стой! Назад!» и уехал.")
    assert [(q.kind, q.text) for q in quotes] == [
        ("mixed", "водитель крикнул «Стой! Назад!» и уехал"),
        ("direct", "Стой! Назад!"),  # what he shouted, his own (round twelve)
    ]


def test_a_request_ends_before_the_next_speaker_of_a_list() -> None:
    quotes = quotes_of(
        "Министр пообещал проверить отчёт комиссии, губернатор Петров потребовал уволить "
        "директора, а депутат Иванов заявил, что отчёт неполон."
    )
    assert [(q.text, q.speaker) for q in quotes] == [
        ("проверить отчёт комиссии", "министр"),
        ("уволить директора", "Петров"),
        ("отчёт неполон", "Иванов"),
    ]


def test_a_negated_cue_reports_nothing() -> None:
    assert (
        quotes_of("Правоохранительные органы не сообщают о происшествии и его подробностях.") == []
    )
    assert quotes_of("Министр не уточнил, что именно будет сокращено.") == []


def test_an_as_said_insertion_after_a_verb_reports_the_whole_clause() -> None:
    quote = only(
        "Тогда она работала юристом и именно в эти годы, как отмечает газета, решила уйти."
    )
    assert (quote.text, quote.speaker) == (
        "Тогда она работала юристом и именно в эти годы, как отмечает газета, решила уйти",
        "газета",
    )
    first = only("Как сообщают СМИ, в городе демонтирован последний памятник.")
    assert first.text == "в городе демонтирован последний памятник"


def test_a_verb_of_describing_with_kak_and_marks_is_mixed() -> None:
    quote = only("Сама актриса описывала свой дом как «тихий уголок у реки».")
    assert (quote.kind, quote.text, quote.speaker) == (
        "mixed", "свой дом как «тихий уголок у реки»", "актриса",
    )  # fmt: skip


def test_a_verb_of_recalling_before_a_colon_introduces_a_quote() -> None:
    quote = only("Журналист Иван Петров вспоминает: «Никто не был так скромен, как он».")
    assert (quote.kind, quote.text, quote.speaker) == (
        "direct", "Никто не был так скромен, как он", "Иван Петров",
    )  # fmt: skip
    assert quotes_of("Ветеран вспомнил о войне и о погибших друзьях.") == []


def test_two_colon_lines_in_a_row_mean_the_quote_boxes_were_lost() -> None:
    quotes = quotes_of(
        "Актёр умер в больнице.\n\nВрач больницы сказал:\n\n"
        "Жена актёра говорила два дня назад:\n\n"
        "Причины смерти пока не сообщили. Время прощания объявят позже."
    )
    assert quotes == []
    kept = only("Актёр в больнице.\n\nВрач больницы сказал:\n\nСостояние тяжёлое, но стабильное.")
    assert kept.text == "Состояние тяжёлое, но стабильное."


def test_a_document_referred_back_to_speaks_for_its_author() -> None:
    quotes = quotes_of(
        "Минфин опубликовал комментарий по поводу нового закона. В нём сказано, что налоги "
        "«не вырастут». В комментарии также отмечается, что дефицит сократится."
    )
    assert [(q.text, q.speaker) for q in quotes] == [
        ("налоги «не вырастут»", "Минфин"),
        ("дефицит сократится", "Минфин"),
    ]


def test_a_law_proposes_and_stresses_for_itself() -> None:
    quote = only("За повторное нарушение закон предлагает лишать водителя прав на два года.")
    assert (quote.text, quote.speaker) == ("лишать водителя прав на два года", "закон")
    stressed = only("Штраф может быть отменён только судом, подчёркивается в законе.")
    assert (stressed.text, stressed.speaker) == ("Штраф может быть отменён только судом", "закон")


def test_a_request_in_a_relative_clause_describes_its_noun() -> None:
    assert quotes_of("Опубликована петиция, которая предлагает снять директора с поста.") == []


def test_a_negated_denial_still_states_its_clause() -> None:
    quote = only("Адвокаты подсудимого не отрицают, что их клиент был на месте преступления.")
    assert (quote.text, quote.speaker) == (
        "их клиент был на месте преступления", "адвокаты подсудимого",
    )  # fmt: skip


def test_an_according_to_phrase_before_a_colon_reports_its_clause_too() -> None:
    quotes = quotes_of(
        "По словам актрисы, власти не отвечают на её просьбы, хотя она не требует ничего "
        "необычного: «Я больше не поддерживаю эту страну»."
    )
    assert [(q.kind, q.text, q.speaker) for q in quotes] == [
        ("indirect", "власти не отвечают на её просьбы, хотя она не требует ничего необычного",
         "актриса"),
        ("direct", "Я больше не поддерживаю эту страну", "актриса"),
    ]  # fmt: skip


def test_a_plural_cue_with_no_subject_names_nobody() -> None:
    assert quotes_of("Участников акции в ролике называют «героями дня».") == []
    quote = only("Врачи называют его состояние «стабильно тяжёлым».")
    assert quote.speaker == "врачи"


def test_a_voice_that_pronounces_words_before_a_colon_is_their_source() -> None:
    quote = only("За кадром голос произносит: «Это наш ответ».")
    assert (quote.kind, quote.text, quote.speaker) == ("direct", "Это наш ответ", "голос")
