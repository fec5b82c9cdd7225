"""Twenty-first round (speakers/coref._fronted_object): a subject pronoun does not refer to a
name in a phrase fronted before its own verb ("On *Twitter*, she responded ...", the recogniser
tagging Twitter a person). Sentences are made up."""

from __future__ import annotations

import pytest

from quotewire import extract

pytestmark = pytest.mark.slow


def test_she_is_not_the_object_of_a_fronted_phrase() -> None:
    text = (
        "Fields did not reply to a request for comment Tuesday. She resigned from Breitbart on "
        "March 14 after the news organization raised questions about whether Corey Lewandowski "
        "had actually grabbed her.\n\n"
        "On Twitter, she responded Tuesday to one of Trump's messages by saying, "
        '"Seriously, just stop lying."'
    )
    (found,) = [q.speaker for q in extract(text).quotes if q.text.startswith("Seriously")]
    assert found != "Twitter"
