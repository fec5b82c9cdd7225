"""Sixteenth round: a source mention resolved for coreference without being credited
(quotes/uncredited_sources.credits_source). A fronted "Asked …" reports a question whose asker the
text does not name; the pronoun subject of the clause it opens is the one asked. That pronoun is
still resolved, so it keeps its person in view of the quotations after it, but the question gets no
speaker; a quotation on the same cue is the answer and is the one asked's. Sentences and names are
made up."""

from __future__ import annotations

import pytest
from speaker_samples import speaker_of, speaker_of_opening

from quotewire.quotes.sources import find_speaker
from quotewire.quotes.uncredited_sources import credits_source


@pytest.fixture(scope="module")
def nlp():
    from quotewire.nlp.model import load_english

    return load_english()


@pytest.mark.slow
def test_the_one_asked_is_the_source_mention_but_no_credit_for_the_question(nlp) -> None:
    doc = nlp("Asked about the plan for the party, he said Hollis.")
    asked = doc[0]
    assert find_speaker(asked).text == "he"
    assert not credits_source(asked, "indirect")
    assert credits_source(asked, "direct")
    said = next(t for t in doc if t.text == "said")
    assert credits_source(said, "indirect")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "question", "answers", "asked"),
    [
        pytest.param(
            "Senator Walter Brennan met party leaders in Ohio on Tuesday.\n\n"
            "Asked on the radio about his plans for the party, he said he would stay. “I would "
            "say Martin for the time being,” he said.\n\n"
            "“We can always have differences,” he said.",
            "his plans for the party",
            ("I would say Martin", "We can always have"),
            "Walter Brennan",
            id="a_fronted_question_and_the_one_asked_going_on",
        ),
        pytest.param(
            "Governor Ellen Marsh spoke to reporters on Monday.\n\n"
            "“This is about my own state,” she said, when asked whether she wanted the senator "
            "to campaign for her. “I am going to be focusing on my campaign.”",
            "wanted the senator",
            ("I am going to be focusing",),
            "Ellen Marsh",
            id="a_question_after_the_main_clause",
        ),
        pytest.param(
            "Governor Ellen Marsh spoke in Dayton on Friday.\n\n"
            "Asked what the plan might look like, she said: “We will figure that out, if and "
            "when we get there.”",
            "the plan might look like",
            ("We will figure that out",),
            "Ellen Marsh",
            id="a_fronted_participle_tagged_past_tense",
        ),
    ],
)
def test_a_question_has_no_speaker_and_the_one_asked_answers(
    text: str, question: str, answers: tuple[str, ...], asked: str
) -> None:
    assert speaker_of(text, question) is None
    assert [speaker_of_opening(text, answer) for answer in answers] == [asked] * len(answers)


@pytest.mark.slow
def test_a_quotation_on_the_question_cue_is_the_answer_of_the_one_asked() -> None:
    text = (
        "The decision would involve Attorney General Nora Fielding, who told Congress when "
        'asked last month about the inquiry: "That matter is being handled by career agents '
        'and they will make a recommendation to me."'
    )
    assert speaker_of_opening(text, "That matter is being handled") == "Nora Fielding"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        pytest.param(
            'Asked what the plan might look like, she said: "We will figure that out."',
            "Asked",
            id="a_fronted_participle_tagged_past_tense",
        ),
        pytest.param(
            "Senator Hollis, when asked what about the plan is wrong, responded that it "
            '"costs too much."',
            "asked",
            id="a_when_participle_hung_on_the_subject",
        ),
        pytest.param(
            '"Jobs, jobs, jobs," Hollis said on the radio last month when asked what her '
            "husband would do.",
            "asked",
            id="a_when_participle_after_the_main_clause",
        ),
    ],
)
def test_a_misread_fronted_passive_credits_no_one_with_the_question(
    nlp, text: str, cue: str
) -> None:
    asked = next(t for t in nlp(text) if t.text == cue)
    assert not credits_source(asked, "indirect")


@pytest.mark.slow
def test_a_past_tense_after_as_is_no_passive(nlp) -> None:
    doc = nlp("Many voters said the economy was better as said it was worse.")
    said = [t for t in doc if t.text == "said"][-1]
    assert credits_source(said, "indirect")


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            '"It has been seven years," Hollis said, asked about the delay in an interview.',
            id="after_said",
        ),
        pytest.param(
            '"I am not going to call it a mistake," said retired surgeon Ben Marsh, asked '
            "about his claims that he had received an offer.",
            id="after_an_inverted_said_and_its_subject",
        ),
        pytest.param(
            '"We will win," said Governor Ellen Marsh, asked whether she would run again.',
            id="after_an_inverted_said_with_a_question",
        ),
    ],
)
def test_a_participle_trailing_a_clause_of_saying_credits_no_one_with_the_question(
    nlp, text: str
) -> None:
    """Seventeenth round: "X said, asked about …" is a reduced passive; who asked is not said."""
    asked = next(t for t in nlp(text) if t.text == "asked")
    assert not credits_source(asked, "indirect")
    assert credits_source(asked, "direct")


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        pytest.param("He paused, asked whether the plan would work, and left.", id="after_a_verb"),
        pytest.param(
            "The young woman, Ms. Hollis recalled, asked her what she did on the staff.",
            id="with_its_own_object",
        ),
    ],
)
def test_an_active_participle_after_a_comma_keeps_its_credit(nlp, text: str) -> None:
    asked = next(t for t in nlp(text) if t.text == "asked")
    assert credits_source(asked, "indirect")


@pytest.mark.slow
def test_the_one_asked_after_said_keeps_the_quotations_around_it() -> None:
    text = (
        "Senator Walter Brennan spoke on Tuesday.\n\n"
        '"It has been seven years," Brennan said, asked about the delay in an interview. '
        '"Why should I be surprised?"'
    )
    assert speaker_of(text, "the delay") is None
    assert speaker_of_opening(text, "It has been seven years") == "Walter Brennan"


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Hollis is widely expected to hold a top job in the next administration.",
            id="expected",
        ),
        pytest.param("The group is also known as the Islamic League.", id="known"),
        pytest.param(
            "Marsh is being portrayed as a moderate by the party's donors.", id="with_an_agent"
        ),
    ],
)
def test_an_agentless_passive_credits_no_one(nlp, text: str) -> None:
    """Seventeenth round: who expects or knows is not said; an agent names a source."""
    cue = next(t for t in nlp(text) if t.tag_ == "VBN" and t.dep_ != "amod")
    assert credits_source(cue, "indirect") == (cue.lower_ == "portrayed")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        pytest.param(
            "Hollis was so fired up about the deal that he called right away.",
            "fired",
            id="a_feeling_with_a_degree_and_a_particle",
        ),
        pytest.param(
            "He's predicted that the party will win the state.", "predicted", id="a_perfect"
        ),
    ],
)
def test_a_passive_of_feeling_or_a_contracted_perfect_keeps_its_credit(
    nlp, text: str, cue: str
) -> None:
    verb = next(t for t in nlp(text) if t.text == cue)
    assert credits_source(verb, "indirect")
