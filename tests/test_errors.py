"""Errors that carry fields survive pickling: raised in a worker process, they travel back to
the process that reports them, and one that did not unpickle would break the pool."""

from __future__ import annotations

import pickle

import pytest

from quotewire.errors import DataFileError, ExtractionError, InputError


@pytest.mark.parametrize(
    ("error", "fields"),
    [
        (InputError("a.txt", "empty input"), ("source", "reason")),
        (ExtractionError("sha1:1", "parser failed", 12), ("article_id", "reason", "offset")),
        (DataFileError("en/x.toml", "nouns", "missing"), ("path", "key", "reason")),
    ],
)
def test_error_survives_pickling(error: Exception, fields: tuple[str, ...]) -> None:
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error) and str(copy) == str(error)
    assert [getattr(copy, f) for f in fields] == [getattr(error, f) for f in fields]
