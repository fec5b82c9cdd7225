"""Round eight: what round seven left — an occasion with adjectives before its event noun
(constructed sentences; docs/russian.md)."""

from __future__ import annotations

from russian_quotes import only


def test_an_occasion_may_have_adjectives_before_its_event() -> None:
    quote = only("«Мы готовы к переговорам», — заявил Лавров на еженедельной пресс-конференции.")
    assert quote.occasion == "на еженедельной пресс-конференции"
    quote = only("Министр заявил на совместном брифинге с коллегой, что переговоры идут.")
    assert quote.occasion == "на совместном брифинге с коллегой"
    quote = only("«Я не уйду», — сказал тренер в эксклюзивном интервью агентству ТАСС.")
    assert quote.occasion == "в эксклюзивном интервью агентству ТАСС"


def test_a_noun_before_interview_is_no_occasion() -> None:
    quote = only("Журналист, попавший в тюрьму за интервью, заявил, что не жалеет об этом.")
    assert quote.occasion is None
