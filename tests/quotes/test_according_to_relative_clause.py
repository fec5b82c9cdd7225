"""Cues, twenty-fifth round: ", according to X" closing a sentence the parser hung on a
restrictive relative clause reports the whole sentence (``phrase_cue_frames.
_closes_sentence_after_restrictive_clause``). The sentences are made up in the shape of a
Wikinews tune13 case; the second one's parse is written out, so the rule is tested on exactly
the structure it reads."""

from __future__ import annotations

import pytest
from written_parses import doc_from_parse

from quotewire import extract
from quotewire.nlp.docs import doc_text
from quotewire.quotes.cues import load_cue_lexicon
from quotewire.quotes.phrase_cue_frames import according_to_frames


@pytest.mark.slow
def test_a_closing_according_to_after_a_restrictive_clause_reports_the_sentence() -> None:
    text = (
        "The 12-member Hospital Safety Board’s primary job is to produce a required report for"
        " Governor Ann Hale and the legislature before June 2009 that lays out a long-term plan"
        " to improve the safety of the state’s public hospitals, according to a state press"
        " release.\n\nThe board will meet in May."  # the paragraph break ends the sentence
    )
    quotes = [q.text for q in extract(text, lang="en").quotes if q.cue == "according to"]
    assert quotes == [text[: text.index(", according")]]


def test_a_non_restrictive_clause_keeps_its_own_attribution() -> None:
    """After a comma the relative clause is an aside, which may carry its own source."""
    doc = doc_from_parse(
        "The/DT/DET/det>1 mayor/NN/NOUN/nsubj>2 met/VBD/VERB/ROOT>2 Tom/NNP/PROPN/compound>4 "
        "Reed/NNP/PROPN/dobj>2 ,/,/PUNCT/punct>4 who/WP/PRON/nsubj>7 ran/VBD/VERB/relcl>4 "
        "the/DT/DET/det>9 clinic/NN/NOUN/dobj>7 ,/,/PUNCT/punct>7 according/VBG/VERB/prep>7 "
        "to/IN/ADP/prep>11 the/DT/DET/det>14 records/NNS/NOUN/pobj>12 ././PUNCT/punct>2"
    )
    frames = according_to_frames(doc[11], load_cue_lexicon(), (0, len(doc.text)))
    start, end = frames[0].content
    assert doc_text(doc)[start:end] == "who ran the clinic"
