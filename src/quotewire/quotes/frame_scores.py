"""How likely a cue word's dependent is reported content, read in its context.

The learned lexicon (:mod:`quotewire.quotes.cues`) knows, per word form and dependency key, the
share of uses that were annotated content ("wants" + ``xcomp``: about one in four). That share
is the same for "Trump *wants* to build a wall" and "whoever *wants* to come": it cannot see who
the subject is, whether the cue is negated, asked about or set in a condition, or what the
dependent looks like. A logistic regression over that prior and such context (weights in
``data/en/frame_model.json``, fitted by ``scripts/train_cue_lexicon.py`` on PolNeAR train)
scores each candidate instead when ``[frame_model]`` of ``cues.toml`` turns it on. Every
feature is read off tokens the parser already labelled, so the score costs no parsing: the
cue's context is summed into the logit once per cue word, what each candidate adds is a few
weight look-ups, and the per-sentence facts come from arrays read once per Doc.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np
from spacy.attrs import DEP, HEAD, LOWER
from spacy.tokens import Doc, Token

from quotewire.nlp.docs import doc_text, form_keys, is_form_in, sentence_of
from quotewire.quotes.content_ends import has_subject, opened_by_that

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
        return logistic(self.bias + self.logit(features))

    def logit(self, features: Features) -> float:
        """The weighted sum of ``features``, without the bias: a cue's context is summed once
        and each candidate's own features added to it."""
        weights = self.weights
        return sum(weights.get(name, 0.0) * value for name, value in features.items())


def logistic(z: float) -> float:
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
    context: list[float] = []

    def score(key: str, tokens: list[Token]) -> float:
        if not context:  # read on the first candidate: most cue words have none
            context.append(model.bias + model.logit(cue_features(cue, lexicon, source)))
        return logistic(context[0] + model.logit(candidate_features(cue, key, tokens, lexicon)))

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
    sentence = sentence_of(cue)
    if "?" in doc_text(cue.doc)[sentence.start_char : sentence.end_char]:
        features["question"] = 1.0
    facts = _DocFacts.of(cue.doc, lexicon.speech)
    depth = 0
    climbed = cue.i
    for _ in range(_MAX_CLIMB):
        if climbed in facts.relative:
            features["relative_clause"] = 1.0
        if climbed in facts.conditioned:
            features["condition"] = 1.0
        head = facts.heads[climbed]
        if head == climbed:
            break
        climbed = head
        if climbed in facts.speech:
            depth += 1
    features["inside_speech"] = float(min(depth, 2))
    speech_at = facts.speech_at
    first, last = bisect_left(speech_at, sentence.start), bisect_left(speech_at, sentence.end)
    if last - first > (1 if cue.i in facts.speech else 0):
        features["speech_in_sentence"] = 1.0
    return features


class _DocFacts:
    """What the cue features ask of the tokens around a cue, read once per Doc off its
    attribute arrays rather than walked token by token for every cue: each token's head,
    where the verbs of saying stand, which tokens head a relative clause, and which carry a
    subordinator of condition ("if", "unless", "whether")."""

    __slots__ = ("conditioned", "heads", "relative", "speech", "speech_at")

    def __init__(self, doc: Doc, speech: frozenset[str]) -> None:
        strings = doc.vocab.strings
        columns = doc.to_array([LOWER, HEAD, DEP]).reshape(len(doc), 3)
        lowers, deps = columns[:, 0], columns[:, 2]
        heads = np.arange(len(doc)) + columns[:, 1].astype(np.int64)
        self.speech_at: list[int] = np.flatnonzero(
            is_form_in(lowers, form_keys(strings, speech))
        ).tolist()
        self.speech = frozenset(self.speech_at)
        self.heads: list[int] = heads.tolist()
        self.relative = frozenset(np.flatnonzero(deps == strings["relcl"]).tolist())
        marks = (deps == strings["mark"]) & is_form_in(lowers, form_keys(strings, _CONDITIONS))
        self.conditioned = frozenset(heads[marks].tolist())

    @staticmethod
    @lru_cache(maxsize=4)
    def of(doc: Doc, speech: frozenset[str]) -> _DocFacts:
        return _DocFacts(doc, speech)


def candidate_features(cue: Token, key: str, tokens: list[Token], lexicon: CueLexicon) -> Features:
    """What the dependent adds to the cue's context (:func:`cue_features`): its key, the
    learned (form, key) prior and how much evidence it rests on, and the dependent's shape
    (length, quotation, a clause with a subject of its own, before or after the cue)."""
    form = cue.lower_
    kind = _key_class(key)
    prior = lexicon.frame_prior(form, key)
    seen = lexicon.frame_count(form, key)
    features: Features = {
        "prior": prior,
        "prior_clears": float(prior >= lexicon.frame_threshold),
        "log_seen": math.log1p(seen),
        "unseen": float(seen == 0),
        "key=" + kind: 1.0,
        "tag|key=" + cue.tag_ + "|" + kind: 1.0,
        "stem|key=" + stem(form) + "|" + kind: 1.0,
        "log_length": math.log1p(sum(1 for t in tokens if not t.is_punct)),
    }
    if any(t.is_quote for t in tokens):
        features["quotes"] = 1.0
    if tokens and tokens[0].i < cue.i:
        features["before_cue"] = 1.0
    root = _governed(cue, tokens)
    if root is not None:
        if root.pos_ in ("VERB", "AUX"):
            features["clause"] = 1.0
        if has_subject(root):
            features["own_subject"] = 1.0
        if opened_by_that(root):
            features["that"] = 1.0
    return features


def _governed(cue: Token, tokens: list[Token]) -> Token | None:
    """The first of ``tokens`` (in order) that hangs on ``cue``: the dependent's own head.
    A subtree is mostly one unbroken run of tokens, where the cue's few children are tested
    against its two ends instead of every token against the cue."""
    if not tokens:
        return None
    first, last = tokens[0].i, tokens[-1].i
    if last - first + 1 == len(tokens):
        return next((c for c in cue.children if first <= c.i <= last), None)
    return next((t for t in tokens if t.head == cue), None)


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
