"""Nineteenth round: a quotation that goes on after "X said, according to Y" stays X's (the
channel Y reports it; PolNeAR files both halves under Y, the product does not), the owner of
a noun whose content a copula states ("Sanders's argument was that ...": speakers/mentions.py),
a subject the parser hung
inside a fronted phrase ("In a message to Clinton, Tanden recounted ...":
quotes/fronted_phrases.py), and the clause subject a "they" in a free relative or a "their" on
an object refers to (speakers/antecedents.py). Sentences and names are made up."""

from __future__ import annotations

import pytest
from speaker_samples import speaker_of, speaker_of_opening

_SPEECH = "“I ask you as a personal favor not to stage any protest on the floor,” Hollis said"
_NEXT = "“It is of utmost importance that you explain this to your delegations.”"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("after_cue", "speaker"),
    [
        pytest.param(", according to CNN.", "Walter Hollis", id="not_the_channel"),
        pytest.param(" in a speech.", "Walter Hollis", id="no_channel"),
    ],
)
def test_quotation_after_a_clause_of_saying(after_cue: str, speaker: str) -> None:
    text = (
        "Senator Walter Hollis spoke to his delegates on Monday.\n\n"
        f"{_SPEECH}{after_cue} {_NEXT}\n\nThe delegates cheered."
    )
    assert speaker_of_opening(text, "It is of utmost importance") == speaker


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        pytest.param(
            "Senator Walter Hollis spoke in Ohio on Sunday.\n\n"
            "Hollis's argument on Sunday was that the banks had grown too big to fail.",
            "too big",
            "Walter Hollis",
            id="copula_argument",
        ),
        pytest.param(
            "Senator Walter Hollis spoke in Ohio on Sunday.\n\n"
            "Mr. Hollis's most surprising suggestion was that the banks had grown too big.",
            "too big",
            "Walter Hollis",
            id="copula_suggestion",
        ),
        pytest.param(
            "Senator Walter Hollis and Governor Dana Pruitt met last spring.\n\n"
            "After a week of tensions between the two Republicans, Senator Walter Hollis's "
            "office announced Friday that Hollis will meet Pruitt on Thursday.",
            "will meet Pruitt",
            "Senator Walter Hollis's office",
            id="fronted_phrase_conjunct",
        ),
        pytest.param(
            "Dana Pruitt has long been close to Walter Hollis.\n\n"
            "In a May 2012 message to Hollis, Pruitt, head of the Center for Rural Progress, "
            "recounted a conversation she had with a donor at a dinner.",
            "a conversation she had",
            "Dana Pruitt",
            id="fronted_phrase_apposition",
        ),
        pytest.param(
            "The debate turned to foreign policy.\n\n"
            "Democrats also focused on what they said was the need to remain tolerant of "
            "Muslims.",
            "the need to remain tolerant",
            "Democrats",
            id="what_they_said",
        ),
        pytest.param(
            "The governor was in the lead.\n\n"
            "Some Cruz endorsers have their own ideas for attacking the front-runner.",
            "attacking the front-runner",
            "Some Cruz endorsers",
            id="their_on_an_object",
        ),
    ],
)
def test_source_of_the_statement(text: str, fragment: str, speaker: str) -> None:
    assert speaker_of(text, fragment) == speaker


@pytest.mark.slow
def test_clause_after_according_to_keeps_no_source_of_its_own() -> None:
    from quotewire.nlp.model import load_english
    from quotewire.quotes.fronted_phrases import subject_in_fronted_phrase

    doc = load_english()(
        "According to the FBI summary, Mills and another aide asked the employee to delete "
        "emails in December."
    )
    asked = next(t for t in doc if t.lower_ == "asked")
    assert subject_in_fronted_phrase(asked) is None
