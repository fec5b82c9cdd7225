"""When and where the words were said, not when or where what they speak of happens: a time
after the object of a verb of intent is the promised event's; an occasion phrase holds no
speaker, no closing comma, no connective of the article and no text that came before. A day the
occasion gives itself dates the words; an occasion the parser hung on the object is still the
occasion; a platform ("on Twitter") or an e-mail is one."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from quotewire.types import Quote, Speaker

Attribute = Callable[[str], tuple[list[Quote], list[Speaker]]]


def _quote(attribute: Attribute, text: str, cue: str) -> Quote:
    quotes, _ = attribute(text)
    return next(q for q in quotes if q.cue == cue)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        pytest.param(
            "Local politicians reacted with anger, and promised protests in the streets of Lagos "
            "and Abuja this Sunday.",
            "promised",
            id="promised_event",
        ),
        pytest.param(
            "The treaty calls for elections for the new assembly on March 2, 2011.",
            "calls",
            id="called_for_event",
        ),
    ],
)
def test_a_time_after_the_object_of_a_verb_of_intent_dates_the_event(
    attribute: Attribute, text: str, cue: str
) -> None:
    assert _quote(attribute, text, cue).date_text is None


def test_a_calendar_date_after_an_event_the_words_name_is_the_events(
    attribute: Attribute,
) -> None:
    """The parser hangs "on July 26" on "described"; it dates the Games, not the words. A
    weekday there may still be the day of the saying."""
    text = "Governor Anna Price described the money as aid for the Olympic Games on {}."
    assert _quote(attribute, text.format("July 26"), "described").date_text is None
    kept = _quote(attribute, text.format("Monday"), "described").date_text
    assert kept is not None and kept.text == "on Monday"


def test_a_time_before_the_object_still_dates_the_words(attribute: Attribute) -> None:
    quote = _quote(attribute, "The mayor said on Friday that the bridge would reopen.", "said")
    assert quote.date_text is not None and quote.date_text.text == "on Friday"


@pytest.mark.parametrize(
    ("text", "cue", "occasion"),
    [
        pytest.param(
            "At an agriculture conference in Addis Ababa, Prime Minister Daniel Otieno of Kenya "
            "announced plans to offer free seeds to farmers.",
            "announced",
            "At an agriculture conference in Addis Ababa",
            id="stops_before_the_speaker_hung_on_it",
        ),
        pytest.param(
            "In a meeting on Monday in Dayton, Ohio, the synod approved a resolution supporting "
            "the merger.",
            "approved",
            "In a meeting on Monday in Dayton, Ohio",
            id="ends_without_its_comma",
        ),
        pytest.param(
            'In a statement called "A Call for Justice", the group said the trial had been unfair.',
            "said",
            'In a statement called "A Call for Justice"',
            id="keeps_its_closing_quotation_mark",
        ),
        pytest.param(
            "In other news, a Milan court said two men were part of a terror cell.",
            "said",
            None,
            id="the_articles_connective_is_none",
        ),
        pytest.param(
            "Following last month's agency report to the council, the government said it would "
            "resume the tests.",
            "said",
            None,
            id="a_report_that_came_before_is_none",
        ),
        pytest.param(
            "After a meeting with the union, the minister said the talks would continue.",
            "said",
            "After a meeting with the union",
            id="a_meeting_before_the_words_is_theirs",
        ),
    ],
)
def test_the_occasion_of_the_words(
    attribute: Attribute, text: str, cue: str, occasion: str | None
) -> None:
    assert _quote(attribute, text, cue).occasion == occasion


@pytest.mark.parametrize(
    ("text", "cue", "date_text"),
    [
        pytest.param(
            "In a speech today, the prime minister said the offensive would go on.",
            "said",
            "today",
            id="speech_today",
        ),
        pytest.param(
            '"The resolution is a good one," said Rahimi in an interview with CNN on Sunday.',
            "said",
            "on Sunday",
            id="interview_on_sunday",
        ),
        pytest.param(
            "In an advisory issued at 11:00 a.m. local time today the hurricane centre reported "
            "that the storm had strengthened.",
            "reported",
            "today",
            id="on_the_participle_of_the_occasion",
        ),
        pytest.param(
            "After a meeting on Monday, the minister said the talks would continue.",
            "said",
            None,
            id="the_day_of_an_event_before_the_words_is_not_theirs",
        ),
    ],
)
def test_a_day_in_the_occasion_dates_the_words(
    attribute: Attribute, text: str, cue: str, date_text: str | None
) -> None:
    quote = _quote(attribute, text, cue)
    assert (quote.date_text.text if quote.date_text else None) == date_text


@pytest.mark.parametrize(
    ("text", "cue", "occasion"),
    [
        pytest.param(
            "Mills announced the measure at the government's daily coronavirus briefing.",
            "announced",
            "at the government's daily coronavirus briefing",
            id="hung_on_the_object",
        ),
        pytest.param(
            'Former governor Ann Kellerman wrote on Twitter, "We must stand by our allies."',
            "wrote",
            "on Twitter",
            id="a_platform",
        ),
        pytest.param(
            '"I thought it was a prank," wrote Varga, the sculptor, in an e-mail to the Herald.',
            "wrote",
            "in an e-mail to the Herald",
            id="an_e_mail",
        ),
    ],
)
def test_more_occasions_of_the_words(
    attribute: Attribute, text: str, cue: str, occasion: str
) -> None:
    assert _quote(attribute, text, cue).occasion == occasion


@pytest.mark.parametrize(
    ("text", "date_text", "content"),
    [
        pytest.param(
            "Police said on Monday they believe the driver acted alone.",
            "on Monday",
            "they believe the driver acted alone",
            id="prepositional_day",
        ),
        pytest.param(
            "Officials said last week the bridge would reopen in May.",
            "last week",
            "the bridge would reopen in May",
            id="bare_time",
        ),
        pytest.param(
            "Police said that on Monday they will question the driver.",
            None,
            "that on Monday they will question the driver",
            id="after_that_it_is_said",
        ),
    ],
)
def test_a_time_opening_the_reported_clause_dates_the_words(
    attribute: Attribute, text: str, date_text: str | None, content: str
) -> None:
    quote = _quote(attribute, text, "said")
    assert (quote.date_text.text if quote.date_text else None) == date_text
    assert quote.text.rstrip(".") == content


@pytest.mark.slow
def test_last_friday_in_a_fridays_story_is_the_friday_before() -> None:
    from quotewire import extract

    text = (
        "Bridge to reopen\n\nJanuary 14, 2022\n\n"
        "The mayor said last Friday that the bridge would reopen in May.\n\n"
        "The council said on Friday that it agreed."
    )
    quotes = extract(text, lang="en").quotes
    dates = {q.date_text.text if q.date_text else None: q.date for q in quotes}
    assert dates == {"last Friday": "2022-01-07", "on Friday": "2022-01-14"}
