"""Light-verb chains as cues: "took *a shot at* X", "takes *issue with* X", "took *credit
for* X", "heaped *praise on* X", "leveling sharp *criticism at* X".

Neither the light verb nor its noun is a verb of saying, so no frame is found there; yet a
noun that names an attack, praise or a claim makes the chain one, and PolNeAR annotates the
whole chain as the cue, with the object of the preposition as what is reported and the
subject of the verb as the source (``data/en/verb_chains.toml`` lists each verb's nouns with
their counts on train). The noun has to be the object of the light verb and the preposition
has to follow it, hung on the noun or on the verb: "took the stage at ..." or "took a look at
..." report nothing.

Catenative chains ("tried to defend X", "continued to portray X as ...", "was quick to
condemn X") were counted the same way and left out: whatever the inner verb, its object is
annotated in under a fifth of the uses of "tried", "trying", "try", "likely" (see
docs/detection.md, "Cue detection: verb chains").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from quotewire.data_files import data_toml, word_lists
from quotewire.nlp.docs import form_keys, is_form_in
from quotewire.quotes.content_ends import without_closing_punctuation
from quotewire.quotes.cues import CueLexicon
from quotewire.quotes.frames import Frame, Regions
from quotewire.quotes.marks import QuotedSpan
from quotewire.quotes.reported_extent import reported_tokens
from quotewire.quotes.sources import find_speaker

# The share of the chains' objects annotated on train ("take" 20 of 33, "heap" and "level" 5
# of 5): the frame's prior, which only sets the statement's confidence.
CHAIN_PRIOR = 0.66
_OBJECT_DEPS = ("pobj", "pcomp")


@dataclass(frozen=True)
class _Words:
    reciprocals: frozenset[str]
    # each form of a light verb: its nouns by the preposition after them (built from chains)
    nouns: dict[str, dict[str, frozenset[str]]]

    @property
    def verbs(self) -> frozenset[str]:
        return frozenset(self.nouns)


@lru_cache(maxsize=1)
def _words() -> _Words:
    table = data_toml("en/verb_chains.toml")
    nouns = {
        form: {p: frozenset(words) for p, words in chain["nouns"].items()}
        for chain in table["chains"].values()
        for form in chain["forms"]
    }
    return word_lists("en/verb_chains.toml", _Words, table=table, nouns=nouns)


def light_verb_frames(
    doc: Doc,
    lexicon: CueLexicon,
    regions: list[tuple[int, int]],
    quoted: list[QuotedSpan],
    frames: list[Frame],
) -> list[Frame]:
    """The frame of each light-verb chain ("took a swipe at X") in ``regions`` and outside
    quoted text whose verb heads none of ``frames`` yet."""
    words = _words()
    if not len(doc):
        return []
    lowers = doc.to_array([LOWER])
    found = is_form_in(lowers, form_keys(doc.vocab.strings, words.verbs))
    framed = {f.cue.i for f in frames}
    allowed = Regions(regions)
    inside_quotes = Regions([(q.start, q.end) for q in quoted])
    chains = []
    for i in np.flatnonzero(found).tolist():
        verb = doc[i]
        region = allowed.find(verb.idx)
        if i in framed or region is None or inside_quotes.find(verb.idx) is not None:
            continue
        frame = _chain_frame(verb, words, lexicon, region)
        if frame is not None:
            chains.append(frame)
    return chains


def _chain_frame(
    verb: Token, words: _Words, lexicon: CueLexicon, region: tuple[int, int]
) -> Frame | None:
    """The frame of ``verb`` when it opens a chain of ``words``: its noun object, then the
    noun's preposition, whose object is the content, trimmed as any reported prepositional
    object is (``reported_tokens``: a trailing ", who ..." aside, a closing parenthesis ...).
    A reciprocal object ("took aim at *one another*") names the sources themselves, not what
    they said."""
    for noun in verb.children:
        if noun.dep_ != "dobj" or noun.i < verb.i:
            continue
        prepositions = [p for p, nouns in words.nouns[verb.lower_].items() if noun.lower_ in nouns]
        for preposition in (*noun.children, *verb.children):
            if preposition.dep_ != "prep" or preposition.i < noun.i:
                continue
            if preposition.lower_ not in prepositions:
                continue
            content = _content(preposition, verb, words, lexicon, region)
            if content is None:
                continue
            cue_tokens = list(verb.doc[verb.i : preposition.i + 1])
            return Frame(verb, cue_tokens, find_speaker(verb), content, CHAIN_PRIOR)
    return None


def _content(
    preposition: Token,
    verb: Token,
    words: _Words,
    lexicon: CueLexicon,
    region: tuple[int, int],
) -> tuple[int, int] | None:
    """The characters of the preposition's object, in the verb's paragraph ``region``."""
    target = next((c for c in preposition.children if c.dep_ in _OBJECT_DEPS), None)
    if target is None:
        return None
    key = f"prep:{preposition.lower_}"
    tokens = reported_tokens(verb, key, list(target.subtree), lexicon)
    tokens = without_closing_punctuation(tokens)
    if " ".join(t.lower_ for t in tokens) in words.reciprocals:
        return None
    if not tokens or not region[0] <= tokens[-1].idx < region[1]:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
