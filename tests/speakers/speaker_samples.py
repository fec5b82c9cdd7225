"""The speaker of one statement in a made-up article, for the speaker tests: each test writes
a short article and names the statement by a fragment of its text."""

from __future__ import annotations

from collections.abc import Callable

from quotewire import extract


def speaker_of(text: str, fragment: str) -> str | None:
    """The speaker of the one statement of ``text`` that contains ``fragment``."""
    return _speaker_of_one(text, lambda quote: fragment in quote)


def speaker_of_opening(text: str, opening: str) -> str | None:
    """The speaker of the one statement of ``text`` that opens with ``opening``."""
    return _speaker_of_one(text, lambda quote: quote.startswith(opening))


def speaker_and_role_of_opening(text: str, opening: str) -> tuple[str | None, str | None]:
    """The speaker and role of the one statement of ``text`` that opens with ``opening``."""
    statements = extract(text).quotes
    found = [q for q in statements if q.text.startswith(opening)]
    assert len(found) == 1, [q.text for q in statements]
    return found[0].speaker, found[0].speaker_role


def _speaker_of_one(text: str, wanted: Callable[[str], bool]) -> str | None:
    statements = extract(text).quotes
    found = [q for q in statements if wanted(q.text)]
    assert len(found) == 1, [q.text for q in statements]
    return found[0].speaker
