"""Sources the small parser gets wrong, repaired by rules over the parse (issue #3, fourth
round: docs/speaker-resolution.md). Each text is the pattern as news prose writes it."""

from __future__ import annotations

import pytest
from quote_samples import Attribute, find, speakers_of

from quotewire.pipeline import extract


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (  # a predicative cue through the pipeline, which runs without lemmas
            "Cruz has been acutely aware that the contest boils down to a delegate battle.",
            "the contest boils down",
            "Cruz",
        ),
        (  # a quantity the parser did not label as the subject
            "About 4 in 10 say they want the next president to have more liberal policies.",
            "they want the next president",
            "About 4 in 10",
        ),
        (  # a verb read as a plural noun after a name
            "Trump predicts that as Jeb Bush and other Republican candidates eventually drop "
            "out, many of their supporters will switch to his side.",
            "many of their supporters",
            "Trump",
        ),
    ],
)
def test_unlabelled_subjects_are_sources(text: str, fragment: str, speaker: str) -> None:
    article = extract(text, lang="en")
    assert find(article.quotes, fragment).speaker == speaker


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (  # a long title before the name was made the subject's head
            "Sirius XM Vice President for news and talk Dave Gorab called the show “the "
            "conservative news show of record.”",
            "the conservative news show",
            "Dave Gorab",
        ),
        (  # a scene before the name, and a party tag after it
            "Saturday at the Massachusetts Democratic party convention Sen. Elizabeth Warren "
            "(D-MA) said presumptive Republican nominee Donald Trump was a “proven failure” in "
            "business.",
            "proven failure",
            "Elizabeth Warren",
        ),
    ],
)
def test_a_name_closing_the_subject_is_the_source(
    attribute: Attribute, text: str, fragment: str, speaker: str
) -> None:
    quotes, _ = attribute(text)
    assert find(quotes, fragment).speaker == speaker


@pytest.mark.slow
def test_a_name_after_a_preposition_is_not_the_source(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "A spokesman for Hillary Clinton said the campaign would respond on Monday."
    )
    assert find(quotes, "the campaign would respond").speaker != "Hillary Clinton"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        pytest.param(
            "Donald Trump spoke in Iowa. Trump argued that a database would keep people from "
            "coming into the country illegally, saying it’s “all about management.”",
            {"all about management": "Donald Trump"},
            id="a_participle_after_a_reported_clause_is_the_reporters",
        ),
        pytest.param(
            "Bernie Sanders spoke in Brooklyn. Sanders says the obvious response was to break up "
            "fraudulent operators and says he introduced legislation to accomplish that.",
            {"he introduced legislation": "Bernie Sanders"},
            id="a_conjunct_on_the_reported_clause_continues_the_reporting_verb",
        ),
        pytest.param(
            "Pollsters agree - Carl Bialik: “One of the biggest lessons was a simple one: keep on "
            "contacting voters as late as possible.” [538.]\n\n"
            "But polls did predict the Democratic caucus - HuffPollster: “Most pollsters fared "
            "much better with the Democratic results.” [HuffPost.]\n",
            {"biggest lessons": "Carl Bialik", "fared much better": "HuffPollster"},
            id="a_name_after_a_dash_credits_the_quotation",
        ),
        pytest.param(
            "Roger Stone spoke on the radio on Sunday.\n\n"
            "Stated Stone:\n\n"
            "“I think that the stakes are so high that they would do anything to remain in "
            "power.”\n\n"
            "Continued Stone: “So I think it is a very real problem.”\n",
            {"the stakes are so high": "Roger Stone", "a very real problem": "Roger Stone"},
            id="an_inverted_attribution_on_its_own_line_credits_the_next_paragraph",
        ),
        pytest.param(
            "Asked whether Clinton has the integrity to serve effectively as president, 75 percent "
            "of Democrats said yes.",
            {"has the integrity": None},
            id="a_fronted_question_has_no_named_source",
        ),
    ],
)
def test_a_repaired_parse_gives_each_quotation_its_source(
    attribute: Attribute, text: str, speakers: dict[str, str | None]
) -> None:
    quotes, _ = attribute(text)
    assert speakers_of(quotes, speakers) == speakers


@pytest.mark.slow
def test_a_noun_named_by_a_past_participle_is_no_source(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "Voters in a dozen states will go to the polls next week in contests known as Super "
        "Tuesday."
    )
    named = [q for q in quotes if q.cue == "known"]
    assert all(q.speaker is None for q in named)


@pytest.mark.slow
def test_a_participle_conjunct_continues_the_first_participle(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "The Vermont senator emailed supporters saying: “The struggle continues” and vowing to "
        "compete in the final primary contest next week."
    )
    by_cue = {q.cue: q.speaker for q in quotes}
    assert "emailed" not in by_cue  # the participle of saying holds the attribution
    assert by_cue["saying"] is not None
    assert by_cue["vowing"] == by_cue["saying"]


@pytest.mark.slow
def test_an_expletive_it_is_no_source(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "The league folded in 1986. It appears, though, that the championship game was not "
        "boring to everyone."
    )
    found = find(quotes, "the championship game was not")
    assert found.speaker is None
    assert found.speaker_mention is None
