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
    IS_SPACE,
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
from spacy.tokens import Doc, Token

from quotewire.data_files import word_set
from quotewire.nlp.attributes import memoised_attributes
from quotewire.nlp.docs import HashValues, is_line_break, remember_text
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
        strings = nlp.vocab.strings
        self._is_cue = is_cue
        self._reports = HashValues(lambda lower: self._reports_word(strings[lower]), bool)
        self._ends = HashValues(lambda orth: self._end_kind(strings[orth]), np.int8)

    def sentences(self, docs: list[Doc]) -> list[tuple[list[tuple[int, int]], list[bool]]]:
        """For each Doc, its rough sentences (token ranges) and for each whether it may report.
        The words of all the Docs are looked up at once: a batch's new words are learned in
        one step, not one per Doc."""
        rows = np.concatenate([doc.to_array([ORTH, LOWER, SPACY]).reshape(-1, 3) for doc in docs])
        ends_kind = self._ends.of(rows[:, 0])
        ends = (ends_kind == self._NEWLINE) | ((ends_kind == self._PUNCT) & (rows[:, 2] > 0))
        reports = self._reports.of(rows[:, 1])
        found = []
        offset = 0
        for doc in docs:
            end = offset + len(doc)
            found.append(_rough_sentences(ends[offset:end], reports[offset:end]))
            offset = end
        return found

    def _end_kind(self, text: str) -> int:
        if "\n" in text:
            return self._NEWLINE
        if _SENTENCE_END.search(text) and text not in _TITLES and not _ABBREVIATION.fullmatch(text):
            return self._PUNCT
        return self._NONE

    def _reports_word(self, text: str) -> bool:
        return text in _QUOTE_MARKS or self._is_cue(text)


def _rough_sentences(
    ends: np.ndarray, reports: np.ndarray
) -> tuple[list[tuple[int, int]], list[bool]]:
    """Sentences (token ranges) ending after each token flagged in ``ends`` (and at the end),
    and whether any token of each is flagged in ``reports``."""
    if not len(ends):
        return [], []
    stops = [int(i) + 1 for i in np.flatnonzero(ends)]
    if not stops or stops[-1] != len(ends):
        stops.append(len(ends))
    starts = [0, *stops[:-1]]
    counts = np.add.reduceat(reports.astype(np.int32), starts)
    return list(zip(starts, stops, strict=True)), [bool(c) for c in counts]


def _process(
    nlp: Language, batch: list[tuple[str, Context]], words: _WordFlags, batch_size: int
) -> Iterator[tuple[Doc, Context]]:
    wholes = [nlp.make_doc(text) for text, _ in batch]
    plans = [
        _chunk(whole, text, sentences, nlp.make_doc)
        for whole, (text, _), sentences in zip(wholes, batch, words.sentences(wholes), strict=True)
    ]
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
        yield remember_text(_join(pieces, whole, text, nlp), text), context


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
    doc: Doc,
    text: str,
    rough: tuple[list[tuple[int, int]], list[bool]],
    tokenize: Callable[[str], Doc],
) -> tuple[Doc, list[tuple[Doc, bool]]]:
    """Split the Doc of a text into runs of its ``rough`` sentences (:meth:`_WordFlags.sentences`),
    each a Doc of its own marked parse / entities only; the text's own Doc comes first (the
    pieces' annotations go back into it)."""
    sentences, parse = rough
    if not sentences:
        return doc, [(doc, False)]
    if all(parse):
        mark_paragraph_starts(doc)
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
        else:
            mark_paragraph_starts(chunk)
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


def mark_paragraph_starts(chunk: Doc) -> None:
    """Make a paragraph that ends in an abbreviation end its sentence, before the parser runs
    (it keeps boundaries set beforehand and decides the rest). The period of "D-Fla." or "U.S."
    is part of the word, so the parser can run such a paragraph on into the next one ('… said
    Dan McLaughlin, a spokesman for Sen. Bill Nelson, D-Fla.¶Barry Myers, …, said "…"'), hanging
    the next paragraph's subject and verb on the first. Other paragraph ends are left to the
    parser, which splits them itself (forcing them all moved quotations that run on over a
    paragraph break)."""
    spaces = np.flatnonzero(chunk.to_array([IS_SPACE]).reshape(-1)).tolist()
    starts = [
        i + 1
        for i in spaces
        if 0 < i < len(chunk) - 1
        and is_line_break(chunk[i])
        and _ends_in_abbreviation(chunk[i - 1])
    ]
    if not starts:
        return
    values = np.zeros((len(chunk), 1), dtype=np.int64)
    values[starts, 0] = 1
    chunk.from_array([SENT_START], values.view(np.uint64))


def _ends_in_abbreviation(token: Token) -> bool:
    """Whether a word carries its own closing period ("Fla.", "U.S.", "Jr."), which the parser
    does not read as the end of a sentence the way it reads a period of its own."""
    return len(token.text) > 1 and token.text.endswith(".") and any(c.isalpha() for c in token.text)
