"""A cue heading a clause set before its sentence's main clause ("While X claimed that ...,
Y ...") reports only up to the comma that closes its clause, even when the parser made the
cue the sentence's root and hung the main clause inside the reported clause
(quotes/subordinate_cue_clauses.py). The sentences are made up in the shape found in the
PolNeAR train articles."""

from __future__ import annotations

import pytest
from quote_samples import Attribute

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "While Clinton wrongly claimed that the videos exist, foreign policy experts affirm "
            "that it is highly likely that Trump will be used as a recruiting tool in the future.",
            "claimed",
            "that the videos exist",
        ),
        (
            "Although in September she said her decision to use the private account was a "
            "mistake, at the town hall she went further.",
            "said",
            "her decision to use the private account was a mistake",
        ),
        (
            "When the governor said the budget would pass, the senators, who had opposed it, "
            "walked out.",
            "said",
            "the budget would pass",
        ),
    ],
)
def test_content_ends_before_the_main_clause(
    attribute: Attribute, text: str, cue: str, content: str
) -> None:
    quotes, _ = attribute(text)
    assert [q.text for q in quotes if q.cue == cue] == [content]


def test_relative_clause_inside_the_content_stays(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "While he said that the plan, which passed last year, had failed, he praised its authors."
    )
    assert [q.text for q in quotes if q.cue == "said"] == [
        "that the plan, which passed last year, had failed"
    ]


def test_main_clause_report_is_untouched(attribute: Attribute) -> None:
    quotes, _ = attribute("He said that the plan, which passed last year, had failed.")
    assert [q.text for q in quotes] == ["that the plan, which passed last year, had failed"]
