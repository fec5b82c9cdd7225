"""Speech-cue rules of the third speech-cue round (misreadings and subtitled headlines), one
small hand-written case each (loads the model)."""

from __future__ import annotations

import pytest
from quote_samples import Attribute

pytestmark = pytest.mark.slow


def test_that_said_is_no_attribution(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "Most voters are optimistic about the economy. That said, the senator warned that "
        "growth would slow next year."
    )
    assert all(q.cue != "said" for q in quotes)
    warned = next(q for q in quotes if q.cue == "warned")
    assert warned.text == "that growth would slow next year"


def test_clause_before_a_colon_is_not_what_the_cue_after_it_reports(
    attribute: Attribute,
) -> None:
    quotes, _ = attribute(
        "Young voters are divided on foreign policy. It is on social issues that they lean "
        "left: 42% say they're liberal, 32% call themselves conservative."
    )
    say = [q.text for q in quotes if q.cue == "say"]
    assert say == ["they're liberal"]
    assert not any(q.text.startswith("It is on social issues") for q in quotes)


def test_headline_with_a_subtitle_after_a_semicolon(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "Poll: 3 battleground Senate races are tight; \n"
        "Candidates locked in competition in Ohio, Pennsylvania, Florida.\n\n"
        "Battleground Senate races in Ohio, Pennsylvania and Florida are all close, a "
        "Quinnipiac University poll shows."
    )
    headline = next(q for q in quotes if q.cue == ":")
    assert headline.text == "3 battleground Senate races are tight"
    assert headline.speaker == "Poll"


def test_inverted_source_is_not_the_object_of_the_cue(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "Pence took questions from the crowd.\n\n"
        "“How big is that wall?” asked the boy, who was wearing a red hat."
    )
    assert not any(q.text == "the boy" for q in quotes)
    question = next(q for q in quotes if q.text.startswith("How big"))
    assert question.kind == "direct"


def test_cue_between_a_subject_and_its_predicate(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "The contrast with Trump, said Doyle and others, would be clear since Trump has no "
        "former Republican presidents by his side."
    )
    said = [q for q in quotes if q.cue == "said"]
    assert [q.text for q in said] == [
        "The contrast with Trump",
        "would be clear since Trump has no former Republican presidents by his side",
    ]
    assert said[0].attribution_id == said[1].attribution_id
    assert said[0].speaker == said[1].speaker == "Doyle"


def test_source_before_the_cue_and_an_apposition(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "Part of the problem in detecting tunnels, say experts like Paul Bauman, a Canadian "
        "geophysicist, is the ground itself."
    )
    say = [q.text for q in quotes if q.cue == "say"]
    assert say == ["Part of the problem in detecting tunnels", "is the ground itself"]


def test_fronted_scene_is_no_interrupted_subject(attribute: Attribute) -> None:
    quotes, _ = attribute('In a statement Thursday, the senator said, "We will win this seat."')
    assert not any(q.text.startswith("In a statement") for q in quotes)


def test_opening_conjunction_is_no_fragment(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "The test was a success, officials said. But, he noted, the device was never staged."
    )
    noted = [q.text for q in quotes if q.cue == "noted"]
    assert noted == ["the device was never staged"]


def test_opening_conjunction_before_according_to(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "Turnout was low. But, according to the poll, 46 percent of Republican voters want a "
        "change."
    )
    according = [q.text for q in quotes if q.cue and q.cue.lower() == "according to"]
    assert according and not any(text == "But" for text in according)
