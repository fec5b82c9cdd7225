"""Detection rules tuned on PolNeAR train, one small hand-written case each (loads the model)."""

from __future__ import annotations

import pytest
from quote_samples import Attribute

from quotewire.types import Quote

pytestmark = pytest.mark.slow


def texts(quotes: list[Quote]) -> list[str]:
    return [q.text for q in quotes]


def test_cue_set_into_its_clause_reports_both_halves(attribute: Attribute) -> None:
    quotes, _ = attribute("Instead, she said, her boss told her he had booked a room for them.")
    first = next(q for q in quotes if q.text == "Instead")
    second = next(q for q in quotes if q.text.startswith("her boss told her"))
    assert first.kind == second.kind == "indirect"
    assert first.cue == second.cue == "said"
    assert first.attribution_id == second.attribution_id
    assert not second.text.endswith(".")


def test_cue_set_into_its_clause_leaves_the_quoted_half_direct(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "The golf industry, she said, is ''doing much better than it has looked since 2000.''"
    )
    assert ("indirect", "The golf industry") in [(q.kind, q.text) for q in quotes]
    assert any(q.kind == "direct" and q.text.startswith("doing much better") for q in quotes)


def test_fronted_wh_word_is_not_reported_content(attribute: Attribute) -> None:
    quotes, _ = attribute("The funding falls short of what scientists say is necessary.")
    assert "is necessary" in texts(quotes)
    assert not any("what scientists" in t for t in texts(quotes))


def test_scene_setting_clause_is_not_what_was_told(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "WASHINGTON ― This spring, as he was becoming chairman of the campaign, "
        "Paul Manafort told friends that the campaign was in trouble."
    )
    assert texts(quotes) == ["that the campaign was in trouble"]


def test_trailing_relative_clause_is_cut_off(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "Tom Baker said the plan would help Sheila Bair, who headed the agency until 2011."
    )
    assert texts(quotes) == ["the plan would help Sheila Bair"]


def test_short_quoted_sentence_after_an_attributed_one_continues(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "''He can talk about the conservative message in a way that is inviting,'' "
        "Tim Pawlenty said. ''It draws people in.''"
    )
    short = next(q for q in quotes if q.text == "It draws people in.")
    assert (short.kind, short.speaker) == ("direct", "Tim Pawlenty")


def test_title_with_lower_case_short_words_is_not_a_quotation(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "''This is crazy,'' said Jon Meacham, the author of ''Destiny and Power,'' a biography."
    )
    assert texts(quotes) == ["This is crazy,"]


def test_according_to_reports_the_clause_before_it(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "Notably absent from the meeting, according to members who spoke with reporters, "
        "was any mention of taxes."
    )
    reported = next(q for q in quotes if q.cue == "according to")
    assert reported.text == "Notably absent from the meeting"


def test_verb_continuing_the_cue_sentence_is_not_reported(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "Mr. Smith said that he was undergoing therapy and vowed to focus on his family."
    )
    said = next(q for q in quotes if q.cue == "said")
    assert said.text == "that he was undergoing therapy"


def test_according_to_reports_every_conjoined_clause(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "Trump received 37 percent, Clinton had 36 percent and Bloomberg snagged 13 percent, "
        "according to the results."
    )
    assert texts(quotes) == [
        "Trump received 37 percent, Clinton had 36 percent and Bloomberg snagged 13 percent"
    ]


def test_according_to_leaves_out_a_scene_setting_clause(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "Boasting 108,000 residents, the voters in the area seem enamored with Trump, "
        "according to Politico."
    )
    assert texts(quotes) == ["the voters in the area seem enamored with Trump"]


def test_cue_in_a_fronted_as_clause_reports_the_main_clause(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "But as Clyburn noted, those voters will give Sanders a second look if he starts winning."
    )
    reported = next(q for q in quotes if q.cue == "noted")
    assert reported.text.startswith("those voters will give Sanders a second look")
    assert reported.speaker == "Clyburn"


def test_cue_opening_a_clause_with_a_quotation_reports_one_mixed_statement(
    attribute: Attribute,
) -> None:
    quotes, _ = attribute(
        "Instead, Trump told CNN, his policy would merely be “to go after them” if he wins."
    )
    mixed = next(q for q in quotes if q.cue == "told")
    assert mixed.kind == "mixed"
    assert mixed.text == "his policy would merely be “to go after them” if he wins"


def test_one_word_answer_is_what_was_said(attribute: Attribute) -> None:
    quotes, _ = attribute("Asked if he was ever bullied, the candidate said no.")
    answer = next(q for q in quotes if q.cue == "said")
    assert (answer.kind, answer.text) == ("indirect", "no")
