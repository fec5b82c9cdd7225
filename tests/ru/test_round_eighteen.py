"""Round eighteen: what tune7 left (constructed sentences; docs/russian.md)."""

from __future__ import annotations

from russian_quotes import quotes_of


def test_a_bare_mans_occupation_is_the_man_named_most_before_it() -> None:
    """tune7: «Политик заявил» in an article about one senator, with two other men named once."""
    quotes = quotes_of(
        "Член партии Иван Петров избран в Сенат. Петров занимал в партии должность главы "
        "отдела. Он прокомментировал инцидент со сторонником партии Сергеем Смирновым. Политик "
        "заявил, что вся партия осудила этот случай."
    )
    assert [q.speaker for q in quotes if q.cue == "заявил"] == ["Иван Петров"]


def test_a_bare_mans_occupation_with_two_men_named_repeatedly_is_nobody_of_them() -> None:
    quotes = quotes_of(
        "Иван Петров встретился с Сергеем Смирновым. Петров и Смирнов обсудили выборы. "
        "Политик заявил, что выборы пройдут в мае."
    )
    assert [(q.speaker or "").lower() for q in quotes if q.cue == "заявил"] == ["политик"]


def test_a_bare_noun_of_an_office_is_not_taken_for_the_man_named_before() -> None:
    """«врач», «прокурор» bare are a new person the article brings in, not its main man."""
    quotes = quotes_of(
        "Иван Петров попал в больницу. Петров жаловался на боли. Врач заявил, что его жизни "
        "ничто не угрожает."
    )
    assert [(q.speaker or "").lower() for q in quotes if q.cue == "заявил"] == ["врач"]


def test_a_documents_two_authors_joined_by_and_are_one_source() -> None:
    """tune7: «В сообщении правительства и губернатора … области говорится:» keeps both."""
    quotes = quotes_of(
        "Умер писатель Иван Петров.\n\n"
        "В сообщении правительства и губернатора Тульской области говорится:\n"
        "Сегодня ушёл из жизни известный писатель, уроженец Тулы Иван Петров."
    )
    assert [q.speaker for q in quotes if q.cue == "говорится"] == [
        "правительство и губернатор Тульской области"
    ]


def test_a_source_named_by_an_initial_ends_after_the_surname() -> None:
    """tune7: «по словам С. Собянина» in a relative clause; the quote started at the initial's
    full stop («. Собянина, будет …»)."""
    quotes = quotes_of(
        "В Москве построят новый парк, который, по словам С. Собянина, будет открыт в мае."
    )
    assert [(q.text, q.speaker) for q in quotes] == [("будет открыт в мае", "С. Собянин")]


def test_a_colon_with_no_marks_after_a_cue_and_its_object_opens_what_was_said() -> None:
    """tune7: «поделилась секретом …: всем желающим … «…»» after «а также»: a mixed quote."""
    quotes = quotes_of(
        "Японка Мисако Ота рассказала журналистам о своём юбилее, а также поделилась секретом "
        "своего долголетия: всем желающим дожить до её лет нужно просто «больше гулять»."
    )
    assert [(q.kind, q.text, q.speaker) for q in quotes if q.cue.startswith("поделилась")] == [
        ("mixed", "всем желающим дожить до её лет нужно просто «больше гулять»", "Мисако Ота")
    ]


def test_a_colon_before_a_capital_or_a_quotation_is_left_to_the_colon_paths() -> None:
    quotes = quotes_of("Министр поделился планами: «В мае откроется новый парк».")
    assert [q.kind for q in quotes] == ["direct"]
