"""Fixes from the tune9 split of the English Wikinews gold set (tests/data/en/): a verb of
saying conjoined to a perfect cue shares its "have" ("has said that X and *predicted* that
Y"), so it is the source's next statement — the first reported clause stops before it
(quotes/second_acts.py) and its source is the cue's subject, not the subject of the reported
clause it was hung on (quotes/sources.py); a noun conjoined to the cue right after a reported
clause that ends on its verb's object is a second object of that verb ("announced that it is
suing X*, and its owner Y, for ...*", quotes/continuations.py). Measured on PolNeAR train
articles 1-840 too; the sentences are made up in the shape found in the Wikinews articles."""

from __future__ import annotations

import pytest
from quote_samples import Attribute

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("subject", "auxiliary"),
    [("The coast guard", " has"), ("The coast guard", " had"), ("They", "’ve")],
)
def test_a_verb_sharing_the_perfect_of_the_cue_is_a_statement_of_its_own(
    attribute: Attribute, subject: str, auxiliary: str
) -> None:
    quotes, _ = attribute(
        f"{subject}{auxiliary} said that the storm was over and predicted that the port "
        "will reopen on Monday."
    )
    found = {q.text.rstrip("."): q for q in quotes}
    assert set(found) == {"that the storm was over", "that the port will reopen on Monday"}
    second = found["that the port will reopen on Monday"]
    assert second.speaker_mention is not None
    assert second.speaker_mention.text == subject


def test_a_past_conjoined_to_a_past_cue_is_cut_as_before(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "The rebels said that the siege was broken and warned that the fighting would go on."
    )
    assert sorted(q.text.rstrip(".") for q in quotes) == [
        "that the fighting would go on",
        "that the siege was broken",
    ]


@pytest.mark.parametrize(
    ("sentence", "reported"),
    [
        (
            "The studio announced that it is suing Vidbox, and its owner Medialink, for more "
            "than 2 million dollars.",
            "that it is suing Vidbox, and its owner Medialink, for more than 2 million dollars",
        ),
        (
            "The studio has announced that it is suing the website, and its parent company, "
            "for damages.",
            "that it is suing the website, and its parent company, for damages",
        ),
    ],
)
def test_a_noun_conjoined_after_the_reported_object_is_reported_with_it(
    attribute: Attribute, sentence: str, reported: str
) -> None:
    quotes, _ = attribute(sentence)
    assert [q.text.rstrip(".") for q in quotes] == [reported]


def test_a_clause_with_its_own_verb_after_the_object_stays_out(attribute: Attribute) -> None:
    quotes, _ = attribute("She said she had met Smith, and Jones was there too.")
    assert [q.text for q in quotes] == ["she had met Smith"]
