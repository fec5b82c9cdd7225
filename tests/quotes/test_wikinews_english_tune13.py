"""Fixes from the tune13 split of the English Wikinews gold set (tests/data/en/): a paragraph
that ends in an abbreviation carrying its own period ("D-Fla.", "U.S.") ends its sentence, so
the parser does not run it on into the next paragraph and hang that paragraph's subject and
verb on it (nlp/selective.py ``_mark_paragraph_starts``). Measured on PolNeAR train articles
1-840 too; the sentences are made up in the shapes found in the Wikinews article."""

from __future__ import annotations

import pytest

from quotewire import extract

pytestmark = pytest.mark.slow

TEXT = (
    '"What are you going to do, charge the victims to go online, or give them a pop-up ad?" said '
    "Tom Reed, a spokesman for Sen. Ann Hale, D-Fla.\n\n"
    "Paul Grant, executive vice president of WeatherCo a service that competes with National "
    "Weather Service free forecasts, said “the bill would improve public safety”."
)


def test_a_paragraph_ending_in_an_abbreviation_does_not_run_into_the_next() -> None:
    quotes = {q.text[:20]: q for q in extract(TEXT, lang="en").quotes}
    assert quotes["What are you going t"].speaker == "Tom Reed"
    assert quotes["What are you going t"].cue == "said"
    assert quotes["the bill would impro"].speaker == "Paul Grant"
    assert not any(q.text.startswith("Tom Reed") for q in quotes.values())
