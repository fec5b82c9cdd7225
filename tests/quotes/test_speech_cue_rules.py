"""Speech-cue detection rules of the ninth round, one small hand-written case each (loads the
model)."""

from __future__ import annotations

import pytest
from quote_samples import Attribute

pytestmark = pytest.mark.slow


def test_relative_word_is_a_fragment_of_the_attribution(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "The district saw 30 applicants for delegate slots, which Chuck Williams said were "
        "about evenly split between Trump and Cruz."
    )
    word = next(q for q in quotes if q.text == "which")
    rest = next(q for q in quotes if q.text == "were about evenly split between Trump and Cruz")
    assert word.kind == rest.kind == "indirect"
    assert word.cue == rest.cue == "said"
    assert word.attribution_id == rest.attribution_id
    assert word.speaker == rest.speaker == "Chuck Williams"


def test_complementiser_is_no_relative_fragment(attribute: Attribute) -> None:
    quotes, _ = attribute("Senator Smith, who said that taxes were too high, lost the vote.")
    assert [q.text for q in quotes] == ["that taxes were too high"]


def test_inverted_source_clause_is_not_reported(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "''She needs one or two big ideas,'' said Robert Reich, who served as labor secretary "
        "during Mr. Clinton's first term yet endorsed Bernie Sanders in the Democratic primary."
    )
    said = [q for q in quotes if q.cue == "said"]
    assert [(q.kind, q.text) for q in said] == [("direct", "She needs one or two big ideas,")]


def test_markup_tag_name_is_no_cue(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "Politicians reacted on Twitter.\n\n"
        '<tweet pic="" author="JaneDoe" timestamp="1449075600" tweet_id="672149874046083072">'
        "I refuse to accept this as normal. We must act.</tweet>.\n\n"
        '<tweet pic="" author="JohnRoe" timestamp="1449075600" tweet_id="672152791717158917">'
        "Praying for those affected by the shooting today.</tweet>."
    )
    assert not any("author=" in q.text for q in quotes)


def test_clause_before_a_cue_set_into_it_is_a_fragment(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "Mr. Trump is so reckless, the vice president said, that his son would not have "
        "served under him."
    )
    first = next(q for q in quotes if q.text == "Mr. Trump is so reckless")
    rest = next(q for q in quotes if q.text.startswith("that his son"))
    assert first.kind == rest.kind == "indirect"
    assert first.attribution_id == rest.attribution_id
    assert first.cue == rest.cue == "said"


def test_phrase_before_a_cue_set_into_its_clause_sets_the_scene(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "At times last year, people close to the vice president said, the mere mention of "
        "Mrs. Clinton's name irritated him."
    )
    assert [q.text for q in quotes] == ["the mere mention of Mrs. Clinton's name irritated him"]


def test_scene_before_a_cue_not_closed_by_a_comma_is_no_fragment(attribute: Attribute) -> None:
    quotes, _ = attribute("In a statement, Cruz said he will stay in the race.")
    assert [q.text for q in quotes] == ["he will stay in the race"]


def test_phrase_cue_set_into_its_clause_reports_both_sides(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "Only one person was killed by a gun last year in Japan, according to the National "
        "Police Agency, and there were only eight reported incidents of a gun being fired."
    )
    first = next(q for q in quotes if q.text.startswith("Only one person"))
    rest = next(q for q in quotes if q.text.startswith("and there were only eight"))
    assert first.attribution_id == rest.attribution_id
    assert first.cue == rest.cue == "according to"
    assert not rest.text.endswith(".")


def test_contrast_after_a_phrase_cue_is_the_writers(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "Trump has won 743 delegates, according to a count by The Associated Press, but his "
        "pathway to outright victory is narrowing."
    )
    assert [q.text for q in quotes] == ["Trump has won 743 delegates"]
