"""Round six: what round five left — an outlet named with its kind goes by its name in marks,
a bare «ведомство» stands in for the organisation quoted last, and a bare «документ» points back
to the decree or order named before (constructed sentences; docs/russian.md)."""

from __future__ import annotations

from russian_quotes import only, quotes_of


def test_an_outlet_named_with_its_kind_goes_by_the_name_in_marks() -> None:
    quote = only("По данным закрытого сообщества «Плохие новости», водитель скрылся с места.")
    assert quote.speaker == "Плохие новости"
    assert only("Как сообщило издание «Вечерний город», сделка сорвалась.").speaker == (
        "Вечерний город"
    )


def test_marks_after_a_genitive_stay_in_the_speaker_phrase() -> None:
    quote = only("Представители аэроклуба «Взлёт» заявили, что полёт отменён.")
    assert quote.speaker == "представители аэроклуба «Взлёт»"
    assert only("Спикер «Талибана» заявил, что противник бежал.").speaker == "спикер «Талибана»"
    assert only("Как сообщили собеседники «Ъ», дело закрыто.").speaker == "собеседники «Ъ»"


def test_a_bare_vedomstvo_is_the_organisation_quoted_last() -> None:
    quotes = quotes_of(
        "МИД России опубликовал заявление о решении. В нём сказано, что суд не оправдал "
        "надежд. В ведомстве отметили, что суд работал плохо."
    )
    assert [q.speaker for q in quotes] == ["МИД России", "МИД России"]


def test_a_vedomstvo_with_a_modifier_or_nobody_quoted_stays_as_written() -> None:
    assert only("В ведомстве отметили, что суд работал плохо.").speaker == "ведомство"
    quote = only("Представитель оборонного ведомства заявил, что учения прошли.")
    assert quote.speaker == "представитель оборонного ведомства"


def test_a_bare_document_points_back_to_the_decree_named_before() -> None:
    quote = only(
        "Указ о назначении опубликован на сайте Кремля.\n\n"
        "«Назначить Иванова послом», — говорится в документе."
    )
    assert quote.speaker == "указ"  # not the site it was published on
    quote = only(
        "Президент подписал распоряжение об отказе. Соответствующее распоряжение было "
        "опубликовано на портале.\n\nВ документе указано, что министр должен принять решение."
    )
    assert quote.speaker == "распоряжение"


def test_a_bare_document_after_a_statement_speaks_for_its_author() -> None:
    quote = only(
        "Вчера было опубликовано заявление МИД России.\n\n«Мы возмущены», — говорится в документе."
    )
    assert quote.speaker == "МИД России"


def test_a_topic_behind_a_preposition_is_not_the_documents_author() -> None:
    """«в сообщении по поводу закона говорится»: the law is the message's topic, not its
    author; «в заявлении МИД» keeps its genitive author (review of round six)."""
    about = quotes_of("В сообщении по поводу закона говорится, что налоги вырастут.")
    assert [(q.text, q.speaker) for q in about] == [("налоги вырастут", "сообщение")]
    author = quotes_of("В заявлении МИД говорится, что переговоры продолжатся.")
    assert [(q.text, q.speaker) for q in author] == [("переговоры продолжатся", "МИД")]


def test_a_register_named_after_someone_speaks_for_itself() -> None:
    """«закон Димы Яковлева»: the genitive of a register names it, it did not write it, so a
    bare «документ» pointing back to it gives the law («указ президента» keeps its author)."""
    law = quotes_of(
        "Закон Димы Яковлева вступил в силу в январе. В документе говорится, что усыновление "
        "запрещено."
    )
    assert [(q.text, q.speaker) for q in law] == [("усыновление запрещено", "закон")]
    decree = quotes_of(
        "Указ президента опубликован в пятницу. В документе говорится, что налоги снизят."
    )
    assert [(q.text, q.speaker) for q in decree] == [("налоги снизят", "президент")]
