"""Speakers, forty-first round (speakers/source_phrases ``full_phrase``): two shares joined by
"and" that the parser made two subjects of one verb are one source, named with both; the
phrase no longer ends in the "and". Sentences are made up."""

from __future__ import annotations

import pytest
from speaker_samples import speaker_of

pytestmark = pytest.mark.slow


def test_a_second_share_the_parser_made_a_subject_belongs_to_the_source() -> None:
    text = (
        "In the new poll, just 1 percent of Democrats and 3 percent of Republicans say the "
        "law works."
    )
    assert speaker_of(text, "the law works") == (
        "just 1 percent of Democrats and 3 percent of Republicans"
    )


def test_shares_the_parser_coordinated_stay_whole() -> None:
    text = (
        "There is almost no divide: 89% of young Democrats and 83% of young Republicans "
        "endorse universal background checks."
    )
    assert speaker_of(text, "background checks") == (
        "89% of young Democrats and 83% of young Republicans"
    )
