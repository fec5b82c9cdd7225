"""Fifteenth round: a group's name leaves out an aside after a comma that describes its members
(speakers/source_phrases.py, ``full_phrase``): a share of the group ("many of them ...") and an
adjective phrase ("long skeptical of ..."). Sentences are made up."""

from __future__ import annotations

import pytest
from speaker_samples import speaker_of_opening


@pytest.mark.slow
def test_a_share_of_the_group_after_a_comma_is_left_out() -> None:
    text = "Her critics in the state, many of them Catholics, say that the plan is wrong."
    assert speaker_of_opening(text, "that the plan is wro") == "Her critics in the state"


@pytest.mark.slow
def test_an_adjective_phrase_after_a_comma_is_left_out() -> None:
    text = (
        "A handful of party donors, long skeptical of the new leader, now say that the plan "
        "could work."
    )
    assert speaker_of_opening(text, "that the plan could ") == "A handful of party donors"
