"""The English model's attribute ruler, memoised.

en_core_web_sm maps fine-grained tags to coarse POS and morphology with an ``AttributeRuler``:
a spaCy ``Matcher`` over some 180 token patterns, run on every token of every text. It costs a
fifth of the whole pipeline's time, yet what it sets on a token depends only on that token's
tag, dependency label, whether it is a space and — only for the hundred-odd words the patterns
name — its lower-case form; a few patterns look at two tokens. So each distinct combination is
computed once by the real ruler and then looked up: the same annotations at a fraction of the
cost. Lemmas are not kept (quotewire
runs without the lemmatizer, and nothing downstream reads them). The keys are read and the
annotations written for whole Docs at a time through their attribute arrays, so that only
each Doc's distinct keys, not its tokens, pass through Python.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

import numpy as np
from spacy.attrs import DEP, IS_SPACE, LOWER, MORPH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.util import minibatch

# Distinct (tag, form, label) combinations grow slowly with a corpus; past this many, new ones
# are computed by the real ruler every time, so memory stays bounded.
MAX_ENTRIES = 400_000

Key = tuple[int, ...]
Annotation = tuple[int, int, int, int]
_PLAIN, _NAMED, _CONTEXT = 0, 1, 2  # what a word's cache key holds besides tag, label, space


@lru_cache(maxsize=4)
def memoised_attributes(nlp: Language) -> MemoisedAttributes:
    """One memoised ruler per loaded pipeline."""
    return MemoisedAttributes(nlp)


class MemoisedAttributes:
    """Apply the pipeline's ``attribute_ruler`` through a per-token cache."""

    def __init__(self, nlp: Language, name: str = "attribute_ruler") -> None:
        self.ruler: Callable[[Doc], Doc] = nlp.get_pipe(name)
        self.vocab = nlp.vocab
        # Key -> its row of ``table``: the annotation as ``from_array`` writes it (POS, MORPH,
        # TAG, DEP), so that a Doc's annotations are gathered with one array index.
        self.cache: dict[Key, int] = {}
        self.table = np.zeros((1024, 4), dtype=np.uint64)
        entries = getattr(self.ruler, "patterns", [])
        words, self.regexes = _named_words([p for entry in entries for p in entry["patterns"]])
        self.named = {nlp.vocab.strings.add(word) for word in words}
        context_words, self.neighbour_attrs = _contextual(entries)
        self.context_words = {nlp.vocab.strings.add(word) for word in context_words}
        self.relevant: dict[int, bool] = {}
        self.kinds: dict[int, int] = {}

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        """Annotate Docs as they come, learning the keys a batch of them has not seen before
        with one run of the real ruler: each such run costs about a millisecond however few
        tokens it holds, and early in a run most Docs bring some new key."""
        for batch in minibatch(docs, batch_size):
            keyed = [(doc, self._keys(doc)) for doc in batch]
            self._learn_missing(keyed)
            for doc, keys in keyed:
                yield self._apply(doc, keys)

    def _apply(self, doc: Doc, keys: list[Key]) -> Doc:
        rows = [self.cache.get(key, -1) for key in keys]
        if -1 in rows:  # not learned (the cache is full, or the sample failed)
            return self.ruler(doc)
        if rows:
            doc.from_array([POS, MORPH, TAG, DEP], self.table[rows])
        return doc

    def _learn_missing(self, keyed: list[tuple[Doc, list[Key]]]) -> None:
        """Learn every key of these Docs not in the cache, each from the token that one Doc
        at a time would have learned it from: its last one in the first Doc that has it."""
        cache = self.cache
        if len(cache) >= MAX_ENTRIES:
            return
        wanted: dict[Key, Token] = {}
        for doc, keys in keyed:
            last = {key: i for i, key in enumerate(keys) if key not in cache}
            wanted.update((key, doc[i]) for key, i in last.items() if key not in wanted)
        if wanted:
            self._learn(list(wanted.items()))

    def _keys(self, doc: Doc) -> list[Key]:
        """Each token's cache key: its tag, dependency label and whether it is a space, its
        lower-case form where a pattern names it, and for a word that a two-token pattern may
        annotate also its neighbours' attributes. Read from the Doc's arrays, since a
        ``Token`` object per token cost more than the rest of the lookup."""
        columns = doc.to_array([TAG, LOWER, DEP, IS_SPACE]).T.tolist()
        kinds = self.kinds
        for lower in set(columns[1]).difference(kinds):
            kinds[lower] = self._kind(lower)
        keys: list[Key] = []
        for i, (tag, lower, dep, space) in enumerate(zip(*columns, strict=True)):
            kind = kinds[lower]
            if kind == _CONTEXT:
                keys.append(self._key(doc[i]))
            else:
                keys.append((tag, lower if kind == _NAMED else 0, dep, space))
        return keys

    def _key(self, token: Token) -> Key:
        lower = token.lower
        key: Key = (token.tag, lower if self._relevant(lower) else 0, token.dep, token.is_space)
        if lower in self.context_words:  # a two-token pattern may set this token's annotation
            doc = token.doc
            for i in (token.i - 1, token.i + 1):
                neighbour = doc[i] if 0 <= i < len(doc) else None
                key += tuple(_attr(neighbour, a) for a in self.neighbour_attrs)
        return key

    def _kind(self, lower: int) -> int:
        if lower in self.context_words:
            return _CONTEXT
        return _NAMED if self._relevant(lower) else _PLAIN

    def _relevant(self, lower: int) -> bool:
        """Whether the ruler's patterns may test this lower-case form."""
        relevant = self.relevant.get(lower)
        if relevant is None:
            text = self.vocab.strings[lower]
            relevant = lower in self.named or any(r.search(text) for r in self.regexes)
            self.relevant[lower] = relevant
        return relevant

    def _learn(self, tokens: list[tuple[Key, Token]]) -> None:
        """Run the real ruler on a small Doc of just these tokens (with their neighbours where
        a two-token pattern may apply), separated by blank lines, and cache what it sets."""
        words, spaces, tags, deps, targets = [], [], [], [], []
        for key, token in tokens:
            doc = token.doc
            window = [token.i]
            if token.lower in self.context_words:
                window = [i for i in (token.i - 1, token.i, token.i + 1) if 0 <= i < len(doc)]
            for i in window:
                if i == token.i:
                    targets.append((len(words), key))
                words.append(doc[i].text)
                spaces.append(False)
                tags.append(doc[i].tag_)
                deps.append(doc[i].dep_ or "dep")
            words.append("\n\n")  # a space token: no pattern runs across it
            spaces.append(False)
            tags.append("_SP")
            deps.append("dep")
        try:
            sample = Doc(self.vocab, words=words, spaces=spaces, tags=tags, deps=deps,
                         heads=list(range(len(words))))  # fmt: skip
        except ValueError:  # the Docs' ``_apply`` falls back to the real ruler
            return
        self.ruler(sample)
        strings, morphology = self.vocab.strings, self.vocab.morphology
        for index, key in targets:
            token = sample[index]
            # The morphology as ``Token.set_morph`` stores it (none is stored as "_"'s key).
            morph = morphology.add(strings[token.morph.key])
            self._store(key, (token.pos, morph, token.tag, token.dep))

    def _store(self, key: Key, annotation: Annotation) -> None:
        row = self.cache.setdefault(key, len(self.cache))
        if row >= len(self.table):
            self.table = np.concatenate([self.table, np.zeros_like(self.table)])
        self.table[row] = annotation


def _attr(token: Token | None, name: str) -> int:
    if token is None:
        return -1
    return {"TAG": token.tag, "DEP": token.dep, "LOWER": token.lower}.get(name, 0)


def _named_words(patterns: list[list[dict]]) -> tuple[set[str], list[re.Pattern[str]]]:
    """The lower-case forms and form patterns that any of the ruler's patterns test."""
    words: set[str] = set()
    regexes: list[re.Pattern[str]] = []
    for pattern in patterns:
        for token in pattern:
            value = token.get("LOWER")
            if isinstance(value, str):
                words.add(value)
            elif isinstance(value, dict):
                words.update(str(v) for v in value.get("IN", []) + value.get("NOT_IN", []))
                if "REGEX" in value:
                    regexes.append(re.compile(value["REGEX"]))
    return words, regexes


def _contextual(entries: list[dict]) -> tuple[set[str], tuple[str, ...]]:
    """Words that a pattern of two or more tokens annotates (lemmas aside), and the neighbour
    attributes such patterns test: these words' cache keys include their neighbours'."""
    words: set[str] = set()
    attrs: set[str] = set()
    for entry in entries:
        if set(entry["attrs"]) <= {"LEMMA"}:
            continue
        for pattern in entry["patterns"]:
            if len(pattern) < 2:
                continue
            if len(pattern) > 2:
                raise ValueError("attribute patterns longer than two tokens are not supported")
            value = pattern[entry.get("index", 0)].get("LOWER")
            if isinstance(value, str):
                words.add(value)
            elif isinstance(value, dict):
                words.update(str(v) for v in value.get("IN", []))
            else:
                raise ValueError(f"cannot memoise attribute pattern {pattern}")
            for j, token in enumerate(pattern):
                if j != entry.get("index", 0):
                    attrs.update(k for k in token if k in ("TAG", "DEP", "LOWER"))
    return words, tuple(sorted(attrs))
