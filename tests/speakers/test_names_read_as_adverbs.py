"""Forty-seventh round: a surname that the tagger read as an adverb of the cue, for its "-ly"
ending or because it is one too ('"...," said *Brantly*, explaining ...', "And *Brantly* called
...", "According to reports, *Rather* states ..."), is the cue's subject when the article names
a person by it (quotes/misparsed_subjects.name_read_as_adverb), and (forty-eighth round) names
that person, not a group of its own (speakers/name_tokens.surname_read_as_adverb); a
capitalised adverb opening its sentence stays an adverb. Sentences are made up."""

from __future__ import annotations

import pytest
from speaker_samples import speaker_of_opening

ARTICLE = (
    "But Tom Brantly, a longtime county data analyst, vouched for the new system.\n\n"
    "\u201cHaving access to the voter file is valuable,\u201d said Brantly, explaining he had "
    "worked with the county for years.\n\n"
    "And Brantly called the clerk \u201ca real professional.\u201d\n\n"
    "Separately, officials said the count would finish on Friday."
)


@pytest.mark.slow
def test_a_surname_read_as_an_adverb_after_the_cue_is_its_subject() -> None:
    assert speaker_of_opening(ARTICLE, "he had worked with t") == "Tom Brantly"


@pytest.mark.slow
def test_a_surname_read_as_an_adverb_before_the_cue_is_its_subject() -> None:
    assert speaker_of_opening(ARTICLE, "the clerk \u201ca real pr") == "Tom Brantly"


@pytest.mark.slow
def test_an_adverb_opening_its_sentence_is_no_name() -> None:
    assert speaker_of_opening(ARTICLE, "the count would fini") == "officials"


@pytest.mark.slow
def test_a_surname_that_is_also_an_adverb_is_the_cues_subject_and_its_person() -> None:
    text = (
        "Tom Rather, a former news anchor, sued the network on Monday.\n\n"
        "According to reports, Rather states that he will donate the money to charity."
    )
    assert speaker_of_opening(text, "that he will donate ") == "Tom Rather"
