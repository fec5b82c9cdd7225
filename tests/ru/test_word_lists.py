"""The Russian word lists read from ``data/ru`` (not written in the modules that use them)."""

from __future__ import annotations

import pytest

from quotewire.errors import DataFileError
from quotewire.speakers.russian_lexicon import _verb_and_infinitive, russian_lexicon
from russian_quotes import only


def test_quoting_verbs_and_document_pronouns_are_in_the_lexicon() -> None:
    lexicon = russian_lexicon()
    assert {"цитировать", "процитировать"} <= lexicon.quoting
    assert {"нём", "нем", "ней"} <= lexicon.in_it


def test_the_conjunctions_before_a_next_cue_are_in_the_lexicon() -> None:
    assert russian_lexicon().next_cue_joiners == {"и", "а", "но", "однако"}


def test_an_idiom_maps_its_verb_to_its_infinitive() -> None:
    assert russian_lexicon().idioms["давать"] == "понять"


def test_the_object_of_a_quoting_verb_is_the_source() -> None:
    quote = only("Как цитирует РИА Новости пресс-службу МВД, решение будет принято завтра.")
    assert quote.speaker is not None and quote.speaker.startswith("пресс-служб")


def test_a_weekday_after_vo_and_a_day_with_its_month_and_year_are_dates() -> None:
    quote = only("«Мы готовы к переговорам», — заявил Лавров во вторник.")
    assert quote.date_text is not None and quote.date_text.text == "во вторник"
    quote = only("«Мы готовы к переговорам», — заявил Лавров 14 января 2015 года.")
    assert quote.date_text is not None and quote.date_text.text == "14 января 2015 года"


def test_an_opener_of_two_words_takes_any_space_between_them() -> None:
    quote = only("«Мы готовы к переговорам», — заявил Лавров в  интервью агентству.")
    assert quote.occasion == "в  интервью агентству"


def test_an_idiom_is_a_verb_and_an_infinitive() -> None:
    assert _verb_and_infinitive("давать понять") == ("давать", "понять")
    with pytest.raises(DataFileError, match=r"cues\.idioms"):
        _verb_and_infinitive("давать всем понять")


def test_the_nouns_for_someones_words_are_in_the_lexicon() -> None:
    assert russian_lexicon().word_nouns == {"слово"}
