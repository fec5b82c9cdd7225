"""Round nine: what tune5 showed — a «по»-phrase inside a name, a fronted «о»-topic before its
speaker, an apposition to a «по словам»-phrase's source, a name with an initial, «по их словам»
with no group quoted before, «приводит слова X», a topic that points back, and a clause before a
colon quote ended by the speaker's «что,» or reported by a source after it (constructed
sentences; docs/russian.md)."""

from __future__ import annotations

from russian_quotes import only, quotes_of


def test_a_phrase_inside_a_name_is_no_attribution() -> None:
    assert (
        quotes_of(
            "Альбом запретили в 2009 году, когда Комитетом по Оценке СМИ обложка диска была "
            "названа вредной."
        )
        == []
    )
    quote = only("По оценке экспертов, ущерб составил миллион рублей.")
    assert (quote.speaker, quote.text) == ("эксперты", "ущерб составил миллион рублей")


def test_a_fronted_topic_stops_before_the_speaker() -> None:
    quote = only("Об отречении 79-летний монарх заявил ещё 3 июля в прямом эфире телевидения.")
    assert (quote.kind, quote.text, quote.speaker) == (
        "indirect",
        "Об отречении",
        "79-летний монарх",
    )


def test_an_apposition_to_the_source_of_a_phrase_is_skipped_and_named() -> None:
    quote = only(
        "По словам одного из участников пикетов, епископа Апостольской Православной Церкви "
        "Григория Михнова-Вайтенко, статья «прямо противоречит евангельскому высказыванию»."
    )
    assert quote.kind == "mixed" and quote.text.startswith("статья «прямо")
    assert quote.speaker == "Григорий Михнов-Вайтенко"


def test_a_name_with_an_initial_is_the_whole_name() -> None:
    quotes = quotes_of(
        "Музей возглавляет археолог Александр Кержаев. Однако, А. Кержаев также говорит, что "
        "музей не имеет ресурсов, чтобы восстановить скелет."
    )
    assert [(q.text[:12], q.speaker) for q in quotes] == [("музей не име", "Александр Кержаев")]


def test_their_words_with_no_group_quoted_are_the_plural_subject() -> None:
    quote = only(
        "Королеву посетили родственники и близкие, по их словам, королева находится «в хорошем "
        "расположении духа»."
    )
    assert (quote.kind, quote.speaker) == ("mixed", "родственники и близкие")
    quote = only("По их словам, королева находится в хорошем расположении духа.")
    assert quote.speaker is None  # nobody to point at: no speaker rather than a wrong one


def test_citing_someones_words_gives_their_owner() -> None:
    quotes = quotes_of(
        "«Президент узнал о кончине с прискорбием», — сообщил пресс-секретарь президента "
        "Дмитрий Песков.\n«Мы шокированы его внезапной смертью», — приводит Reuters слова "
        "представителя генсека ООН Антониу Гутерриша."
    )
    assert [q.speaker for q in quotes] == [
        "Дмитрий Песков",
        "представитель генсека ООН Антониу Гутерриша",
    ]
    assert quotes[1].cue == "приводит"
    quote = only("Газета приводит слова адвоката, что он готов потребовать компенсацию.")
    assert (quote.text, quote.cue) == ("он готов потребовать компенсацию", "приводит")


def test_a_name_after_the_role_of_a_body_stays_the_speakers() -> None:
    quote = only("По словам главы ведомства Александра Жарова, законы обязательны для всех.")
    assert quote.speaker == "Александр Жаров"


def test_a_topic_that_points_back_is_no_statement() -> None:
    assert quotes_of("СМИ, сообщившие о данном изделии, привели его фотографию.") == []
    assert quotes_of("Об этом сообщила пресс-служба министерства.") == []
    quote = only("О смерти артиста сообщил его отец.")
    assert quote.text == "О смерти артиста"


def test_a_that_clause_with_a_comma_before_a_colon_quote_is_reported_too() -> None:
    quotes = quotes_of(
        "Кержаев также сказал, что, предположительно, мамонт прожил до 50 лет, буквально: "
        "«Судя по размеру костей, это был взрослый мамонт»."
    )
    assert [q.kind for q in quotes] == ["indirect", "direct"]
    assert quotes[0].text.startswith("предположительно, мамонт прожил до 50 лет")


def test_a_source_after_its_clause_before_a_colon_quote_reports_the_clause() -> None:
    quotes = quotes_of(
        "Поэт до последних минут был в сознании, сообщает его друг: «он всё слышал и понимал, "
        "что столько людей за него волнуется»."
    )
    assert [(q.kind, q.text[:20], q.speaker) for q in quotes] == [
        ("indirect", "Поэт до последних ми", "его друг"),
        ("direct", "он всё слышал и пони", "его друг"),
    ]


def test_what_someone_found_out_is_reported() -> None:
    quote = only(
        "Как выяснили журналисты, в 2013 году житель Гданьска был приговорён к пяти годам "
        "заключения."
    )
    assert (quote.speaker, quote.cue) == ("журналисты", "Как выяснили")
    assert quotes_of("Сначала я должен выяснить, действительно ли он уходит.") == []


def test_calling_for_something_is_a_request() -> None:
    quote = only("Король призвал бельгийцев к единству.")
    assert (quote.kind, quote.text, quote.cue) == ("indirect", "бельгийцев к единству", "призвал")
    assert quotes_of("Король подошёл к окну.") == []


def test_the_speakers_next_cue_as_a_converb_ends_the_clause() -> None:
    quotes = quotes_of(
        "Монарх призвал бельгийцев к единству, подчеркнув её «ценное демократическое богатство»."
    )
    assert quotes[0].text == "бельгийцев к единству"
    quotes = quotes_of(  # a converb inside what was said is no next cue of the source's
        "По данным ФБР, компания обратилась в ведомство, сообщив о краже секретов, а инженер "
        "сказал коллеге, что уезжает."
    )
    assert quotes[0].speaker == "ФБР"
    assert quotes[0].text.endswith("а инженер сказал коллеге, что уезжает")


def test_a_cue_before_words_quoted_in_its_own_clause_introduces_the_block() -> None:
    quotes = quotes_of(
        "Король выступил с обращением.\nМонарх также призвал бельгийцев к единству, подчеркнув "
        "её «ценное демократическое богатство» — плюрализм:\nДавайте продолжим крепко верить в "
        "Европу. Во многих сферах мы можем достичь целей только вместе."
    )
    assert [(q.kind, q.cue, q.text[:16]) for q in quotes] == [
        ("indirect", "призвал", "бельгийцев к еди"),
        ("direct", "подчеркнув", "Давайте продолжи"),
    ]
