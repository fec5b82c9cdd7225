"""Helpers over spaCy Docs that the attribution stages share."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from functools import lru_cache
from typing import Any

import numpy as np
from spacy.attrs import SENT_START
from spacy.strings import StringStore
from spacy.tokens import Doc, Span, Token

from quotewire.types import Span as TextSpan

_TEXT_KEY = "quotewire.text"
_SENTENCE_STARTS_KEY = "quotewire.sentence_starts"
# punctuation a writer puts inside a closing quotation mark ('"bravo!"', American "Spies,"')
_MARKS_INSIDE_QUOTATION = frozenset({",", ".", "!", "?"})


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once: spaCy rebuilds it from every token on each access."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def remember_text(doc: Doc, text: str) -> Doc:
    """Record ``text`` as what :func:`doc_text` returns for ``doc``, which the tokenizer made
    from it: spaCy's tokenisation keeps every character (``doc.text == text``), so the text
    need not be joined again from the tokens (a fifth of a millisecond per article)."""
    doc.user_data[_TEXT_KEY] = text
    return doc


def token_index_at(doc: Doc, offset: int) -> int:
    """Index of the token holding ``offset``, or else the first one after it; ``len(doc)`` when
    none is left."""
    span = doc.char_span(offset, len(doc_text(doc)), alignment_mode="expand")
    return span.start if span is not None and len(span) else len(doc)


def tokens_where(doc: Doc, **values: int) -> list[Token]:
    """The tokens whose attributes (spaCy attribute names: ``POS=PROPN``, ``TAG=0``) have these
    values, in order, found over the Doc's attribute array: a comprehension over every
    ``Token`` of an article costs as much as all the tokens it finds are later worth."""
    rows = doc.to_array(list(values)).reshape(len(doc), len(values))
    wanted = np.array(list(values.values()), dtype=np.uint64)
    return [doc[i] for i in np.flatnonzero((rows == wanted).all(axis=1)).tolist()]


@lru_cache(maxsize=8)
def form_keys(strings: StringStore, forms: frozenset[str]) -> np.ndarray:
    """The string-store keys of lower-case word ``forms``, sorted, as a Doc's ``LOWER`` column
    holds them (for :func:`is_form_in`)."""
    return np.array(sorted(strings[f] for f in forms), dtype=np.uint64)


def is_form_in(lowers: np.ndarray, keys: np.ndarray) -> np.ndarray:
    """Which entries of a Doc's ``LOWER`` column are among ``keys`` (:func:`form_keys`): one
    binary search over the array instead of a set look-up per ``Token``."""
    if not len(keys):
        return np.zeros(len(lowers), dtype=bool)
    at = np.minimum(np.searchsorted(keys, lowers), len(keys) - 1)
    return keys[at] == lowers


class HashValues:
    """A value per string-store key (the hashes of a Doc's ``ORTH`` or ``LOWER`` column),
    computed by ``compute`` once per key and kept in sorted arrays: a whole column is looked
    up with one binary search, and only keys not seen before reach Python (a look-up per
    distinct word of every Doc cost as much as the rest of the rough sentence split)."""

    def __init__(self, compute: Callable[[int], Any], dtype: type | np.dtype) -> None:
        self._compute = compute
        self._dtype = dtype
        self._keys = np.zeros(0, dtype=np.uint64)
        self._values = np.zeros(0, dtype=dtype)

    def of(self, keys: np.ndarray) -> np.ndarray:
        """The value of each of ``keys`` (``uint64``), in order."""
        at = np.searchsorted(self._keys, keys)
        if len(self._keys):
            known = self._keys[np.minimum(at, len(self._keys) - 1)] == keys
        else:
            known = np.zeros(len(keys), dtype=bool)
        if not known.all():
            self._learn(np.unique(keys[~known]))
            at = np.searchsorted(self._keys, keys)
        return self._values[at]

    def _learn(self, new: np.ndarray) -> None:
        """Add the values of ``new`` keys (sorted, none of them known), keeping keys sorted."""
        values = np.fromiter((self._compute(int(k)) for k in new), self._dtype, len(new))
        where = np.searchsorted(self._keys, new)
        self._keys = np.insert(self._keys, where, new)
        self._values = np.insert(self._values, where, values)


def sentence_of(token: Token) -> Span:
    """``token.sent``, from the Doc's sentence starts read once: spaCy walks out to both ends of
    the sentence, one Python step per token, on every access. Needs sentence boundaries
    (``doc.has_annotation("SENT_START")``), as ``token.sent`` does."""
    doc = token.doc
    if doc.user_hooks or doc.user_token_hooks or doc.user_span_hooks:
        return token.sent
    starts = doc.user_data.get(_SENTENCE_STARTS_KEY)
    if starts is None:
        flags = doc.to_array([SENT_START]).reshape(-1)
        starts = [0] + [i for i in np.flatnonzero(flags == 1).tolist() if i > 0]
        doc.user_data[_SENTENCE_STARTS_KEY] = starts
    k = bisect_right(starts, token.i) - 1
    return doc[starts[k] : starts[k + 1] if k + 1 < len(starts) else len(doc)]


def tokens_of(doc: Doc, span: TextSpan | None) -> Span | None:
    """The tokens of a span of the article's text (a cue, a date), None when there is none."""
    if span is None:
        return None
    return doc.char_span(span.start, span.end, alignment_mode="expand")


def is_line_break(token: Token) -> bool:
    """Whether a token is white space holding a line break (a paragraph or line end)."""
    return token.is_space and "\n" in token.text


def opens_sentence(token: Token) -> bool:
    """Whether a token opens its sentence, or follows white space (a line break the sentence
    splitter did not take for a boundary): where an inverted attribution's verb stands
    ("Stated Stone:")."""
    return token.i == 0 or bool(token.is_sent_start) or token.nbor(-1).is_space


def with_closing_mark(tokens: list[Token]) -> list[Token]:
    """``tokens`` with the quotation mark right after them when it closes one opened among
    them, which the parser may hang elsewhere ("over 'radical Islam*'*", 'self-identified
    "liberals*"*'), with a mark of the quoted words' own before it ('the subject line
    "bravo*!"*'): words cut inside a quotation read as no one's name or words."""
    if not tokens or sum(t.is_quote for t in tokens) % 2 == 0:
        return tokens
    doc = tokens[0].doc
    after = tokens[-1].i + 1
    if after < len(doc) and doc[after].text in _MARKS_INSIDE_QUOTATION:
        after += 1
    if after < len(doc) and doc[after].is_quote:
        return [*tokens, *doc[tokens[-1].i + 1 : after + 1]]
    return tokens
