"""The frame model: context features of a cue's candidate dependents, and how they are scored."""

from __future__ import annotations

import dataclasses
import json
import math
from importlib.resources import files

import pytest

from quotewire.nlp.model import load_english
from quotewire.quotes.content_candidates import content_candidates
from quotewire.quotes.cues import load_cue_lexicon
from quotewire.quotes.frame_scores import (
    FrameModel,
    candidate_features,
    cue_features,
    frame_scorer,
    stem,
)
from quotewire.quotes.frames import find_frames
from quotewire.quotes.sources import find_speaker


def test_inflections_share_a_stem() -> None:
    assert stem("urges") == stem("urged") == stem("urging") == stem("urge") == "urg"
    assert stem("admitted") == stem("admits") == "admit"
    assert stem("said") == "said"


def test_the_model_is_a_logistic_regression_over_named_features() -> None:
    model = FrameModel(weights={"prior": 2.0, "negated": -1.0}, bias=-0.5, threshold=0.5)
    assert model.probability({}) == pytest.approx(1 / (1 + math.exp(0.5)))
    assert model.probability({"prior": 1.0, "negated": 1.0, "unknown": 3.0}) == pytest.approx(
        1 / (1 + math.exp(-0.5))
    )


def _cue(text: str, form: str):
    doc = load_english()(text)
    return next(t for t in doc if t.lower_ == form)


@pytest.mark.slow
def test_without_a_model_the_score_is_the_learned_prior() -> None:
    lexicon = dataclasses.replace(load_cue_lexicon(), frame_model=None)
    cue = _cue("Smith believes the plan will fail.", "believes")
    score = frame_scorer(cue, lexicon, find_speaker(cue))
    assert score("ccomp", []) == lexicon.frame_prior("believes", "ccomp")
    assert lexicon.score_threshold == lexicon.frame_threshold


@pytest.mark.slow
def test_context_features_read_the_parse() -> None:
    lexicon = load_cue_lexicon()
    cue = _cue("Senator John Smith does not believe that the plan will fail.", "believe")
    context = cue_features(cue, lexicon, find_speaker(cue))
    assert context["negated"] == 1.0
    assert context["source=person"] == 1.0
    assert "question" not in context and "condition" not in context
    key, tokens = next((k, t) for k, t in content_candidates(cue) if k == "ccomp")
    features = candidate_features(cue, key, tokens, lexicon)
    assert features["prior"] == lexicon.frame_prior("believe", "ccomp")
    assert features["clause"] == features["own_subject"] == features["that"] == 1.0
    assert features["key=ccomp"] == 1.0 and "before_cue" not in features

    says = _cue("If he says the plan failed, will she resign?", "says")
    asked = cue_features(says, lexicon, find_speaker(says))
    assert asked["condition"] == asked["question"] == asked["speech"] == 1.0
    assert asked["source=person_pronoun"] == 1.0


@pytest.mark.slow
def test_the_model_decides_which_candidates_are_frames() -> None:
    text = "Senator John Smith does not believe that the plan will fail."
    shipped = load_cue_lexicon()
    doc = load_english()(text)
    rejecting = FrameModel(weights={"negated": -5.0}, bias=2.0, threshold=0.5)
    accepting = FrameModel(weights={"negated": 5.0}, bias=-2.0, threshold=0.5)
    cues = {}
    for name, model in (("rejecting", rejecting), ("accepting", accepting)):
        lexicon = dataclasses.replace(shipped, frame_model=model)
        cues[name] = [f.cue.text for f in find_frames(doc, lexicon, [(0, len(text))], [])]
    assert cues == {"rejecting": [], "accepting": ["believe"]}


def test_the_shipped_weights_trust_a_higher_prior() -> None:
    raw = json.loads(files("quotewire.data").joinpath("en/frame_model.json").read_text())
    model = FrameModel(weights=raw["weights"], bias=raw["bias"], threshold=0.45)
    assert model.probability({"prior": 0.9}) > model.probability({"prior": 0.2})


def test_training_can_load_the_lexicon_without_the_model() -> None:
    assert load_cue_lexicon(with_model=False).frame_model is None
    assert load_cue_lexicon().frame_count("said", "ccomp") > 1000
    assert load_cue_lexicon().frame_count("said", "no such key") == 0


@pytest.mark.slow
def test_facts_read_once_per_doc_match_the_parse_around_each_cue() -> None:
    lexicon = load_cue_lexicon()
    doc = load_english()(
        "Smith said the voters who believe the plan will fail are wrong. Jones hopes to win."
    )
    believe, hopes = (next(t for t in doc if t.lower_ == form) for form in ("believe", "hopes"))
    nested = cue_features(believe, lexicon, find_speaker(believe))
    assert nested["relative_clause"] == nested["speech_in_sentence"] == 1.0
    assert nested["inside_speech"] == 1.0
    alone = cue_features(hopes, lexicon, find_speaker(hopes))
    assert alone["inside_speech"] == 0.0
    assert "speech_in_sentence" not in alone and "relative_clause" not in alone
    key, tokens = next(iter(content_candidates(hopes)))
    assert key == "xcomp" and candidate_features(hopes, key, tokens, lexicon)["clause"] == 1.0
