"""Speakers, forty-first round: two shares joined by "and" that the parser made two subjects
of one verb are one source, named with both, and the phrase no longer ends in the "and"
(speakers/source_phrases ``full_phrase``); a "they" or "their" in the clause of a share of a
group ("Some of the delegates") is that share (speakers/antecedents ``governing_subject``).
Sentences are made up."""

from __future__ import annotations

import pytest
from speaker_samples import speaker_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "fragment", "source"),
    [
        (
            "In the new poll, just 1 percent of Democrats and 3 percent of Republicans say "
            "the law works.",
            "the law works",
            "just 1 percent of Democrats and 3 percent of Republicans",
        ),
        (
            "There is almost no divide: 89% of young Democrats and 83% of young Republicans "
            "endorse universal background checks.",
            "background checks",
            "89% of young Democrats and 83% of young Republicans",
        ),
    ],
)
def test_a_second_share_the_parser_made_a_subject_belongs_to_the_source(
    text: str, fragment: str, source: str
) -> None:
    assert speaker_of(text, fragment) == source


def test_a_their_owned_by_a_share_of_a_group_is_that_share() -> None:
    text = "Some of the delegates shared their concerns about the choices they face."
    assert speaker_of(text, "the choices they face") == "Some of the delegates"
