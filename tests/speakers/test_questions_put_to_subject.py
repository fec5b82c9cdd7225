"""Eighteenth round: the noun cue "question(s)" governed by a verb whose subject does not ask
(quotes/question_nouns.py, through quotes/uncredited_sources.credits_source). One who faces,
entertains or deflects questions is asked them; a thing that raises them asks nothing. Who asks is
not said, so the reported content gets no speaker; a person or group that raises them is the asker.
Sentences and names are made up."""

from __future__ import annotations

import pytest
from speaker_samples import speaker_of

from quotewire.quotes.uncredited_sources import credits_source


@pytest.fixture(scope="module")
def nlp():
    from quotewire.nlp.model import load_english

    return load_english()


def _questions(doc):
    return next(t for t in doc if t.lower_ in ("question", "questions"))


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Senator Hollis faced questions about whether he had paid his taxes.", id="faced"
        ),
        pytest.param(
            "He now entertains detailed questions about his path to the nomination.",
            id="entertains",
        ),
        pytest.param(
            "The mayor continues to face questions about the delay in releasing the report.",
            id="continues_to_face",
        ),
        pytest.param("The governor deflected numerous questions about the race.", id="deflected"),
        pytest.param(
            "The files raised new questions about whether the charity rewarded its donors.",
            id="raised_by_a_thing",
        ),
        pytest.param(
            "It immediately raised new questions about whether the owners would be forced out.",
            id="raised_by_it",
        ),
    ],
)
def test_questions_put_to_the_subject_credit_no_one(nlp, text: str) -> None:
    questions = _questions(nlp(text))
    assert not credits_source(questions, "indirect")
    assert credits_source(questions, "direct")


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Senator Hollis raised questions about whether his rival was born in the country.",
            id="raised_by_a_name",
        ),
        pytest.param(
            "She raised questions about whether the plan would ever work.", id="raised_by_she"
        ),
        pytest.param(
            "The news organization raised questions about whether he had grabbed her.",
            id="raised_by_an_organisation",
        ),
        pytest.param(
            "Hollis stopped at a school, answering questions about his campaign.",
            id="answering_speaks_on_the_topic",
        ),
    ],
)
def test_one_who_raises_or_answers_questions_is_credited(nlp, text: str) -> None:
    assert credits_source(_questions(nlp(text)), "indirect")


@pytest.mark.slow
def test_the_questions_a_senator_faced_have_no_speaker() -> None:
    text = (
        "Senator Walter Brennan spoke in Ohio on Tuesday.\n\n"
        "Brennan faced questions about whether he had paid his taxes on time."
    )
    assert speaker_of(text, "whether he had paid") is None


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        pytest.param(
            "Many of those mistakes were of the candidate's own doing, but they begged the "
            "question of whether Hale was being managed at all.",
            "whether Hale was being managed",
            id="a_pronoun_for_things_begs_it",
        ),
        pytest.param(
            "Meanwhile, the campaign's lack of a ground game and steady streams of defections "
            "begged the question of whether Moss was up to his job.",
            "whether Moss was up to his job",
            id="a_thing_begs_it",
        ),
    ],
)
def test_what_begs_the_question_does_not_ask_it(text: str, fragment: str) -> None:
    """Thirty-fifth round: "beg the question" invites a question; who asks is not said."""
    assert speaker_of(text, fragment) is None


@pytest.mark.slow
def test_a_senator_who_raises_the_question_asks_it() -> None:
    text = "Senator Ellen Marsh raised the question of whether Hale was up to the job."
    assert speaker_of(text, "whether Hale was up to the job") == "Ellen Marsh"
