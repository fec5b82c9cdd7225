"""Cues, twentieth round: the occasion of a saying is not what was said. A "when" clause after
a verb of saying (``saying_occasions.is_occasion_of_saying``), and a programme title after
phrases of manner or topic that end in an occasion phrase
(``occasion_quotes.is_title_after_occasion``); loads the model.

Measured on PolNeAR train articles 1-840; the sentences here are made up in the style of the
cases that motivated them.
"""

from __future__ import annotations

import pytest
from quote_samples import Attribute

from quotewire.nlp.model import load_english
from quotewire.quotes.saying_occasions import is_occasion_of_saying

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "occasion"),
    [
        (
            '"Absolutely," the governor said when asked by a reporter if that remains his view.',
            "when asked",
        ),
        (
            '"Are you all right?" he said, when a protester seemed to stumble.',
            "when a protester",
        ),
        ("The governor said when the chairman asked him a question.", "when the chairman"),
    ],
)
def test_a_when_clause_after_a_verb_of_saying_is_no_report(
    attribute: Attribute, text: str, occasion: str
) -> None:
    quotes, _ = attribute(text)
    assert [q.text for q in quotes if q.cue == "said" and occasion in q.text] == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # The "when" clause hangs on the reported verb: it is part of the report.
        (
            "The mayor said when she took office the city was broke.",
            "said",
            "the city was broke",
        ),
        # After an object the verb reports, the "when" clause closes that report.
        (
            "The anchor tried to ask a question about schools when the mayor shot back that"
            " the reporter had not been called on.",
            "to ask",
            "shot back",
        ),
        # After a set-in cue the clause goes on with the report.
        (
            "In the early 1990s, the chef said, when she was earning very little, a boss"
            " invited her to lunch.",
            "said",
            "a boss invited her",
        ),
    ],
)
def test_a_when_clause_that_belongs_to_the_report_stays(
    attribute: Attribute, text: str, cue: str, content: str
) -> None:
    quotes, _ = attribute(text)
    assert any(q.cue == cue and content in q.text for q in quotes), [
        (q.cue, q.text) for q in quotes
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor told reporters when the plant would reopen.",
        "She announced when the election would take place.",
    ],
)
def test_a_when_question_about_a_time_to_come_is_what_was_said(text: str) -> None:
    clause = next(t for t in load_english()(text) if t.dep_ == "advcl")
    assert not is_occasion_of_saying(clause)


def test_only_a_verb_of_saying_has_an_occasion() -> None:
    """ "was shocked *when he heard* ...": a feeling's "when" clause is what it is about."""
    doc = load_english()("The voter was shocked when he heard about the loophole in the law.")
    clause = next(t for t in doc if t.dep_ == "advcl")
    assert clause.head.lower_ == "shocked"
    assert not is_occasion_of_saying(clause)


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        (
            "''It's nonsense,'' the senator said by telephone on NBC's ''Meet the Press.''",
            "It's nonsense,",
        ),
        (
            '"She just made it up," the mayor said of the claim during a call to ABC\'s "This'
            ' Week."',
            "She just made it up,",
        ),
    ],
)
def test_a_title_after_phrases_that_end_in_an_occasion_is_not_reported(
    attribute: Attribute, sentence: str, said: str
) -> None:
    """A phrase of manner or topic before the occasion phrase ('by telephone on NBC's',
    'of the claim during a call to ABC's'): the programme title after it is no report."""
    quotes, _ = attribute(sentence)
    assert [(q.kind, q.text) for q in quotes] == [("direct", said)]


def test_a_title_cased_quotation_after_a_phrase_of_no_occasion_stays(
    attribute: Attribute,
) -> None:
    quotes, _ = attribute('The governor warned of "Grave Consequences" for the state.')
    assert any("Grave Consequences" in q.text for q in quotes)
