"""Telling speech cues ("said", "told", "according to") from other attributions.

PolNeAR annotates beliefs, intentions and findings ("believes", "plans", "shows") as well as
speech; scores "for speech cues only" leave those out so they compare with speech-only tools.
"""

from __future__ import annotations

import re

from quotewire.evaluate.lexicon import eval_lexicon

_WORD = re.compile(r"[a-z]+")


def is_speech_cue(cue: str | None) -> bool:
    """True when ``cue`` is a verb or phrase of communication (or an introducing colon/dash)."""
    if not cue:
        return False
    lexicon = eval_lexicon()
    cue = cue.strip().lower().replace("’", "'")
    if cue in lexicon.speech_marks:
        return True
    if any(phrase in cue for phrase in lexicon.speech_phrases):
        return True
    return any(word in lexicon.speech_words for word in _WORD.findall(cue))
