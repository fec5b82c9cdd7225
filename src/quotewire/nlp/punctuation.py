"""Dashes and clause breaks: one vocabulary for every rule that reads them.

News text types a dash in several ways: an em dash "—", an en dash "–" (often spaced, for an
em dash), a horizontal bar "―" (HuffPost's datelines and signatures: "WASHINGTON ―", '"…" ―
Name'), a figure dash "‒", a doubled hyphen "--" (wire copy: "Kall -- co-editor of a book --
said") or a hyphen with spaces around it ("caucus - HuffPollster"). A rule that reads a dash
takes every one of them from here, so that no rule misses the outlet that types it otherwise.

The hyphen is kept apart: the tokenizer also makes a token of the hyphen inside a word ("co",
"-", "editor"), so a rule that reads a lone hyphen as a dash either asks :func:`is_dash`,
which checks the space around it, or is one where a word's hyphen cannot stand (before a
colon, after a closing mark) and reads :data:`DASHES_OR_HYPHEN`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

HYPHEN = "-"
# characters that are a dash wherever they stand (never inside a word)
DASH_CHARACTERS = "—–―‒"
# for reading raw text (stripping, the character before a mark, regular expressions): a
# hyphen here also covers the doubled "--"
DASH_OR_HYPHEN_CHARACTERS = DASH_CHARACTERS + HYPHEN
# tokens that are always a dash: the tokenizer keeps a doubled hyphen as one token
DASHES = frozenset({*DASH_CHARACTERS, "--"})
# tokens that may be a dash; a lone hyphen is one only outside a word (see above)
DASHES_OR_HYPHEN = DASHES | {HYPHEN}
# tokens that close a clause inside its sentence, before an aside, a fragment or a credit
CLAUSE_BREAKS = DASHES | {":", ";"}
# marks a written word may carry at its edges, stripped before its case is read ('"Fox',
# 'Friends,"')
WORD_EDGE_MARKS = ",.:;!?'\"“”‘’"


def is_dash(token: Token) -> bool:
    """Whether ``token`` is a dash: one of :data:`DASHES`, or a hyphen with a space before or
    after it ("caucus - HuffPollster", "(Reuters) - Sheldon", a credit's "-President Obama"),
    which a hyphen inside a word ("co", "-", "editor") has not."""
    if token.text in DASHES:
        return True
    if token.text != HYPHEN:
        return False
    return bool(token.whitespace_) or token.i == 0 or bool(token.nbor(-1).whitespace_)
