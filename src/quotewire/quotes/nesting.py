"""Belief, plan and stance frames set inside what a speaker is reported to have said.

"Trump said he *wants* to build a wall" holds two frames: "said" reports "he wants to build a
wall", and "wants" reports "to build a wall". PolNeAR annotates the outer attribution and, far
less often, the inner one: on train articles held out from lexicon training, a non-speech
frame whose cue lies inside a speech frame's reported clause matched an annotation about one
time in six, against one in two for non-speech frames elsewhere. Its learned prior (counted
over all its uses) overrates it there, so such a frame must clear a threshold of its own
(``nested`` in ``cues.toml``, chosen on those held-out articles).
"""

from __future__ import annotations

from bisect import bisect_right

from quotewire.quotes.cues import CueLexicon
from quotewire.quotes.frames import Frame


def without_nested_beliefs(frames: list[Frame], lexicon: CueLexicon) -> list[Frame]:
    """``frames`` less the non-speech frames nested in a speech frame's content whose prior is
    below the nested threshold."""
    spans = sorted(
        frame.content
        for frame in frames
        if frame.content is not None and _reports_speech(frame, lexicon)
    )
    if not spans:
        return frames
    starts = [start for start, _ in spans]
    ends = _running_max([end for _, end in spans])
    kept = []
    for frame in frames:
        if not _reports_speech(frame, lexicon) and frame.prior < lexicon.nested_threshold:
            i = bisect_right(starts, frame.cue.idx) - 1
            if i >= 0 and frame.cue.idx < ends[i]:
                continue
        kept.append(frame)
    return kept


def outside_transcript_turns(frames: list[Frame], turns: list[Frame]) -> list[Frame]:
    """``frames`` less those whose cue lies in a transcript turn ("PENCE: Well, I *think* the
    whole nation ..."): the turn is the speaker's own words, like a quotation, whose cues the
    pipeline skips (none of 12 such frames matched an annotation on held-out train)."""
    spans = [turn.content for turn in turns if turn.verbatim and turn.content is not None]
    if not spans:
        return frames
    return [f for f in frames if not any(start <= f.cue.idx < end for start, end in spans)]


def _reports_speech(frame: Frame, lexicon: CueLexicon) -> bool:
    """A verb of saying or a phrase cue ("according to")."""
    form = frame.cue.lower_
    return lexicon.is_speech(form) or form in lexicon.phrase_heads


def _running_max(values: list[int]) -> list[int]:
    """Element ``i`` is the largest of ``values[: i + 1]``: the furthest end of any span that
    starts at or before the ``i``-th start (spans may nest or overlap)."""
    out, best = [], -1
    for value in values:
        best = max(best, value)
        out.append(best)
    return out
