"""Conjuncts the parser hangs on the cue, or on the verb above it, that continue a reported
object or topic: a second object or phrase ("questioned *his values and his readiness*"), an
indirect question after a topic of a cue that is itself a complement ("pivoted to talking
about *trade and how he would improve it*").

The parses are written out (the heads and labels the small English model gives these made-up
sentences), so each rule is tested on exactly the structure it reads.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from written_parses import doc_from_parse

from quotewire.quotes.continuations import with_continuation


def _reported(doc: Doc, cue: int, key: str, start: int, end: int) -> str:
    kept = with_continuation(doc[cue], key, list(doc[start : end + 1]))
    return " ".join(t.text for t in kept)


@pytest.mark.parametrize(
    ("parse", "where", "reported"),
    [
        pytest.param(
            "Cruz/NNP/PROPN/nsubj>1 questioned/VBD/VERB/ROOT>1 his/PRP$/PRON/poss>3 "
            "values/NNS/NOUN/dobj>1 and/CC/CCONJ/cc>1 his/PRP$/PRON/poss>6 "
            "readiness/NN/NOUN/conj>1 to/TO/PART/aux>8 lead/VB/VERB/acl>6 ././PUNCT/punct>1",
            (1, "dobj", 2, 3),
            "his values and his readiness to lead",
            id="a_second_object_hung_on_the_cue_is_reported",
        ),
        pytest.param(
            "Many/JJ/ADJ/nsubj>1 see/VBP/VERB/ROOT>1 immigrants/NNS/NOUN/dobj>1 as/IN/ADP/prep>1 "
            "a/DT/DET/det>5 \"/``/PUNCT/punct>6 burden/NN/NOUN/pobj>3 \"/''/PUNCT/punct>1 "
            "and/CC/CCONJ/cc>1 as/IN/ADP/conj>1 outsiders/NNS/NOUN/pobj>9 ././PUNCT/punct>1",
            (1, "dobj", 2, 6),
            'immigrants as a " burden " and as outsiders',
            id="a_second_role_after_a_closing_mark_is_reported",
        ),
        pytest.param(
            "She/PRP/PRON/nsubj>1 discussed/VBD/VERB/ROOT>1 the/DT/DET/det>3 "
            "theories/NNS/NOUN/dobj>1 and/CC/CCONJ/cc>1 lambasted/VBD/VERB/conj>1 "
            "politicians/NNS/NOUN/dobj>5 ././PUNCT/punct>1",
            (1, "dobj", 2, 3),
            "the theories",
            id="a_second_verb_on_the_cue_is_the_sources_own_act",
        ),
        pytest.param(
            "He/PRP/PRON/nsubj>1 said/VBD/VERB/ROOT>1 taxes/NNS/NOUN/nsubj>3 "
            "rose/VBD/VERB/ccomp>1 and/CC/CCONJ/cc>1 the/DT/DET/det>6 "
            "deficit/NN/NOUN/conj>1 ././PUNCT/punct>1",
            (1, "ccomp", 2, 3),
            "taxes rose",
            id="a_second_object_after_a_reported_clause_is_not_taken",
        ),
        pytest.param(
            "Perez/NNP/PROPN/nsubj>1 pivoted/VBD/VERB/ROOT>1 to/IN/ADP/prep>1 "
            "talking/VBG/VERB/pcomp>2 about/IN/ADP/prep>3 trade/NN/NOUN/pobj>4 "
            "and/CC/CCONJ/cc>1 how/WRB/SCONJ/advmod>10 he/PRP/PRON/nsubj>10 "
            "would/MD/AUX/aux>10 improve/VB/VERB/conj>1 it/PRP/PRON/dobj>10 ././PUNCT/punct>1",
            (3, "prep:about", 5, 5),
            "trade and how he would improve it",
            id="a_question_hung_on_the_verb_above_the_cue_is_reported",
        ),
        pytest.param(
            "Gowdy/NNP/PROPN/nsubj>1 cited/VBD/VERB/ROOT>1 a/DT/DET/det>3 report/NN/NOUN/dobj>1 "
            ",/,/PUNCT/punct>1 but/CC/CCONJ/cc>1 that/DT/DET/det>7 report/NN/NOUN/conj>1 "
            "concerned/VBD/VERB/acl>7 others/NNS/NOUN/dobj>8 ././PUNCT/punct>1",
            (1, "dobj", 2, 3),
            "a report",
            id="a_noun_opening_the_writers_next_clause_is_not_taken",
        ),
        pytest.param(
            "He/PRP/PRON/nsubj>1 called/VBD/VERB/ROOT>1 for/IN/ADP/prep>1 a/DT/DET/det>4 "
            "vote/NN/NOUN/pobj>2 ,/,/PUNCT/punct>1 and/CC/CCONJ/cc>1 a/DT/DET/det>9 "
            "second/JJ/ADJ/amod>9 vote/NN/NOUN/conj>1 ,/,/PUNCT/punct>9 "
            "declaring/VBG/VERB/acl>9 that/IN/SCONJ/mark>14 it/PRP/PRON/nsubj>14 "
            "failed/VBD/VERB/ccomp>11 ././PUNCT/punct>1",
            (1, "prep:for", 3, 4),
            "a vote , and a second vote",
            id="a_second_object_ends_before_a_participle_aside",
        ),
        pytest.param(
            "Most/JJS/ADJ/nsubj>1 announced/VBD/VERB/ROOT>1 their/PRP$/PRON/poss>3 "
            "support/NN/NOUN/dobj>1 ,/,/PUNCT/punct>3 who/WP/PRON/nsubj>6 cited/VBD/VERB/relcl>3 "
            "her/PRP$/PRON/poss>8 years/NNS/NOUN/dobj>6 as/IN/ADP/prep>8 senator/NN/NOUN/pobj>9 "
            "and/CC/CCONJ/cc>1 as/IN/ADP/conj>1 governor/NN/NOUN/pobj>12 ././PUNCT/punct>1",
            (1, "dobj", 2, 10),
            "their support , who cited her years as senator",
            id="a_phrase_after_a_relative_clause_in_the_object_is_not_taken",
        ),
        pytest.param(
            "She/PRP/PRON/nsubj>1 had/VBD/VERB/ROOT>1 to/TO/PART/aux>3 reject/VB/VERB/xcomp>1 "
            "her/PRP$/PRON/poss>5 parents/NNS/NOUN/dobj>3 ,/,/PUNCT/punct>5 and/CC/CCONJ/cc>1 "
            "who/WP/PRON/nsubj>10 has/VBZ/AUX/aux>10 come/VBN/VERB/conj>1 out/RP/ADP/prt>10 "
            "././PUNCT/punct>1",
            (3, "dobj", 4, 6),
            "her parents ,",
            id="a_relative_clause_hung_above_the_cue_is_no_question",
        ),
    ],
)
def test_reported_object(parse: str, where: tuple[int, str, int, int], reported: str) -> None:
    """``where``: the cue's index, the key it reports under, and the first and last token of
    the object before the rule extends it."""
    assert _reported(doc_from_parse(parse), *where) == reported
