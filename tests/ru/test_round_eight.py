"""Round eight: what round seven left — an occasion with adjectives before its event noun, a
named person's quotation after a colon with no verb of saying, a quotation resumed after a
dashless «, говорит X,», «давал понять, что …», a source's place after its organisation
(constructed sentences; docs/russian.md)."""

from __future__ import annotations

from russian_quotes import only, quotes_of


def test_an_occasion_may_have_adjectives_before_its_event() -> None:
    quote = only("«Мы готовы к переговорам», — заявил Лавров на еженедельной пресс-конференции.")
    assert quote.occasion == "на еженедельной пресс-конференции"
    quote = only("Министр заявил на совместном брифинге с коллегой, что переговоры идут.")
    assert quote.occasion == "на совместном брифинге с коллегой"
    quote = only("«Я не уйду», — сказал тренер в эксклюзивном интервью агентству ТАСС.")
    assert quote.occasion == "в эксклюзивном интервью агентству ТАСС"


def test_a_noun_before_interview_is_no_occasion() -> None:
    quote = only("Журналист, попавший в тюрьму за интервью, заявил, что не жалеет об этом.")
    assert quote.occasion is None


def test_a_named_persons_sentence_before_a_colon_gives_the_quotation() -> None:
    quote = only(
        "Юханссон передумал, несмотря на свой преклонный возраст: «На данный момент никто "
        "серьёзно не выразил намерения занять мой пост»."
    )
    assert (quote.kind, quote.speaker) == ("direct", "Юханссон")
    assert quote.text.startswith("На данный момент") and quote.cue is None
    quote = only(
        "Год назад Алишер Усманов опровергал все слухи: «Ничего никому не оставлю. Детей нет»."
    )
    assert quote.speaker == "Алишер Усманов"


def test_a_colon_after_a_pronoun_before_titles_or_mid_sentence_gives_no_quotation() -> None:
    assert quotes_of("Он долго молчал: «Мне нечего сказать журналистам сегодня».") == []
    assert quotes_of("Сергей Михалков известен по фильмам: «Двенадцать стульев», «Афоня».") == []
    assert quotes_of("Иван Петров прочитал: «Весна пришла к нам рано» и засмеялся.") == []


def test_a_quotation_resumed_after_an_attribution_between_commas() -> None:
    quotes = quotes_of(
        "Тренер долго молчал. Интересы в футболе, которые «требуют полной отдачи сил», говорит "
        "Юханссон, «поэтому я лучше буду продолжать, чем позволю всему рухнуть»."
    )
    assert [(q.kind, q.text[:20], q.speaker) for q in quotes] == [
        ("mixed", "Интересы в футболе, ", "Юханссон"),
        ("direct", "поэтому я лучше буду", "Юханссон"),
    ]
    assert quotes[0].attribution_id == quotes[1].attribution_id
    quotes = quotes_of(
        "Ситуация сложная, говорит Иван Петров, «но мы справимся с ней до конца года»."
    )
    assert [(q.kind, q.text) for q in quotes] == [
        ("indirect", "Ситуация сложная"),
        ("direct", "но мы справимся с ней до конца года"),
    ]


def test_no_resumed_quotation_without_a_cue_or_before_the_sentence_end() -> None:
    quotes = quotes_of("Ситуация сложная, пишет Иван Петров, «но мы справимся» и улыбается.")
    assert "direct" not in [q.kind for q in quotes]
    assert quotes_of("Ситуация сложная, как и раньше, «но мы справимся с ней до конца года».") == []
    short = quotes_of("Ситуация сложная, говорит Иван Петров, «но».")
    assert "direct" not in [q.kind for q in short]  # too short to be words resumed


def test_made_it_clear_is_a_cue_with_its_infinitive() -> None:
    quote = only("Ранее Юханссон давал понять, что он не будет больше выставлять свою кандидатуру.")
    assert (quote.kind, quote.speaker, quote.cue) == ("indirect", "Юханссон", "давал понять")
    assert quote.text == "он не будет больше выставлять свою кандидатуру"
    assert (
        only("Президент ясно дал всем понять, что компромисса не будет.").cue == "дал всем понять"
    )


def test_giving_without_making_clear_is_no_cue() -> None:
    assert quotes_of("Учитель дал детям понять задачу, и они начали.") == []
    assert quotes_of("Отец дал сыну денег, что было кстати.") == []


def test_a_sources_place_after_its_organisation_is_no_part_of_its_name() -> None:
    quote = only("Как сообщил источник РБК в правоохранительных органах, обыски прошли утром.")
    assert quote.speaker == "источник РБК"


def test_a_place_of_the_owner_or_of_a_source_without_one_stays() -> None:
    quote = only("Официальный представитель посольства России в США заявил, что визы выдадут.")
    assert quote.speaker == "Официальный представитель посольства России в США"
    quote = only("Источник в федеральном правительстве сообщил, что решение принято.")
    assert quote.speaker == "источник в федеральном правительстве"
