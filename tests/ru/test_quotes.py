"""The Russian quote finder on small hand-written articles, one construction each."""

from __future__ import annotations

import pytest

from quotewire.quotes.russian import attribute_russian
from quotewire.read.layout import parse_layout
from quotewire.types import Quote, Speaker
from russian_quotes import only


def attribute(text: str) -> tuple[list[Quote], list[Speaker]]:
    return attribute_russian(text, parse_layout(text))


def test_quote_then_dash() -> None:
    text = "«Мы готовы к переговорам», — заявил Лавров."
    quote = only(text)
    assert (quote.kind, quote.text, quote.cue, quote.speaker) == (
        "direct", "Мы готовы к переговорам", "заявил", "Лавров",
    )  # fmt: skip
    assert text[quote.start : quote.end] == quote.text
    assert quote.speaker_mention is not None and quote.speaker_mention.kind == "surname"


@pytest.mark.parametrize("cue", ["сказал", "отметил", "подчеркнул", "добавил"])
def test_dash_cues(cue: str) -> None:
    quote = only(f"«Санкции не работают», — {cue} Лавров.")
    assert quote.cue == cue and quote.speaker == "Лавров"


def test_subject_before_the_cue_after_the_dash() -> None:
    quote = only("«Переговоры будут трудными», — Лавров считает.")
    assert quote.cue == "считает" and quote.speaker == "Лавров"


def test_colon_introduces_direct_speech() -> None:
    quote = only(
        "Пресс-секретарь президента Дмитрий Песков заявил: «Кремль не комментирует эти сообщения»."
    )
    assert quote.kind == "direct" and quote.text == "Кремль не комментирует эти сообщения"
    assert quote.speaker == "Дмитрий Песков" and quote.speaker_role == "пресс-секретарь президента"


def test_nested_marks_stay_inside_the_quote() -> None:
    quote = only("«Мы читали статью „Новый мир“ с интересом», — отметила Мария Захарова.")
    assert quote.text == "Мы читали статью „Новый мир“ с интересом"
    assert quote.speaker == "Мария Захарова"


def test_according_to_in_the_genitive_resolves_to_the_nominative() -> None:
    quote = only("По словам Лаврова, переговоры продолжатся на следующей неделе.")
    assert quote.kind == "indirect" and quote.cue == "По словам"
    assert quote.text == "переговоры продолжатся на следующей неделе"
    assert quote.speaker == "Лавров" and quote.speaker_mention.text == "Лаврова"  # type: ignore[union-attr]


def test_according_to_with_a_possessive_pronoun() -> None:
    quotes, _ = attribute("Сергей Лавров прибыл в Женеву. По его словам, переговоры продолжатся.")
    assert [(q.text, q.speaker, q.speaker_mention.kind) for q in quotes] == [  # type: ignore[union-attr]
        ("переговоры продолжатся", "Сергей Лавров", "pronoun")
    ]


def test_as_said_by_a_role() -> None:
    quote = only("Как заявил представитель ведомства, решение будет принято в понедельник.")
    assert quote.cue == "Как заявил" and quote.speaker == "представитель ведомства"
    assert quote.text == "решение будет принято в понедельник"


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "role", "content"),
    [
        ("Министр финансов Антон Силуанов считает, что инфляция замедлится.",
         "считает", "Антон Силуанов", "министр финансов", "инфляция замедлится"),
        ("Губернатор Александр Беглов сообщил журналистам, что метро откроется утром.",
         "сообщил", "Александр Беглов", "губернатор", "метро откроется утром"),
    ],
)  # fmt: skip
def test_indirect_speech_with_that(
    text: str, cue: str, speaker: str, role: str, content: str
) -> None:
    quote = only(text)
    assert (quote.kind, quote.cue, quote.speaker, quote.speaker_role, quote.text) == (
        "indirect", cue, speaker, role, content,
    )  # fmt: skip


def test_reported_clause_with_quoted_words_is_mixed() -> None:
    quote = only("Лавров отметил, что Запад «не хочет слышать» Россию.")
    assert quote.kind == "mixed" and quote.text == "Запад «не хочет слышать» Россию"


def test_source_after_the_reported_clause() -> None:
    quote = only(
        "Переговоры пройдут в Женеве, сообщил официальный представитель МИД Мария Захарова."
    )
    assert quote.kind == "indirect" and quote.text == "Переговоры пройдут в Женеве"
    assert quote.speaker == "Мария Захарова"


def test_quote_over_several_paragraphs() -> None:
    text = (
        "Лавров сказал:\n\n«Первый абзац длинной цитаты.\n\n«Второй абзац той же цитаты».\n\n"
        "На этом пресс-конференция закончилась."
    )
    quotes, _ = attribute(text)
    assert [q.text for q in quotes] == [
        "Первый абзац длинной цитаты.",
        "Второй абзац той же цитаты",
    ]
    assert {q.speaker for q in quotes} == {"Лавров"}
    assert quotes[0].attribution_id == quotes[1].attribution_id is not None


def test_quote_interrupted_by_its_attribution() -> None:
    quotes, _ = attribute("«Мы не ищем конфронтации, — сказал Лавров, — но защитим свои интересы».")
    assert [q.text for q in quotes] == ["Мы не ищем конфронтации", "но защитим свои интересы"]
    assert all(q.speaker == "Лавров" and q.cue == "сказал" for q in quotes)
    assert quotes[0].attribution_id == quotes[1].attribution_id is not None


def test_editorial_insertions() -> None:
    quote = only("«Она [ситуация] показала эффективность (сил ОДКБ — ТАСС)», — сказал Лавров.")
    assert [s.text for s in quote.insertions] == ["[ситуация]", "(сил ОДКБ — ТАСС)"]


def test_every_case_form_is_one_speaker_in_the_nominative() -> None:
    text = (
        "Журналисты спросили Сергея Лаврова о санкциях. «Санкции не работают», — ответил Лавров. "
        "Лаврову также задали вопрос о Сирии."
    )
    quotes, speakers = attribute(text)
    assert [q.speaker for q in quotes] == ["Сергей Лавров"]
    assert len(speakers) == 1
    assert [m.text for m in speakers[0].mentions] == ["Сергея Лаврова", "Лавров", "Лаврову"]


def test_title_and_role_from_apposition_and_later_role_mention() -> None:
    text = (
        "Министр иностранных дел России Сергей Лавров прибыл в Женеву.\n\n"
        "«Переговоры будут трудными», — заявил министр."
    )
    quote = only(text)
    assert quote.speaker == "Сергей Лавров"
    assert quote.speaker_role == "министр иностранных дел России"
    assert quote.speaker_mention is not None and quote.speaker_mention.kind == "role"


def test_pronoun_takes_the_person_named_before() -> None:
    text = (
        "Министр иностранных дел России Сергей Лавров провёл переговоры.\n\n"
        "«Мы готовы к диалогу», — сказал он журналистам в пятницу."
    )
    quote = only(text)
    assert quote.speaker == "Сергей Лавров" and quote.speaker_mention.kind == "pronoun"  # type: ignore[union-attr]
    assert quote.date_text is not None and quote.date_text.text == "в пятницу"


def test_no_speaker_rather_than_a_wrong_one() -> None:
    quote = only("«Всё будет хорошо», — сказал он.")
    assert quote.speaker is None and quote.confidence < 0.5


def test_titles_in_marks_are_not_quotes() -> None:
    quotes, _ = attribute(
        "Фильм «Один день Ивана Денисовича» выйдет в мае, сказали в студии «Мосфильм»."
    )
    assert all(q.text != "Один день Ивана Денисовича" for q in quotes)
    assert all(q.kind != "direct" for q in quotes)


def test_unmarked_quote_after_a_colon_and_line_break() -> None:
    quote = only("Актёр Ален Делон сообщил:\nЭто будет мой последний фильм.")
    assert quote.kind == "direct" and quote.text == "Это будет мой последний фильм."
    assert quote.speaker == "Ален Делон" and quote.speaker_role == "актёр"


def test_two_reported_clauses_joined_by_and() -> None:
    quotes, _ = attribute(
        "Глава МИД Сергей Лавров напомнил, что переговоры идут давно, "
        "и добавил, что «результат будет»."
    )
    assert [(q.kind, q.cue, q.text) for q in quotes] == [
        ("indirect", "напомнил", "переговоры идут давно"),
        ("mixed", "добавил", "«результат будет»"),
    ]


def test_occasion_and_syndication_line_are_kept_apart() -> None:
    text = "«Мы готовы», — заявил Лавров на пресс-конференции в Москве.\n\nПо материалам ТАСС"
    quote = only(text)
    assert quote.occasion == "на пресс-конференции в Москве"


def test_empty_and_quoteless_text() -> None:
    assert attribute("") == ([], [])
    assert attribute("В Москве идёт снег.") == ([], [])


def test_as_reported_by_in_the_middle_of_a_sentence() -> None:
    quote = only(
        "Более того, как сообщает CNN, виновным «грозят последствия вплоть до увольнения»."
    )
    assert (quote.kind, quote.cue, quote.speaker) == ("mixed", "как сообщает", "CNN")


def test_relative_pronoun_takes_its_antecedent() -> None:
    quote = only("Среди критиков был эксперт Иван Петров, который заявил, что реформа провалилась.")
    assert quote.speaker == "Иван Петров" and quote.text == "реформа провалилась"


def test_institution_by_its_place() -> None:
    quote = only("В Кремле подтвердили, что встреча состоится в мае.")
    assert quote.speaker == "Кремль" and quote.text == "встреча состоится в мае"


def test_according_to_before_a_colon() -> None:
    quote = only("По словам протоиерея Игоря Якимчука: «Молебен пройдёт в воскресенье».")
    assert (quote.kind, quote.cue, quote.speaker) == ("direct", "По словам", "Игорь Якимчук")


def test_document_without_author_takes_the_body_quoted_before() -> None:
    quotes, _ = attribute(
        "Пресс-служба МИД сообщила, что визит отложен. "
        "«Причины будут названы позже», — говорится в сообщении."
    )
    assert [(q.kind, q.cue) for q in quotes] == [("indirect", "сообщила"), ("direct", "говорится")]
    assert quotes[0].speaker == quotes[1].speaker is not None
