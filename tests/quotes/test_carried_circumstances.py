"""A speaker's later statements share the date and occasion of the one that states them, while
the story stays with the speaker and nothing puts them at another time; a headline statement
shares those its speaker's statement in the lead states."""

from __future__ import annotations

from quotewire import extract
from quotewire.types import Quote

_OCCASION = "at a press conference in Moscow"


def _quotes(text: str) -> list[Quote]:
    return extract(text, published="2022-01-14", lang="en").quotes


def _by_cue_text(quotes: list[Quote], words: str) -> Quote:
    return next(q for q in quotes if words in q.text)


def _carries(quotes: list[Quote], later: str, stated: str) -> bool:
    """Whether the statement with the words ``later`` carries from the one with ``stated``."""
    source = _by_cue_text(quotes, stated).attribution_id
    return _by_cue_text(quotes, later).circumstances_from == source


def test_the_speakers_next_statements_carry_the_date_and_occasion() -> None:
    quotes = _quotes(
        "Lavrov: the talks have failed\n\n"
        "Foreign Minister Sergey Lavrov said on Friday at a press conference in Moscow that the "
        "talks had failed.\n\n"
        '"We did everything we could to keep them going," Lavrov said.\n\n'
        "He added that the next round would depend on the other side."
    )
    stated = _by_cue_text(quotes, "the talks had failed")
    assert stated.circumstances_from is None and stated.date == "2022-01-14"
    for words in ("We did everything", "the next round", "the talks have failed"):
        carried = _by_cue_text(quotes, words)
        assert carried.circumstances_from == stated.attribution_id
        assert (carried.date, carried.occasion) == ("2022-01-14", _OCCASION)


def test_a_paragraph_without_the_speaker_ends_the_scene() -> None:
    quotes = _quotes(
        "Foreign Minister Sergey Lavrov said on Friday at a press conference in Moscow that the "
        "talks had failed.\n\n"
        "The talks began in March and were meant to end by the summer.\n\n"
        '"We did everything we could to keep them going," Lavrov said.'
    )
    later = _by_cue_text(quotes, "We did everything")
    assert later.circumstances_from is None
    assert (later.date, later.occasion) == (None, None)


def test_a_statement_at_another_time_carries_nothing_and_ends_the_scene() -> None:
    quotes = _quotes(
        "Foreign Minister Sergey Lavrov said on Friday at a press conference in Moscow that the "
        "talks had failed.\n\n"
        "Lavrov later told state television that the West was to blame.\n\n"
        '"We did everything we could to keep them going," Lavrov said.'
    )
    for words in ("the West was to blame", "We did everything"):
        assert _by_cue_text(quotes, words).circumstances_from is None


def test_a_perfect_carries_nothing() -> None:
    quotes = _quotes(
        "Foreign Minister Sergey Lavrov said on Friday at a press conference in Moscow that the "
        "talks had failed.\n\n"
        "Lavrov has said that the sanctions would not change Russia's course."
    )
    assert _by_cue_text(quotes, "the sanctions").circumstances_from is None


def test_another_speaker_carries_nothing() -> None:
    quotes = _quotes(
        "Foreign Minister Sergey Lavrov said on Friday at a press conference in Moscow that the "
        "talks had failed.\n\n"
        "Secretary of State Antony Blinken said that the door remained open."
    )
    assert _by_cue_text(quotes, "the door remained open").circumstances_from is None


def test_a_headline_shares_what_the_lead_states_only() -> None:
    lead_first = _quotes(
        "Lavrov: the talks have failed\n\n"
        "Foreign Minister Sergey Lavrov said on Friday at a press conference in Moscow that the "
        "talks had failed."
    )
    assert _by_cue_text(lead_first, "the talks have failed").occasion == _OCCASION
    later = _quotes(
        "Lavrov: the talks have failed\n\n"
        "The talks between the two countries collapsed this week after a month of meetings.\n\n"
        "Foreign Minister Sergey Lavrov said on Friday at a press conference in Moscow that the "
        "talks had failed."
    )
    assert _by_cue_text(later, "the talks have failed").circumstances_from is None


def test_the_time_the_stating_statement_gives_is_no_other_time() -> None:
    """A second statement in the sentence of the one that states "today" was said then too:
    that "today" does not put it at another time."""
    quotes = _quotes(
        "Foreign Minister Sergey Lavrov announced today that the talks had failed and urged "
        "the other side to return to the table.\n\n"
        '"We did everything we could to keep them going," Lavrov said.'
    )
    stated = _by_cue_text(quotes, "the talks had failed")
    assert stated.date_text is not None and stated.date_text.text == "today"
    for words in ("to return to the table", "We did everything"):
        carried = _by_cue_text(quotes, words)
        assert carried.circumstances_from == stated.attribution_id
        assert carried.date == "2022-01-14"


def test_another_time_in_the_sentence_still_ends_the_scene() -> None:
    quotes = _quotes(
        "Foreign Minister Sergey Lavrov said on Friday at a press conference in Moscow that the "
        "talks had failed.\n\n"
        "On Tuesday Lavrov had urged the other side to return to the table."
    )
    assert _by_cue_text(quotes, "to return to the table").circumstances_from is None


def test_a_present_cue_after_a_statement_dated_last_year_carries_nothing() -> None:
    """ "told a news conference in June last year" and then "says": what the speaker says now
    is another time."""
    quotes = _quotes(
        "Prime Minister John Smith told a news conference in June last year that taxes had to "
        "rise.\n\n"
        'While there has been no vote on the plan, Smith says it is a "possibility."'
    )
    assert _by_cue_text(quotes, "possibility").circumstances_from is None


def test_a_present_cue_after_a_day_of_the_news_still_carries() -> None:
    """After "told ... on Wednesday" a present "claims" is the journalist's present of the same
    news."""
    quotes = _quotes(
        "Prime Minister John Smith told a news conference on Wednesday that taxes had to rise.\n\n"
        'Smith claims that the plan is a "possibility."'
    )
    assert _carries(quotes, "possibility", "taxes had to rise")


def test_that_same_day_is_another_time() -> None:
    """ "that same day" names a time the story gave before, which the recogniser does not tag
    as a date."""
    text = (
        "Senator Jane Ortiz said on Friday at a press conference in Austin that the bill was "
        "dead.\n\n"
        "Reporters asked Ortiz about it{}, and she said it could still pass."
    )
    assert _by_cue_text(_quotes(text.format(" that same day")), "still pass").date is None
    stated = _by_cue_text(_quotes(text.format("")), "still pass")
    assert stated.circumstances_from is not None and stated.date == "2022-01-14"


def test_a_cue_naming_another_medium_carries_nothing() -> None:
    """ "said in a statement" and then "also reports": the outlet's news reports are another
    scene than its statement; "wrote" after "in a statement" is the same."""
    quotes = _quotes(
        'Two journalists were hurt in the blast. "Bob and Doug are in serious condition," NBC '
        "said in a statement.\n\n"
        "NBC also reports that the convoy came under fire after the explosion."
    )
    assert _by_cue_text(quotes, "came under fire").circumstances_from is None
    written = _quotes(
        "Senator Jane Ortiz said in a statement on Friday that the bill was dead.\n\n"
        "Ortiz wrote that the vote had been rigged."
    )
    assert _carries(written, "rigged", "the bill was dead")


def test_a_news_conference_is_not_the_medium_of_reports() -> None:
    """ "at a news conference" and then "also reports": "news" only says what conference it
    was; "in a news report" … "reports" is the same medium."""
    text = "ABC said {} on Monday that the show was cancelled. ABC also reports that the host left."
    conference = _quotes(text.format("at a news conference"))
    assert _by_cue_text(conference, "the host left").circumstances_from is None
    report = _quotes(text.format("in a news report"))
    assert _carries(report, "the host left", "the show was cancelled")


def test_an_addressee_the_occasion_does_not_name_is_another_scene() -> None:
    """ "at a press conference" and then "told CNN" or "Speaking to NBC News, she said": an
    interview; "told CNN" after "in an interview with CNN" is the same one."""
    told = _quotes(
        "Foreign Minister Sergey Lavrov said at a press conference in Moscow that the talks had "
        "failed.\n\n"
        "Lavrov told CNN that the West was to blame."
    )
    assert _by_cue_text(told, "the West was to blame").circumstances_from is None
    spoken_to = _quotes(
        "Senator Jane Ortiz said at a press conference in Austin that the bill was dead.\n\n"
        "Speaking to NBC News, she said the bill could still pass."
    )
    assert _by_cue_text(spoken_to, "still pass").circumstances_from is None
    same = _quotes(
        "Foreign Minister Sergey Lavrov said in an interview with CNN that the talks had "
        "failed.\n\n"
        "Lavrov told CNN that the West was to blame."
    )
    assert _carries(same, "the West was to blame", "the talks had failed")


def test_a_relative_clause_describing_a_thing_is_background() -> None:
    """ "the tax cuts that he promised": a statement told as the description of a thing was
    made whenever, not at the speech."""
    quotes = _quotes(
        "In his speech, President Tom Smith discussed the budget. He also named the tax cuts "
        "that he promised to justify his plan."
    )
    assert _by_cue_text(quotes, "the tax cuts").circumstances_from is not None
    # quotes.nested_ends leaves a report nested at the end of another statement's content
    # inside it (PolNeAR keeps it there), so here the relative report is no statement of its
    # own; where one is found, it must not carry the speech's circumstances.
    promised = next((q for q in quotes if q.text == "to justify his plan"), None)
    assert promised is None or promised.circumstances_from is None


def test_a_time_describing_the_speaker_is_not_the_time_of_saying() -> None:
    """ "the Prime Minister *for over ten years now*": a time in the apposition of the cue's
    subject describes the speaker; the statement was still said at the press conference."""
    quotes = _quotes(
        "Prime Minister Tom Smith said on Friday at a press conference in Canberra that the "
        "election would be held in November.\n\n"
        "Mr Smith, the Prime Minister of Australia for over ten years now, said that the "
        "country's best years lay ahead."
    )
    assert _carries(quotes, "best years lay ahead", "the election would be held")


def test_a_time_under_a_verb_in_the_subject_still_shifts() -> None:
    """ "The minister, *speaking on Tuesday*, said": a time on a participle describing the
    speaker may be the time of this saying, so it still ends the scene."""
    quotes = _quotes(
        "Foreign Minister Sergey Lavrov said on Friday at a press conference in Moscow that the "
        "talks had failed.\n\n"
        "Lavrov, speaking on Tuesday, said that the West was to blame."
    )
    assert _by_cue_text(quotes, "the West was to blame").circumstances_from is None


def test_a_day_hung_on_the_speakers_name_still_shifts() -> None:
    """ "Trump *Tuesday* said": the parser hangs the day on the name, but it is the day of this
    saying, not a description of the speaker."""
    quotes = _quotes(
        "Trump said at a rally on Monday that taxes would rise. Trump Tuesday said that the "
        "budget was sound."
    )
    assert _by_cue_text(quotes, "the budget was sound").circumstances_from is None


def test_a_time_inside_another_quotation_is_not_the_time_of_saying() -> None:
    """A date in the quoted words of a second quotation of the sentence is the speaker's, not
    the narrator's: the first quotation still carries."""
    quotes = _quotes(
        "Foreign Minister Sergey Lavrov said on Friday at a press conference in Moscow that the "
        "talks had failed.\n\n"
        '"We did everything we could," Lavrov said of the talks, calling them "the last chance '
        'since March 2021".'
    )
    assert _carries(quotes, "We did everything", "the talks had failed")
    assert _carries(quotes, "the last chance since March 2021", "the talks had failed")


def test_a_relative_clause_describing_a_person_noun_is_no_background() -> None:
    """ "a mayor that says": the clause tells what the person says, not a thing said
    whenever, with "that" as with "who"."""
    quotes = _quotes(
        "Smith said at a press conference on Monday that taxes would rise. Smith is a mayor "
        "that says the city needs money."
    )
    assert _carries(quotes, "the city needs money", "taxes would rise")


def _lavrov_then(*paragraphs: str) -> list[Quote]:
    """Lavrov's dated statement, the ``paragraphs`` between, then his next quotation."""
    return _quotes(
        "\n\n".join(
            (
                "Foreign Minister Sergey Lavrov said on Friday at a press conference in Moscow "
                "that the talks had failed.",
                *paragraphs,
                '"We did everything we could to keep them going," Lavrov said.',
            )
        )
    )


def test_a_paragraph_at_no_other_time_does_not_end_the_scene() -> None:
    """Narration about the news, or another speaker's reply, between a speech and its last
    quotations names no other time: the speaker's later statement still carries."""
    for between in (
        "Among those who left the talks was the Finnish delegation.",
        '"The talks failed because Moscow walked out," said John Smith, a British diplomat.',
        '"We expected a deal by Monday," said John Smith, a British diplomat.',
    ):
        assert _carries(_lavrov_then(between), "We did everything", "the talks had failed")


def test_a_paragraph_naming_another_time_still_ends_the_scene() -> None:
    """A date, or a word of another time, in the narration between is another scene (a date
    inside another speaker's quoted words is not: see the test above)."""
    for between in (
        "Two days earlier, the Finnish delegation had left the talks.",
        "The talks had begun on Monday with hopes of a deal.",
    ):
        quotes = _lavrov_then(between)
        assert _by_cue_text(quotes, "We did everything").circumstances_from is None


def _smith_then(sentence: str) -> list[Quote]:
    """Smith's dated statement at a press conference, then ``sentence`` in the next paragraph."""
    return _quotes(
        "Police chief Tom Smith said on Monday at a press conference in Bogota that the rebels "
        "had been paid by a foreign government.\n\n" + sentence
    )


def test_a_time_of_another_speakers_statement_is_not_the_time_of_saying() -> None:
    """ "he says, though Brown has *already* denied the charges": the time word dates Brown's
    denial, not Smith's words."""
    quotes = _smith_then(
        "A minister may have been involved with the rebels as well, he says, though President "
        "John Brown has already denied the charges."
    )
    assert _carries(quotes, "A minister may have been involved", "the rebels had been paid")


def test_a_time_in_the_reported_clause_past_the_span_is_what_was_said() -> None:
    """ "said he will send the documents to the OAS, *who will meet … on Tuesday*": the day is
    in what he said, though the statement's span stops before the relative clause."""
    quotes = _smith_then(
        "To verify the evidence, the police chief said he will send the documents to the "
        "Organization of American States, who will meet in Washington on Tuesday to discuss the "
        "situation."
    )
    assert _carries(quotes, "he will send the documents", "the rebels had been paid")


def test_a_relative_clause_giving_the_speaker_a_noun_describes_the_speaker() -> None:
    """ "said Smith, *who was a successful businessman before entering politics*" reads as an
    apposition: the time word is the speaker's past, not the time of saying; "who was in
    Chicago on Tuesday" may be where and when he said it, and still shifts the time."""
    announced = (
        "Former Governor Tom Smith announced his candidacy yesterday outside of Detroit.\n\n"
    )
    quotation = '"I don\'t believe Washington can be changed from within," said Smith, '
    described = _quotes(announced + quotation + "who was a successful businessman before "
                        "entering politics.")  # fmt: skip
    assert _carries(described, "I don't believe", "his candidacy")
    placed = _quotes(announced + quotation + "who was in Chicago on Tuesday.")
    assert _by_cue_text(placed, "I don't believe").circumstances_from is None


def test_a_paragraph_of_distant_background_does_not_end_the_scene() -> None:
    """Narration dated beyond the days of the news ("last year", "in 2019") is background, not
    another scene of the story: the speaker's later statement still carries. The date on the
    same noun as "last year" ("the *7 July* attacks in London last year") is as distant."""
    for between in (
        "The talks were set up after the 7 July attacks in London last year.",
        "The talks were first held in 2019 in Geneva.",
    ):
        assert _carries(_lavrov_then(between), "We did everything", "the talks had failed")


def test_a_statement_set_before_the_cue_in_its_sentence_is_another_time() -> None:
    """ "*Despite telling* state radio *earlier* this morning that …, Lavrov announced shortly
    after …": the telling dates itself before the announcement, so the announcement does not
    carry from it; a conjunct of a statement dated "earlier today" still does."""
    quotes = _quotes(
        "Despite telling state radio earlier this morning that the talks would go on, Foreign "
        "Minister Sergey Lavrov announced shortly after the president's statement that Russia "
        "would leave the talks."
    )
    assert _by_cue_text(quotes, "Russia would leave the talks").circumstances_from is None
    conjunct = _quotes(
        "Foreign Minister Sergey Lavrov announced earlier today that the talks had failed and "
        "sought to postpone the next round."
    )
    assert _carries(conjunct, "to postpone the next round", "the talks had failed")


def test_a_saying_reported_inside_the_speakers_own_words_starts_no_scene() -> None:
    """ "Lavrov says he has been engaged … and *told* the ministers *during his visit there*
    that …": the telling is a past act inside his words, not where the story is; what he said
    after carries nothing from it."""
    quotes = _quotes(
        "Foreign Minister Sergey Lavrov said on Friday at a press conference in Moscow that the "
        "talks had failed.\n\n"
        "Lavrov says he has been deeply engaged in the talks and told the ministers during his "
        "visit there that they bear responsibility for the outcome.\n\n"
        '"We did everything we could to keep them going," Lavrov said.'
    )
    told = next(q for q in quotes if q.cue_span and q.cue_span.text == "told")
    assert told.occasion == "during his visit there" and told.circumstances_from is None
    assert _by_cue_text(quotes, "We did everything").circumstances_from is None


def test_a_named_speakers_saying_that_a_span_runs_over_still_starts_a_scene() -> None:
    """ "Ms Smith told parliament on Wednesday that "…," Ms Smith denied …": the parser reads
    the first clause as what she denied, but a cue whose subject names the speaker is the
    narrator's, and the quotation after it carries from it."""
    quotes = _quotes(
        "Smith denies radiation threat\n\n"
        'Science minister Julie Smith told parliament on Wednesday that "there was no '
        'contamination found outside the immediate area," Ms Smith denied there being any '
        'threat to the community. "According to the agency, there was absolutely no threat to '
        'the health of the workers."'
    )
    told = next(q for q in quotes if q.cue_span and q.cue_span.text == "told")
    assert _by_cue_text(quotes, "According to the agency").circumstances_from == (
        told.attribution_id
    )


def test_a_time_inside_a_mixed_statements_words_is_the_speakers() -> None:
    """A year inside the words of a mixed statement of the sentence ("After the annexation *in
    1900*, the kingdom was "subordinated …," Lingle said, asserting …") is what the speaker
    spoke of, not the narrator's time: the statement after it still carries."""
    quotes = _quotes(
        "Lingle lobbies for the bill\n\n"
        "Governor Linda Lingle said on Friday at a press conference in Honolulu that the bill "
        "must pass.\n\n"
        'After the annexation in 1900, the kingdom was "subordinated to the federal '
        'government," Lingle said, asserting that the relationship is political.'
    )
    assert _carries(quotes, "the relationship is political", "the bill must pass")


def test_a_full_date_days_before_the_article_is_of_the_news() -> None:
    """A present "claims" after a letter "dated January 10, 2022" in a story of January 14,
    2022 is the journalist's present of the same news; after one dated two years before it is
    another time."""
    letter = (
        "Lingle lobbies for the bill\n\n"
        "In a letter dated January 10, {year}, Governor Linda Lingle told the Senate that the "
        "report was flawed.\n\n"
        "Lingle claims that the report was not accurate."
    )
    recent = _quotes(letter.format(year=2022))
    assert _carries(recent, "the report was not accurate", "the report was flawed")
    distant = _quotes(letter.format(year=2020))
    assert _by_cue_text(distant, "the report was not accurate").circumstances_from is None


def test_a_meeting_the_speaker_says_he_told_is_not_where_he_speaks_after() -> None:
    """ "Smith said in an interview … that he *told* the council *in a closed meeting* that …":
    the telling is a past saying inside his words (carry7's rule, read again on PolNeAR train in
    carry8, where it fired 16 times, each rightly); the quotation after it is not from that
    meeting."""
    quotes = _quotes(
        "Smith: the plans are negotiable\n\n"
        "Mayor John Smith said in an interview with the BBC on Monday that he told the council "
        "in a closed meeting that he may not build the bridge.\n\n"
        '"We had a council meeting, and suddenly they leak it," Smith said.'
    )
    told = next(q for q in quotes if q.cue_span and q.cue_span.text == "told")
    assert told.occasion == "in a closed meeting"
    later = _by_cue_text(quotes, "We had a council meeting")
    assert later.circumstances_from is None and later.occasion is None
