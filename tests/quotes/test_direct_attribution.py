"""Who said a direct quotation: the attribution patterns of news prose, one per test or table
row (loads the model). Sentences and names are made up."""

from __future__ import annotations

import pytest
from quote_samples import Attribute, find, speakers_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        pytest.param(
            "Lawmakers meet.\n\n"
            "The members met the nominee on Tuesday.\n\n"
            "“She told us the bridge money is safe,” Rep. Jim Dermot (D-Ore.) said.",
            {"bridge money": "Jim Dermot"},
            id="party_and_state_after_the_name",
        ),
        pytest.param(
            "Readers write.\n\n"
            "Some readers wrote in this week.\n\n"
            "“The garden column is the reason I buy the paper every week.”― Carla Sanchez.\n\n"
            "“A patient listener for the people of this valley, and a good neighbour.” ― Tom Bell.",
            {"garden column": "Carla Sanchez", "patient listener": "Tom Bell"},
            id="dash_signatures_each_credit_their_own_quotation",
        ),
        pytest.param(
            # paragraphs separated by single line breaks, as some sites write them
            "Budget fight.\n"
            "Mayor Lena Ortiz said the cuts did not decide the vote.\n"
            "“Cuts were never the issue. Those are side shows,” she said. “What voters want "
            "is a plan for the buses and the schools.”\n"
            "Party spokesman Omar Reyes added, “The other side has argued about the wrong thing.”",
            {"What voters want": "Lena Ortiz", "argued about the wrong thing": "Omar Reyes"},
            id="quotation_goes_on_with_the_same_paragraph_speaker",
        ),
        pytest.param(
            "New attack ad.\n\n"
            "The ad features footage of Maria Olsen asking, “Who will pay for the new stadium "
            "after all?”",
            {"Who will pay": "Maria Olsen"},
            id="person_before_a_participle_is_its_source",
        ),
        pytest.param(
            "Council meeting.\n\n"
            "Olsen was clearly annoyed when pressed to justify not paying a contractor who said "
            "he had finished the roof, saying, “Perhaps the roof still leaks.”",
            {"roof still leaks": "Olsen"},
            id="participle_after_a_relative_clause_belongs_to_the_main_clause",
        ),
        pytest.param(
            "Town hall.\n\n"
            "The crowd cheered for a long time. Moreno grinned and, again using a funny voice, "
            "cried “Hallelujah, friend! Come on up and sign the petition!”",
            {"Hallelujah, friend": "Moreno"},
            id="any_verb_before_the_quotation_attributes",
        ),
        pytest.param(
            "Flood victims.\n\n"
            "''We are farmers,'' Ms. Haddad said. ''We are not beggars.'' Mr. Karimi said: "
            "''The water that came last night took everything we had.''",
            {"We are not beggars": "Haddad", "The water that came": "Karimi"},
            id="cue_introducing_the_next_quotation_does_not_take_the_previous",
        ),
    ],
)
def test_speaker_of_each_quotation(
    attribute: Attribute, text: str, speakers: dict[str, str]
) -> None:
    quotes, _ = attribute(text)
    assert speakers_of(quotes, speakers) == speakers


def test_any_verb_after_the_closing_mark_attributes(attribute: Attribute) -> None:
    text = (
        "Council hearing.\n\n"
        "Senator Ann Vitter questioned the water board chief on Tuesday.\n\n"
        "“Where did the money go?” Vitter demanded. “Show us the accounts.”"
    )
    quotes, _ = attribute(text)
    first = find(quotes, "Where did the money go")
    assert (first.speaker, first.cue) == ("Ann Vitter", "demanded")
    assert find(quotes, "Show us the accounts").speaker == "Ann Vitter"


def test_source_after_an_apposition_not_the_quoted_subject(attribute: Attribute) -> None:
    text = (
        "Harbour plan.\n\n"
        "“We should have opposed the dredging from the first day,” Okafor, 61, told Reuters "
        "at the quay in Lagos on Friday."
    )
    quotes, _ = attribute(text)
    quote = find(quotes, "opposed the dredging")
    assert quote.speaker == "Okafor"
    assert quote.speaker_mention is not None and quote.speaker_mention.text == "Okafor"


def test_colon_ending_the_paragraph_before_introduces_the_quotation(
    attribute: Attribute,
) -> None:
    text = (
        "Voters in the valley.\n\n"
        "“I trust her with the budget,” Maria Olsen said.\n\n"
        "19-year-old Sam Whitfield agreed:\n\n"
        "“She answers every letter, and I think that is what the town needs.”"
    )
    quotes, _ = attribute(text)
    quote = find(quotes, "answers every letter")
    assert (quote.speaker, quote.cue) == ("Sam Whitfield", "agreed")


def test_straight_marks_around_typographic_ones_are_one_quotation(
    attribute: Attribute,
) -> None:
    text = (
        "Zoning rules.\n\n"
        "Dr. Mark Ward stated:\n\n"
        '"The planning office isn’t about “Homes For Everyone” anymore. It is about '
        'politics now."'
    )
    quotes, _ = attribute(text)
    quote = find(quotes, "planning office")
    assert quote.text.endswith("about politics now.")
    assert quote.speaker == "Mark Ward"


def test_a_quoted_term_after_a_verb_is_not_a_statement(attribute: Attribute) -> None:
    text = "Debate.\n\nOrtiz slammed the proposal as “careless and divisive.”"
    quotes, _ = attribute(text)
    assert not [q for q in quotes if q.kind == "direct"]


def test_paragraph_with_its_own_set_in_cue_starts_a_new_quotation(attribute: Attribute) -> None:
    text = (
        "Market day.\n\n"
        '"It is hard here," said Omar Haddad, a shop owner. "They think every one of us is '
        "a suspect.\n\n"
        '"And they still think we ride camels," he said. "I told them no."'
    )
    quotes, _ = attribute(text)
    carried = find(quotes, "They think every one of us")
    assert carried.text == "They think every one of us is a suspect."
    assert carried.speaker == "Omar Haddad"
    assert find(quotes, "And they still think").text == "And they still think we ride camels,"


def test_quotation_after_its_cue_sentence_with_the_closer_dropped(attribute: Attribute) -> None:
    text = (
        "Insurers warn.\n\n"
        '"The pool is out of balance," Maria Lopez wrote. "A correction is needed now.\n\n'
        "Prices rose in March."
    )
    quotes, _ = attribute(text)
    dropped = find(quotes, "A correction is needed now")
    assert (dropped.kind, dropped.speaker) == ("direct", "Maria Lopez")
