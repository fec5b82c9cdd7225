"""Fixes from the tune split of the English Wikinews gold set (tests/data/en/): a cue's object
that runs on into a quotation is one mixed statement, not also the unquoted clause before the
quotation (quotes/linking.py). Measured on PolNeAR train articles 1-840 too; the sentences are
made up in the shape found in the Wikinews articles."""

from __future__ import annotations

import pytest
from quote_samples import Attribute

pytestmark = pytest.mark.slow


def test_an_object_running_on_into_a_quotation_is_one_mixed_statement(
    attribute: Attribute,
) -> None:
    quotes, _ = attribute(
        "Barak also criticized the former prime minister and the government for not acting "
        'wisely "by not responding to growing threats." These statements follow a vote.'
    )
    assert [(q.kind, q.cue) for q in quotes] == [("mixed", "criticized")]
    assert quotes[0].text.startswith("the former prime minister")
    assert quotes[0].text.endswith('"by not responding to growing threats."')


def test_an_object_without_a_quotation_stays_indirect(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "Barak also criticized the former prime minister for not acting wisely, and the "
        "council met on Monday."
    )
    assert [q.kind for q in quotes] == ["indirect"]
