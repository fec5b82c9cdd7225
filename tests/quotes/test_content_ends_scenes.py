"""Where a reported infinitive ends: a past clause of time hung on it is the writer's scene."""

from __future__ import annotations

import pytest

from quotewire.quotes.content_ends import without_framing_clause

pytestmark = pytest.mark.slow


def _reported(text: str, cue_word: str) -> str:
    from quotewire.nlp.model import load_english

    doc = load_english()(text)
    cue = next(t for t in doc if t.text == cue_word)
    complement = next(c for c in cue.children if c.dep_ in ("xcomp", "ccomp"))
    kept = without_framing_clause(list(complement.subtree))
    return doc[kept[0].i : kept[-1].i + 1].text


def test_past_clause_of_time_after_an_infinitive_is_cut() -> None:
    text = "She refused to speak to reporters as she left the breakfast on Monday."
    assert _reported(text, "refused") == "to speak to reporters"


def test_when_clause_in_the_past_is_cut() -> None:
    text = "The two men agreed to meet when they spoke on the phone last week."
    assert _reported(text, "agreed") == "to meet"


def test_clause_of_time_in_the_present_belongs_to_the_plan() -> None:
    text = "She is hoping to win when she takes on the senator."
    assert _reported(text, "hoping") == "to win when she takes on the senator"


def test_until_clause_belongs_to_the_plan() -> None:
    text = "He urged Congress to keep the prison open until there was a way to house detainees."
    assert _reported(text, "urged").endswith("until there was a way to house detainees")


def test_clause_of_time_after_a_that_clause_stays() -> None:
    text = "He said that the deal collapsed as the talks dragged on."
    assert _reported(text, "said") == "that the deal collapsed as the talks dragged on"
