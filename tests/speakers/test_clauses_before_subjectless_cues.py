"""Forty-seventh round: a participle after a subordinate clause, in a sentence whose main
clause has only an expletive "it", goes on from the subordinate clause's subject ("It was a
tense evening, as *the mayor* spoke for an hour, *insisting* ...";
speakers/adverbial_participles.subordinate_subject). With no such clause before it, the "it"
still names no one. A verb after a comma and "then", with the clause before it parsed as what
it reports, continues that clause's subject ("X offered ..., then *says* ...";
speakers/inherited._subject_of_clause_before). Sentences are made up."""

from __future__ import annotations

import pytest
from speaker_samples import speaker_of_opening


@pytest.mark.slow
def test_a_participle_after_an_as_clause_is_its_subjects() -> None:
    text = (
        "It was a tense evening in the hall, as the mayor spoke for an hour, insisting that "
        "the budget was balanced."
    )
    assert speaker_of_opening(text, "that the budget") == "the mayor"


@pytest.mark.slow
def test_an_expletive_with_no_clause_before_the_participle_names_no_one() -> None:
    text = "It was a tense evening in the hall, insisting that the budget was balanced."
    assert speaker_of_opening(text, "that the budget") is None


@pytest.mark.slow
def test_a_verb_after_comma_and_then_continues_the_clause_before() -> None:
    text = (
        "Governor Hale offered the man a job as his driver, then says he will welcome advice "
        "from anyone."
    )
    assert speaker_of_opening(text, "he will welcome") == "Hale"
