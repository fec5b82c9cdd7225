"""Fourteenth round: a gerund cue after "of" on the object of a light verb ("took the unusual
step of criticizing") is the verb's subject's (speakers/inherited.py). Sentences and names are
made up."""

from __future__ import annotations

import pytest

from quotewire import extract


def speakers(text: str) -> dict[str, str | None]:
    return {q.text[:20]: q.speaker for q in extract(text).quotes}


@pytest.mark.slow
def test_a_gerund_after_the_object_of_a_light_verb_is_the_subjects() -> None:
    text = (
        "In responding Friday, the Ruiz campaign took the unusual step of criticizing "
        "the intelligence community for overclassification."
    )
    assert speakers(text)["the intelligence com"] == "the Ruiz campaign"
