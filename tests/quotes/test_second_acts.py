"""A reported part stops before the source's next act: a cue word, a participle after a
participle cue, or a finite verb after a to-infinitive or gerund that heads the reported part,
conjoined without a subject of its own.

The parses are written out (the heads and labels the small English model gives these made-up
sentences), so the rule is tested on exactly the structure it reads.
"""

from __future__ import annotations

from spacy.tokens import Doc
from written_parses import doc_from_parse

from quotewire.quotes.cues import load_cue_lexicon
from quotewire.quotes.second_acts import without_second_act


def _reported(doc: Doc, cue: int, clause: int) -> str:
    kept = without_second_act(doc[cue], list(doc[clause].subtree), load_cue_lexicon())
    return doc[kept[0].i : kept[-1].i + 1].text


def test_a_conjoined_cue_word_is_the_sources_next_statement() -> None:
    doc = doc_from_parse(
        "The/DT/DET/det>1 mayor/NN/NOUN/nsubj>2 told/VBD/VERB/ROOT>2 reporters/NNS/NOUN/dobj>2 "
        "her/PRP$/PRON/poss>5 office/NN/NOUN/nsubj>7 never/RB/ADV/neg>7 worked/VBD/VERB/ccomp>2 "
        "with/IN/ADP/prep>7 the/DT/DET/det>10 firm/NN/NOUN/pobj>8 and/CC/CCONJ/cc>7 "
        "said/VBD/VERB/conj>7 the/DT/DET/det>14 council/NN/NOUN/nsubj>15 "
        "hired/VBD/VERB/ccomp>12 it/PRP/PRON/dobj>15 ././PUNCT/punct>2"
    )
    assert _reported(doc, 2, 7) == "her office never worked with the firm"


def test_a_promise_after_the_reported_clause_is_cut() -> None:
    doc = doc_from_parse(
        "The/DT/DET/det>1 senator/NN/NOUN/nsubj>2 said/VBD/VERB/ROOT>2 she/PRP/PRON/nsubj>4 "
        "regretted/VBD/VERB/ccomp>2 her/PRP$/PRON/poss>6 remarks/NNS/NOUN/dobj>4 "
        "and/CC/CCONJ/cc>4 promised/VBD/VERB/conj>4 to/TO/PART/aux>10 stay/VB/VERB/xcomp>8 "
        "out/RP/ADP/prt>10 ././PUNCT/punct>2"
    )
    assert _reported(doc, 2, 4) == "she regretted her remarks"


def test_a_second_participle_after_a_participle_cue_is_cut() -> None:
    doc = doc_from_parse(
        "She/PRP/PRON/nsubj>1 spent/VBD/VERB/ROOT>1 the/DT/DET/det>3 day/NN/NOUN/dobj>1 "
        "telling/VBG/VERB/xcomp>1 voters/NNS/NOUN/dobj>4 that/IN/SCONJ/mark>9 "
        "the/DT/DET/det>8 governor/NN/NOUN/nsubj>9 is/VBZ/AUX/ccomp>4 a/DT/DET/det>11 "
        "fraud/NN/NOUN/attr>9 and/CC/CCONJ/cc>11 questioning/VBG/VERB/advcl>9 "
        "his/PRP$/PRON/poss>15 record/NN/NOUN/dobj>13 ././PUNCT/punct>1"
    )
    assert _reported(doc, 4, 9) == "that the governor is a fraud"


def test_a_verb_that_is_no_cue_word_stays() -> None:
    doc = doc_from_parse(
        "He/PRP/PRON/nsubj>1 said/VBD/VERB/ROOT>1 the/DT/DET/det>3 plan/NN/NOUN/nsubj>4 "
        "was/VBD/AUX/ccomp>1 flawed/JJ/ADJ/acomp>4 but/CC/CCONJ/cc>4 did/VBD/AUX/aux>9 "
        "not/RB/PART/neg>9 warrant/VB/VERB/conj>4 a/DT/DET/det>11 veto/NN/NOUN/dobj>9 "
        "././PUNCT/punct>1"
    )
    assert _reported(doc, 1, 4) == "the plan was flawed but did not warrant a veto"


def test_a_reported_clause_before_its_cue_keeps_its_subjects_second_verb() -> None:
    doc = doc_from_parse(
        "Earlier/RBR/ADV/advmod>4 ,/,/PUNCT/punct>4 the/DT/DET/det>3 mayor/NN/NOUN/nsubj>4 "
        "held/VBD/VERB/ccomp>16 a/DT/DET/det>6 meeting/NN/NOUN/dobj>4 with/IN/ADP/prep>6 "
        "leaders/NNS/NOUN/pobj>7 and/CC/CCONJ/cc>4 promised/VBD/VERB/conj>4 new/JJ/ADJ/amod>12 "
        "funds/NNS/NOUN/dobj>10 ,/,/PUNCT/punct>16 the/DT/DET/det>15 paper/NN/NOUN/nsubj>16 "
        "reported/VBD/VERB/ROOT>16 ././PUNCT/punct>16"
    )
    assert _reported(doc, 16, 4).endswith("and promised new funds")


def test_a_cue_word_inflected_unlike_the_cue_stays() -> None:
    doc = doc_from_parse(
        "Polls/NNS/NOUN/nsubj>1 show/VBP/VERB/ROOT>1 voters/NNS/NOUN/nsubj>3 "
        "trust/VBP/VERB/ccomp>1 him/PRP/PRON/dobj>3 and/CC/CCONJ/cc>3 said/VBD/VERB/conj>3 "
        "so/RB/ADV/advmod>6 often/RB/ADV/advmod>6 ././PUNCT/punct>1"
    )
    assert _reported(doc, 1, 3) == "voters trust him and said so often"


def test_a_past_verb_after_an_infinitive_is_the_sources_next_act() -> None:
    doc = doc_from_parse(
        "She/PRP/PRON/nsubj>1 vowed/VBD/VERB/ROOT>1 to/TO/PART/aux>3 keep/VB/VERB/xcomp>1 "
        "the/DT/DET/det>5 clinic/NN/NOUN/dobj>3 open/JJ/ADJ/oprd>3 and/CC/CCONJ/cc>3 "
        "celebrated/VBD/VERB/conj>3 the/DT/DET/det>10 ruling/NN/NOUN/dobj>8 ././PUNCT/punct>1"
    )
    assert _reported(doc, 1, 3) == "to keep the clinic open"


def test_a_perfect_after_a_gerund_is_the_sources_next_act() -> None:
    doc = doc_from_parse(
        "He/PRP/PRON/nsubj>2 has/VBZ/AUX/aux>2 proposed/VBN/VERB/ROOT>2 "
        "banning/VBG/VERB/xcomp>2 imports/NNS/NOUN/dobj>3 and/CC/CCONJ/cc>3 "
        "has/VBZ/AUX/aux>7 gone/VBN/VERB/conj>3 further/RB/ADV/advmod>7 ././PUNCT/punct>2"
    )
    assert _reported(doc, 2, 3) == "banning imports"


def test_a_second_infinitive_stays_in_the_plan() -> None:
    doc = doc_from_parse(
        "She/PRP/PRON/nsubj>1 vowed/VBD/VERB/ROOT>1 to/TO/PART/aux>3 keep/VB/VERB/xcomp>1 "
        "the/DT/DET/det>5 clinic/NN/NOUN/dobj>3 open/JJ/ADJ/oprd>3 and/CC/CCONJ/cc>3 "
        "expand/VB/VERB/conj>3 its/PRP$/PRON/poss>10 hours/NNS/NOUN/dobj>8 ././PUNCT/punct>1"
    )
    assert _reported(doc, 1, 3) == "to keep the clinic open and expand its hours"


def test_a_cue_word_sharing_the_cues_perfect_auxiliary_is_cut() -> None:
    # "has said ... and predicted": the tagger reads the shared participle as a past (VBD)
    # beside the cue's "has" (VBZ); it is the source's next statement all the same
    doc = doc_from_parse(
        "The/DT/DET/det>1 army/NN/NOUN/nsubj>3 has/VBZ/AUX/aux>3 said/VBN/VERB/ROOT>3 "
        "that/IN/SCONJ/mark>7 the/DT/DET/det>6 battle/NN/NOUN/nsubj>7 was/VBD/AUX/ccomp>3 "
        "over/JJ/ADJ/acomp>7 and/CC/CCONJ/cc>7 predicted/VBD/VERB/conj>7 "
        "that/IN/SCONJ/mark>15 the/DT/DET/det>13 revolt/NN/NOUN/nsubjpass>15 "
        "is/VBZ/AUX/auxpass>15 finished/VBN/VERB/ccomp>10 ././PUNCT/punct>3"
    )
    assert _reported(doc, 3, 7) == "that the battle was over"


def test_a_present_verb_of_naming_after_the_reported_clause_is_cut() -> None:
    # "calls" is too rare a form to clear the learned prior "called" clears; its past is a
    # verb of naming (cues.toml naming), so it is the source's next act
    doc = doc_from_parse(
        "The/DT/DET/det>1 mayor/NN/NOUN/nsubj>2 says/VBZ/VERB/ROOT>2 she/PRP/PRON/nsubj>4 "
        "respects/VBZ/VERB/ccomp>2 the/DT/DET/det>6 governor/NN/NOUN/dobj>4 and/CC/CCONJ/cc>4 "
        "calls/VBZ/VERB/conj>4 him/PRP/PRON/dobj>8 a/DT/DET/det>12 reliable/JJ/ADJ/amod>12 "
        "partner/NN/NOUN/oprd>8 ././PUNCT/punct>2"
    )
    assert _reported(doc, 2, 4) == "she respects the governor"


def test_a_present_verb_of_saying_after_the_reported_clause_is_cut() -> None:
    # "vows" is no listed form, "vowed" a verb of saying
    doc = doc_from_parse(
        "The/DT/DET/det>1 mayor/NN/NOUN/nsubj>2 says/VBZ/VERB/ROOT>2 the/DT/DET/det>4 "
        "budget/NN/NOUN/nsubjpass>6 is/VBZ/AUX/auxpass>6 balanced/VBN/VERB/ccomp>2 "
        "and/CC/CCONJ/cc>6 vows/VBZ/VERB/conj>6 to/TO/PART/aux>10 cut/VB/VERB/xcomp>8 "
        "taxes/NNS/NOUN/dobj>10 ././PUNCT/punct>2"
    )
    assert _reported(doc, 2, 6) == "the budget is balanced"


def test_a_present_verb_whose_past_is_no_verb_of_saying_stays() -> None:
    # "expected" is a cue word by its prior, but no verb of saying: the gold keeps such a verb
    doc = doc_from_parse(
        "The/DT/DET/det>1 senator/NN/NOUN/nsubj>2 says/VBZ/VERB/ROOT>2 she/PRP/PRON/nsubj>4 "
        "is/VBZ/AUX/ccomp>2 proud/JJ/ADJ/acomp>4 of/IN/ADP/prep>5 her/PRP$/PRON/poss>8 "
        "staff/NN/NOUN/pobj>6 and/CC/CCONJ/cc>4 expects/VBZ/VERB/conj>4 to/TO/PART/aux>12 "
        "win/VB/VERB/xcomp>10 the/DT/DET/det>14 state/NN/NOUN/dobj>12 ././PUNCT/punct>2"
    )
    assert _reported(doc, 2, 4).endswith("and expects to win the state")
