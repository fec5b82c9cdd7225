"""Fixes from the tune15 split of the English Wikinews gold set (tests/data/en/): two titles of
one person joined by "and" before the name give way to the name (speakers/source_heads.py
``_name_after_coordinated_titles``); a website, a letter or a web address after a reported
object is where it was written, not part of it (quotes/object_occasions.py). Measured on
PolNeAR train articles 1-840 too; the sentences are made up in the shape found in the Wikinews
articles."""

from __future__ import annotations

import pytest
from quote_samples import Attribute, find

pytestmark = pytest.mark.slow


def test_two_titles_joined_by_and_give_way_to_the_name(attribute: Attribute) -> None:
    quotes, _ = attribute(
        '"This purchase is a good fit for us," said Acme Inc. President and Chief Executive '
        "John Smith."
    )
    assert find(quotes, "a good fit for us").speaker == "John Smith"


def test_a_title_with_an_article_beside_a_name_is_another_person(attribute: Attribute) -> None:
    quotes, _ = attribute('"We are pleased," said the president and Senator John Smith.')
    assert find(quotes, "We are pleased").speaker != "John Smith"


def test_a_web_address_after_an_announced_object_is_left_out(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "Mary Jones announced her resignation on Acme.com earlier today, saying she was tired."
    )
    assert find(quotes, "her resignation").text == "her resignation"


def test_a_website_after_an_announced_object_is_left_out(attribute: Attribute) -> None:
    quotes, _ = attribute("The firm announced the closure of two plants on its website.")
    assert find(quotes, "the closure of two plants").text == "the closure of two plants"


def test_according_to_after_a_reported_clause_reports_the_whole_sentence(
    attribute: Attribute,
) -> None:
    quotes, _ = attribute(
        "Supporters of Mr Smith have claimed the verdict is 'politically motivated' according "
        "to BBC reports, with an appeal being planned."
    )
    outer = find(quotes, "Supporters of Mr Smith have claimed")
    assert (
        outer.text == "Supporters of Mr Smith have claimed the verdict is 'politically motivated'"
    )
    assert outer.speaker == "BBC reports"
    claim = [q for q in quotes if q.text.startswith("the verdict")]
    assert [q.text for q in claim] == ["the verdict is 'politically motivated'"]
    assert claim[0].speaker == "Supporters of Mr Smith"


def test_according_to_a_rule_stays_in_the_reported_clause(attribute: Attribute) -> None:
    quotes, _ = attribute("The mayor said the vote was held according to the rules of the party.")
    claim = next(q for q in quotes if q.speaker == "The mayor")
    assert claim.text == "the vote was held according to the rules of the party"


def test_an_of_phrase_hung_on_the_object_of_accuse_is_reported(attribute: Attribute) -> None:
    quotes, _ = attribute("The settlers accuse the Israeli government of betrayal.")
    assert find(quotes, "of betrayal").text == "the Israeli government of betrayal"


def test_an_of_phrase_on_the_object_of_another_verb_is_no_report(attribute: Attribute) -> None:
    quotes, _ = attribute("Candidates such as Rubio show an understanding of economics.")
    assert not [q for q in quotes if "understanding" in q.text]


def test_responded_by_saying_is_reported_once_from_saying(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "Giorgi Kandelaki, a spokesman for the ministry, responded by saying there were "
        '"very few violations".'
    )
    reported = [q for q in quotes if "very few violations" in q.text]
    assert [q.text for q in reported] == ['there were "very few violations"']
    assert reported[0].speaker == "Giorgi Kandelaki"
