"""The shared dash vocabulary: every way news text types a dash is in it, and the hyphen,
which also joins words, stays apart."""

from __future__ import annotations

import pytest

from quotewire.nlp.punctuation import (
    CLAUSE_BREAKS,
    DASH_CHARACTERS,
    DASH_OR_HYPHEN_CHARACTERS,
    DASHES,
    DASHES_OR_HYPHEN,
    HYPHEN,
)


@pytest.mark.parametrize("dash", ["—", "–", "―", "‒", "--"])
def test_every_typed_dash_is_a_dash(dash: str) -> None:
    assert dash in DASHES
    assert dash in DASHES_OR_HYPHEN
    assert dash in CLAUSE_BREAKS
    assert all(c in DASH_OR_HYPHEN_CHARACTERS for c in dash)


def test_a_hyphen_is_a_dash_only_where_a_rule_allows_it() -> None:
    assert HYPHEN not in DASHES
    assert HYPHEN not in DASH_CHARACTERS
    assert HYPHEN not in CLAUSE_BREAKS
    assert HYPHEN in DASHES_OR_HYPHEN


def test_clause_breaks_are_the_dashes_colon_and_semicolon() -> None:
    others = CLAUSE_BREAKS - DASHES
    assert others == {":", ";"}
