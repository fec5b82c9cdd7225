"""Speech cues, round seven: an "as" clause of saying set into the clause it reports, and a
mixed clause after a fronted one. Hand-written cases through the real model."""

from __future__ import annotations

import pytest
from quote_samples import Attribute

pytestmark = pytest.mark.slow


def test_as_clause_after_a_fronted_phrase_reports_both_fragments(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "In the old Soviet Union, as Hedrick Smith reported in his book, the party leaders had "
        "lavish country houses."
    )
    reported = [q for q in quotes if q.cue == "reported"]
    assert [q.text for q in reported] == [
        "In the old Soviet Union",
        "the party leaders had lavish country houses",
    ]
    assert reported[0].attribution_id == reported[1].attribution_id
    assert reported[0].speaker == "Hedrick Smith"


def test_as_clause_after_the_subject_reports_subject_and_predicate(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "The party chairman, as his critics noted, praised Sanders on Twitter as the winner "
        "of the debates."
    )
    reported = [q.text for q in quotes if q.cue == "noted"]
    assert reported == [
        "The party chairman",
        "praised Sanders on Twitter as the winner of the debates",
    ]


def test_as_clause_after_a_sentence_adverb_is_left_alone(attribute: Attribute) -> None:
    """PolNeAR's extent after "Of course, as X observed," varies (it may run on into a
    quotation); the cue reports nothing rather than a wrong extent."""
    quotes, _ = attribute(
        "Of course, as the reporter observed, the biggest winner was not on the stage."
    )
    assert not [q for q in quotes if q.cue == "observed"]


def test_as_of_time_with_its_own_complement_reports_nothing(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "In the meantime, as the minister continues to pursue diplomacy, the situation in the "
        "region is growing ever murkier."
    )
    assert not [q for q in quotes if q.cue and "continues" in q.cue]


def test_as_clause_before_a_clause_with_a_short_quotation_is_one_mixed_statement(
    attribute: Attribute,
) -> None:
    quotes, _ = attribute(
        "As the newspaper reported, the actor “gave between $1,000 and $5,000” to the couple."
    )
    reported = next(q for q in quotes if q.cue == "reported")
    assert reported.kind == "mixed"
    assert reported.text.startswith("the actor “gave between")


def test_as_clause_before_a_whole_quotation_leaves_it_direct(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "As the founder said last week in Tel Aviv, “Israel is the center of the digital future.”"
    )
    said = [q for q in quotes if q.cue == "said"]
    assert [q.kind for q in said] == ["direct"]


def test_as_before_an_interrupting_cue_is_no_source(attribute: Attribute) -> None:
    quotes, _ = attribute("And that, as Trump points out, is quite a bit right now.")
    reported = [q for q in quotes if q.cue == "points out"]
    assert [q.text for q in reported][-1] == "is quite a bit right now"
    assert {q.speaker for q in reported} == {"Trump"}


def test_as_clause_after_its_verb_is_left_alone(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "Roger Ailes also met with Mr. Trump that day, as The New York Times reported on "
        "Tuesday, and he will help prepare Mr. Trump for the debate."
    )
    assert not [q for q in quotes if q.cue == "reported"]


def test_occasion_phrase_before_a_set_in_cue_is_no_fragment(attribute: Attribute) -> None:
    quotes, _ = attribute(
        'In a statement for this story, a State Department official said, "We are not going '
        'to speculate on the matter."'
    )
    said = [q for q in quotes if q.cue == "said"]
    assert [(q.kind, q.text) for q in said] == [
        ("direct", "We are not going to speculate on the matter.")
    ]


def test_question_before_a_set_in_cue_is_reported_once(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "Asked what he personally believed about the matter, he said, "
        '"It is the wrong thing, but we have no right to judge."'
    )
    assert not [q for q in quotes if q.cue == "said" and q.text.startswith("Asked")]
    assert [q.text for q in quotes if q.cue == "Asked"] == [
        "what he personally believed about the matter"
    ]


def test_fronted_phrase_of_time_before_a_set_in_cue_is_still_a_fragment(
    attribute: Attribute,
) -> None:
    quotes, _ = attribute("At one point, she said, she was considering supporting Donald Trump.")
    assert [q.text for q in quotes if q.cue == "said"] == [
        "At one point",
        "she was considering supporting Donald Trump",
    ]
