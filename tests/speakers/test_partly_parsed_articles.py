"""Coreference in articles the pipeline parses only in part (sentences without a quotation
mark or cue word get entities only), and names that join the right person."""

from __future__ import annotations

import pytest
from speaker_samples import speaker_of

from quotewire import extract


@pytest.mark.slow
def test_he_goes_to_the_subject_of_an_unparsed_sentence_just_before() -> None:
    # "Obama is unveiling ..." has no cue word: it is not parsed, yet its subject is nearest
    text = (
        "Former Florida Gov. Jeb Bush says President Barack Obama is acting unlawfully.\n\n"
        "Bush says it is even more important to defend gun rights after the attacks.\n\n"
        "Obama is unveiling the new actions at the White House on Tuesday. He is aiming to "
        "expand background checks to cover more firearms."
    )
    assert speaker_of(text, "background checks") == "Barack Obama"


@pytest.mark.slow
def test_a_surname_the_recogniser_missed_in_an_unparsed_sentence_counts() -> None:
    text = (
        "Bernie Sanders and Hillary Clinton met in New Hampshire. Clinton said Barack Obama "
        "took money from Wall Street and still signed the reform.\n\n"
        "Sanders wasn’t impressed. “No Wall Street executive has been prosecuted,” he noted."
    )
    assert speaker_of(text, "No Wall Street executive") == "Bernie Sanders"


@pytest.mark.slow
def test_an_honorific_picks_the_person_of_its_gender_among_namesakes() -> None:
    text = (
        "Bill Clinton campaigned in Iowa.\n\n"
        "Hillary Clinton answered questions in New Hampshire. A young woman asked about the "
        "allegations. Mrs. Clinton did not hesitate. “I would say that everybody should be "
        "believed at first,” she said."
    )
    assert speaker_of(text, "everybody should be believed") == "Hillary Clinton"


@pytest.mark.slow
def test_a_name_with_a_leading_headline_word_is_the_same_person() -> None:
    # "Star" is a given name too: it must not make Norbert Leo Butz a woman
    text = (
        "Bloodline Star Norbert Leo Butz Is Ready To Go Girl Crazy\n\n"
        "Thanks to his latest act, Norbert Leo Butz can add a new title to his resume.\n\n"
        "The concert features songs by Loretta Lynn and Ray LaMontagne. Along the way, he will "
        "share anecdotes about the women in his life.\n\n"
        "“It’s straight from the heart,” he said."
    )
    speakers = {s.name for s in extract(text).speakers}
    assert "Star Norbert Leo Butz" not in speakers
    assert speaker_of(text, "straight from the heart") == "Norbert Leo Butz"
