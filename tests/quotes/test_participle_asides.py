"""A participle clause after a comma closing a reported clause stays in it unless it holds an
attribution of its own.

The parses are written out (the heads and labels the small English model gives these made-up
sentences), so the rule is tested on exactly the structure it reads; the lexicon is the
shipped one.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from written_parses import doc_from_parse

from quotewire.quotes.cues import load_cue_lexicon
from quotewire.quotes.participle_asides import is_aside

_RAISED = (
    "The/DT/DET/det>1 campaign/NN/NOUN/nsubj>2 said/VBD/VERB/ROOT>2 it/PRP/PRON/nsubj>4 "
    "raised/VBD/VERB/ccomp>2 21/CD/NUM/compound>6 million/CD/NUM/dobj>4 in/IN/ADP/prep>4 "
    "January/NNP/PROPN/pobj>7 ,/,/PUNCT/punct>4 "
)


def _aside(doc: Doc, cue: int, participle: int) -> bool:
    token = doc[participle]
    return is_aside(token.left_edge, token, doc[cue], load_cue_lexicon())


@pytest.mark.parametrize(
    ("parse", "where", "aside"),
    [
        pytest.param(
            _RAISED + "bringing/VBG/VERB/advcl>4 its/PRP$/PRON/poss>12 total/NN/NOUN/dobj>10 "
            "to/IN/ADP/prep>10 95/CD/NUM/compound>15 million/CD/NUM/pobj>13 ././PUNCT/punct>2",
            (2, 10),
            False,
            id="a_consequence_of_the_reported_fact_stays",
        ),
        pytest.param(
            _RAISED + "saying/VBG/VERB/advcl>4 the/DT/DET/det>12 money/NN/NOUN/nsubj>13 "
            "came/VBD/VERB/ccomp>10 from/IN/ADP/prep>13 small/JJ/ADJ/amod>16 "
            "donors/NNS/NOUN/pobj>14 ././PUNCT/punct>2",
            (2, 10),
            True,
            id="a_participle_of_saying_is_an_attribution_of_its_own",
        ),
        pytest.param(
            _RAISED + "believing/VBG/VERB/advcl>4 the/DT/DET/det>12 money/NN/NOUN/nsubj>13 "
            "came/VBD/VERB/ccomp>10 from/IN/ADP/prep>13 small/JJ/ADJ/amod>16 "
            "donors/NNS/NOUN/pobj>14 ././PUNCT/punct>2",
            (2, 10),
            True,
            id="a_participle_reporting_a_clause_is_an_attribution_of_its_own",
        ),
        pytest.param(
            "She/PRP/PRON/nsubj>1 sought/VBD/VERB/ROOT>1 to/TO/PART/aux>3 rally/VB/VERB/xcomp>1 "
            "older/JJR/ADJ/amod>5 voters/NNS/NOUN/dobj>3 ,/,/PUNCT/punct>3 "
            "contrasting/VBG/VERB/advcl>3 her/PRP$/PRON/poss>9 record/NN/NOUN/dobj>7 "
            "with/IN/ADP/prep>7 the/DT/DET/det>12 governor/NN/NOUN/poss>14 's/POS/PART/case>12 "
            "claims/NNS/NOUN/pobj>10 ././PUNCT/punct>1",
            (1, 7),
            True,
            id="a_participle_holding_another_cue_word_is_cut",
        ),
        pytest.param(
            "The/DT/DET/det>1 mayor/NN/NOUN/nsubj>2 said/VBD/VERB/ROOT>2 he/PRP/PRON/nsubj>4 "
            "met/VBD/VERB/ccomp>2 the/DT/DET/det>6 leaders/NNS/NOUN/dobj>4 ,/,/PUNCT/punct>6 "
            "who/WP/PRON/nsubj>9 held/VBD/VERB/relcl>6 a/DT/DET/det>11 rally/NN/NOUN/dobj>9 "
            ",/,/PUNCT/punct>4 drawing/VBG/VERB/advcl>4 a/DT/DET/det>15 crowd/NN/NOUN/dobj>13 "
            "././PUNCT/punct>2",
            (2, 13),
            True,
            id="a_participle_hung_across_a_relative_clause_is_cut",
        ),
        pytest.param(
            "We/PRP/PRON/nsubj>1 won/VBD/VERB/ccomp>9 ,/,/PUNCT/punct>1 Bill/NNP/PROPN/compound>4 "
            "Eastland/NNP/PROPN/npadvmod>1 ,/,/PUNCT/punct>1 wearing/VBG/VERB/advcl>1 "
            "a/DT/DET/det>8 hat/NN/NOUN/dobj>6 said/VBD/VERB/ROOT>9 ././PUNCT/punct>9",
            (9, 6),
            True,
            id="a_participle_after_a_reported_clause_before_its_cue_describes_the_source",
        ),
    ],
)
def test_participle_aside(parse: str, where: tuple[int, int], aside: bool) -> None:
    """``where``: the cue's index and the participle's; ``aside``: whether the clause is cut."""
    assert _aside(doc_from_parse(parse), *where) == aside


def test_the_other_cue_word_of_the_cut_participle_is_a_frame_cue() -> None:
    """What ``a_participle_holding_another_cue_word_is_cut`` relies on in the shipped lexicon."""
    lexicon = load_cue_lexicon()
    assert lexicon.prior("claims") >= lexicon.frame_threshold
