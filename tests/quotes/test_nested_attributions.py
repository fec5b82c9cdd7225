"""Nested attributions: an outer cue reports the whole clause, inner attribution included."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

_OCCASION_THEN_CLAUSE = (
    "Courted by most of the Republican candidates, Adelson said earlier on Friday during a "
    "news conference that he may wait until February's primaries to decide who to back."
)


def test_a_clause_parsed_as_relative_to_the_occasion_is_what_the_cue_reports(attribute) -> None:
    quotes, _ = attribute(_OCCASION_THEN_CLAUSE)
    said = [q for q in quotes if q.cue == "said"]
    assert [q.text for q in said] == [
        "that he may wait until February's primaries to decide who to back"
    ]
    assert said[0].speaker == "Adelson"


def test_a_relative_clause_on_the_occasion_is_not_reported(attribute) -> None:
    quotes, _ = attribute("Smith said at a meeting that was held in Ohio on Friday.")
    assert not [q for q in quotes if q.cue == "said" and "held" in q.text]


def test_a_clause_in_the_paragraph_before_is_not_what_the_cue_reports() -> None:
    # the parse of a sentence run across a paragraph break: "going" (paragraph one) and "was"
    # (paragraph two) both hang on "said" as clauses
    from spacy.tokens import Doc

    from quotewire.nlp.model import load_english
    from quotewire.quotes.cues import load_cue_lexicon
    from quotewire.quotes.frames import find_frames

    words = ["The", "UK", "is", "going", ".", "\n\n", "Farage", "said", "it", "was", "over", "."]
    spaces = [True, True, True, False, False, False, True, True, True, True, False, False]
    heads = [1, 3, 3, 7, 3, 4, 7, 7, 9, 7, 9, 7]
    deps = ["det", "nsubj", "aux", "ccomp", "punct", "dep", "nsubj", "ROOT", "nsubj", "ccomp"]
    deps += ["acomp", "punct"]
    tags = ["DT", "NNP", "VBZ", "VBG", ".", "_SP", "NNP", "VBD", "PRP", "VBD", "RB", "."]
    pos = ["DET", "PROPN", "AUX", "VERB", "PUNCT", "SPACE", "PROPN", "VERB", "PRON", "AUX"]
    pos += ["ADV", "PUNCT"]
    doc = Doc(load_english().vocab, words, spaces, tags=tags, pos=pos, heads=heads, deps=deps)
    second = doc.text.index("Farage")
    frames = find_frames(doc, load_cue_lexicon(), [(second, len(doc.text))], [])
    said = [f for f in frames if f.cue.text == "said"]
    assert [doc.text[f.content[0] : f.content[1]] for f in said] == ["it was over"]


def _kept_cues(text: str) -> list[str]:
    from quotewire.nlp.model import load_english
    from quotewire.quotes.cues import load_cue_lexicon
    from quotewire.quotes.frames import find_frames
    from quotewire.quotes.marks import find_quoted_spans
    from quotewire.quotes.nesting import without_nested_beliefs

    quoted = find_quoted_spans(text, [(0, len(text))])
    lexicon = load_cue_lexicon()
    frames = find_frames(load_english()(text), lexicon, [(0, len(text))], quoted)
    return [frame.cue.text for frame in without_nested_beliefs(frames, lexicon, quoted)]


def test_a_plan_inside_a_belief_is_left_to_the_belief() -> None:
    assert _kept_cues("Voters believe Clinton wants to raise taxes.") == ["believe"]


def test_a_nested_frame_that_reports_a_quotation_stays() -> None:
    text = 'Voters believe the plan aims to end what Hedge called "the prior economy model" here.'
    kept = _kept_cues(text)
    assert kept[0] == "believe" and "called" in kept
