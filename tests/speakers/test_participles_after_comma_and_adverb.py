"""Thirty-ninth round: a participle set off by a comma and its own adverbs
(quotes/participle_sources.py ``adverbs_start``): "..., forcefully denouncing" belongs to the
clause that holds the relative clause the parser hung it in, as "..., denouncing" does."""

from __future__ import annotations

import pytest
from speaker_samples import speaker_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("adverbs", ["", "forcefully ", "again "])
def test_a_participle_after_a_comma_and_adverbs_leaves_the_relative_clause(adverbs: str) -> None:
    text = (
        "Ann Ruiz had a strong moment that could play well in her home state in the second "
        f"hour, {adverbs}denouncing the old regime after Baker said he was open to a deal."
    )
    assert speaker_of(text, "the old regime") in ("Ann Ruiz", "Ruiz")


def test_an_adverb_without_a_comma_keeps_the_relative_clause() -> None:
    text = "Ruiz met a senator who kept loudly denouncing the old regime at every stop."
    assert speaker_of(text, "the old regime") in ("a senator", "senator")
