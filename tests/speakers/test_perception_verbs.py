"""The one seen or heard speaking, after a verb of perception, is the source of what the verb
after the object says, not the one who sees or hears it (``perception_verbs``)."""

from __future__ import annotations

import pytest
from speaker_samples import speaker_of, speaker_of_opening


@pytest.mark.slow
def test_a_participle_completing_hearing_takes_the_object_heard() -> None:
    text = (
        "Instead, it was hearing a senior senator acknowledging how much ground the workers "
        "have lost."
    )
    assert speaker_of_opening(text, "how much ground") == "a senior senator"


@pytest.mark.slow
def test_a_participle_on_the_object_of_see_takes_that_object() -> None:
    text = (
        "You have to go back only 12 years to see a Republican administration defending the "
        "idea that \u201caggressive monetary policy can reduce the depth of a recession.\u201d"
    )
    assert speaker_of_opening(text, "the idea that") == "a Republican administration"


@pytest.mark.slow
def test_a_bare_infinitive_after_watching_takes_the_one_watched() -> None:
    text = "After watching the governor insist that taxes would fall, voters were angry."
    assert speaker_of(text, "taxes would fall") == "the governor"


@pytest.mark.slow
def test_a_verb_of_perception_with_a_conjoined_cue_keeps_its_subject() -> None:
    text = "Voters in Iowa watched the debate and said they were unfazed."
    assert speaker_of(text, "they were unfazed") == "Voters in Iowa"
