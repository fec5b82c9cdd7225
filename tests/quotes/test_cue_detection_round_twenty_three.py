"""Cues, twenty-third round: a programme title after an occasion phrase written with a
no-break space ('said on\\xa0"Meet the Press."'), and the writer's own predicate after a form
of "be" or "have" around a quotation ('leaders are worried about the "Bernie or Bust" crowd').

Counted on PolNeAR train articles 1-840; the sentences here are made up in the style of the
cases that motivated them.
"""

from __future__ import annotations

import pytest
from quote_samples import Attribute, ParseRow, parsed_doc

from quotewire.quotes.copula_frames import is_borrowed_wording


def test_the_predicate_after_be_or_have_is_borrowed_wording() -> None:
    doc = parsed_doc([
        ("Leaders", 1, "nsubj", "NNS"), ("are", 1, "ROOT", "VBP"), ("worried", 1, "acomp", "JJ"),
        ("about", 2, "prep", "IN"), ("“", 5, "punct", "``"), ("Bust", 3, "pobj", "NN"),
        ("”", 5, "punct", "''"),
    ])  # fmt: skip
    assert is_borrowed_wording(doc, doc[1], doc[2].idx, len(doc.text))
    doc = parsed_doc([
        ("I", 1, "nsubj", "PRP"), ("had", 1, "ROOT", "VBD"), ("to", 3, "aux", "TO"),
        ("spend", 1, "xcomp", "VB"), ("“", 5, "punct", "``"), ("time", 3, "dobj", "NN"),
        ("”", 5, "punct", "''"),
    ])  # fmt: skip
    assert is_borrowed_wording(doc, doc[1], doc[2].idx, len(doc.text))


def test_a_that_clause_after_a_noun_subject_is_still_reported() -> None:
    # 'His assumption was that "voters learn"': the noun of saying holds the clause
    rows: list[ParseRow] = [
        ("assumption", 1, "nsubj", "NN"), ("was", 1, "ROOT", "VBD"), ("that", 4, "mark", "IN"),
        ("“", 4, "punct", "``"), ("voters", 5, "nsubj", "NNS"), ("learn", 1, "ccomp", "VBP"),
        ("”", 5, "punct", "''"),
    ]  # fmt: skip
    doc = parsed_doc(rows)
    assert not is_borrowed_wording(doc, doc[1], doc[2].idx, len(doc.text))
    # 'It was years ago that "voters learn"': a cleft, the writer's
    doc = parsed_doc([("It", 1, "nsubj", "PRP"), *rows[1:]])
    assert is_borrowed_wording(doc, doc[1], doc[2].idx, len(doc.text))


def test_other_verbs_are_left_to_the_frame() -> None:
    doc = parsed_doc([
        ("Critics", 1, "nsubj", "NNS"), ("pushed", 1, "ROOT", "VBD"), ("the", 4, "det", "DT"),
        ("“", 4, "punct", "``"), ("narrative", 1, "dobj", "NN"), ("”", 4, "punct", "''"),
    ])  # fmt: skip
    assert not is_borrowed_wording(doc, doc[1], doc[2].idx, len(doc.text))


@pytest.mark.slow
@pytest.mark.parametrize("space", [" ", "\xa0"])
def test_a_programme_title_after_a_no_break_space_is_not_reported(
    attribute: Attribute, space: str
) -> None:
    quotes, _ = attribute(
        f'"I have always expected to be vetted," the candidate said on{space}"Meet the Press."'
    )
    assert [(q.kind, q.text) for q in quotes] == [
        ("direct", "I have always expected to be vetted,")
    ]


@pytest.mark.slow
def test_no_mixed_statement_of_be_around_a_borrowed_term(attribute: Attribute) -> None:
    quotes, _ = attribute(
        'They are surprisingly skeptical of the "gig economy" that their generation built,'
        " including the apps they use."
    )
    assert [q.text for q in quotes if q.cue == "are"] == []
