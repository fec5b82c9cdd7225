"""Round twelve: what tune6 showed — more verbs of saying, naming and advising, more documents,
a quoted name's phrase to the end of its clause (constructed sentences; docs/russian.md)."""

from __future__ import annotations

from russian_quotes import only, quotes_of


def test_a_quoted_name_runs_on_through_the_words_that_describe_it() -> None:
    quote = only(
        "Агентство Amaq назвало стрелка своим «солдатом», который «выполнил приказ халифата»."
    )
    assert (quote.kind, quote.text) == (
        "mixed",
        "стрелка своим «солдатом», который «выполнил приказ халифата»",
    )
    quote = only("Министр назвал реформу «ошибкой века» для всей страны.")
    assert quote.text == "реформу «ошибкой века» для всей страны"


def test_a_quoted_name_stops_before_a_second_predicate_of_the_cue() -> None:
    quote = only("Президент назвал решение суда «абсурдным» и обвинил судей в предвзятости.")
    assert quote.text == "решение суда «абсурдным»"


def test_to_christen_is_a_verb_of_naming() -> None:
    quote = only("Журналисты окрестили задержанную «самой опасной шпионкой» в Европе.")
    assert (quote.kind, quote.speaker) == ("mixed", "журналисты")
    assert quote.text == "задержанную «самой опасной шпионкой» в Европе"


def test_as_someone_put_it_is_a_cue() -> None:
    quote = only("Как выразился один из источников, он «добывал золото у старателей».")
    assert (quote.kind, quote.text) == ("mixed", "он «добывал золото у старателей»")
    assert quote.speaker == "один из источников"


def test_advice_with_an_infinitive_is_a_request() -> None:
    quote = only(
        "Министерство иностранных дел советует туристам воздерживаться от поездок в страну."
    )
    assert quote.text == "туристам воздерживаться от поездок в страну"


def test_a_warrant_is_a_document_that_says_something() -> None:
    quotes = quotes_of("В ордере на арест сообщается, что журналистка арестована как свидетель.")
    assert [q.text for q in quotes] == ["журналистка арестована как свидетель"]


def test_a_document_with_a_possessive_speaks_for_whom_the_pronoun_points_to() -> None:
    quote = only(
        "Чемпионку поздравил губернатор Сергей Боженов. «Вашим успехом гордится вся область», "
        "— отмечается в его телеграмме."
    )
    assert quote.speaker == "Сергей Боженов"


def test_his_does_not_point_to_a_woman_quoted_by_her_role() -> None:
    quotes = quotes_of(
        "«Я бежала в своём темпе», — сказала олимпийская чемпионка. Её поздравил губернатор "
        "Сергей Боженов. «Вашим успехом гордится вся область», — отмечается в его телеграмме."
    )
    assert [q.speaker for q in quotes] == ["олимпийская чемпионка", "Сергей Боженов"]


def test_a_document_named_again_further_back_speaks_for_who_issued_it() -> None:
    quotes = quotes_of(
        "Суд выдал ордер на арест журналистки. Тегеран осудил арест. Журналистку задержали в "
        "аэропорту вечером. В ордере на арест сообщается, что она арестована как свидетель."
    )
    assert [(q.text, q.speaker) for q in quotes] == [("она арестована как свидетель", "суд")]


def test_a_phrase_that_ends_its_sentence_reports_the_clause_before_it() -> None:
    quote = only(
        "Свадьба принца стоила уже на порядок дешевле — около 20 млн фунтов, по данным Daily Mail."
    )
    assert (quote.text, quote.speaker) == (
        "Свадьба принца стоила уже на порядок дешевле — около 20 млн фунтов",
        "Daily Mail",
    )


def test_a_final_phrase_does_not_take_a_clause_already_attributed() -> None:
    quote = only("«Цены вырастут», — заявил министр, по данным Daily Mail.")
    assert quote.text == "Цены вырастут"


def test_a_source_after_its_clause_may_go_on_with_its_next_cue() -> None:
    quotes = quotes_of(
        "Стрелок был убит вечером в ходе перестрелки с полицейскими, сообщили правоохранители, "
        "добавив, что операцию они начали около девяти часов."
    )
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Стрелок был убит вечером в ходе перестрелки с полицейскими", "правоохранители"),
        ("операцию они начали около девяти часов", "правоохранители"),
    ]


def test_an_abbreviation_with_a_case_ending_is_the_body_quoted_before() -> None:
    quotes = quotes_of(
        "По данным МИД РФ, все трое похищенных работали на заводе. По данным МИДа, похитители "
        "выдвинули требование выкупа."
    )
    assert [q.speaker for q in quotes] == ["МИД РФ", "МИД РФ"]


def test_an_abbreviation_that_begins_two_bodies_is_the_one_quoted_last() -> None:
    quotes = quotes_of(
        "По данным МИД Италии, их было трое. По данным МИД РФ, похищенные работали на заводе. "
        "По данным МИДа, похитители выдвинули требование выкупа."
    )
    assert [q.speaker for q in quotes] == ["МИД Италии", "МИД РФ", "МИД РФ"]


def test_the_speaker_of_a_cue_after_a_comma_and_as_is_in_that_clause() -> None:
    quote = only(
        "Назначение новых членов Курии прошло после того, как ряд критиков выразили "
        "обеспокоенность тем, что большинство кардиналов представляют Европу."
    )
    assert quote.speaker == "ряд критиков"


def test_what_someone_shouted_is_their_direct_quote_inside_a_report() -> None:
    quotes = quotes_of(
        "Во вторник Шериф Шекатт начал стрелять. По словам очевидцев, перед стрельбой Шекатт "
        "выкрикнул «Аллах акбар»."
    )
    assert [(q.kind, q.text, q.speaker) for q in quotes] == [
        ("mixed", "перед стрельбой Шекатт выкрикнул «Аллах акбар»", "очевидцы"),
        ("direct", "Аллах акбар", "Шериф Шекатт"),
    ]


def test_a_shout_needs_a_subject_of_its_own_or_of_the_verb_it_continues() -> None:
    quotes = quotes_of(
        "Парень поднёс к голове карабин, после чего крикнул «Прощайте все!» и нажал на спуск."
    )
    assert [(q.text, q.speaker) for q in quotes] == [("Прощайте все!", "парень")]
    assert quotes_of("Потом на площади долго кричали «Долой!».") == []


def test_a_phrase_after_the_subject_or_object_of_its_clause_reports_the_whole_clause() -> None:
    quote = only(
        "А самую масштабную премьеру сезона зрители, по словам Бертмана, увидят в октябре."
    )
    assert (
        quote.text
        == "самую масштабную премьеру сезона зрители, по словам Бертмана, увидят в октябре"
    )


def test_a_phrase_after_a_connective_reports_what_follows_it() -> None:
    quote = only("Кроме того, по данным обвинения, директор занимался мошенничеством.")
    assert quote.text == "директор занимался мошенничеством"


def test_a_cue_in_a_relative_clause_does_not_make_a_block_quote_narration() -> None:
    quotes = quotes_of(
        "Через десять дней, обещает Бертман, зрителям покажут ещё одно зрелище:\n"
        "Мы представим оперу «Золушка», которую написал Леонид Вайнштейн, это яркий спектакль."
    )
    assert [(q.kind, q.speaker) for q in quotes] == [("indirect", "Бертман"), ("direct", "Бертман")]


def test_a_that_clause_without_its_comma_is_still_reported() -> None:
    quote = only("МИД Италии подтвердил что в Сирии был похищен итальянский гражданин.")
    assert (quote.text, quote.speaker) == (
        "в Сирии был похищен итальянский гражданин",
        "МИД Италии",
    )
    assert quotes_of("Он сказал что-то невнятное и ушёл.") == []
