"""Fixes from the tune3 split of the English Wikinews gold set (tests/data/en/): a participle
cue that introduces a quotation of its own after a reported clause ('says X, *telling
Bloomberg*, "..."'): the reported clause stops before it (quotes/reported_extent.py) and the
name after the participle is its object, not an inverted source (quotes/trailing.py).
Measured on PolNeAR train articles 1-840 too; the sentences are made up in the shape found in
the Wikinews articles."""

from __future__ import annotations

import pytest
from quote_samples import Attribute

pytestmark = pytest.mark.slow


def test_a_participle_introducing_a_quotation_ends_the_reported_clause(
    attribute: Attribute,
) -> None:
    quotes, _ = attribute(
        'Analyst Mark Jones says the merger may slip "until next spring", telling Reuters, '
        '"The regulators have been very slow on reviewing the plans."'
    )
    assert [(q.kind, q.cue, q.text, q.speaker) for q in quotes] == [
        ("mixed", "says", 'the merger may slip "until next spring"', "Mark Jones"),
        (
            "direct",
            "telling",
            "The regulators have been very slow on reviewing the plans.",
            "Mark Jones",
        ),
    ]


def test_a_participle_and_its_object_after_a_quotation_are_no_inverted_source(
    attribute: Attribute,
) -> None:
    quotes, _ = attribute(
        'The mayor said the vote was "a disgrace", telling Bloomberg, "We will appeal."'
    )
    assert all(q.speaker != "Bloomberg" for q in quotes)


def test_an_inverted_finite_verb_still_names_its_source(attribute: Attribute) -> None:
    quotes, _ = attribute('"We will appeal," said Jane Smith.')
    assert [(q.kind, q.speaker) for q in quotes] == [("direct", "Jane Smith")]
