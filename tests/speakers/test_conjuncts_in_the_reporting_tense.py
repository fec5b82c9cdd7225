"""Thirty-ninth round: a subject-less conjunct the parser hung on a reported clause in the
same tense continues the reporting verb (quotes/misparsed_subjects.py
``reported_conjunct_head``): "Spicer said the party was not in a crisis, and urged that ..."
is Spicer's, not the party's. A copula's "It was ... that" reports nothing."""

from __future__ import annotations

import pytest
from speaker_samples import speaker_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "Party spokesman Tom Baker on Thursday said the Republican Party was not in a "
            "crisis, and urged that everyone take a deep breath and relax.",
            "take a deep breath",
            ("Tom Baker", "Baker"),
        ),
        (
            "Ms. Ruiz said Mr. Baker was ignorant of the law and criticized him for saying he "
            "had served his country.",
            "saying he had served",
            ("Ruiz", "Ms. Ruiz"),
        ),
        (
            "The director of the centre, Ann Ruiz, told the AP her group never worked with Baker "
            "and said the group hired the lobbyists on its own.",
            "the group hired the lobbyists",
            ("Ann Ruiz", "Ruiz"),
        ),
    ],
)
def test_a_conjunct_in_the_reporting_tense_continues_the_reporting_verb(
    text: str, fragment: str, speaker: tuple[str, ...]
) -> None:
    assert speaker_of(text, fragment) in speaker
