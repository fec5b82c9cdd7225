"""Round fourteen: what round twelve left — the author of a document that records an act named
before it, a request that ends before the narrator's «, поэтому», a named organisation's
sentence before a colon (constructed sentences; docs/russian.md)."""

from __future__ import annotations

from russian_quotes import only, quotes_of


def test_a_greeting_speaks_for_who_greeted_a_sentence_or_two_before() -> None:
    quotes = quotes_of(
        "«Я благодарен всем, кто пришёл», — сказал юбиляр. С юбилеем артиста поздравил "
        "губернатор Сергей Боженов. Об этом сообщается на сайте области. В поздравлении, в "
        "частности, говорится: «Ваш путь заслуживает самого искреннего уважения»."
    )
    assert [q.speaker for q in quotes] == ["юбиляр", "Сергей Боженов"]


def test_an_act_three_sentences_back_does_not_name_the_author() -> None:
    quotes = quotes_of(
        "С юбилеем артиста поздравил губернатор Сергей Боженов. «Я благодарен всем, кто "
        "пришёл», — сказал юбиляр. Зал аплодировал. Концерт длился три часа. В поздравлении "
        "говорится: «Ваш путь заслуживает самого искреннего уважения»."
    )
    assert quotes[-1].speaker != "Сергей Боженов"


def test_a_request_ends_before_the_narrators_consequence() -> None:
    quotes = quotes_of("Врач посоветовал писателю жить у тёплого моря, поэтому он переехал в Сочи.")
    assert [(q.text, q.speaker) for q in quotes] == [("писателю жить у тёплого моря", "врач")]


def test_a_named_organisation_before_a_colon_gives_the_quotation() -> None:
    quote = only(
        "Агентство Рейтер опубликовало фотографию губернатора: «Мы не позволим закрыть завод, "
        "пока я руковожу областью»."
    )
    assert (quote.kind, quote.speaker) == ("direct", "агентство Рейтер")


def test_an_organisation_in_a_subordinate_clause_before_a_colon_gives_nothing() -> None:
    quotes = quotes_of(
        "В зале было тихо, пока Газпром запускал новый ролик: «Мы не позволим закрыть завод, "
        "пока я руковожу областью»."
    )
    assert quotes == []
