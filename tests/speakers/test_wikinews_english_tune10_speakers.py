"""Fixes from the tune10 split of the English Wikinews gold set (tests/data/en/): a bare
participle set after a passive clause takes its passive subject as its source ("President X
was sworn in on Monday, *pledging* to ..."): speakers/inherited.py ``_climbed_subject``.
Measured on PolNeAR train articles 1-840 too; the sentences are made up in the shape found in
the articles."""

from __future__ import annotations

import pytest
from speaker_samples import speaker_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "President Maria Lopez was sworn into her second term in the capital on Monday, "
        "pledging to cut taxes and reform the courts.",
        "Governor Tom Hale was interviewed on the radio on Sunday, promising to cut taxes.",
    ],
)
def test_a_participle_after_a_passive_clause_speaks_for_its_subject(text: str) -> None:
    speaker = speaker_of(text, "to cut taxes")
    assert speaker in ("Maria Lopez", "Tom Hale")


def test_a_participle_after_an_active_clause_keeps_its_subject() -> None:
    text = "Governor Tom Hale met the unions on Monday, promising to cut taxes."
    assert speaker_of(text, "to cut taxes") == "Tom Hale"
