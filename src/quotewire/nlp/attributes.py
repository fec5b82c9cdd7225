"""The English model's attribute ruler, memoised.

en_core_web_sm maps fine-grained tags to coarse POS and morphology with an ``AttributeRuler``:
a spaCy ``Matcher`` over some 180 token patterns, run on every token of every text. It costs a
fifth of the whole pipeline's time, yet what it sets on a token depends only on that token's
tag, dependency label, whether it is a space and — only for the hundred-odd words the patterns
name — its lower-case form; a few patterns look at two tokens. So each distinct combination is
computed once by the real ruler and then looked up: the same annotations at a fraction of the
cost. Lemmas are not kept (quotewire
runs without the lemmatizer, and nothing downstream reads them).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Token

# Distinct (tag, form, label) combinations grow slowly with a corpus; past this many, new ones
# are computed by the real ruler every time, so memory stays bounded.
MAX_ENTRIES = 400_000

Key = tuple[int, ...]
Annotation = tuple[int, int, int, int]


@lru_cache(maxsize=4)
def memoised_attributes(nlp: Language) -> MemoisedAttributes:
    """One memoised ruler per loaded pipeline."""
    return MemoisedAttributes(nlp)


class MemoisedAttributes:
    """Apply the pipeline's ``attribute_ruler`` through a per-token cache."""

    def __init__(self, nlp: Language, name: str = "attribute_ruler") -> None:
        self.ruler: Callable[[Doc], Doc] = nlp.get_pipe(name)
        self.cache: dict[Key, Annotation] = {}
        entries = getattr(self.ruler, "patterns", [])
        words, self.regexes = _named_words([p for entry in entries for p in entry["patterns"]])
        self.named = {nlp.vocab.strings.add(word) for word in words}
        context_words, self.neighbour_attrs = _contextual(entries)
        self.context_words = {nlp.vocab.strings.add(word) for word in context_words}
        self.relevant: dict[int, bool] = {}

    def _key(self, token: Token) -> Key:
        lower = token.lower
        relevant = self.relevant.get(lower)
        if relevant is None:
            relevant = lower in self.named or any(r.search(token.lower_) for r in self.regexes)
            self.relevant[lower] = relevant
        key: Key = (token.tag, lower if relevant else 0, token.dep, token.is_space)
        if lower in self.context_words:  # a two-token pattern may set this token's annotation
            doc = token.doc
            for i in (token.i - 1, token.i + 1):
                neighbour = doc[i] if 0 <= i < len(doc) else None
                key += tuple(_attr(neighbour, a) for a in self.neighbour_attrs)
        return key

    def __call__(self, doc: Doc) -> Doc:
        keys = [self._key(token) for token in doc]
        missing = [token for token, key in zip(doc, keys, strict=True) if key not in self.cache]
        if missing and (len(self.cache) >= MAX_ENTRIES or not self._learn(missing, keys)):
            return self.ruler(doc)
        for token, key in zip(doc, keys, strict=True):
            pos, morph, tag, dep = self.cache[key]
            token.pos, token.tag, token.dep = pos, tag, dep
            token.set_morph(morph)
        return doc

    def _learn(self, tokens: list[Token], keys: list[Key]) -> bool:
        """Run the real ruler on a small Doc of just these tokens (with their neighbours where
        a two-token pattern may apply), separated by blank lines, and cache what it sets."""
        words, spaces, tags, deps, targets = [], [], [], [], []
        doc = tokens[0].doc
        for token in tokens:
            window = [token.i]
            if token.lower in self.context_words:
                window = [i for i in (token.i - 1, token.i, token.i + 1) if 0 <= i < len(doc)]
            for i in window:
                if i == token.i:
                    targets.append((len(words), keys[i]))
                words.append(doc[i].text)
                spaces.append(False)
                tags.append(doc[i].tag_)
                deps.append(doc[i].dep_ or "dep")
            words.append("\n\n")  # a space token: no pattern runs across it
            spaces.append(False)
            tags.append("_SP")
            deps.append("dep")
        try:
            sample = Doc(doc.vocab, words=words, spaces=spaces, tags=tags, deps=deps,
                         heads=list(range(len(words))))  # fmt: skip
        except ValueError:
            return False
        self.ruler(sample)
        for index, key in targets:
            token = sample[index]
            self.cache[key] = (token.pos, token.morph.key, token.tag, token.dep)
        return True


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
