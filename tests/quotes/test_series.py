"""A reported part takes the rest of a series the parser hung on the cue after its first item.

The parses are written out (words joined by spaces; the heads and labels the small English
model gives these made-up sentences, in the style of the PolNeAR train cases), so the rule is
tested on exactly the structure it reads; the last test goes through the whole attribution.
"""

from __future__ import annotations

import pytest
from quote_samples import Attribute
from spacy.tokens import Doc
from written_parses import doc_from_parse

from quotewire.quotes.cues import load_cue_lexicon
from quotewire.quotes.series import with_series_rest


def _reported(doc: Doc, cue: int, dependent: int) -> str:
    kept = with_series_rest(doc[cue], list(doc[dependent].subtree), load_cue_lexicon())
    return doc[kept[0].i : kept[-1].i + 1].text


def test_infinitives_conjoined_to_the_cue_finish_the_series() -> None:
    doc = doc_from_parse(
        "She/PRP/PRON/nsubj>1 touted/VBD/VERB/ROOT>1 her/PRP$/PRON/poss>3 "
        "plans/NNS/NOUN/dobj>1 to/TO/PART/aux>5 invest/VB/VERB/acl>3 in/IN/ADP/prep>5 "
        "roads/NNS/NOUN/pobj>6 ,/,/PUNCT/punct>1 expand/VB/VERB/conj>1 "
        "benefits/NNS/NOUN/dobj>9 ,/,/PUNCT/punct>9 and/CC/CCONJ/cc>9 "
        "enable/VB/VERB/conj>9 free/JJ/ADJ/amod>15 college/NN/NOUN/dobj>13 ././PUNCT/punct>1"
    )
    assert (
        _reported(doc, 1, 3)
        == "her plans to invest in roads , expand benefits , and enable free college"
    )


def test_a_closing_quotation_mark_may_stand_after_the_comma() -> None:
    doc = doc_from_parse(
        "He/PRP/PRON/nsubj>1 said/VBD/VERB/ROOT>1 she/PRP/PRON/nsubj>3 is/VBZ/AUX/ccomp>1 "
        "ready/JJ/ADJ/acomp>3 to/TO/PART/aux>7 ''/``/PUNCT/punct>7 fight/VB/VERB/xcomp>4 "
        "back/RB/ADV/advmod>7 ,/,/PUNCT/punct>1 ''/''/PUNCT/punct>1 "
        "secure/VB/VERB/advcl>1 borders/NNS/NOUN/dobj>11 and/CC/CCONJ/cc>11 "
        "cut/VB/VERB/conj>11 taxes/NNS/NOUN/dobj>14 ././PUNCT/punct>1"
    )
    assert _reported(doc, 1, 3) == "she is ready to '' fight back , '' secure borders and cut taxes"


def test_gerunds_in_a_chain_after_a_gerund_finish_the_series() -> None:
    doc = doc_from_parse(
        "Both/DT/DET/nsubj>1 want/VBP/VERB/ROOT>1 government/NN/NOUN/nsubj>3 "
        "playing/VBG/VERB/ccomp>1 a/DT/DET/det>5 role/NN/NOUN/dobj>3 ,/,/PUNCT/punct>1 "
        "setting/VBG/VERB/advcl>1 rules/NNS/NOUN/dobj>7 ,/,/PUNCT/punct>7 "
        "protecting/VBG/VERB/conj>7 victims/NNS/NOUN/dobj>10 and/CC/CCONJ/cc>10 "
        "preserving/VBG/VERB/conj>10 nature/NN/NOUN/dobj>13 ././PUNCT/punct>1"
    )
    assert _reported(doc, 1, 3) == (
        "government playing a role , setting rules , protecting victims and preserving nature"
    )


def test_the_sources_own_acts_inflected_like_the_cue_stay_out() -> None:
    doc = doc_from_parse(
        "He/PRP/PRON/nsubj>1 vowed/VBD/VERB/ROOT>1 to/TO/PART/aux>3 fight/VB/VERB/xcomp>1 "
        "back/RB/ADV/advmod>3 ,/,/PUNCT/punct>1 thanked/VBD/VERB/conj>1 "
        "donors/NNS/NOUN/dobj>6 and/CC/CCONJ/cc>6 left/VBD/VERB/conj>6 ././PUNCT/punct>1"
    )
    assert _reported(doc, 1, 3) == "to fight back"


def test_participles_of_saying_after_a_gerund_stay_out() -> None:
    doc = doc_from_parse(
        "He/PRP/PRON/nsubj>1 supports/VBZ/VERB/ROOT>1 raising/VBG/VERB/xcomp>1 "
        "taxes/NNS/NOUN/dobj>2 ,/,/PUNCT/punct>1 citing/VBG/VERB/advcl>1 "
        "deficits/NNS/NOUN/dobj>5 and/CC/CCONJ/cc>5 saying/VBG/VERB/conj>5 "
        "so/RB/ADV/advmod>8 ././PUNCT/punct>1"
    )
    assert _reported(doc, 1, 2) == "raising taxes"


def test_one_item_after_the_comma_is_no_series() -> None:
    doc = doc_from_parse(
        "She/PRP/PRON/nsubj>1 promised/VBD/VERB/ROOT>1 to/TO/PART/aux>3 cut/VB/VERB/xcomp>1 "
        "taxes/NNS/NOUN/dobj>3 ,/,/PUNCT/punct>1 win/VB/VERB/advcl>1 "
        "votes/NNS/NOUN/dobj>6 ././PUNCT/punct>1"
    )
    assert _reported(doc, 1, 3) == "to cut taxes"


@pytest.mark.slow
def test_a_series_after_a_reported_clause_is_reported_whole(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "Public health experts said money is desperately needed to develop a vaccine, educate "
        "the public and learn more about the virus."
    )
    assert [q.text for q in quotes if q.cue == "said"] == [
        "money is desperately needed to develop a vaccine, educate the public and learn more "
        "about the virus"
    ]
