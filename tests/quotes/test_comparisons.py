"""A poll's comparison after what a counted group said is cut; after other sources, and where
the poll is named as an outer attribution, it stays.

The parses are written out (the heads and labels the small English model gives these made-up
sentences), so the rule is tested on exactly the structure it reads.
"""

from __future__ import annotations

from spacy.tokens import Doc
from written_parses import doc_from_parse

from quotewire.quotes.comparisons import without_comparison


def _reported(doc: Doc, cue: int, clause: int) -> str:
    kept = without_comparison(doc[cue], list(doc[clause].subtree))
    return doc[kept[0].i : kept[-1].i + 1].text


_VIEW = (
    "they/PRP/PRON/nsubj>5 had/VBD/VERB/ccomp>3 a/DT/DET/det>8 positive/JJ/ADJ/amod>8 "
    "view/NN/NOUN/dobj>5 of/IN/ADP/prep>8 the/DT/DET/det>11 mayor/NN/NOUN/pobj>9 "
    ",/,/PUNCT/punct>5 compared/VBN/VERB/prep>5 with/IN/ADP/prep>13 33/CD/NUM/nummod>16 "
    "percent/NN/NOUN/pobj>14 last/JJ/ADJ/amod>18 month/NN/NOUN/npadvmod>16 ././PUNCT/punct>3"
)


def test_a_counted_groups_answer_ends_before_the_comparison() -> None:
    doc = doc_from_parse(
        "About/RB/ADV/advmod>1 45/CD/NUM/nummod>2 percent/NN/NOUN/nsubj>3 "
        "said/VBD/VERB/ROOT>3 " + _VIEW
    )
    assert _reported(doc, 3, 5) == "they had a positive view of the mayor"


def test_a_comparison_after_a_named_source_stays() -> None:
    doc = doc_from_parse(
        "The/DT/DET/det>1 mayor/NN/NOUN/nsubj>3 also/RB/ADV/advmod>3 said/VBD/VERB/ROOT>3 " + _VIEW
    )
    assert _reported(doc, 3, 5).endswith("compared with 33 percent last month")


def test_a_poll_named_before_the_group_keeps_the_comparison() -> None:
    doc = doc_from_parse(
        "In/IN/ADP/prep>10 a/DT/DET/det>2 poll/NN/NOUN/pobj>0 released/VBN/VERB/acl>2 "
        "Monday/NNP/PROPN/npadvmod>3 ,/,/PUNCT/punct>10 31/CD/NUM/nummod>7 "
        "percent/NN/NOUN/nsubj>10 of/IN/ADP/prep>7 voters/NNS/NOUN/pobj>8 "
        "said/VBD/VERB/ROOT>10 they/PRP/PRON/nsubj>12 were/VBD/AUX/ccomp>10 "
        "enthusiastic/JJ/ADJ/acomp>12 ,/,/PUNCT/punct>12 compared/VBN/VERB/prep>12 "
        "with/IN/ADP/prep>15 23/CD/NUM/nummod>17 percent/NN/NOUN/pobj>16 ././PUNCT/punct>10"
    )
    assert _reported(doc, 10, 12).endswith("compared with 23 percent")
