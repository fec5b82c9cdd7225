"""Speech cues versus other attributions (beliefs, intentions, findings)."""

from __future__ import annotations

import pytest

from quotewire.evaluate.cues import is_speech_cue


@pytest.mark.parametrize(
    "cue", ["said", "told", "According to", "said at a briefing Monday", "has said", ":", "added:"]
)
def test_speech_cues(cue: str) -> None:
    assert is_speech_cue(cue)


@pytest.mark.parametrize("cue", ["believes", "plans", "is expected", "shows", "", None])
def test_other_attributions(cue: str | None) -> None:
    assert not is_speech_cue(cue)
