"""Colon credits set off by a dash, doubled cues (tenth round of boundaries; loads the model).

The credits a dash sets off that name their source are in the table test of
``test_boundaries_ninth_round.py`` (``a_name_the_tagger_took_for_nouns``,
``more_from_after_a_dash``).

Measured on PolNeAR train articles 1-840; the sentences here are made up in the style of the
cases that motivated them.
"""

from __future__ import annotations

import pytest
from quote_samples import Attribute, find

pytestmark = pytest.mark.slow


def test_a_lower_case_phrase_after_a_dash_is_no_credit(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "Senator Ann Ruiz was blunt about the bill - in her words:"
        " “We will not vote for a budget that cuts the schools.”"
    )
    assert find(quotes, "cuts the schools").speaker == "Ann Ruiz"


def test_a_doubled_cue_after_a_quotation_takes_the_name_after_the_first_verb(
    attribute: Attribute,
) -> None:
    quotes, _ = attribute(
        "The union answered the mayor's offer on Friday."
        " “No,” replied Ann Ruiz, President of Transit Workers United, said simply."
    )
    quote = find(quotes, "No")
    assert (quote.text, quote.kind, quote.speaker) == ("No,", "direct", "Ann Ruiz")
