"""Forty-sixth round: a participle set off by a comma after a clause inside its sentence goes
with the clause that holds that one (quotes/sources.py ``_in_trailing_adverbial_clause``,
``_is_set_in``): after an "after"/"when" clause that follows a main verb of saying it is the
main subject's; after a reporting clause set in between commas it is that clause's subject's.
A finite verb in a series that the parser hung as a second adverbial clause has the subject of
the clause before it (quotes/misparsed_subjects.series_verb_subject). Sentences are made up."""

from __future__ import annotations

import pytest
from speaker_samples import speaker_of

pytestmark = pytest.mark.slow


def test_a_participle_after_a_trailing_after_clause_goes_on_with_the_report() -> None:
    text = (
        "Senator Mary Walsh said on Tuesday that the governor was right after the young mayor "
        "easily won his primary, remarking that the party needs him back in the capital."
    )
    assert speaker_of(text, "the party needs him") == "Mary Walsh"


def test_a_participle_after_a_clause_under_another_verb_keeps_its_subject() -> None:
    text = (
        "The row erupted two months after the young mayor entered the race with harsh words "
        "about the council, saying that its members were thieves."
    )
    assert speaker_of(text, "its members were") in ("the young mayor", "mayor")


def test_a_participle_without_a_comma_keeps_the_adverbial_clauses_subject() -> None:
    text = "Walsh left the hall after the mayor stood up saying that the vote had been rigged."
    assert speaker_of(text, "the vote had been") in ("the mayor", "mayor")


def test_a_participle_after_a_set_in_reporting_clause_is_its_subjects() -> None:
    text = (
        "Parker cannot say that “from his own perspective,” Mills added, saying it should be "
        "“up to the council to decide.”"
    )
    assert speaker_of(text, "up to the council") == "Mills"


def test_a_participle_after_a_reported_clause_is_the_reporters() -> None:
    text = (
        "Trump said things would be wrapped up by the summer, referring to the talks with Mexico."
    )
    assert speaker_of(text, "the talks with Mexico") == "Trump"


def test_a_verb_in_a_series_read_as_an_adverbial_clause_has_the_series_subject() -> None:
    text = (
        "The only time the budget came up was when Ann Ruiz complained about the cost of the "
        "bridge, referred to the mayor's old promises and claimed that the council had lied."
    )
    assert speaker_of(text, "the council had lied") == "Ann Ruiz"
