"""The occasion closing a reported object ("defended Cruz *in a recent interview*") is cut;
a phrase inside a clause or a role in the object, or naming no event of saying, stays.

The parses are written out (the heads and labels the small English model gives these made-up
sentences), so the rule is tested on exactly the structure it reads.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from written_parses import doc_from_parse

from quotewire.quotes.object_occasions import without_occasion


def _reported(doc: Doc, cue: int, start: int, end: int) -> str:
    kept = without_occasion(doc[cue], list(doc[start:end]))
    return doc[kept[0].i : kept[-1].i + 1].text


@pytest.mark.parametrize(
    ("parse", "where", "reported"),
    [
        pytest.param(
            "He/PRP/PRON/nsubj>2 has/VBZ/AUX/aux>2 reiterated/VBN/VERB/ROOT>2 his/PRP$/PRON/poss>5 "
            "neutrality/NN/NOUN/compound>5 comments/NNS/NOUN/dobj>2 through/IN/ADP/prep>5 "
            "speeches/NNS/NOUN/pobj>6 and/CC/CCONJ/cc>7 debates/NNS/NOUN/conj>7 ././PUNCT/punct>2",
            (2, 3, 10),
            "his neutrality comments",
            id="an_occasion_on_the_object_is_the_cues",
        ),
        pytest.param(
            "Reid/NNP/PROPN/nsubj>1 defended/VBD/VERB/ROOT>1 Cruz/NNP/PROPN/dobj>1 "
            "in/IN/ADP/prep>1 a/DT/DET/det>6 recent/JJ/ADJ/amod>6 interview/NN/NOUN/pobj>3 "
            "with/IN/ADP/prep>6 The/DT/DET/det>9 Post/NNP/PROPN/pobj>7 ././PUNCT/punct>1",
            (1, 2, 10),
            "Cruz",
            id="an_occasion_hung_on_the_cue_after_the_object_is_cut",
        ),
        pytest.param(
            "He/PRP/PRON/nsubj>1 praised/VBD/VERB/ROOT>1 the/DT/DET/det>3 themes/NNS/NOUN/dobj>1 "
            "that/WDT/PRON/nsubj>5 were/VBD/AUX/relcl>3 present/JJ/ADJ/acomp>5 in/IN/ADP/prep>6 "
            "her/PRP$/PRON/poss>9 speech/NN/NOUN/pobj>7 ././PUNCT/punct>1",
            (1, 2, 10),
            "the themes that were present in her speech",
            id="an_occasion_inside_a_relative_clause_stays",
        ),
        pytest.param(
            "Brown/NNP/PROPN/nsubj>1 described/VBD/VERB/ROOT>1 the/DT/DET/det>3 "
            "DLC/NNP/PROPN/dobj>1 during/IN/ADP/prep>1 a/DT/DET/det>7 Tuesday/NNP/PROPN/compound>7 "
            "interview/NN/NOUN/pobj>4 as/IN/ADP/prep>7 a/DT/DET/det>10 remnant/NN/NOUN/pobj>8 "
            "././PUNCT/punct>1",
            (1, 2, 11),
            "the DLC during a Tuesday interview as a remnant",
            id="an_occasion_holding_the_objects_role_stays",
        ),
        pytest.param(
            "She/PRP/PRON/nsubj>1 thanked/VBD/VERB/ROOT>1 the/DT/DET/det>3 "
            "participants/NNS/NOUN/dobj>1 in/IN/ADP/prep>3 the/DT/DET/det>6 meeting/NN/NOUN/pobj>4 "
            "././PUNCT/punct>1",
            (1, 2, 7),
            "the participants in the meeting",
            id="a_phrase_naming_no_event_of_saying_stays",
        ),
        pytest.param(
            "He/PRP/PRON/nsubj>1 said/VBD/VERB/ROOT>1 voters/NNS/NOUN/nsubj>3 "
            "cheered/VBD/VERB/ccomp>1 him/PRP/PRON/dobj>3 at/IN/ADP/prep>3 the/DT/DET/det>7 "
            "rally/NN/NOUN/pobj>5 ././PUNCT/punct>1",
            (1, 2, 8),
            "voters cheered him at the rally",
            id="a_reported_clause_keeps_its_occasion",
        ),
    ],
)
def test_reported_object(parse: str, where: tuple[int, int, int], reported: str) -> None:
    """``where``: the cue's index and the object's tokens (start, end past the last)."""
    assert _reported(doc_from_parse(parse), *where) == reported
