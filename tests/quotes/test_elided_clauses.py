"""A reported clause cut down to the word that stands for it after a verb of saying — a
question's wh-word ("did not say *when*") or an answer ("said *so*", "said *the same*") — is
what the source said (quotes/elided_clauses.py). The sentences are made up in the shape found
in the PolNeAR train articles."""

from __future__ import annotations

import pytest
from quote_samples import Attribute

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Lopez said the mayor stopped the practice, but Lopez did not say when.",
            "did not say",
            "when",
        ),
        (
            "The agency suspended her account on Thursday; it did not explain why, but she "
            "suspects that rivals complained.",
            "did not explain",
            "why",
        ),
        ("Last month, 26 percent of the voters said the same.", "said", "the same"),
        ("Neither side would say so.", "would say", "so"),
        ("Sanders said yes and took the opportunity to praise the workers.", "said", "yes"),
    ],
)
def test_the_word_that_stands_for_the_clause_is_the_content(
    attribute: Attribute, text: str, cue: str, content: str
) -> None:
    quotes, _ = attribute(text)
    assert [q.text for q in quotes if q.cue == cue] == [content]


@pytest.mark.parametrize(
    "text",
    [
        # another question joined to it: the annotation runs on over the whole clause
        "A spokesman for the senator would not say when, or if, the committee will vote.",
        # the question goes on after the comma
        "In his memoir, Mr. Cruz described how, growing up, Rafael turned into Rafaelito.",
    ],
)
def test_a_wh_word_the_question_goes_on_after_is_not_alone(attribute: Attribute, text: str) -> None:
    quotes, _ = attribute(text)
    assert not [q for q in quotes if q.text.lower() in ("when", "how")]
