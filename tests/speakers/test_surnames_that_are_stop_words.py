"""Forty-eighth round: a surname that is also a common word keeps its person. A stop word that
ends a recognised name right after a given name is the surname ("George *Will*", "Theresa
*May*": speakers/name_tokens._surname_after_given_name), so the full name is the person and a
later lone surname joins it (a surname read as an adverb joins its person too:
test_names_read_as_adverbs). Sentences are made up."""

from __future__ import annotations

import pytest
from speaker_samples import speaker_of_opening


@pytest.mark.slow
def test_a_stop_word_surname_after_a_given_name_is_the_full_name() -> None:
    text = "\u201cThe plan will fail,\u201d said Harold Will, a columnist for the paper."
    assert speaker_of_opening(text, "The plan will fail") == "Harold Will"


@pytest.mark.slow
def test_a_lone_stop_word_surname_joins_its_person() -> None:
    text = (
        "Harold Will, a columnist for the paper, spoke on Monday.\n\n"
        "\u201cThe plan will fail,\u201d Will said."
    )
    assert speaker_of_opening(text, "The plan will fail") == "Harold Will"
