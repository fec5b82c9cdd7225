"""Round seven: what tune4 showed — more cue words, a clause ended by the speaker's next cue
after «но/однако», the clause a cue reports before a colon quote, a coordinated cue misparsed
into the quotation, one quote per clause, and «о»-topics through «в связи с» (constructed
sentences; docs/russian.md)."""

from __future__ import annotations

from russian_quotes import only, quotes_of


def test_notifying_suspecting_and_po_svedeniyam_are_cues() -> None:
    quote = only("Пресс-служба министерства уведомила, что встреча отменена.")
    assert (quote.kind, quote.text) == ("indirect", "встреча отменена")
    assert only("Отец подозревает, что дочь увезли в Парагвай.").text == "дочь увезли в Парагвай"
    quote = only("По сведениям агентства ТАСС, решение принято из-за концертов.")
    assert quote.text == "решение принято из-за концертов"
    assert quote.speaker == "агентство ТАСС"


def test_a_reported_clause_ends_before_the_next_cue_after_but() -> None:
    quotes = quotes_of(
        "Депутат Иванова считает, что «закон нужен», однако уточнила, что поправки пока черновые."
    )
    assert [(q.kind, q.text) for q in quotes] == [
        ("mixed", "«закон нужен»"),
        ("indirect", "поправки пока черновые"),
    ]
    quotes = quotes_of("Министр заявил, что переговоры идут трудно, но подчеркнул, что мы готовы.")
    assert [q.text for q in quotes] == ["переговоры идут трудно", "мы готовы"]


def test_a_contrast_without_a_cue_stays_in_the_clause() -> None:
    quote = only("Министр заявил, что переговоры идут трудно, но Россия к ним готова.")
    assert quote.text == "переговоры идут трудно, но Россия к ним готова"


def test_a_cue_reports_its_own_clause_before_a_colon_quote() -> None:
    quotes = quotes_of("Врачи сообщили о двух госпитализированных: «Мы госпитализировали двоих».")
    assert [(q.kind, q.text, q.speaker) for q in quotes] == [
        ("indirect", "о двух госпитализированных", "врачи"),
        ("direct", "Мы госпитализировали двоих", "врачи"),
    ]
    quotes = quotes_of("Министр заявил, что суд был честным: «Мы довольны».")
    assert [(q.kind, q.text) for q in quotes] == [
        ("indirect", "суд был честным"),
        ("direct", "Мы довольны"),
    ]


def test_a_cue_before_a_colon_with_no_clause_of_its_own_gives_the_quote_only() -> None:
    assert only("Министр сообщил журналистам: «Мы довольны».").text == "Мы довольны"


def test_a_coordinated_cue_takes_the_subject_of_the_verb_before_it() -> None:
    quotes = quotes_of(
        "Бизнесмен Джон Макафи настаивает на своей невиновности, утверждая, что полиция "
        "сфабриковала дело, и заявлял, что в тюрьме его могут убить."
    )
    assert [(q.text, q.speaker) for q in quotes] == [
        ("полиция сфабриковала дело", "Джон Макафи"),
        ("в тюрьме его могут убить", "Джон Макафи"),
    ]


def test_a_statement_noun_adds_nothing_to_the_clause_its_verb_reported() -> None:
    quote = only(
        "Сосед неоднократно писал заявления в полицию по поводу того, что хозяин стрелял из ружья."
    )
    assert quote.text == "хозяин стрелял из ружья"


def test_an_o_topic_runs_on_through_a_compound_preposition() -> None:
    quote = only("Полиция объявила о розыске Смита в связи с убийством Джона Фолла.")
    assert quote.text == "о розыске Смита в связи с убийством Джона Фолла"
    assert only("Принцесса объявила о помолвке на пресс-конференции.").text == "о помолвке"


def test_a_law_with_a_short_passive_cue_speaks_for_itself() -> None:
    quote = only(
        "Депутаты обсудили поправки.\n\n"
        "В законе «О госрегулировании производства» сказано, что водка — это напиток крепостью 40%."
    )
    assert quote.speaker == "закон"  # not «закон «», nor nobody


def test_a_source_after_the_clause_may_end_its_sentence_with_a_colon() -> None:
    quotes = quotes_of(
        "В России хотят снизить крепость водки.\n\n"
        "Цены вырастут, считает экономист Иван Петров:\n\n"
        "Он добавил, что налоги тоже вырастут."
    )
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Цены вырастут", "Иван Петров"),
        ("налоги тоже вырастут", "Иван Петров"),
    ]


def test_a_verb_with_slovami_introduces_the_quotation_after_the_colon() -> None:
    quote = only(
        "Матч закончился вничью. Тренер Иван Петров встретил журналистов словами: "
        "«Мы сыграли плохо»."
    )
    assert (quote.kind, quote.text, quote.speaker) == ("direct", "Мы сыграли плохо", "Иван Петров")
    quote = only(
        "Наследником он видит Франца Бекенбауэра, который отшучивается словами: «Пора на покой»."
    )
    assert quote.speaker == "Франц Бекенбауэр"


def test_a_document_with_its_author_before_a_colon_gives_the_author() -> None:
    quote = only(
        "В Швеции решение не встретило поддержки. Комментарий шведского телевидения: "
        "«Каждая эпоха когда-то заканчивается»."
    )
    assert (quote.kind, quote.speaker) == ("direct", "шведское телевидение")
    assert only("Пожар начался вчера. Заявление МЧС России: «Погибших нет».").speaker == (
        "МЧС России"
    )


def test_the_text_of_a_law_before_a_colon_is_no_quote() -> None:
    assert quotes_of("Пожар начался вчера. Текст закона: «Запрещается курить».") == []


def test_a_clause_cut_before_the_next_cue_keeps_its_cut_before_a_colon_quote() -> None:
    quotes = quotes_of(
        "Министр заявил, что дело закрыто, и добавил, что суд был честным: «Мы довольны»."
    )
    assert [(q.kind, q.text) for q in quotes] == [
        ("indirect", "дело закрыто"),
        ("indirect", "суд был честным"),
        ("direct", "Мы довольны"),
    ]


def test_an_o_topic_runs_on_through_a_phrase_hung_on_a_noun_further_on() -> None:
    quote = only(
        "Следственный комитет сообщил о завершении расследования дела в отношении мужчины без "
        "определенного места жительства обвиняемого в совершении кражи."
    )
    assert quote.text.endswith("обвиняемого в совершении кражи")
