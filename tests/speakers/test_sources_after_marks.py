"""Tenth round: sources the parser lost next to quotation marks: a name with a long title after
an inverted cue, a participle whose parsed subject is a quoted title that closed the clause
before it (quotes/linking.py), a title whose full stop the tokenizer split off
(speakers/mentions.py), and the subject of "is quoted as saying" (speakers/inherited.py)."""

from __future__ import annotations

import pytest
from speaker_samples import speaker_of


@pytest.mark.slow
def test_a_titled_name_after_an_inverted_cue_is_the_source() -> None:
    text = (
        "Democrats blasted Republicans for being sore losers. “Republicans are so frustrated "
        "with the FBI that they are now unloading on Secretary Clinton,” said Oversight ranking "
        'Democrat Elijah Cummings (D-Md.). "They are spending their final days here in '
        'Washington climbing all over each other."'
    )
    assert speaker_of(text, "so frustrated") == "Elijah Cummings"
    assert speaker_of(text, "final days") == "Elijah Cummings"


@pytest.mark.slow
def test_a_participle_after_a_quoted_title_speaks_for_the_clause_before() -> None:
    text = (
        "Former New York City Mayor Rudy Giuliani, who backs Trump, trashed Comey on MSNBC’s "
        "“Morning Joe,” calling it a “no-brainer” to prosecute under the statutory definition "
        "of the law."
    )
    assert speaker_of(text, "to prosecute") == "Rudy Giuliani"


@pytest.mark.slow
def test_a_title_whose_full_stop_the_tokenizer_split_off_gives_way_to_the_name() -> None:
    text = (
        "The proposal was not widely supported. “We are already at war with ISIL, and are "
        "already working to accelerate that campaign,” said Pentagon spokesman Navy Capt. "
        "Jeff Davis, who was asked about the need for a different war strategy."
    )
    assert speaker_of(text, "already at war") == "Jeff Davis"


@pytest.mark.slow
def test_the_subject_of_quoted_as_saying_said_it() -> None:
    text = (
        "In a memo, Trump data chief Matt Braynard described the method. “The respondents are "
        "pre-determined to be likely voters and are part of a balanced universe,” Braynard is "
        'quoted as saying. "Because we do not have to dial as much, we are in and out of the '
        'field faster."'
    )
    assert speaker_of(text, "The respondents") == "Matt Braynard"
    assert speaker_of(text, "dial as much") == "Matt Braynard"
