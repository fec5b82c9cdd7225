"""Twenty-first round (speakers/coref._other_rank): a definite role is the latest person with
that role, but not one whose role is another office through a rank word ("the former
president" is not "Vice President Joe Biden"; "the vice president" is). Sentences are made up."""

from __future__ import annotations

import pytest

from quotewire import extract

pytestmark = pytest.mark.slow

_OPENING = (
    "Vice President Joe Biden campaigned in Ohio on Monday.\n\n"
    "Bill Clinton got in on the game, bashing Sanders during a rally in Brooklyn on Monday. "
)


def _speaker(text: str, opening: str) -> str | None:
    (found,) = [q.speaker for q in extract(text).quotes if q.text.startswith(opening)]
    return found


def test_the_former_president_is_not_the_vice_president() -> None:
    text = _OPENING + (
        '"Sometimes in this primary I get the feeling that he is running harder against me," '
        "the former president said."
    )
    assert _speaker(text, "Sometimes") != "Joe Biden"


def test_the_vice_president_is_the_vice_president() -> None:
    text = _OPENING + (
        '"Sometimes in this primary I get the feeling that he is running harder against me," '
        "the vice president said."
    )
    assert _speaker(text, "Sometimes") == "Joe Biden"
