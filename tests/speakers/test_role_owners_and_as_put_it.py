"""Fortieth round: a possessed role is not the same office held for another named owner
(speakers/coref._other_owner), and the quotation after "As X put it, ..." is X's
(quotes/as_put_it.py). Sentences are made up."""

from __future__ import annotations

import pytest

from quotewire import extract

pytestmark = pytest.mark.slow

_SPOKESWOMEN = (
    "Smith's spokeswoman Jane Doe said Smith is proud of the plan.\n\n"
    '"Our plan lowers fees for every student in the county," she said.\n\n'
    '(Brown\'s spokeswoman disputed the claim, and said he "never attacked the plan.")'
)


def _speaker(text: str, words: str) -> str | None:
    (found,) = [q.speaker for q in extract(text).quotes if words in q.text]
    return found


def test_another_owners_spokeswoman_is_not_the_first_one() -> None:
    assert _speaker(_SPOKESWOMEN, "never attacked") != "Jane Doe"


def test_the_same_owners_spokeswoman_is_the_named_one() -> None:
    text = _SPOKESWOMEN.replace("(Brown's spokeswoman", "(Smith's spokeswoman")
    assert _speaker(text, "never attacked") == "Jane Doe"


def test_as_x_put_it_before_a_quotation_is_x() -> None:
    text = (
        "Farmers are worried about the new rules.\n\n"
        "As Tom Baker, professor of constitutional law at Yale and author of ''America's Other "
        "Constitution,'' put it, ''Senate Democrats should remember that a modest deal today "
        "may be far better for them than the one they may get stuck with.''"
    )
    assert _speaker(text, "Senate Democrats") == "Tom Baker"


def test_a_participle_inside_as_x_put_it_does_not_take_the_quotation() -> None:
    text = (
        "Farmers are worried about the new rules.\n\n"
        "As the chief executive, Ann Lee, put it in a memo to employees explaining the deal, "
        "'Imagine a world where we lead.'"
    )
    assert _speaker(text, "Imagine a world") == "Ann Lee"
