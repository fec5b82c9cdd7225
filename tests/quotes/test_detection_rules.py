"""Detection rules tuned on PolNeAR train, one small hand-written case each (loads the model)."""

from __future__ import annotations

import pytest
from quote_samples import Attribute

from quotewire.types import Quote

pytestmark = pytest.mark.slow


def texts(quotes: list[Quote]) -> list[str]:
    return [q.text for q in quotes]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        pytest.param(
            "WASHINGTON ― This spring, as he was becoming chairman of the campaign, "
            "Paul Manafort told friends that the campaign was in trouble.",
            ["that the campaign was in trouble"],
            id="scene_setting_clause_is_not_what_was_told",
        ),
        pytest.param(
            "Tom Baker said the plan would help Sheila Bair, who headed the agency until 2011.",
            ["the plan would help Sheila Bair"],
            id="trailing_relative_clause_is_cut_off",
        ),
        pytest.param(
            "''This is crazy,'' said Jon Meacham, the author of ''Destiny and Power,'' "
            "a biography.",
            ["This is crazy,"],
            id="title_with_lower_case_short_words_is_not_a_quotation",
        ),
        pytest.param(
            "Trump received 37 percent, Clinton had 36 percent and Bloomberg snagged 13 percent, "
            "according to the results.",
            ["Trump received 37 percent, Clinton had 36 percent and Bloomberg snagged 13 percent"],
            id="according_to_reports_every_conjoined_clause",
        ),
        pytest.param(
            "Boasting 108,000 residents, the voters in the area seem enamored with Trump, "
            "according to Politico.",
            ["the voters in the area seem enamored with Trump"],
            id="according_to_leaves_out_a_scene_setting_clause",
        ),
    ],
)
def test_every_statement_found(attribute: Attribute, text: str, found: list[str]) -> None:
    quotes, _ = attribute(text)
    assert texts(quotes) == found


@pytest.mark.parametrize(
    ("text", "cue", "reported"),
    [
        pytest.param(
            "Notably absent from the meeting, according to members who spoke with reporters, "
            "was any mention of taxes.",
            "according to",
            "Notably absent from the meeting",
            id="according_to_reports_the_clause_before_it",
        ),
        pytest.param(
            "Mr. Smith said that he was undergoing therapy and vowed to focus on his family.",
            "said",
            "that he was undergoing therapy",
            id="verb_continuing_the_cue_sentence_is_not_reported",
        ),
    ],
)
def test_what_the_cue_reports(attribute: Attribute, text: str, cue: str, reported: str) -> None:
    quotes, _ = attribute(text)
    assert next(q for q in quotes if q.cue == cue).text == reported


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


def test_short_quoted_sentence_after_an_attributed_one_continues(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "''He can talk about the conservative message in a way that is inviting,'' "
        "Tim Pawlenty said. ''It draws people in.''"
    )
    short = next(q for q in quotes if q.text == "It draws people in.")
    assert (short.kind, short.speaker) == ("direct", "Tim Pawlenty")


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
