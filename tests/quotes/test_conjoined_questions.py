"""An indirect question the parser conjoins to the cue right after a reported topic is part of
what is reported ("asked about *the protests and whether she would encourage more*").

The parses are written out (the heads and labels the small English model gives these made-up
sentences), so the rule is tested on exactly the structure it reads.
"""

from __future__ import annotations

from written_parses import doc_from_parse

from quotewire.quotes.continuations import with_continuation

_ASKED = (
    "Clinton/NNP/PROPN/nsubjpass>2 was/VBD/AUX/auxpass>2 asked/VBN/VERB/ROOT>2 "
    "about/IN/ADP/prep>2 the/DT/DET/det>5 protests/NNS/NOUN/pobj>3 {cc}/CC/CCONJ/cc>2 "
    "{opener}/IN/SCONJ/mark>10 she/PRP/PRON/nsubj>10 would/MD/AUX/aux>10 "
    "encourage/VB/VERB/conj>2 more/JJR/ADJ/dobj>10 ././PUNCT/punct>2"
)


def _reported(parse: str, key: str) -> str:
    doc = doc_from_parse(parse)
    kept = with_continuation(doc[2], key, [doc[4], doc[5]])
    return " ".join(t.text for t in kept)


def test_a_question_after_the_topic_is_reported_with_it() -> None:
    parse = _ASKED.format(cc="and", opener="whether")
    assert _reported(parse, "prep:about") == "the protests and whether she would encourage more"


def test_a_conjoined_clause_that_asks_nothing_stays_out() -> None:
    parse = _ASKED.format(cc="and", opener="that")
    assert _reported(parse, "prep:about") == "the protests"


def test_a_reported_clause_takes_no_question() -> None:
    parse = _ASKED.format(cc="and", opener="whether")
    assert _reported(parse, "ccomp") == "the protests"
