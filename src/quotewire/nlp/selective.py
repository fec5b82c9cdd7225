"""Spend the model only where quotes can be.

Most of a news article reports no speech. Sentences that hold a quotation mark or a cue word
get the whole pipeline: tagger, parser and entity recogniser. The rest get only the entity
recogniser, which still finds the people a later "he" or "the minister" can refer to. (Also
parsing the sentence before each cue sentence, for its antecedents, changed no score on PolNeAR
dev.) The pieces are put back together into one Doc over the whole text with
``Doc.from_docs``, so offsets stay the article's. The model's attribute ruler runs memoised
(``nlp/attributes.py``): same annotations, a fifth less time; and its entity recogniser is
decoded for all the pieces of a batch of texts at once (``nlp/entities.py``): same entities,
half the time.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

import numpy as np
from spacy.attrs import (
    DEP,
    ENT_ID,
    ENT_IOB,
    ENT_KB_ID,
    ENT_TYPE,
    HEAD,
    LEMMA,
    LOWER,
    MORPH,
    NORM,
    ORTH,
    POS,
    SENT_START,
    SPACY,
    TAG,
)
from spacy.language import Language
from spacy.tokens import Doc

from quotewire.data_files import word_set
from quotewire.nlp.attributes import memoised_attributes
from quotewire.nlp.entities import batch_entities

Context = TypeVar("Context")

_QUOTE_MARKS = frozenset('"“”«»„‘’')
_SENTENCE_END = re.compile(r"[.!?…]+[\"”’»)]*$")
_ABBREVIATION = re.compile(
    r"(?:[A-Z]\.)+|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St|Jr|Sr|Prof|No|vs|Inc|Co|Corp|Ltd"
    r"|Jan|Feb|Aug|Sept|Oct|Nov|Dec|Ave|Mt|Ft)\."
)
# The titles the tokenizer keeps whole with their full stop (nlp/tokenizer.py): no sentence end.
_TITLES = word_set("en/title_abbreviations.toml", "abbreviations")
_ENTITY_ONLY = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")
# What ``Doc.from_docs`` copies from the pieces (spaCy's DocBin attributes); ORTH and SPACY
# come first, to check that the pieces' tokens are the article's, and SENT_START last.
_JOINED = (ORTH, SPACY, NORM, TAG, HEAD, DEP, ENT_IOB, ENT_TYPE, ENT_KB_ID, ENT_ID, LEMMA, MORPH,
           POS, SENT_START)  # fmt: skip


def pipe_selectively(
    nlp: Language,
    items: Iterable[tuple[str, Context]],
    is_cue: Callable[[str], bool],
    *,
    batch_size: int = 32,
) -> Iterator[tuple[Doc, Context]]:
    """Like ``nlp.pipe(items, as_tuples=True)``, parsing only the sentences that may report speech.

    ``is_cue`` tells whether a lower-case word form may introduce an attribution.
    """
    words = _WordFlags(nlp, is_cue)
    batch: list[tuple[str, Context]] = []
    for item in items:
        batch.append(item)
        if len(batch) >= batch_size:
            yield from _process(nlp, batch, words, batch_size)
            batch = []
    if batch:
        yield from _process(nlp, batch, words, batch_size)


class _WordFlags:
    """Per distinct word, whether it may make a sentence worth parsing (a cue or a quotation
    mark) and whether it ends a rough sentence: decided once per word form of the run, then
    looked up for whole Docs at a time through their hash arrays, since a Python loop over
    every token cost as much as a twentieth of the model's time."""

    _NONE, _PUNCT, _NEWLINE = 0, 1, 2

    def __init__(self, nlp: Language, is_cue: Callable[[str], bool]) -> None:
        self._strings = nlp.vocab.strings
        self._is_cue = is_cue
        self._reports: dict[int, bool] = {}
        self._ends: dict[int, int] = {}

    def sentences(self, doc: Doc) -> tuple[list[tuple[int, int]], list[bool]]:
        """Rough sentences (token ranges) of ``doc``, and for each whether it may report."""
        if not len(doc):
            return [], []
        rows = doc.to_array([ORTH, LOWER, SPACY])
        orth_kinds, orth_at = np.unique(rows[:, 0], return_inverse=True)
        ends_kind = np.fromiter((self._end_kind(int(h)) for h in orth_kinds), np.int8)[orth_at]
        ends = (ends_kind == self._NEWLINE) | ((ends_kind == self._PUNCT) & (rows[:, 2] > 0))
        lower_kinds, lower_at = np.unique(rows[:, 1], return_inverse=True)
        reports = np.fromiter((self._reports_word(int(h)) for h in lower_kinds), bool)[lower_at]
        stops = [int(i) + 1 for i in np.flatnonzero(ends)]
        if not stops or stops[-1] != len(doc):
            stops.append(len(doc))
        starts = [0, *stops[:-1]]
        counts = np.add.reduceat(reports.astype(np.int32), starts)
        return list(zip(starts, stops, strict=True)), [bool(c) for c in counts]

    def _end_kind(self, orth: int) -> int:
        kind = self._ends.get(orth)
        if kind is None:
            text = self._strings[orth]
            if "\n" in text:
                kind = self._NEWLINE
            elif (
                _SENTENCE_END.search(text)
                and text not in _TITLES
                and not _ABBREVIATION.fullmatch(text)
            ):
                kind = self._PUNCT
            else:
                kind = self._NONE
            self._ends[orth] = kind
        return kind

    def _reports_word(self, lower: int) -> bool:
        flag = self._reports.get(lower)
        if flag is None:
            text = self._strings[lower]
            flag = self._reports[lower] = text in _QUOTE_MARKS or self._is_cue(text)
        return flag


def _process(
    nlp: Language, batch: list[tuple[str, Context]], words: _WordFlags, batch_size: int
) -> Iterator[tuple[Doc, Context]]:
    plans = [_chunk(text, words, nlp.make_doc) for text, _ in batch]
    full = [chunk for _, plan in plans for chunk, parse in plan if parse]
    light = [chunk for _, plan in plans for chunk, parse in plan if not parse]
    attributes = memoised_attributes(nlp) if "attribute_ruler" in nlp.pipe_names else None
    entities = batch_entities(nlp) if "ner" in nlp.pipe_names else None
    separate = (["attribute_ruler"] if attributes else []) + (["ner"] if entities else [])
    parsed = nlp.pipe(full, batch_size=batch_size, disable=separate)
    full_docs = list(attributes.pipe(parsed, batch_size) if attributes else parsed)
    disabled = [name for name in (*_ENTITY_ONLY, *separate) if name in nlp.pipe_names]
    light_docs = list(nlp.pipe(light, batch_size=batch_size, disable=disabled))
    if entities:  # the pieces of one batch of texts: as many tokens as ``nlp.pipe`` batches
        entities.annotate(full_docs)
        entities.annotate(light_docs)
    full_done, light_done = iter(full_docs), iter(light_docs)
    for (text, context), (whole, plan) in zip(batch, plans, strict=True):
        pieces = [next(full_done) if parse else next(light_done) for _, parse in plan]
        yield _join(pieces, whole, text, nlp), context


def _join(pieces: list[Doc], whole: Doc, text: str, nlp: Language) -> Doc:
    """One Doc over the article with the annotations of its pieces.

    The pieces' attributes are written into the article's own tokenisation, which the pieces
    were cut from: the Doc that ``Doc.from_docs`` builds, without its rebuilding the tokens
    one by one from their texts (a Python loop over every token)."""
    if len(pieces) == 1:
        return pieces[0]
    rows = np.concatenate([piece.to_array(_JOINED) for piece in pieces])
    if len(rows) != len(whole) or not np.array_equal(rows[:, :2], whole.to_array([ORTH, SPACY])):
        return _join_rebuilt(pieces, text, nlp)  # never expected: tokens must be the article's
    whole.from_array(_JOINED, rows)
    # Setting the parse sets sentence boundaries from it alone, so the pieces the parser did
    # not see would run together into one "sentence"; put back each piece's own boundaries.
    whole.from_array([SENT_START], rows[:, -1:])
    return whole


def _join_rebuilt(pieces: list[Doc], text: str, nlp: Language) -> Doc:
    doc = Doc.from_docs(pieces, ensure_whitespace=False, exclude=["tensor", "user_data"])
    if doc.text != text:  # offsets must be the article's, so parse it whole
        return nlp(text)
    starts = np.concatenate([piece.to_array([SENT_START]) for piece in pieces])
    doc.from_array([SENT_START], starts.reshape(-1, 1))
    return doc


def _chunk(
    text: str, words: _WordFlags, tokenize: Callable[[str], Doc]
) -> tuple[Doc, list[tuple[Doc, bool]]]:
    """Tokenise a text and split it into runs of sentences, each a Doc of its own marked parse
    / entities only; the text's own Doc comes first (the pieces' annotations go back into it)."""
    doc = tokenize(text)
    sentences, parse = words.sentences(doc)
    if not sentences:
        return doc, [(doc, False)]
    if all(parse):
        return doc, [(doc, True)]
    runs: list[tuple[int, int, bool]] = []
    for (start, end), flag in zip(sentences, parse, strict=True):
        if runs and runs[-1][2] == flag:
            runs[-1] = (runs[-1][0], end, flag)
        else:
            runs.append((start, end, flag))
    chunks: list[tuple[Doc, bool]] = []
    for start, end, flag in runs:
        chunk = _piece(doc, text, start, end, tokenize)
        if not flag:
            inner = [(a - start, b - start) for a, b in sentences if start <= a < end]
            _mark_sentence_starts(chunk, inner)
        chunks.append((chunk, flag))
    return doc, chunks


def _piece(doc: Doc, text: str, start: int, end: int, tokenize: Callable[[str], Doc]) -> Doc:
    """Tokens ``start:end`` of ``doc`` as a Doc of their own. Tokenising the piece's text again
    is several times cheaper than ``Span.as_doc``; pieces end after whitespace or a line break,
    so the tokens come out the same, which the length check confirms."""
    piece = tokenize(text[doc[start].idx : doc[end].idx if end < len(doc) else len(text)])
    return piece if len(piece) == end - start else doc[start:end].as_doc()


def _mark_sentence_starts(chunk: Doc, sentences: list[tuple[int, int]]) -> None:
    """Rough sentence boundaries for a chunk the parser will not see (coreference and layout
    still walk its sentences)."""
    starts = np.full((len(chunk), 1), -1, dtype=np.int64)
    starts[[a for a, _ in sentences], 0] = 1
    chunk.from_array([SENT_START], starts.view(np.uint64))  # spaCy's dtype; -1 wraps as it does
