"""Fixes from the tune14 split of the English Wikinews gold set (tests/data/en/): a reported
clause without "that" whose subject the parser made the cue's object, with no comma after it
("the weather service reported *Storm Ana* in the Atlantic *had strengthened* ..."), is
reported whole from the noun (quotes/stranded_subjects.py ``clause_of_object``); a verb of
telling keeps its object as the one told. Measured on PolNeAR train articles 1-840 too; the
sentences are made up in the shape found in the Wikinews articles."""

from __future__ import annotations

import pytest
from quote_samples import Attribute, find

pytestmark = pytest.mark.slow


def test_a_subject_read_as_the_object_opens_the_reported_clause(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "In an advisory issued this morning the National Weather Service reported Storm Ana "
        "in the Atlantic had strengthened into a hurricane."
    )
    quote = find(quotes, "strengthened into a hurricane")
    assert quote.text == "Storm Ana in the Atlantic had strengthened into a hurricane"
    assert quote.speaker == "National Weather Service"


def test_the_object_of_a_verb_of_telling_stays_the_one_told(attribute: Attribute) -> None:
    quotes, _ = attribute("She told Hillary the server was a bad idea.")
    quote = find(quotes, "server was a bad idea")
    assert not quote.text.startswith("Hillary")
