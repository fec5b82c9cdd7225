"""Cues the parser hung on the wrong word: a verb of saying closing its sentence ("A, she
said.") that found nothing to report (the parser hung A, or part of it, on the cue) reports
all of A, unless A is only a subordinate clause; a cue set into a clause whose verb the parser
read as an adjective still reports both sides. Written parses: the rules read exactly these
shapes."""

from __future__ import annotations

from written_parses import doc_from_parse

from quotewire.quotes.cues import load_cue_lexicon
from quotewire.quotes.fragments import clause_before_closing_cue
from quotewire.quotes.frames import find_frames

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


def test_a_subordinate_clause_alone_before_the_verb_is_not_reported() -> None:
    doc = doc_from_parse(
        "But/CC/CCONJ/cc>7 after/IN/SCONJ/mark>3 growth/NN/NOUN/nsubj>3 cooled/VBD/VERB/advcl>7 "
        ",/,/PUNCT/punct>7 the/DT/DET/det>6 borrowing/NN/NOUN/nsubj>7 "
        "continued/VBD/VERB/ROOT>7 ././PUNCT/punct>7"
    )
    assert clause_before_closing_cue(doc[7], doc[6]) == []


def test_a_phrase_alone_before_a_closing_cue_is_reported() -> None:
    doc = doc_from_parse(
        "Or/CC/CCONJ/cc>2 maybe/RB/ADV/advmod>2 Bush/NNP/PROPN/npadvmod>6 ,/,/PUNCT/punct>6 "
        "consultant/NN/NOUN/compound>5 Musser/NNP/PROPN/nsubj>6 says/VBZ/VERB/ROOT>6 "
        "././PUNCT/punct>6"
    )
    assert [t.text for t in clause_before_closing_cue(doc[6], doc[5])] == ["Or", "maybe", "Bush"]


def test_a_cue_set_after_a_root_noun_reports_both_sides() -> None:
    """The parser read the verb after the set-in cue as an adjective and made the subject
    noun the root: the cue still cuts one clause in two fragments."""
    doc = doc_from_parse(
        "The/DT/DET/det>2 new/JJ/ADJ/amod>2 tag/NN/NOUN/ROOT>2 ,/,/PUNCT/punct>6 "
        "Mr./NNP/PROPN/compound>5 Diaz/NNP/PROPN/nsubj>6 said/VBD/VERB/parataxis>2 "
        ",/,/PUNCT/punct>6 accompanied/VBN/VERB/amod>9 photographs/NNS/NOUN/appos>2 "
        "of/IN/ADP/prep>9 missing/JJ/ADJ/amod>12 people/NNS/NOUN/pobj>10 ././PUNCT/punct>2"
    )
    text = doc.text
    frames = find_frames(doc, load_cue_lexicon(), [(0, len(text))], [])
    assert [text[f.content[0] : f.content[1]] for f in frames if f.content] == [
        "The new tag",
        "accompanied photographs of missing people",
    ]
