"""Round eleven: what round nine left — a name after two coordinated roles, and a document's
publisher through a coordinated verb (constructed sentences; docs/russian.md)."""

from __future__ import annotations

from russian_quotes import only


def test_a_name_after_two_coordinated_roles_is_the_speaker() -> None:
    quote = only(
        "Скелет нашли рыбаки. «Это случается очень редко. В данной находке сохранился хребет», "
        "сказал директор музея и археолог из Новоселова, Александр Кержаев."
    )
    assert quote.speaker == "Александр Кержаев"


def test_two_roles_with_a_plural_verb_are_two_people() -> None:
    quote = only(
        "«Цены вырастут», — заявили министр финансов и глава банка, Иван Петров и Пётр Сидоров."
    )
    assert quote.speaker != "Иван Петров"


def test_a_document_named_again_speaks_for_who_published_it_through_a_joined_verb() -> None:
    quote = only(
        "ФСБ зарегистрировала и опубликовала приказ о ключах шифрования. Данный приказ "
        "устанавливает процедуру получения ключей. Как указывается в документе, организатор "
        "предоставляет данные по запросу."
    )
    assert (quote.speaker, quote.text) == ("ФСБ", "организатор предоставляет данные по запросу")
    quote = only(
        "ФСБ зарегистрировала и опубликовала приказ о ключах шифрования. В нём сказано, что "
        "организатор предоставляет данные по запросу."
    )
    assert quote.speaker == "ФСБ"


def test_a_document_that_is_its_own_subject_still_speaks_for_itself() -> None:
    quote = only(
        "Указ о назначении опубликован на сайте Кремля. Как указывается в документе, министр "
        "вступает в должность в понедельник."
    )
    assert quote.speaker == "указ"
