"""Russian statements share the date and occasion their speaker's statement states, while the
story stays with the speaker and no word or date puts them at another time."""

from __future__ import annotations

import pytest

from quotewire import extract
from quotewire.types import Quote

_LEAD = (
    "Министр иностранных дел России Сергей Лавров заявил в пятницу на пресс-конференции в "
    "Москве, что переговоры зашли в тупик.\n\n"
)


def _quote(text: str, words: str) -> Quote:
    quotes = extract(text, published="2022-01-14", lang="ru").quotes
    return next(q for q in quotes if words in q.text)


def test_the_next_statement_carries_the_date_and_occasion() -> None:
    text = _LEAD + "«Мы сделали всё, что могли», — сказал Лавров."
    stated, carried = _quote(text, "переговоры"), _quote(text, "Мы сделали")
    assert carried.circumstances_from == stated.attribution_id is not None
    assert (carried.date, carried.occasion) == ("2022-01-14", stated.occasion)
    assert stated.occasion is not None and stated.occasion.startswith("на пресс-конференции")


@pytest.mark.parametrize("cue", ["ранее сказал", "скажет"])
def test_a_word_or_tense_of_another_time_carries_nothing(cue: str) -> None:
    text = _LEAD + f"«Мы сделали всё, что могли», — {cue} Лавров."
    carried = _quote(text, "Мы сделали")
    assert (carried.circumstances_from, carried.date, carried.occasion) == (None, None, None)


def test_a_paragraph_without_the_speaker_ends_the_scene() -> None:
    text = _LEAD + "Переговоры начались в марте.\n\n«Мы сделали всё, что могли», — сказал Лавров."
    assert _quote(text, "Мы сделали").circumstances_from is None


def test_the_date_the_stating_statement_gives_is_no_other_time() -> None:
    """A statement in the sentence of the one that states «в пятницу» was said then too."""
    text = (
        "Министр иностранных дел России Сергей Лавров в пятницу заявил, что переговоры зашли в "
        "тупик: «Мы сделали всё, что могли», — сказал он."
    )
    stated, carried = _quote(text, "переговоры"), _quote(text, "Мы сделали")
    assert stated.date_text is not None
    assert carried.circumstances_from == stated.attribution_id is not None
    assert carried.date == "2022-01-14"
