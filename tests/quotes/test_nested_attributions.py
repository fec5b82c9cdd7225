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
