"""Fixes from the tune10 split of the English Wikinews gold set (tests/data/en/): a verb of
quoting reports the person it quotes "as saying" or "as having commented" in every form of
the verb ("BBC News *are quoting* an aide *as having commented* that ..."), while its other
objects stay unreported unless the learned lexicon has the form report them
(quotes/quoting_verbs.py ``is_quoted_person``, ``is_unlearned_quoting_dependent``); the phrase
"as ..." after an object ending in a quoted name is reported with it, and so is a clause
opened by "that" conjoined after a reported object ("calling the meeting a mistake and that
relations ... were damaged"): quotes/reported_extent.py. Measured on PolNeAR train articles
1-840 too; the sentences are made up in the shape found in the Wikinews articles."""

from __future__ import annotations

import pytest
from quote_samples import Attribute

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "reported"),
    [
        (
            "The plan was dropped, and the Daily Post is quoting an unnamed aide as having "
            "commented that the plan is finished.",
            "an unnamed aide as having commented that the plan is finished",
        ),
        (
            "The Daily Post quotes an unnamed aide as saying that the plan is finished.",
            "an unnamed aide as saying that the plan is finished",
        ),
        (
            "The plan was dropped, and the Daily Post is quoting an unnamed 'senior aide' as "
            "having commented that the plan is finished.",
            "an unnamed 'senior aide' as having commented that the plan is finished",
        ),
    ],
)
def test_every_form_of_a_verb_of_quoting_reports_whom_it_quotes_as_saying(
    attribute: Attribute, sentence: str, reported: str
) -> None:
    quotes, _ = attribute(sentence)
    found = {q.text.rstrip("."): q for q in quotes}
    assert reported in found
    mention = found[reported].speaker_mention
    assert mention is not None
    assert mention.text.endswith("Daily Post")


@pytest.mark.parametrize(
    "sentence",
    ["The governor is quoting Shakespeare again.", "The senator quotes Lincoln in every speech."],
)
def test_a_verb_of_quoting_without_as_saying_reports_no_object(
    attribute: Attribute, sentence: str
) -> None:
    quotes, _ = attribute(sentence)
    assert quotes == []


@pytest.mark.parametrize(
    ("sentence", "reported"),
    [
        (
            "The ministry protested, calling the visit a mistake and that relations between "
            "the two countries were damaged.",
            "the visit a mistake and that relations between the two countries were damaged",
        ),
        (
            "The minister announced new taxes and that the budget would be cut.",
            "new taxes and that the budget would be cut",
        ),
    ],
)
def test_a_that_clause_conjoined_after_a_reported_object_is_reported_with_it(
    attribute: Attribute, sentence: str, reported: str
) -> None:
    quotes, _ = attribute(sentence)
    assert [q.text.rstrip(".") for q in quotes] == [reported]


def test_a_verb_conjoined_after_a_reported_object_is_no_part_of_it(attribute: Attribute) -> None:
    quotes, _ = attribute("The mayor praised the police and promised more money for schools.")
    assert "the police and promised more money for schools" not in [q.text for q in quotes]
