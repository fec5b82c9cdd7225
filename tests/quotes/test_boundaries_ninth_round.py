"""Content boundaries of the ninth round, through the whole attribution (loads the model).

Each rule was measured on PolNeAR train articles 1-840; the sentences here are made up in the
style of the cases that motivated them.
"""

from __future__ import annotations

import pytest
from quote_samples import Attribute, find

from quotewire.types import Quote

pytestmark = pytest.mark.slow


def test_a_quotation_ends_before_its_own_source_hung_on_it(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "The senator endorsed him last week. “Yes, I support Ted Cruz,” Brent Bozell III,"
        " founder of the Media Research Center, tells Breitbart News in an exclusive interview."
    )
    quote = find(quotes, "I support")
    assert (quote.text, quote.kind, quote.speaker) == (
        "Yes, I support Ted Cruz,",
        "direct",
        "Brent Bozell III",
    )
    assert not [q for q in quotes if "Bozell" in q.text]


def test_a_source_after_the_cue_is_not_cut(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "“This language just says you are no longer welcome,” said Kristen Day,"
        " executive director of Democrats for Life, reports USA Today."
    )
    direct = [q for q in quotes if q.kind == "direct"]
    assert find(direct, "no longer welcome").speaker == "Kristen Day"
    assert any(q.cue == "reports" and "Kristen Day" in q.text for q in quotes)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        pytest.param(
            "Aides say the former governor plans to support Cruz. From Bush's Facebook post:"
            ' "I will vote for Ted Cruz because our party needs a nominee who can win."',
            "I will vote",
            "Bush",
            id="from_a_message_of_a_named_owner",
        ),
        pytest.param(
            "The panels differ a lot, the researchers found.\n\n"
            'From the report: "Not all online panels are created equal, and some are worse."',
            "Not all online panels",
            "the report",
            id="from_a_message_noun",
        ),
        pytest.param(
            "Senator Al Jones spoke on Monday. More from Jones:"
            ' "We will not give up on this bill, not now and not ever."',
            "not give up",
            "Al Jones",
            id="more_from_a_name",
        ),
        pytest.param(
            "The polls on turnout are hard to read - More from the report:"
            " “Many online panels draw their samples from people who already vote.”",
            "Many online panels",
            "the report",
            id="more_from_after_a_dash",
        ),
        pytest.param(
            "Ann Ruiz, who runs the state party, expects a high turnout.\n\n"
            "Estimates of turnout among young voters are particularly weak - Pew Research:"
            " “Every sample we evaluated held more engaged people than the census suggests.”",
            "Every sample we evaluated",
            "Pew Research",
            id="a_name_the_tagger_took_for_nouns",
        ),
    ],
)
def test_a_colon_credit_without_a_verb_names_its_source(
    attribute: Attribute, text: str, words: str, speaker: str
) -> None:
    quotes, _ = attribute(text)
    assert find(quotes, words).speaker == speaker


def test_a_colon_after_from_a_place_names_no_source(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "The mayor spoke for an hour. From Washington: “We will rebuild the bridge this year.”"
    )
    assert find(quotes, "rebuild the bridge").speaker != "Washington"


def test_a_name_set_off_by_a_dash_before_the_colon_is_the_source(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "Turnout was high in the north. [538]\n\nThe regional interplay has been important in"
        " these contests - Philip Bump: “The pattern is visible in every county we looked at.”"
    )
    assert find(quotes, "The pattern is visible").speaker == "Philip Bump"


def test_a_place_set_off_by_a_dash_is_no_source(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "The mayor spoke for an hour about the storm - Ohio: “We will rebuild the bridge.”"
    )
    assert all(q.speaker != "Ohio" for q in quotes)


def reported(quotes: list[Quote], cue: str) -> list[str]:
    return [q.text for q in quotes if q.cue == cue]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        pytest.param(
            "The company announced it would cut up to 30,000 jobs, a mass layoff rivaling the"
            " cuts of the last decade.",
            "announced",
            "it would cut up to 30,000 jobs",
            id="comma_a_noun_of_an_act",
        ),
        pytest.param(
            "The mayor asked protesters not to block the roads — a message that, at least at"
            " the outset, has not been heeded.",
            "asked",
            "not to block the roads",
            id="dash_a_noun_of_a_statement",
        ),
    ],
)
def test_an_apposition_summing_up_the_report_stays_out(
    attribute: Attribute, text: str, cue: str, content: str
) -> None:
    quotes, _ = attribute(text)
    assert reported(quotes, cue) == [content]


def test_an_apposition_naming_a_reported_noun_stays_in(attribute: Attribute) -> None:
    quotes, _ = attribute("The campaign endorsed Ben Carson, a neurosurgeon who never held office.")
    assert reported(quotes, "endorsed") == ["Ben Carson, a neurosurgeon who never held office"]
