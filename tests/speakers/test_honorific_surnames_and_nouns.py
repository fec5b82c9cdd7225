"""Forty-third round: a person first named by an honorific and a surname has the honorific's
gender (speakers/name_clusters._person); a known surname the tagger read as a subject common
noun is still that person (speakers/recogniser_gaps.names_read_as_nouns). Sentences are made
up."""

from __future__ import annotations

import pytest
from speaker_samples import speaker_of

from quotewire import extract

pytestmark = pytest.mark.slow


def test_a_he_does_not_refer_to_a_woman_named_only_as_ms_surname() -> None:
    text = (
        "Local papers have lost readers for years.\n\n"
        "John Miller, the editor, defended the decision on Monday. Ms. Sykes disagreed. "
        '"At a certain point, you wake up and you realize you have lost the trust of every '
        'reader out there," he said.'
    )
    assert speaker_of(text, "At a certain point") == "John Miller"


def test_a_she_refers_to_a_woman_named_only_as_ms_surname() -> None:
    text = (
        "Local papers have lost readers for years.\n\n"
        "John Miller, the editor, defended the decision on Monday. Ms. Sykes disagreed. "
        '"At a certain point, you wake up and you realize you have lost the trust of every '
        'reader out there," she said.'
    )
    assert speaker_of(text, "At a certain point") == "Sykes"


def test_a_surname_read_as_a_plural_noun_is_the_he_in_its_own_sentence() -> None:
    text = (
        "Sen. Bernie Sanders of Vermont is locked in a close race with Hillary Clinton.\n\n"
        "Donald Trump said on Thursday that the report was a disaster for Clinton. Sanders "
        "appeared to dismiss the email issue in October, when he told Clinton at a debate that "
        "voters were tired of it."
    )
    (told,) = [q.speaker for q in extract(text).quotes if q.cue == "told"]
    assert told == "Bernie Sanders"
