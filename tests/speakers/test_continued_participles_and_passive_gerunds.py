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
