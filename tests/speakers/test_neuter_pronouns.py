"""Fourteenth round: an "it" that says something is the organisation that is the main-clause
subject just before it (speakers/coref.py); a nearer subject the clusters do not hold (a
country, "the administration") leaves it unresolved; a "they" after people coordinated as a
subject is the first of them. Sentences and names are made up."""

from __future__ import annotations

import pytest

from quotewire import extract


def speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text[:20], q.speaker) for q in extract(text).quotes]


@pytest.mark.slow
def test_it_after_an_organisation_subject_is_that_organisation() -> None:
    text = (
        "The Federal Reserve does not want to stall growth this winter. "
        "It said that rates would rise more slowly than in past recoveries.\n\n"
        "The Washington Post reported that Klein was gathering material. "
        'It added, "the visit comes as Trump promises new attacks on the stump."'
    )
    found = dict(speakers(text))
    assert found["that rates would ris"] == "Federal Reserve"
    assert found["the visit comes as T"] == "Washington Post"


@pytest.mark.slow
def test_it_after_another_main_subject_stays_unresolved() -> None:
    text = (
        "The State Department shut its email system down in 2014. "
        "The administration has never blamed Russia for the theft, "
        "and it said that the investigation would continue into next year."
    )
    found = dict(speakers(text))
    assert found["that the investigati"] is None


@pytest.mark.slow
def test_they_after_coordinated_people_is_the_first_of_them() -> None:
    text = (
        "Hillary Clinton and Senator Elizabeth Warren held their first joint event on Monday. "
        "They said that the economy was rigged."
    )
    assert dict(speakers(text))["that the economy was"] == "Hillary Clinton"


@pytest.mark.slow
def test_they_after_a_single_person_stays_unresolved() -> None:
    text = "Voters in Ohio are angry. They said that the economy was rigged."
    assert dict(speakers(text))["that the economy was"] is None
