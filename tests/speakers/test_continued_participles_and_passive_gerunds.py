"""Twenty-ninth round: two participle shapes (quotes/sources.py ``continued_participle``,
speakers/inherited.py ``_climbed_subject``): an "and"/"but" participle conjunct that the parser
hung on a finite verb continues the participle before it, and a gerund after "after" or
"before" in a passive clause is done by the passive subject, not by the agent."""

from __future__ import annotations

import pytest
from speaker_samples import speaker_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ann Ruiz pushed back on those claims Thursday, saying that the bill had the "
        "right security parts but was blocked by voter distrust - and arguing that she and "
        "Baker shared almost all the same views.",
        "When Ms. Ruiz did take on Mr. Baker, she did it sideways, acknowledging that Mr. Baker "
        "had tapped into a vein but arguing that she and Baker shared almost all the same views.",
    ],
)
def test_a_participle_conjunct_continues_the_participle_before_it(text: str) -> None:
    assert speaker_of(text, "shared almost all") in ("Ann Ruiz", "Ruiz")


def test_a_compared_participle_is_not_a_continued_one() -> None:
    text = (
        "Ms. Ruiz's aides are pressing Mr. Tom Baker to run on issues rather than continuing to "
        "attack Ms. Ruiz's ties to the banks."
    )
    assert speaker_of(text, "ties to the banks") in ("Tom Baker", "Baker")


@pytest.mark.parametrize(
    "text",
    [
        "Comedian Ann Ruiz was booed and shouted down by Tom Baker supporters after telling "
        "the crowd that they were being ridiculous.",
        "The senator was criticized by reporters after saying that they were being ridiculous.",
    ],
)
def test_a_gerund_after_a_passive_clause_is_done_by_its_subject(text: str) -> None:
    assert speaker_of(text, "being ridiculous") in ("Comedian Ann Ruiz", "The senator")


def test_a_gerund_after_by_in_a_passive_clause_is_the_unnamed_agents() -> None:
    text = (
        "Their hostility is often justified by arguing that the newcomers are incompatible "
        "with the values of the town."
    )
    assert speaker_of(text, "incompatible") is None
