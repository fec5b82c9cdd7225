"""Sources through a passive's conjunct, "made clear", a relative clause the parser took for
what the cue reports, a relative clause read as an adjective; pronouns after a quotation of
several sentences and genders from an apposition (ninth round)."""

from __future__ import annotations

import pytest
from speaker_samples import speaker_of_opening


@pytest.mark.slow
def test_an_active_conjunct_of_a_passive_takes_its_subject() -> None:
    text = (
        "By the end of the day, Mr. Trump was forced into a rare moment of damage control "
        "and said that his words had been misconstrued."
    )
    assert speaker_of_opening(text, "that his words") == "Trump"


@pytest.mark.slow
def test_made_clear_takes_the_subject_of_made() -> None:
    text = (
        "Senator Bernie Sanders spoke in Philadelphia on Thursday.\n\n"
        "He continued to express doubts about her qualifications and made clear that he did "
        "not intend to hold back."
    )
    assert speaker_of_opening(text, "that he did not intend") == "Bernie Sanders"


@pytest.mark.slow
def test_a_relative_clause_read_as_the_reported_clause_leaves_the_subject_before_it() -> None:
    text = (
        "Scott Slinker runs a company in San Jose.\n\n"
        "Mr. Slinker, whose latest start-up, Paradata, uses big data to help brands find "
        "suppliers, said Mr. Trump was a candidate very much in the spirit of Silicon Valley."
    )
    assert speaker_of_opening(text, "Mr. Trump was a candidate") == "Scott Slinker"


@pytest.mark.slow
def test_a_relative_clause_tagged_as_an_adjective_gives_its_noun() -> None:
    text = (
        "For over an hour, the presumptive nominee sat face to face with House Speaker Paul "
        "Ryan, who just a week ago surprised Trump by declaring he couldn't yet support his "
        "candidacy."
    )
    assert speaker_of_opening(text, "he couldn't yet support") == "Paul Ryan"


@pytest.mark.slow
def test_a_pronoun_after_a_quotation_of_several_sentences_counts_from_where_it_opens() -> None:
    text = (
        "Cruz could help turn out the GOP base for Sen. Kelly Ayotte, his allies have "
        "suggested.\n\n"
        "But Ayotte isn't interested.\n\n"
        "\u201cUh, no. I don't think I'd ask anyone to come up. I had Joni up. Shelley came "
        "too. It was great. This is about me campaigning for New Hampshire,\u201d she said."
    )
    assert speaker_of_opening(text, "Uh, no.") == "Kelly Ayotte"


@pytest.mark.slow
def test_a_possessive_in_an_apposition_tells_no_gender_of_the_name() -> None:
    text = (
        "Kellyanne Conway, a senior adviser and pollster for Mr. Trump and his running mate, "
        "will become the campaign manager.\n\n"
        "In a brief interview, Ms. Conway rejected the idea that the changes amounted to a "
        "shake-up.\n\n"
        "\u201cIt's an expansion at a busy time in the final stretch of the campaign,\u201d she "
        "said."
    )
    assert speaker_of_opening(text, "It's an expansion") == "Kellyanne Conway"


@pytest.mark.slow
def test_an_infinitive_after_a_person_object_is_the_object_s() -> None:
    text = (
        "Mrs. Clinton's aides and allies are pressuring Mr. Sanders to run on issues rather "
        "than continuing to attack Mrs. Clinton's ties to Wall Street."
    )
    assert speaker_of_opening(text, "Mrs. Clinton's ties") == "Sanders"


@pytest.mark.slow
def test_an_infinitive_after_an_object_that_is_no_person_is_the_subject_s() -> None:
    text = "Senator Ted Cruz used his speech to attack Hillary Clinton's record on Libya."
    assert speaker_of_opening(text, "Hillary Clinton's record") == "Ted Cruz"


@pytest.mark.slow
def test_an_infinitive_of_purpose_after_a_person_object_is_the_subject_s() -> None:
    text = (
        "Kristen Day runs Democrats for Life.\n\n"
        "Some Democrats have called her to say they will not vote for Hillary Clinton."
    )
    assert speaker_of_opening(text, "they will not vote") == "Democrats"


@pytest.mark.slow
def test_a_description_in_apposition_stands_for_the_name_before_it() -> None:
    text = (
        "But Bill Skelly, a longtime RNC data operative, vouched for both Braynard and "
        "Chrabaszcz, with whom he has crossed paths over the past 15 years."
    )
    assert speaker_of_opening(text, "both Braynard") == "Bill Skelly"


@pytest.mark.slow
def test_a_lone_name_is_the_surname_of_one_person_before_the_given_name_of_another() -> None:
    text = (
        "John Hammond, the party chairman, said the rules were clear.\n\n"
        "Tom John, the 7th District chairman, backs Cruz.\n\n"
        "John said he would not change his mind."
    )
    assert speaker_of_opening(text, "he would not change") == "Tom John"


@pytest.mark.slow
def test_a_description_after_a_verb_right_after_the_closing_mark_is_the_source() -> None:
    text = (
        "Insiders were asked about New Hampshire.\n\n"
        "\u201cIt\u2019s Bernie\u2019s to lose at this point,\u201d added another New Hampshire "
        "Democrat.\n\n"
        "\u201cThere are more candidates competing in New Hampshire,\u201d added another New "
        "Hampshire Republican."
    )
    assert speaker_of_opening(text, "It\u2019s Bernie\u2019s to lose") == "Democrat"
    assert speaker_of_opening(text, "There are more candidates") == "Republican"
