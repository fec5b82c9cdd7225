"""What the review of rounds sixteen and seventeen found in the Russian speaker book: a woman
said to be another is not the one named, a subject tied to the quoted person by «его» is not
someone just brought in, a role in the genitive of a non-role noun keeps its role, and the
women's occupations match whatever way «ё» is written (constructed sentences; docs/russian.md,
round nineteen)."""

from __future__ import annotations

from quotewire.nlp.russian import load_russian
from quotewire.speakers.russian_lexicon import russian_lexicon
from quotewire.speakers.russian_roles import role_lemma_near
from russian_quotes import quotes_of

_ARRESTED = "Полиция задержала телеведущую Анну Петрову. Петрова прилетела в Москву в пятницу. "


def test_a_woman_said_to_be_another_is_not_the_woman_named() -> None:
    for phrase in ("Другая журналистка", "Ещё одна журналистка", "Вторая журналистка"):
        quotes = quotes_of(f"{_ARRESTED}{phrase} сообщила, что её тоже допрашивали.")
        assert [q.speaker for q in quotes if q.cue == "сообщила"] != ["Анна Петрова"], phrase


def test_a_womans_occupation_matches_with_or_without_yo_and_as_a_noun_adjective() -> None:
    for noun in ("ведущая", "режиссёрша", "режиссерша", "телеведущая"):
        quotes = quotes_of(f"{_ARRESTED}Позже {noun} сообщила, что её тоже допрашивали.")
        assert [q.speaker for q in quotes if q.cue == "сообщила"] == ["Анна Петрова"], noun


def test_a_subject_tied_to_the_quoted_person_by_a_possessive_is_not_brought_in() -> None:
    for sentence in ("Его сын был задержан в пятницу.", "Задержанный сосед оказался его другом."):
        quotes = quotes_of(
            f"Депутат Иван Петров заявил, что будет добиваться проверки. {sentence} Он сказал, "
            "что задержанный ни в чём не виноват."
        )
        assert [q.speaker for q in quotes if q.cue == "сказал"] == ["Иван Петров"], sentence


def test_a_subject_brought_in_by_a_noun_alone_is_still_the_pronoun() -> None:
    quotes = quotes_of(
        "По факту поджога был задержан 27-летний житель Твери. Он сказал, что ни в чём не виноват."
    )
    assert [q.speaker for q in quotes if q.cue == "сказал"] == ["27-летний житель Твери"]


def test_a_role_in_the_genitive_of_a_word_that_is_no_role_keeps_its_role() -> None:
    nlp, roles = load_russian(), russian_lexicon().roles
    for sentence, role in (
        ("По словам пресс-секретаря мэра Ивана Петрова, решение принято.", "пресс-секретарь"),
        ("По словам министра финансов России Антона Силуанова, бюджет сбалансирован.", "министр"),
        ("По мнению мэра Москвы Сергея Собянина, дорог хватает.", "мэр"),
    ):
        text = nlp.read(sentence)
        [name] = [e for e in text.entities if e.type == "PER"]
        assert role_lemma_near(text, name, roles) == role, sentence
