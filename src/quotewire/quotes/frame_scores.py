"""How likely a cue word's dependent is reported content, read in its context.

The learned lexicon (:mod:`quotewire.quotes.cues`) knows, per word form and dependency key, the
share of uses that were annotated content ("wants" + ``xcomp``: about one in four). That share
is the same for "Trump *wants* to build a wall" and "whoever *wants* to come": it cannot see who
the subject is, whether the cue is negated, asked about or set in a condition, or what the
dependent looks like. A logistic regression over that prior and such context (weights in
``data/en/frame_model.json``, fitted by ``scripts/train_cue_lexicon.py`` on PolNeAR train)
scores each candidate instead when ``[frame_model]`` of ``cues.toml`` turns it on. Every
feature is read off tokens the parser already labelled, so the score costs a few dictionary
look-ups per candidate and no parsing.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from quotewire.nlp.docs import sentence_of
from quotewire.quotes.content_ends import opened_by_that

if TYPE_CHECKING:
    from quotewire.quotes.cues import CueLexicon

Features = dict[str, float]
Scorer = Callable[[str, list[Token]], float]

_COMMON_KEYS = ("ccomp", "xcomp", "dobj", "attr", "oprd", "acomp", "advcl", "nsubjpass")
_PERSON_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they"})
_ORGANISATIONS = frozenset({"ORG", "NORP", "GPE"})
_CONDITIONS = frozenset({"if", "unless", "whether"})
_SUFFIXES = ("ing", "ed", "es", "s")
_MAX_CLIMB = 8


@dataclass(frozen=True, slots=True)
class FrameModel:
    """A logistic regression over named features, and the probability it must reach."""

    weights: dict[str, float]
    bias: float
    threshold: float

    def probability(self, features: Features) -> float:
        weights = self.weights
        z = self.bias + sum(weights.get(name, 0.0) * value for name, value in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def frame_scorer(cue: Token, lexicon: CueLexicon, source: Token | None) -> Scorer:
    """A function scoring each (dependency key, dependent tokens) of ``cue``, whose source
    (:func:`quotewire.quotes.sources.find_speaker`) the caller has found: the lexicon's
    learned prior, or the frame model's probability when the lexicon ships one. The cue's
    own context is read once, not once per candidate."""
    model = lexicon.frame_model
    form = cue.lower_
    if model is None:
        return lambda key, tokens: lexicon.frame_prior(form, key)
    context: Features = {}

    def score(key: str, tokens: list[Token]) -> float:
        if not context:  # read on the first candidate: most cue words have none
            context.update(cue_features(cue, lexicon, source))
        return model.probability(candidate_features(context, cue, key, tokens, lexicon))

    return score


def cue_features(cue: Token, lexicon: CueLexicon, source: Token | None) -> Features:
    """What the cue word's context says, whatever dependent is scored: its word class and
    place in the parse, its source, auxiliaries, and whether it is asked, supposed or itself
    reported."""
    form = cue.lower_
    features: Features = {
        "cue_prior": lexicon.prior(form),
        "speech": float(lexicon.is_speech(form)),
        "tag=" + cue.tag_: 1.0,
        "dep=" + cue.dep_: 1.0,
        "source=" + _source_kind(source): 1.0,
    }
    for child in cue.children:
        if child.dep_ == "neg":
            features["negated"] = 1.0
        elif child.dep_ in ("aux", "auxpass"):
            if child.tag_ == "MD":
                features["modal"] = 1.0
            elif child.lower_ == "to":
                features["infinitive"] = 1.0
            elif child.dep_ == "auxpass":
                features["passive"] = 1.0
    question, speech_at = _sentence_facts(sentence_of(cue), lexicon.speech)
    if question:
        features["question"] = 1.0
    depth = 0
    climbed = cue
    for _ in range(_MAX_CLIMB):
        if climbed.dep_ == "relcl":
            features["relative_clause"] = 1.0
        if any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in climbed.children):
            features["condition"] = 1.0
        if climbed.head == climbed:
            break
        climbed = climbed.head
        if lexicon.is_speech(climbed.lower_):
            depth += 1
    features["inside_speech"] = float(min(depth, 2))
    if any(i != cue.i for i in speech_at):
        features["speech_in_sentence"] = 1.0
    return features


@lru_cache(maxsize=64)
def _sentence_facts(sentence: Span, speech: frozenset[str]) -> tuple[bool, tuple[int, ...]]:
    """Whether the sentence asks, and where its verbs of saying are: read once per sentence,
    not once per cue word in it."""
    return "?" in sentence.text, tuple(t.i for t in sentence if t.lower_ in speech)


def candidate_features(
    context: Features, cue: Token, key: str, tokens: list[Token], lexicon: CueLexicon
) -> Features:
    """``context`` with what the dependent adds: its key, the learned (form, key) prior and
    how much evidence it rests on, and the dependent's shape (length, quotation, a clause with
    a subject of its own, before or after the cue)."""
    form = cue.lower_
    kind = _key_class(key)
    prior = lexicon.frame_prior(form, key)
    seen = lexicon.frame_count(form, key)
    features = dict(context)
    features.update(
        {
            "prior": prior,
            "prior_clears": float(prior >= lexicon.frame_threshold),
            "log_seen": math.log1p(seen),
            "unseen": float(seen == 0),
            "key=" + kind: 1.0,
            "tag|key=" + cue.tag_ + "|" + kind: 1.0,
            "stem|key=" + stem(form) + "|" + kind: 1.0,
            "log_length": math.log1p(sum(1 for t in tokens if not t.is_punct)),
        }
    )
    if any(t.is_quote for t in tokens):
        features["quotes"] = 1.0
    if tokens and tokens[0].i < cue.i:
        features["before_cue"] = 1.0
    root = next((t for t in tokens if t.head == cue), None)
    if root is not None:
        if root.pos_ in ("VERB", "AUX"):
            features["clause"] = 1.0
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children):
            features["own_subject"] = 1.0
        if opened_by_that(root):
            features["that"] = 1.0
    return features


def stem(form: str) -> str:
    """A rough stem of a lower-case word form, so that "urges", "urged" and "urging" share
    what is learned (the pipeline runs without spaCy's lemmatizer)."""
    for suffix in _SUFFIXES:
        if form.endswith(suffix) and len(form) - len(suffix) >= 3:
            form = form[: -len(suffix)]
            break
    if len(form) > 3 and form[-1] == form[-2] and form[-1] not in "aeiouls":
        form = form[:-1]  # "admitted" -> "admit"
    return form.rstrip("e") or form


def _key_class(key: str) -> str:
    """The dependency key with the preposition kept only for a few common ones."""
    if key in _COMMON_KEYS or key in ("prep:for", "prep:of", "prep:about", "prep:on", "prep:to"):
        return key
    if key.startswith("dobj+prep:"):
        return "dobj+prep"
    if key.startswith("prep:"):
        return "prep"
    return key


def _source_kind(source: Token | None) -> str:
    """What kind of thing the cue's source is: a person, an organisation, a personal
    pronoun, "it"/"this", another name or noun, or none found."""
    if source is None:
        return "none"
    if source.ent_type_ == "PERSON":
        return "person"
    if source.ent_type_ in _ORGANISATIONS:
        return "organisation"
    if source.tag_ == "PRP":
        return "person_pronoun" if source.lower_ in _PERSON_PRONOUNS else "pronoun"
    if source.pos_ == "PROPN":
        return "name"
    return "noun"
