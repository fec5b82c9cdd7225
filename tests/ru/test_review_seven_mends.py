"""What the review of rounds eighteen and nineteen found in the Russian quote and speaker
books: a list after a colon is no quote, an organisation joined to a document's author stays
with it, a masculine occupation follows its verb's feminine agreement, a named person is not
folded into a document's compound author, only a real possessive ties a subject to someone
named before, and every list of ``[roles]`` reads «ё» as «е» with each word listed once
(constructed sentences; docs/russian.md, round twenty)."""

from __future__ import annotations

from quotewire.data_files import data_toml
from quotewire.speakers.russian_lexicon import russian_lexicon
from russian_quotes import quotes_of


def test_a_list_after_a_cue_and_a_colon_is_no_quote() -> None:
    for sentence in (
        "Эксперт назвал три главных риска: инфляцию, санкции и падение цен на нефть.",
        "Министр назвал три причины кризиса: рост цен, падение спроса и санкции.",
        "Министр отметил несколько проблем: коррупцию, бедность и безработицу.",
    ):
        assert quotes_of(sentence) == [], sentence


def test_an_organisation_joined_to_a_documents_author_stays_with_it() -> None:
    quotes = quotes_of("В сообщении Минфина и Центробанка говорится, что инфляция замедлится.")
    assert [q.speaker for q in quotes] == ["Минфин и Центробанк"]
    quotes = quotes_of(
        "В сообщении правительства и губернатора Тульской области говорится, что дороги откроют."
    )
    assert [q.speaker for q in quotes] == ["правительство и губернатор Тульской области"]


def test_a_mans_occupation_whose_verb_is_feminine_is_not_the_man_named() -> None:
    quotes = quotes_of(
        "Певица Анна Петрова выступила в Риме вместе с пианистом Иваном Смирновым. Музыкант "
        "заявила, что концерт удался."
    )
    assert [q.speaker for q in quotes if q.cue == "заявила"] == ["музыкант"]


def test_a_named_person_is_not_folded_into_a_documents_compound_author() -> None:
    quotes = quotes_of(
        "В сообщении губернатора и прокурора области Ивана Петрова говорится, что дороги откроют."
    )
    assert [q.speaker for q in quotes] == ["губернатор"]


def test_an_infinitives_object_pronoun_does_not_tie_the_subject_to_someone_named() -> None:
    for thing in ("его", "дом"):
        quotes = quotes_of(
            f"По факту поджога задержанный житель Твери пытался поджечь {thing}. Он сказал, что "
            "ни в чём не виноват."
        )
        assert [q.speaker for q in quotes if q.cue == "сказал"] == ["задержанный житель Твери"], (
            thing
        )


def test_every_roles_list_reads_yo_as_ye_and_lists_each_word_once() -> None:
    lexicon = russian_lexicon()
    lists = (lexicon.roles, lexicon.documents, lexicon.men_occupations, lexicon.women_occupations)
    assert not any("ё" in word for words in lists for word in words)
    assert {"актер", "ученый", "отчет"} <= lexicon.roles | lexicon.documents
    for key, words in data_toml("ru/lexicon.toml")["roles"].items():
        if isinstance(words, list):
            folded = [word.replace("ё", "е") for word in words]
            assert len(folded) == len(set(folded)), key
