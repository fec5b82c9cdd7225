"""Forty-third round: the quotation right after "as X said," is X's, also when a cue follows
its closing mark for the next sentence (quotes/as_put_it.opens_with_as, used by
quotes/beside.follows_as_clause). Sentences are made up."""

from __future__ import annotations

import pytest
from speaker_samples import speaker_of

pytestmark = pytest.mark.slow

_AS_SHE_SAID = (
    "Local papers have lost readers for years.\n\n"
    "John Miller, the editor, defended the decision at a meeting with the staff on Monday. "
    'But, as Ms. Sykes said, "At a certain point, you wake up and you realize you have lost '
    'the trust of every reader out there." Therefore any attempt to correct a rumour by the '
    "mayor, he said, becomes hopeless."
)


def test_the_quotation_after_as_x_said_is_x() -> None:
    assert speaker_of(_AS_SHE_SAID, "At a certain point") == "Sykes"


def test_the_cue_after_the_closing_mark_keeps_its_own_sentence() -> None:
    assert speaker_of(_AS_SHE_SAID, "any attempt to correct") == "John Miller"
