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
    is_dash,
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


@pytest.fixture(scope="module")
def nlp():
    from quotewire.nlp.model import load_english

    return load_english()


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "dashes"),
    [
        ("Kall -- co-editor of a book -- said it.", ["--", "--"]),
        ("But polls did predict the caucus - HuffPollster: it held.", ["-"]),
        ("CLEVELAND - Trump's advisers were thrilled.", ["-"]),
        ("The voter-identification law passed.", []),
    ],
)
def test_a_hyphen_is_a_dash_when_spaced(nlp, text: str, dashes: list[str]) -> None:
    assert [t.text for t in nlp.make_doc(text) if is_dash(t)] == dashes
