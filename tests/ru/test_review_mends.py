"""What the review of rounds eight and nine found in the Russian finder and speaker book: a
converb phrase or subordinate clause before a colon quote's cue is not a reported clause, «их»
is not a thing, and «приводит его слова» gives the owner of the words (constructed sentences;
docs/russian.md)."""

from __future__ import annotations

from russian_quotes import only, quotes_of


def test_a_converb_phrase_or_subordinate_clause_before_the_cue_is_not_reported() -> None:
    for opening in ("Когда всё закончилось", "В понедельник, выступая в Думе"):
        quotes = quotes_of(f"{opening}, заявил министр: «Мы победили».")
        assert [(q.kind, q.text) for q in quotes] == [("direct", "Мы победили")]


def test_their_words_are_not_things() -> None:
    quote = only("Цены на хлеб выросли, но, по их словам, это временно.")
    assert quote.speaker is None
    quote = only("Компании отказались платить, но, по их словам, это временно.")
    assert quote.speaker == "компании"


def test_citing_his_words_gives_the_person_his_points_to() -> None:
    quotes = quotes_of(
        "Министр Иван Петров выступил в Думе. «Решение окончательное», — приводит газета его слова."
    )
    assert [(q.text, q.speaker, q.cue) for q in quotes] == [
        ("Решение окончательное", "Иван Петров", "приводит")
    ]
