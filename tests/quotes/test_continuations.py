"""Dependents the parser hung on the cue that continue what it reports.

The parses are written out (heads and labels as the small English model gave them on PolNeAR
train sentences), so each rule is tested on exactly the structure it reads.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from quotewire.quotes.continuations import with_continuation


def _doc(parse: str) -> Doc:
    """A Doc from ``word/TAG/dep>head`` items separated by spaces."""
    words, tags, deps, heads = [], [], [], []
    for item in parse.split():
        word, tag, arc = item.split("/")
        dep, head = arc.split(">")
        words.append(word)
        tags.append(tag)
        deps.append(dep)
        heads.append(int(head))
    return Doc(spacy.blank("en").vocab, words=words, tags=tags, deps=deps, heads=heads)


def _reported(doc: Doc, cue: int, key: str, dependent: int) -> str:
    kept = with_continuation(doc[cue], key, list(doc[dependent].subtree))
    return doc[kept[0].i : kept[-1].i + 1].text


def test_reason_right_after_the_clause_is_reported() -> None:
    doc = _doc(
        "The/DT/det>1 AP/NNP/nsubj>2 said/VBD/ROOT>2 it/PRP/nsubj>5 did/VBD/aux>5 "
        "include/VB/ccomp>2 meetings/NNS/dobj>5 because/IN/mark>9 they/PRP/nsubj>9 "
        "were/VBD/advcl>2 duties/NNS/attr>9 ././punct>2"
    )
    assert _reported(doc, 2, "ccomp", 5) == "it did include meetings because they were duties"


def test_participle_without_a_comma_is_reported() -> None:
    doc = _doc(
        "Christie/NNP/nsubj>1 appeared/VBD/ROOT>1 to/TO/aux>3 end/VB/xcomp>1 "
        "his/PRP$/poss>5 bid/NN/dobj>3 owing/VBG/advcl>1 money/NN/dobj>6 ././punct>1"
    )
    assert _reported(doc, 1, "xcomp", 3) == "to end his bid owing money"


def test_participle_after_a_comma_stays_out() -> None:
    doc = _doc(
        "He/PRP/nsubj>1 said/VBD/ROOT>1 taxes/NNS/nsubj>3 rose/VBD/ccomp>1 ,/,/punct>1 "
        "citing/VBG/advcl>1 data/NNS/dobj>5 ././punct>1"
    )
    assert _reported(doc, 1, "ccomp", 3) == "taxes rose"


def test_second_object_is_reported() -> None:
    doc = _doc(
        "offering/VBG/ROOT>0 Kasich/NNP/dobj>0 the/DT/det>4 second/JJ/amod>4 "
        "spot/NN/dobj>0 on/IN/prep>4 the/DT/det>7 ticket/NN/pobj>5"
    )
    assert _reported(doc, 0, "dobj", 1) == "Kasich the second spot on the ticket"


def test_role_clause_of_an_object_is_reported() -> None:
    doc = _doc(
        "Obama/NNP/nsubj>2 has/VBZ/aux>2 described/VBN/ROOT>2 the/DT/det>4 dinner/NN/dobj>2 "
        "as/IN/mark>7 Washington/NNP/nsubj>7 celebrating/VBG/advcl>2 itself/PRP/dobj>7 "
        "././punct>2"
    )
    assert _reported(doc, 2, "dobj", 4) == "the dinner as Washington celebrating itself"


def test_clause_of_time_after_an_object_stays_out() -> None:
    doc = _doc(
        "She/PRP/nsubj>1 backed/VBD/ROOT>1 the/DT/det>3 bill/NN/dobj>1 as/IN/mark>7 "
        "it/PRP/nsubj>7 was/VBD/aux>7 sailing/VBG/advcl>1 through/IN/prep>7 "
        "Congress/NNP/pobj>8 ././punct>1"
    )
    assert _reported(doc, 1, "dobj", 3) == "the bill"


def test_condition_is_reported_but_not_a_concession() -> None:
    unless = _doc(
        "Trump/NNP/nsubj>1 threatened/VBD/ROOT>1 to/TO/aux>3 impose/VB/xcomp>1 "
        "tariffs/NNS/dobj>3 unless/IN/mark>7 Ford/NNP/nsubj>7 cancels/VBZ/advcl>1 "
        "it/PRP/dobj>7 ././punct>1"
    )
    assert _reported(unless, 1, "xcomp", 3) == "to impose tariffs unless Ford cancels it"
    even_if = _doc(
        "He/PRP/nsubj>1 seemed/VBD/ROOT>1 to/TO/aux>3 shrink/VB/xcomp>1 even/RB/advmod>7 "
        "if/IN/mark>7 something/NN/nsubj>7 happens/VBZ/advcl>1 ././punct>1"
    )
    assert _reported(even_if, 1, "xcomp", 3) == "to shrink"
