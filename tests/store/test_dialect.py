"""The web-search query syntax translated for SQLite FTS5, the same way PostgreSQL reads it."""

from __future__ import annotations

import pytest

from quotewire.store.dialect import fts5_query, redact


@pytest.mark.parametrize(
    ("query", "fts"),
    [
        ("climate change", '("climate") AND ("change")'),
        ('"climate change" policy', '("climate change") AND ("policy")'),
        ("nato or russia", '("nato" OR "russia")'),
        ("climate -action", '(("climate")) NOT "action"'),
        ('climate -"ten years"', '(("climate")) NOT "ten years"'),
        ("U.S. policy", '("U S") AND ("policy")'),
        ('NEAR( * "', '("NEAR")'),
        ("-only", '""'),
        ("", '""'),
    ],
)
def test_fts5_query(query: str, fts: str) -> None:
    assert fts5_query(query) == fts


def test_redact_hides_the_password() -> None:
    assert redact("postgresql://user:s3cret@host:5432/db") == "postgresql://user:***@host:5432/db"
    assert redact("quotewire.db") == "quotewire.db"
