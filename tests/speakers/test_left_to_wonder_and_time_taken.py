"""Twenty-fifth round: an object that does what the infinitive or participle after it says.

- "leave" makes its object act, like "lead": "leaving many to wonder whether ..." is the
  wondering of the many (``object_control_verbs`` and ``causative_verbs`` in
  data/en/inherited_sources.toml), not of the subject that leaves them.
- "It took him a day to respond, saying ...": the "it" stands for the infinitive, so the one
  who spent the time, the object of "take", says what the participle says
  (speakers/inherited.time_spender).

Sentences and names are made up."""

from __future__ import annotations

import pytest
from speaker_samples import speaker_of


@pytest.mark.slow
def test_leaving_a_group_to_wonder_is_the_group_s_wondering() -> None:
    text = (
        "The agency works with the police to move migrants across the state, leaving many "
        "to wonder whether the program has been abused."
    )
    assert speaker_of(text, "whether the program") == "many"


@pytest.mark.slow
def test_leaving_a_place_to_do_something_stays_the_subject_s() -> None:
    text = "Senator Jim Hollis left the Senate floor to say that the vote was delayed."
    assert speaker_of(text, "that the vote was delayed") == "Jim Hollis"


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Ted Cruz seemed lost after the debate. It took him most of a day to respond, saying "
        "that the mayor had failed the city.",
        "Ted Cruz seemed lost after the debate. It took him a day to formulate a comeback, "
        "saying that the mayor had failed the city.",
    ],
)
def test_the_one_who_took_the_time_says_the_participle(text: str) -> None:
    assert speaker_of(text, "that the mayor had failed") == "Ted Cruz"


@pytest.mark.slow
def test_an_it_that_takes_no_time_is_not_passed_to_its_object() -> None:
    text = "Ted Cruz spoke first. It took him to the stage, saying that the mayor had failed."
    assert speaker_of(text, "that the mayor had failed") is None
