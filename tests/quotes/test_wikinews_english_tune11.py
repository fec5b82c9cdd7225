"""Fixes from the tune11 split of the English Wikinews gold set (tests/data/en/): a reported
clause whose subject is set off by a relative clause ("saying *details of the operation,
which took place in the province,* would not be released"), which the parser splits into the
cue's object and a clause without a subject, is reported whole from the noun
(quotes/stranded_subjects.py ``clause_of_object``, offered by
quotes/content_candidates.py). Measured on PolNeAR train articles 1-840 too; the sentences
are made up in the shape found in the Wikinews articles."""

from __future__ import annotations

import pytest
from quote_samples import Attribute, find

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "reported"),
    [
        (
            "Houston said details of the operation, which took place in the province, would "
            "not be released.",
            "details of the operation, which took place in the province, would not be released",
        ),
        (
            "Air Marshal Bill Houston was quoted saying fine details of the operation, which "
            'took place in the north, would not be released as it would "aid the enemy."',
            "fine details of the operation, which took place in the north, would not be "
            'released as it would "aid the enemy."',
        ),
        (
            "Houston was quoted saying fine details of the operation, which took place in the "
            "province, would not be released.",
            "fine details of the operation, which took place in the province, would not be "
            "released",
        ),
    ],
)
def test_a_subject_set_off_by_a_relative_clause_opens_the_reported_clause(
    attribute: Attribute, sentence: str, reported: str
) -> None:
    quotes, _ = attribute(sentence)
    quote = find(quotes, "would not be released")
    assert quote.text.rstrip(".") == reported.rstrip(".")
    assert quote.speaker is not None and quote.speaker.endswith("Houston")


def test_an_object_told_without_a_comma_stays_the_one_told(attribute: Attribute) -> None:
    quotes, _ = attribute("Smith said he would have told Hillary the server was a bad idea.")
    quote = find(quotes, "server was a bad idea")
    assert quote.text.startswith("he would have told Hillary")
