"""Spend the model only where quotes can be.

Most of a news article reports no speech. Sentences that hold a quotation mark or a cue word
get the whole pipeline: tagger, parser and entity recogniser. The rest get only the entity
recogniser, which still finds the people a later "he" or "the minister" can refer to. (Also
parsing the sentence before each cue sentence, for its antecedents, changed no score on PolNeAR
dev.) The pieces are put back together into one Doc over the whole text with
``Doc.from_docs``, so offsets stay the article's. The model's attribute ruler runs memoised
(``nlp/attributes.py``): same annotations, a fifth less time.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from quotewire.nlp.attributes import memoised_attributes

Context = TypeVar("Context")

_QUOTE_MARKS = frozenset('"“”«»„‘’')
_SENTENCE_END = re.compile(r"[.!?…]+[\"”’»)]*$")
_ABBREVIATION = re.compile(
    r"(?:[A-Z]\.)+|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|St|Jr|Sr|Prof|No|vs|Inc|Co|Corp|Ltd"
    r"|Jan|Feb|Aug|Sept|Oct|Nov|Dec|Ave|Mt|Ft)\."
)
_ENTITY_ONLY = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")


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
    batch: list[tuple[str, Context]] = []
    for item in items:
        batch.append(item)
        if len(batch) >= batch_size:
            yield from _process(nlp, batch, is_cue, batch_size)
            batch = []
    if batch:
        yield from _process(nlp, batch, is_cue, batch_size)


def _process(
    nlp: Language, batch: list[tuple[str, Context]], is_cue: Callable[[str], bool], batch_size: int
) -> Iterator[tuple[Doc, Context]]:
    plans = [_chunk(nlp.make_doc(text), is_cue) for text, _ in batch]
    full = [chunk for plan in plans for chunk, parse in plan if parse]
    light = [chunk for plan in plans for chunk, parse in plan if not parse]
    attributes = memoised_attributes(nlp) if "attribute_ruler" in nlp.pipe_names else None
    parsed = nlp.pipe(
        full, batch_size=batch_size, disable=["attribute_ruler"] if attributes else []
    )
    full_done = iter(map(attributes, parsed) if attributes else parsed)
    disabled = [name for name in _ENTITY_ONLY if name in nlp.pipe_names]
    light_done = iter(nlp.pipe(light, batch_size=batch_size, disable=disabled))
    for (text, context), plan in zip(batch, plans, strict=True):
        pieces = [next(full_done) if parse else next(light_done) for _, parse in plan]
        doc = _join(pieces, text, nlp)
        yield doc, context


def _join(pieces: list[Doc], text: str, nlp: Language) -> Doc:
    if not pieces:
        return nlp.make_doc(text)
    if len(pieces) == 1:
        return pieces[0]
    doc = Doc.from_docs(pieces, ensure_whitespace=False, exclude=["tensor", "user_data"])
    if doc.text != text:  # never expected; offsets must be the article's, so parse it whole
        return nlp(text)
    return doc


def _chunk(doc: Doc, is_cue: Callable[[str], bool]) -> list[tuple[Doc, bool]]:
    """Split a tokenised text into runs of sentences, each marked parse / entities only."""
    sentences = _rough_sentences(doc)
    if not sentences:
        return [(doc, False)]
    parse = [
        any(t.text in _QUOTE_MARKS or is_cue(t.lower_) for t in doc[s:e]) for s, e in sentences
    ]
    if all(parse):
        return [(doc, True)]
    chunks: list[tuple[Doc, bool]] = []
    run_start, run_parse = sentences[0][0], parse[0]
    for (start, _end), flag in zip(sentences[1:], parse[1:], strict=True):
        if flag != run_parse:
            chunks.append((doc[run_start:start].as_doc(), run_parse))
            run_start, run_parse = start, flag
    chunks.append((doc[run_start : len(doc)].as_doc(), run_parse))
    for chunk, flag in chunks:
        if not flag:
            _mark_sentence_starts(chunk)
    return chunks


def _rough_sentences(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of sentences by punctuation and blank lines: cheap, and good enough to choose
    what to parse (the parser sets the real boundaries where it runs)."""
    sentences = []
    start = 0
    for token in doc:
        ends = "\n" in token.text or (
            bool(token.whitespace_)
            and _SENTENCE_END.search(token.text) is not None
            and _ABBREVIATION.fullmatch(token.text) is None
        )
        if ends and token.i + 1 > start:
            sentences.append((start, token.i + 1))
            start = token.i + 1
    if start < len(doc):
        sentences.append((start, len(doc)))
    return sentences


def _mark_sentence_starts(chunk: Doc) -> None:
    for start, _end in _rough_sentences(chunk):
        for token in chunk[start : start + 1]:
            token.is_sent_start = True
    for token in chunk:
        if token.is_sent_start is None:
            token.is_sent_start = False
