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
