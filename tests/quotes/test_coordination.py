"""A reported part that ends in a coordinator gets the conjunct the parser hung elsewhere.

The parses are written out (the heads and labels the small English model gave these sentences
on PolNeAR train articles), so the rule is tested on exactly the structure it reads.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc
from written_parses import doc_from_parse

from quotewire.quotes.coordination import with_dangling_conjunct


def _reported(doc: Doc, cue: int, clause: int, speech: Callable[[str], bool]) -> str:
    kept = with_dangling_conjunct(doc[cue], list(doc[clause].subtree), speech)
    return doc[kept[0].i : kept[-1].i + 1].text.rstrip(" ,")  # as char_range trims


def _said(form: str) -> bool:
    return form == "said"


# "Pate claimed that he's not backing any candidate, and in addition to a meeting, he
# also hosted Bush": "and" hangs on "backing", "hosted" on the cue.
_CLAIMED = (
    "Pate/NNP/PROPN/nsubj>1 claimed/VBD/VERB/ROOT>1 that/IN/SCONJ/mark>5 he/PRP/PRON/nsubj>5 "
    "’s/VBZ/AUX/aux>5 backing/VBG/VERB/ccomp>1 any/DT/DET/det>7 candidate/NN/NOUN/dobj>5 "
    ",/,/PUNCT/punct>5 and/CC/CCONJ/cc>5 in/IN/ADP/prep>17 addition/NN/NOUN/pobj>10 "
    "to/IN/ADP/prep>11 a/DT/DET/det>14 meeting/NN/NOUN/pobj>12 ,/,/PUNCT/punct>17 "
    "he/PRP/PRON/nsubj>17 hosted/VBD/VERB/conj>1 Bush/NNP/PROPN/dobj>17 ././PUNCT/punct>1"
)


def test_conjunct_hung_on_the_cue_is_reported() -> None:
    doc = doc_from_parse(_CLAIMED)
    assert _reported(doc, 1, 5, _said) == (
        "that he ’s backing any candidate , and in addition to a meeting , he hosted Bush"
    )


def test_conjunct_that_is_a_verb_of_saying_reports_on_its_own() -> None:
    # "Six in 10 voters said Clinton is honest, and three-quarters said the same of Sanders."
    doc = doc_from_parse(
        "voters/NNS/NOUN/nsubj>1 said/VBD/VERB/ROOT>1 Clinton/NNP/PROPN/nsubj>3 "
        "is/VBZ/AUX/ccomp>1 honest/JJ/ADJ/acomp>3 ,/,/PUNCT/punct>3 and/CC/CCONJ/cc>3 "
        "quarters/NNS/NOUN/nsubj>8 said/VBD/VERB/ccomp>1 the/DT/DET/det>10 "
        "same/JJ/ADJ/dobj>8 ././PUNCT/punct>1"
    )
    assert _reported(doc, 1, 3, _said) == "Clinton is honest"


def test_conjunct_continuing_the_cue_sentence_is_left_out() -> None:
    # "Trump defended his commitment to coverage and provided new details."
    doc = doc_from_parse(
        "Trump/NNP/PROPN/nsubj>1 defended/VBD/VERB/ROOT>1 his/PRP$/PRON/poss>3 "
        "commitment/NN/NOUN/dobj>1 to/IN/ADP/prep>3 coverage/NN/NOUN/pobj>4 "
        "and/CC/CCONJ/cc>3 provided/VBD/VERB/conj>1 new/JJ/ADJ/amod>9 "
        "details/NNS/NOUN/dobj>7 ././PUNCT/punct>1"
    )
    assert _reported(doc, 1, 3, _said) == "his commitment to coverage"


def test_closed_coordination_is_unchanged() -> None:
    doc = doc_from_parse(
        "She/PRP/PRON/nsubj>1 said/VBD/VERB/ROOT>1 taxes/NNS/NOUN/nsubj>3 rose/VBD/VERB/ccomp>1 "
        "and/CC/CCONJ/cc>3 wages/NNS/NOUN/nsubj>6 fell/VBD/VERB/conj>3 ././PUNCT/punct>1"
    )
    assert _reported(doc, 1, 3, _said) == "taxes rose and wages fell"


@pytest.mark.slow
def test_topic_list_split_by_the_parser_is_one_content(attribute) -> None:
    quotes, _ = attribute(
        "Darby will come on the program to talk about the Southern border and how many "
        "migrants can easily slip through."
    )
    assert [q.text for q in quotes] == [
        "the Southern border and how many migrants can easily slip through"
    ]
