"""Thirtieth round: quotations with no speaker or a pronoun for one
(speakers/inherited.py, speakers/coref.py): a name before an aside between dashes is the
subject of the verb after it; a "they" after people coordinated as a subject is those people
even when one of them is named again in between."""

from __future__ import annotations

import pytest
from speaker_samples import speaker_of, speaker_of_opening

pytestmark = pytest.mark.slow


def test_a_name_before_an_aside_between_dashes_is_the_subject() -> None:
    text = (
        "On his way out of the campaign, Mr. Grant - in a line that seemed squarely directed "
        "at Ms. Lopez's divisive brand of politics - declared that a governor must tend to all "
        "corners of the state."
    )
    assert speaker_of(text, "a governor must") == "Grant"


def test_they_after_a_coordinated_subject_named_again_in_between() -> None:
    text = (
        "Tom Baker and Ann Ruiz have used the harshest language about the tax, with Baker "
        'recently promising to "cut it in half." Yet they have offered no details about the '
        "budget."
    )
    assert speaker_of(text, "no details") == "Tom Baker"


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        pytest.param(
            "Senator Ann Ruiz has released a web video that accuses Governor Tom Baker of "
            "flip-flopping on taxes.",
            "flip-flopping",
            "Ann Ruiz",
            id="a message put out says what its issuer says",
        ),
        pytest.param(
            "But Ms. Ruiz showed no sign of backing down, releasing a statement that accused the "
            "council of using ''its power to block a fair vote.''",
            "its power",
            "Ruiz",
            id="a statement released, with a relative clause",
        ),
        pytest.param(
            "That, however, would require Democrats in Ohio to recognize that the new tax is "
            "not simply a right-wing fantasy.",
            "the new tax",
            "Democrats",
            id="require makes its object act",
        ),
        pytest.param(
            'The remark prompted the tabloid to run a cover saying "Don\'t be a Bum, Tom!"',
            "Bum",
            "the tabloid",
            id="an organisation noun made to act",
        ),
    ],
)
def test_an_issuer_or_a_made_object_is_the_source(text: str, fragment: str, speaker: str) -> None:
    assert speaker_of(text, fragment) == speaker


def test_a_message_only_passed_on_keeps_its_own_words() -> None:
    text = "Mayor Tom Baker cited a report that said the bridge was no longer safe for trucks."
    assert speaker_of_opening(text, "the bridge was") == "a report"
