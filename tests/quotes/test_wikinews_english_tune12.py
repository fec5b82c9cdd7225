"""Fixes from the tune12 split of the English Wikinews gold set (tests/data/en/): a clause of
contrast after a naming cue ("though ...") is the writer's counterpoint, not what the cue
reports (quotes/content_candidates.py ``is_circumstantial``); an inverted verb before a
possessor and a description ending in the name attributes the quotation before it
(quotes/trailing.py); "X was quoted "..."" is the subject's quotation
(quotes/quoting_verbs.py ``quoted_as_saying``); and "a ruling" or "a verdict" set after
what was ruled sums it up (summing_appositions.toml). Measured on PolNeAR train articles 1-840
too; the sentences are made up in the shapes found in the Wikinews articles."""

from __future__ import annotations

import pytest
from quote_samples import Attribute, find

pytestmark = pytest.mark.slow


def test_a_clause_of_contrast_after_a_naming_cue_is_not_reported(attribute: Attribute) -> None:
    quotes, _ = attribute(
        'The council leader, Mary Stone, described the plan as "reckless" though Jones says '
        "that most residents have welcomed it."
    )
    described = find(quotes, "reckless")
    assert described.text == 'the plan as "reckless"'
    assert described.speaker is not None and described.speaker.endswith("Stone")
    assert all("Jones" not in q.text for q in quotes)
    welcomed = find(quotes, "most residents have welcomed it")
    assert welcomed.speaker == "Jones"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # an inverted verb before a possessor and a description ending in the name
        (
            '"Nobody in Ottawa has lifted a finger," railed Smith\'s defence attorney Dennis '
            "Carter, who is flying down to meet with his client.",
            "lifted a finger",
            "Dennis Carter",
        ),
        # a quotation right after "was quoted" is the subject's
        (
            "On Sunday the plan was debated on television. Strategist Bob Miller was quoted "
            '"Why didn\'t the senator just apologize?"',
            "just apologize",
            "Bob Miller",
        ),
    ],
)
def test_the_source_of_a_quotation(
    attribute: Attribute, text: str, words: str, speaker: str
) -> None:
    quotes, _ = attribute(text)
    assert find(quotes, words).speaker == speaker


def test_a_ruling_summed_up_after_what_was_ruled_is_left_out(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "The judge ruled the scheme unlawful, a ruling which the ministry has appealed against."
    )
    assert find(quotes, "scheme unlawful").text == "the scheme unlawful"
