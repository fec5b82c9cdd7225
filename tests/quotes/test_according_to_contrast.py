""" "according to" after a clause of contrast reports both clauses."""

from __future__ import annotations

import pytest

from quotewire import extract

pytestmark = pytest.mark.slow


def test_while_clause_and_the_clause_before_are_one_statement() -> None:
    text = (
        "Tech money\n\nHillary Clinton has raised $2.7 million from tech donors since beginning "
        "her campaign, while Bernie Sanders has raised $6 million, according to new research.\n"
    )
    reported = [q.text for q in extract(text).quotes if q.cue == "according to"]
    assert reported == [
        "Hillary Clinton has raised $2.7 million from tech donors since beginning her "
        "campaign, while Bernie Sanders has raised $6 million"
    ]
