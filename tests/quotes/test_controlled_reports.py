"""Cues, twenty-second round: a verb of saying or asking that controls an infinitive holding a
cue of its own ("urged the crowd *to consider* ...", "declined *to comment* on ...") reports the
infinitive, and the inner cue yields to it (``quotes.controlled_reports``); loads the model.

Measured on PolNeAR train articles 1-840; the sentences here are made up in the style of the
cases that motivated them.
"""

from __future__ import annotations

import pytest
from quote_samples import Attribute, find

from quotewire.nlp.model import load_english
from quotewire.quotes.controlled_reports import controls_report

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "outer_cue", "content", "inner_cue"),
    [
        # the object does what is asked, and the inner verb of saying reports a clause
        (
            "Senator Ann Ruiz urged the council to explain why the budget was late.",
            "urged",
            "to explain why the budget was late",
            "to explain",
        ),
        (
            "Governor Tom Baker asked the council to explain why the budget was late.",
            "asked",
            "to explain why the budget was late",
            "to explain",
        ),
        (
            "Senator Ann Ruiz called on the mayor to explain why the deal was signed.",
            "called",
            "to explain why the deal was signed",
            "to explain",
        ),
        # the subject does what is promised or refused
        (
            "Mayor Tom Baker refused to say whether he would run again.",
            "refused",
            "to say whether he would run again",
            "to say",
        ),
        (
            "A spokesman, Tom Baker, declined to comment on the data program.",
            "declined",
            "to comment on the data program",
            "to comment",
        ),
    ],
)
def test_a_controlling_verb_reports_its_infinitive(
    attribute: Attribute, text: str, outer_cue: str, content: str, inner_cue: str
) -> None:
    quotes, _ = attribute(text)
    assert find(quotes, content).cue == outer_cue
    assert [q.cue for q in quotes if q.cue == inner_cue] == []


def test_an_infinitive_of_another_verb_keeps_its_own_frames(attribute: Attribute) -> None:
    """Only a verb of saying or a cue word in the infinitive gives way: after "promised to
    address", the naming inside the infinitive's clause is a report of its own."""
    quotes, _ = attribute(
        'Governor Tom Baker has promised to address what he calls the "moral crisis of work"'
        " in the state."
    )
    assert "calls" in [q.cue for q in quotes]


def test_only_call_on_asks() -> None:
    """ "called her to say ..." is a phone call, whose callers say it; "called on" asks."""
    doc = load_english()(
        "Two donors called her to say they would not vote. He called on her to resign."
    )
    called = [t for t in doc if t.lower_ == "called"]
    assert [controls_report(t) for t in called] == [False, True]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Relief coordinator Jan Berg launched an appeal and called upon nations in the Gulf,"
            " who are benefiting from high oil prices, to donate.",
            "nations in the Gulf, who are benefiting from high oil prices, to donate",
        ),
        (
            "Senator Ann Ruiz called on the mayor and the council to resign.",
            "the mayor and the council to resign",
        ),
    ],
)
def test_call_on_reports_its_addressee_with_the_infinitive(
    attribute: Attribute, text: str, content: str
) -> None:
    """Cues, twenty-fifth round: "called on/upon X to ..." reports X with the infinitive (the
    gold of train 1-840 begins 32 such contents at X and 3 at "to")."""
    quotes, _ = attribute(text)
    assert [q.text for q in quotes if q.cue == "called"] == [content]
