"""Speakers, forty-second round: a source's phrase that opens a quotation mark ends with the
mark that closes it ('3 percent of self-identified "liberals"', speakers/source_phrases
``full_phrase``); the subject of "is assured of" is the one sure of it, as of a passive of
feeling, while "had been assured" without "of" reports someone else's act
(quotes/feelings.py, passives.toml ``certain_of``). Sentences and names are made up."""

from __future__ import annotations

import pytest
from speaker_samples import speaker_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "fragment", "source"),
    [
        pytest.param(
            "In the poll, just 1 percent of Democrats and 3 percent of self-identified "
            '"liberals" said they would vote for the Green Party.',
            "the Green Party",
            'just 1 percent of Democrats and 3 percent of self-identified "liberals"',
            id="a_second_share_ending_in_a_quoted_word",
        ),
        pytest.param(
            'Members of a group called "Friends of the Earth" said the plan would fail.',
            "the plan would fail",
            'Members of a group called "Friends of the Earth"',
            id="a_quoted_name_at_the_end",
        ),
        pytest.param(
            'Supporters of a campaign called "Enough!" said the tax would hurt families.',
            "the tax would hurt families",
            'Supporters of a campaign called "Enough!"',
            id="a_quoted_name_ending_in_its_own_mark",
        ),
    ],
)
def test_a_source_phrase_does_not_end_inside_a_quotation(
    text: str, fragment: str, source: str
) -> None:
    assert speaker_of(text, fragment) == source


def test_the_subject_of_assured_of_is_the_source() -> None:
    text = (
        "Mary Delgado is adding to her delegate lead after victories in Ohio and Iowa.\n\n"
        "She is now assured of winning at least 175 delegates for the evening."
    )
    assert speaker_of(text, "at least 175 delegates") == "Mary Delgado"


def test_assured_without_of_is_no_state_of_the_subject() -> None:
    from quotewire.nlp.model import load_english
    from quotewire.quotes.feelings import is_feeling_passive

    doc = load_english()("Residents had been assured by officials that the water was safe.")
    assured = next(t for t in doc if t.lower_ == "assured")
    assert not is_feeling_passive(assured)


def test_the_closing_mark_is_added_after_the_quoted_words_own_mark() -> None:
    from quotewire.nlp.docs import with_closing_mark
    from quotewire.nlp.model import load_english

    doc = load_english()('Critics of the slogan "Make Ohio Great!" say it is empty.')
    phrase = with_closing_mark(list(doc[2:8]))
    assert phrase[-1].i == 9
    assert [t.text for t in phrase[-2:]] == ["!", '"']
