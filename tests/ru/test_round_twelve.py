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
