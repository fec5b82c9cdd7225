"""A report nested at the end of another statement's content stays inside it (bound1 round of
boundaries; loads the model).

Measured on PolNeAR train articles 1-840 (main's nested predictions paired with the gold); the
sentences here are made up in the style of the cases that motivated them.
"""

from __future__ import annotations

import pytest
from quote_samples import Attribute

pytestmark = pytest.mark.slow

# name: (text, the quotes expected among the found ones, a quote that must not be found)
CASES = {
    "a_relative_clause_with_its_own_source_is_dropped": (
        "The governor dismissed the report in which state auditors said the fund had lost money.",
        ["the report in which state auditors said the fund had lost money"],
        "the fund had lost money",
    ),
    "a_relative_clause_whose_content_has_a_subject_is_dropped": (
        "The mayor praised a study which he said the council had ignored for years.",
        ["a study which he said the council had ignored for years"],
        "the council had ignored for years",
    ),
    "a_noun_cue_closing_the_object_is_dropped": (
        "The campaign denied the claim that the candidate had skipped the vote.",
        ["the claim that the candidate had skipped the vote"],
        "that the candidate had skipped the vote",
    ),
    "a_relative_word_that_is_the_reported_subject_stays": (
        "The governor signed a letter of apology that he said was drafted by the firm.",
        ["was drafted by the firm"],
        None,
    ),
    "a_report_after_its_own_source_in_a_clause_stays": (
        "The governor said Ann Ruiz had said the bridge would open in May.",
        ["the bridge would open in May"],
        None,
    ),
    "a_clause_that_is_the_outer_content_whole_stays": (
        "According to reports, Ann Ruiz states that the bridge will open in May.",
        ["that the bridge will open in May"],
        None,
    ),
    "a_complementiser_is_no_relative_word": (
        "He added that he had told the workers not to strike before the vote.",
        ["not to strike before the vote"],
        None,
    ),
}


@pytest.mark.parametrize("name", CASES)
def test_a_report_nested_at_the_end_of_another(attribute: Attribute, name: str) -> None:
    text, expected, dropped = CASES[name]
    quotes, _ = attribute(text)
    texts = [q.text for q in quotes]
    assert all(e in texts for e in expected), texts
    assert dropped is None or dropped not in texts, texts
