"""A finite verb conjoined to the to-infinitive or gerund that heads a reported part continues
the cue's sentence, not the reported part.

The parses are written out (the heads and labels the small English model gives these made-up
sentences), so the rule is tested on exactly the structure it reads.
"""

from __future__ import annotations

from spacy.tokens import Doc
from written_parses import doc_from_parse

from quotewire.quotes.cues import load_cue_lexicon
from quotewire.quotes.second_acts import without_second_act


def _reported(doc: Doc, cue: int, head: int) -> str:
    kept = without_second_act(doc[cue], list(doc[head].subtree), load_cue_lexicon())
    return doc[kept[0].i : kept[-1].i + 1].text


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
