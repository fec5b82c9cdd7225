"""Helpers shared by the English engine tests: the ``attribute`` fixture's type and finders."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.lang.en import English
from spacy.tokens import Doc

from quotewire.types import Quote, Speaker

Attribute = Callable[[str], tuple[list[Quote], list[Speaker]]]
ParseRow = tuple[str, int, str, str]


def parsed_doc(rows: list[ParseRow]) -> Doc:
    """A Doc from (word, head, dep, tag) rows: the parse a rule reads, fixed by hand."""
    words, heads, deps, tags = (list(column) for column in zip(*rows, strict=True))
    return Doc(English().vocab, words=words, heads=heads, deps=deps, tags=tags)


def find(quotes: list[Quote], words: str) -> Quote:
    """The one quote whose text holds ``words``."""
    found = [q for q in quotes if words in q.text]
    assert len(found) == 1, [q.text for q in quotes]
    return found[0]


def speakers_of(quotes: list[Quote], fragments: Iterable[str]) -> dict[str, str | None]:
    """The speaker of the one quote holding each fragment: the table tests compare this with
    the speakers they expect, ``{fragment: speaker}``."""
    return {words: find(quotes, words).speaker for words in fragments}
