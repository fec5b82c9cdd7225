"""Speech cues, round five: a second clause the parser hangs on a cue whose complement follows
it word for word. Hand-written cases through the real model."""

from __future__ import annotations

import pytest
from quote_samples import Attribute


@pytest.mark.slow
def test_sentence_before_a_paragraph_break_is_no_clause_of_the_cue(
    attribute: Attribute,
) -> None:
    quotes, _ = attribute(
        'Castellanos was blunt about it. "The party whipped the establishment and it is too '
        'late for the old guard to ask for help."\n\nSimilarly, John Smith, a former party '
        "chairman, said he could not back the new plan."
    )
    said = [q for q in quotes if q.cue == "said"]
    assert [(q.kind, q.text, q.speaker) for q in said] == [
        ("indirect", "he could not back the new plan", "John Smith")
    ]


@pytest.mark.slow
def test_clause_after_the_complement_is_reported_with_it(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "The agency has said 412 of the files were withheld in part because they held private "
        'data, the vast majority of them marked "sensitive," the lowest level of protection.'
    )
    assert len(quotes) == 1
    assert quotes[0].text.startswith("412 of the files were withheld")
    assert quotes[0].speaker == "The agency"


@pytest.mark.slow
def test_inverted_source_keeps_the_quotation_before_the_cue(attribute: Attribute) -> None:
    quotes, _ = attribute(
        'Democrats blasted Republicans. "Republicans are so frustrated with the decision that '
        "they are unloading on her with everything they have got - right before the "
        'conventions," said Oversight ranking Democrat Elijah Cummings (D-Md.).'
    )
    quoted = next(q for q in quotes if q.text.startswith("Republicans are so frustrated"))
    assert (quoted.kind, quoted.cue, quoted.speaker) == ("direct", "said", "Elijah Cummings")


@pytest.mark.slow
def test_cue_conjoined_after_a_comma_reports_the_clause_before(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "The administration is sending more troops to the region. This includes a special "
        "force to assist Kurdish fighters, Defense Secretary Ash Carter told a Senate panel "
        "Wednesday."
    )
    assert [(q.kind, q.text, q.speaker) for q in quotes] == [
        ("indirect", "This includes a special force to assist Kurdish fighters", "Ash Carter")
    ]


@pytest.mark.slow
def test_relative_word_subject_of_what_a_verb_of_saying_reports(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "The Sanders campaign countered Sunday by suggesting four other nights - one of them on "
        "a weekend, which it previously had said was unacceptable."
    )
    assert [(q.text, q.cue) for q in quotes] == [
        ("which", "had said"),
        ("was unacceptable", "had said"),
    ]
    assert quotes[0].attribution_id == quotes[1].attribution_id


@pytest.mark.slow
def test_clause_of_time_taken_for_the_complement_is_not_reported(attribute: Attribute) -> None:
    quotes, _ = attribute(
        'Trump spoke for an hour. "He didn\'t report the loans," he said as some wearing Cruz '
        "shirts booed."
    )
    assert [(q.kind, q.text) for q in quotes] == [("direct", "He didn't report the loans,")]
