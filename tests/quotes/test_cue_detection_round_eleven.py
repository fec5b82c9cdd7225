"""Cue detection, round eleven: the relative word a verb heading a relative clause takes as its
object, before the source, is what the verb reports: all of it when nothing follows the verb,
else the first fragment of the predicate after it. Hand-written cases through the real model."""

from __future__ import annotations

import pytest
from quote_samples import Attribute

pytestmark = pytest.mark.slow


def _reported(quotes: list, cue: str) -> list[str]:
    return [q.text for q in quotes if q.cue == cue]


def test_a_relative_object_with_nothing_after_the_verb_is_the_content(
    attribute: Attribute,
) -> None:
    quotes, _ = attribute(
        "The senator faced allegations that he cheated on his taxes, which he has denied."
    )
    assert _reported(quotes, "has denied") == ["which"]


def test_a_relative_object_before_a_predicate_on_it_is_a_fragment(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "He touted his victories in several states, particularly in Florida, which he "
        "describes as his second home."
    )
    assert _reported(quotes, "describes") == ["which", "his second home"]
    assert len({q.attribution_id for q in quotes if q.cue == "describes"}) == 1


def test_a_relative_object_of_a_verb_that_reports_none_is_left_alone(
    attribute: Attribute,
) -> None:
    quotes, _ = attribute("The primary, which Sanders won easily, drew a large crowd.")
    assert not _reported(quotes, "won")


def test_a_relative_subject_of_the_verb_is_no_content(attribute: Attribute) -> None:
    quotes, _ = attribute("The mayor rebuked critics who deny that the bridge is unsafe.")
    assert "who" not in _reported(quotes, "deny")


def test_a_passive_declaration_reports_its_subject_and_predicate(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "But Sanders was declared the winner in Rhode Island, and he has no plan to leave."
    )
    assert _reported(quotes, "was declared") == ["Sanders", "the winner in Rhode Island"]
    assert len({q.attribution_id for q in quotes if q.cue == "was declared"}) == 1


def test_a_declared_predicate_parsed_as_an_object_is_a_predicate(attribute: Attribute) -> None:
    # the parser reads "the winner" as the passive's object (dobj): a passive takes none
    quotes, _ = attribute(
        "Back at her campaign office, aides cheered as she was announced the winner."
    )
    assert _reported(quotes, "was announced") == ["she", "the winner"]


def test_a_by_phrase_on_a_declared_predicate_read_as_an_object_names_the_agent(
    attribute: Attribute,
) -> None:
    quotes, _ = attribute(
        "Rosa Diaz was declared the winner in the Ohio, Utah and Idaho primaries by news "
        "organizations early Tuesday night as she looked ahead to the convention."
    )
    declared = [q for q in quotes if q.cue == "was declared"]
    assert declared[0].text == "Rosa Diaz"
    assert {q.speaker for q in declared} == {"news organizations"}


def test_an_apposition_after_the_declared_subject_is_left_out(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "Mr. Yanukovych, then prime minister, was declared the winner of a presidential "
        "election in 2004."
    )
    assert _reported(quotes, "was declared")[0] == "Mr. Yanukovych"


def test_a_passive_declaration_with_a_relative_subject_reports_nothing(
    attribute: Attribute,
) -> None:
    quotes, _ = attribute(
        "The former secretary, who was declared the winner of the Iowa caucuses last week by "
        "the party, tries to regain her footing."
    )
    assert not _reported(quotes, "was declared")


def test_a_participle_after_the_declared_predicate_is_left_out(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "When those voting \u201cyes\u201d were declared the majority following a floor vote on "
        "the rules\u2019 passage, delegates erupted."
    )
    assert _reported(quotes, "were declared")[-1] == "the majority"


def test_a_because_clause_after_a_closing_cue_is_a_fragment(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "He is leaning toward Kasich, he said, because he prizes electability above all."
    )
    assert _reported(quotes, "said") == [
        "He is leaning toward Kasich",
        "because he prizes electability above all",
    ]
    assert len({q.attribution_id for q in quotes if q.cue == "said"}) == 1


def test_a_because_clause_after_a_quotation_is_no_fragment(attribute: Attribute) -> None:
    quotes, _ = attribute('"We won," he said, because the crowd was loud.')
    assert "because the crowd was loud" not in _reported(quotes, "said")


def test_a_cue_set_in_before_the_clause_it_reports_parsed_as_its_complement(
    attribute: Attribute,
) -> None:
    quotes, _ = attribute(
        "If anything, Ash argued in his email, the incident is an illustration of why the "
        "convention should adopt the rules."
    )
    assert _reported(quotes, "argued")[-1] == (
        "the incident is an illustration of why the convention should adopt the rules"
    )


def test_a_cue_inside_the_clause_a_later_cue_reports_is_not_set_in(attribute: Attribute) -> None:
    quotes, _ = attribute("He may add to his senior leadership or change roles, he said.")
    assert not _reported(quotes, "may add")
    assert _reported(quotes, "said") == ["He may add to his senior leadership or change roles"]
