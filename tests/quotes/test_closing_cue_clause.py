"""A verb of saying closing its sentence ("A, she said.") that the parser hung on A as an
adverbial clause still reports all of A. Written parses: the rule reads exactly this shape."""

from __future__ import annotations

from written_parses import doc_from_parse

from quotewire.quotes.fragments import clause_before_closing_cue

_CLOSING_CUE = (
    "The/DT/DET/det>1 law/NN/NOUN/nsubj>3 also/RB/ADV/advmod>3 made/VBD/VERB/ROOT>3 "
    "it/PRP/PRON/nsubj>5 possible/JJ/ADJ/ccomp>3 for/IN/SCONJ/mark>13 "
    "farms/NNS/NOUN/nsubj>13 to/TO/PART/aux>9 sell/VB/VERB/advcl>13 online/RB/ADV/advmod>9 "
    ",/,/PUNCT/punct>13 she/PRP/PRON/nsubj>13 said/VBD/VERB/advcl>3 ././PUNCT/punct>3"
)


def test_the_words_before_a_closing_cue_hung_as_an_adverbial_clause() -> None:
    doc = doc_from_parse(_CLOSING_CUE)
    words = clause_before_closing_cue(doc[13], doc[12])
    assert " ".join(t.text for t in words) == (
        "The law also made it possible for farms to sell online"
    )


def test_a_cue_tied_to_the_clause_by_as_reports_nothing_here() -> None:
    doc = doc_from_parse(
        "Prices/NNS/NOUN/nsubj>1 rose/VBD/VERB/ROOT>1 ,/,/PUNCT/punct>1 as/IN/SCONJ/mark>5 "
        "she/PRP/PRON/nsubj>5 said/VBD/VERB/advcl>1 ././PUNCT/punct>1"
    )
    assert clause_before_closing_cue(doc[5], doc[4]) == []


def test_a_cue_followed_by_more_words_is_not_closing() -> None:
    doc = doc_from_parse(
        "Prices/NNS/NOUN/nsubj>1 rose/VBD/VERB/ROOT>1 ,/,/PUNCT/punct>4 she/PRP/PRON/nsubj>4 "
        "said/VBD/VERB/advcl>1 on/IN/ADP/prep>4 Monday/NNP/PROPN/pobj>5 ././PUNCT/punct>1"
    )
    assert clause_before_closing_cue(doc[4], doc[3]) == []
