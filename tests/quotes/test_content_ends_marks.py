"""A reported part never ends in the mark that opens the next quotation."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from quotewire.quotes.content_ends import opens_quotation, without_closing_punctuation


def _doc(words: list[str], spaces: list[bool]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, spaces=spaces)


def test_opening_mark_left_at_the_sentence_end_is_dropped() -> None:
    # Time, Mr. Pence added, was on their side. ''It's preseason ...
    doc = _doc(
        ["was", "on", "their", "side", ".", "''", "It"],
        [True, True, True, False, True, False, True],
    )
    kept = without_closing_punctuation(list(doc[:6]))
    assert [t.text for t in kept] == ["was", "on", "their", "side"]


def test_closing_mark_of_a_held_quotation_is_kept() -> None:
    # he called it ''arbitrary.'' Then ...
    doc = _doc(
        ["it", "''", "arbitrary", ".", "''", "Then"], [True, False, False, False, True, True]
    )
    kept = without_closing_punctuation(list(doc[:5]))
    assert kept[-1].text == "''"
    assert not opens_quotation(doc[4])
    assert opens_quotation(doc[1])


def test_mark_at_the_end_of_the_text_opens_nothing() -> None:
    doc = _doc(["side", ".", "''"], [False, True, False])
    assert not opens_quotation(doc[2])
