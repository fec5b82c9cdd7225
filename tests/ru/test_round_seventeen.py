"""Round seventeen: what tune7 showed and what tune6 left (constructed sentences;
docs/russian.md)."""

from __future__ import annotations

from russian_quotes import quotes_of


def test_a_role_in_the_genitive_of_another_role_is_not_the_names_role() -> None:
    """«пресс-секретарь мэра Иван Петров» is the press secretary, so a later «мэр» is not him."""
    quotes = quotes_of(
        "Заместителем Сергея Собянина назначен Андрей Иванов. Пресс-секретарь мэра Иван Петров "
        "остался на своём посту. Мэр Москвы пообещал определиться с назначениями позднее."
    )
    assert [q.speaker for q in quotes if q.cue == "пообещал"] == ["мэр Москвы"]


def test_a_bare_womans_occupation_is_the_woman_named_before_it() -> None:
    """Round fifteen's «журналистка» and Марзие Хашеми: given «телеведущая», not the noun."""
    quotes = quotes_of(
        "Полиция задержала телеведущую Анну Петрову. Её имя при рождении было Мария Смирнова. "
        "Петрова прилетела в Москву в пятницу. Агентство передаёт слова журналистки, которая "
        "жалуется, что её заставили снять платок."
    )
    assert [q.speaker for q in quotes if q.cue == "жалуется"] == ["Анна Петрова"]


def test_a_bare_womans_occupation_with_two_women_named_is_nobody_of_them() -> None:
    quotes = quotes_of(
        "Анна Петрова встретилась с Марией Смирновой. Петрова и Смирнова обсудили выставку. "
        "Журналистка сообщила, что выставка откроется в мае."
    )
    assert [(q.speaker or "").lower() for q in quotes if q.cue == "сообщила"] == ["журналистка"]


def test_a_reported_clause_ends_before_the_speakers_next_cue_after_an_adverb() -> None:
    quotes = quotes_of(
        "Женщина рассказала журналистам, что «очень счастлива» носить этот титул, а также "
        "поделилась секретом своего долголетия."
    )
    assert [q.text for q in quotes if q.cue == "рассказала"] == [
        "«очень счастлива» носить этот титул"
    ]


def test_a_clause_runs_on_over_a_joined_verb_that_reports_nothing() -> None:
    """«заметили в газете статью» (noticed) has no reported clause: the words are still his."""
    quotes = quotes_of(
        "По его словам, неделю после рождения у него не было имени, а затем родители заметили "
        "в газете статью о Горбачёве."
    )
    assert [q.text.endswith("статью о Горбачёве") for q in quotes] == [True]


def test_he_after_a_sentence_that_brings_in_an_unnamed_person_is_that_person() -> None:
    """tune7: «Он сказал» right after «был задержан 27-летний житель …» is the detainee, not the
    member of the council quoted before."""
    quotes = quotes_of(
        "Член совета Иван Петров заявил, что пожар локализован. По факту поджога был задержан "
        "27-летний житель Киевской области. Он сказал, что поджёг траву ради забавы."
    )
    speakers = [q.speaker or "" for q in quotes if q.cue == "сказал"]
    assert len(speakers) == 1 and "житель" in speakers[0]
