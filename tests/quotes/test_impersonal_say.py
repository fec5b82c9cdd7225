"""`is_impersonal_say` on sentences built by hand (tags and tree fixed, no model): the hedge
"it is fair to say" reports nobody; a "to say" that hangs on no copula is left alone."""

from __future__ import annotations

from spacy.lang.en import English
from spacy.tokens import Doc

from quotewire.quotes.misreadings import is_impersonal_say


def _doc(rows: list[tuple[str, int, str, str]]) -> Doc:
    words, heads, deps, pos = (list(column) for column in zip(*rows, strict=True))
    return Doc(English().vocab, words=words, heads=heads, deps=deps, pos=pos)


def test_it_is_fair_to_say_is_the_writers_hedge() -> None:
    doc = _doc([
        ("It", 1, "nsubj", "PRON"), ("is", 1, "ROOT", "AUX"), ("fair", 1, "acomp", "ADJ"),
        ("to", 4, "aux", "PART"), ("say", 2, "xcomp", "VERB"), ("so", 4, "advmod", "ADV"),
    ])  # fmt: skip
    assert is_impersonal_say(doc[4])


def test_a_to_say_at_the_root_hangs_on_no_copula() -> None:
    doc = _doc([("To", 1, "aux", "PART"), ("say", 1, "ROOT", "VERB"), ("so", 1, "advmod", "ADV")])
    assert not is_impersonal_say(doc[1])
