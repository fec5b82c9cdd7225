"""Reported speech that the first rounds missed, one construction per test (constructed
sentences; the classes were found on the gold set's `tune2` part, docs/russian.md)."""

from __future__ import annotations

import pytest

from russian_quotes import only, quotes_of


@pytest.mark.parametrize(
    ("phrase", "source"),
    [("Согласно заявлению МВД", "МВД"), ("По утверждениям чиновников", "чиновники")],
)
def test_according_to_phrases_with_soglasno_and_plural_nouns(phrase: str, source: str) -> None:
    quote = only(f"{phrase}, проверка продлится до конца месяца.")
    assert (quote.kind, quote.text, quote.speaker) == (
        "indirect", "проверка продлится до конца месяца", source,
    )  # fmt: skip


def test_an_abbreviation_is_not_declined_back_to_the_nominative() -> None:
    quote = only("Согласно заявлению ИГ, боевики действовали «по собственной воле».")
    assert quote.kind == "mixed" and quote.speaker == "ИГ"


def test_a_source_after_a_dash_ends_an_unquoted_report() -> None:
    quote = only("Против директора возбуждено уголовное дело - сообщил прокурор Иван Петров.")
    assert (quote.kind, quote.text, quote.speaker) == (
        "indirect", "Против директора возбуждено уголовное дело", "Иван Петров",
    )  # fmt: skip


def test_an_attribution_set_in_commas_names_the_speaker_not_the_outlet() -> None:
    quote = only("Многие беженцы, напомнил Папа, бежали от войны и голода, пишет BBC.")
    assert quote.kind == "indirect" and quote.speaker == "Папа"
    assert quote.text == "Многие беженцы, напомнил Папа, бежали от войны и голода"


def test_an_outlet_that_reports_an_attributed_quote_is_not_its_speaker() -> None:
    quote = only(
        "«Власти не спешили выполнять закон», — говорится в сообщении местных СМИ, "
        "пишет «Комсомольская правда»."
    )
    assert (quote.kind, quote.text, quote.speaker) == (
        "direct", "Власти не спешили выполнять закон", "местные СМИ",
    )  # fmt: skip


def test_a_name_in_marks_does_not_cut_off_the_cue_before_a_block_quote() -> None:
    text = (
        "Ведомство заблокировало сайт крупной компании.\n\n"
        "Представитель ведомства Вадим Петров подтвердил «Известиям» эту информацию:\n\n"
        "В конце года вступили в силу изменения, которые дали налоговой службе новые права."
    )
    quote = only(text)
    assert quote.kind == "direct" and quote.speaker == "Вадим Петров"
    assert quote.text.startswith("В конце года")


@pytest.mark.parametrize("cue", ["призвал", "предложил", "пообещал"])
def test_what_was_asked_proposed_or_promised_is_reported(cue: str) -> None:
    quote = only(f"Министр Иван Петров {cue} депутатов увеличить срок службы до десяти лет.")
    assert (quote.kind, quote.text, quote.speaker) == (
        "indirect", "депутатов увеличить срок службы до десяти лет", "Иван Петров",
    )  # fmt: skip


def test_a_request_verb_without_an_infinitive_reports_nothing() -> None:
    assert quotes_of("Министр Иван Петров предложил компромисс.") == []


def test_a_participle_between_the_cue_and_that_is_no_clause_of_its_own() -> None:
    quote = only("Он напомнил собравшимся на площади, что вера велит принимать чужих.")
    assert quote.kind == "indirect" and quote.text == "вера велит принимать чужих"


def test_a_capitalised_role_noun_is_the_role_of_the_person_named_before() -> None:
    text = (
        "Папа Римский Франциск выступил в соборе.\n\n"
        "Многие беженцы, напомнил Папа, бежали от войны и голода."
    )
    (quote,) = quotes_of(text)
    assert quote.speaker == "Франциск"


@pytest.mark.parametrize("adjective", ["уверены", "убеждены"])
def test_a_short_adjective_of_opinion_introduces_a_clause(adjective: str) -> None:
    quote = only(f"Эксперты {adjective}, что цены вырастут к осени.")
    assert (quote.kind, quote.text, quote.speaker) == (
        "indirect", "цены вырастут к осени", "эксперты",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Партия опубликовала заявление о том, что выборы пройдут в срок.", "Партия"),
        ("На официальном сайте КПРФ размещена информация о том, что выборы пройдут в срок.",
         "КПРФ"),
    ],
)  # fmt: skip
def test_a_noun_of_statement_introduces_a_clause(sentence: str, speaker: str) -> None:
    quote = only(sentence)
    assert (quote.kind, quote.text) == ("indirect", "выборы пройдут в срок")
    assert quote.speaker is not None and quote.speaker.lower() == speaker.lower()


def test_a_noun_of_statement_with_nobody_named_is_no_quote() -> None:
    assert quotes_of("Появилась информация о том, что выборы перенесут.") == []


def test_a_line_opening_with_a_name_and_a_colon_attributes_the_quote() -> None:
    text = (
        "Начался матч за звание чемпиона мира.\n\n"
        "Гарри Каспаров: «Если он выиграет, он будет чемпионом»."
    )
    quote = only(text)
    assert (quote.kind, quote.speaker) == ("direct", "Гарри Каспаров")


def test_a_verb_of_addressing_before_a_colon_introduces_a_block_quote() -> None:
    text = (
        "В субботу открылся кинофестиваль.\n\n"
        "Гостей приветствовал губернатор края Виктор Томенко:\n"
        "Миссия нашего фестиваля — показать зрителям хорошее кино."
    )
    quote = only(text)
    assert (quote.kind, quote.speaker) == ("direct", "Виктор Томенко")


def test_a_relative_clause_about_someone_else_does_not_attribute_the_block_quote() -> None:
    text = (
        "Президент Сербии Александр Вучич дал интервью газете.\n\n"
        "По его словам, тогда пришлось бы признать регион Косово, часть жителей которого "
        "считает себя отдельным государством:\n\n"
        "Мы не признали Крым частью России. Можем ли мы выстрелить себе в ногу?\n\n"
        "По словам Владимира Путина, товарооборот между странами растёт."
    )
    block = next(q for q in quotes_of(text) if q.kind == "direct")
    assert block.text.startswith("Мы не признали") and block.speaker == "Александр Вучич"


def test_the_press_service_of_which_is_the_noun_the_relative_clause_is_about() -> None:
    text = (
        "Рейсы задержаны в аэропорту Шереметьево.\n\n"
        "Задержки объяснили в компании «Аэрофлот», в пресс-службе которой сообщили, "
        "что причиной стала непогода."
    )
    quote = only(text)
    assert quote.text == "причиной стала непогода"
    assert quote.speaker is not None and "которой" not in quote.speaker
    assert "Аэрофлот" in quote.speaker


def test_a_document_without_an_owner_belongs_to_whoever_spoke_just_before() -> None:
    text = (
        "Самолёт разбился под Архангельском.\n\n"
        "Представители аэроклуба выразили соболезнования родственникам погибших. "
        "В заявлении говорится: «Мы все скорбим вместе с родными и близкими»."
    )
    quote = only(text)
    assert quote.kind == "direct" and quote.speaker == "представители аэроклуба"


def test_a_document_without_an_owner_or_a_speaker_before_is_the_document() -> None:
    text = (
        "Самолёт разбился под Архангельском.\n\n"
        "Спасатели прибыли на место через час. "
        "В заявлении говорится: «Мы все скорбим вместе с родными и близкими»."
    )
    assert only(text).speaker == "заявление"


def test_meant_to_is_not_asked_to() -> None:
    assert quotes_of("Фестиваль призван привлечь внимание к молодым режиссёрам.") == []


def test_an_according_to_phrase_with_nobody_named_is_no_quote() -> None:
    assert quotes_of("Согласно сообщению, рейс задержан на два часа.") == []


def test_a_joke_before_a_colon_is_speech() -> None:
    text = (
        "Кандидат закашлялся на встрече с избирателями.\n\n"
        "Она не могла говорить несколько минут, после чего отшутилась: "
        "«Это была аллергия на моего соперника»."
    )
    quote = only(text)
    assert quote.cue == "отшутилась"


def test_a_bare_role_noun_is_the_organisation_named_with_it_before() -> None:
    text = (
        "Бывший министр развёлся с женой.\n\n"
        "Об этом пишет немецкое издание Der Spiegel. "
        "По утверждению издания, большую часть времени он живёт в Ростове."
    )
    assert only(text).speaker == "Der Spiegel"


def test_an_organisation_in_the_genitive_does_not_hold_the_role() -> None:
    text = (
        "Суд рассмотрел жалобу.\n\n"
        "Жалобу подал прокурор Пермского края. "
        "По словам прокурора, решение суда было законным."
    )
    assert only(text).speaker == "прокурор"


def test_a_paragraph_with_an_according_to_phrase_is_no_lost_block_quote() -> None:
    text = (
        "Умер известный музыкант.\n\n"
        "На странице певца написано:\n\n"
        "В октябре певец выпустил новый альбом. По мнению критиков, песни посвящены смерти."
    )
    quotes = quotes_of(text)
    assert [q.kind for q in quotes] == ["indirect"]
    assert quotes[0].text == "песни посвящены смерти"


def test_an_organisation_named_in_the_genitive_of_a_longer_phrase_does_not_hold_the_role() -> None:
    text = (
        "Нобелевский фонд объявил лауреатов.\n\n"
        "Об этом сообщил председатель правления Нобелевского фонда. "
        "По словам председателя, премии вручат в декабре."
    )
    assert only(text).speaker == "председатель"
