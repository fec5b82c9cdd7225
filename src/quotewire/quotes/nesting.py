"""Belief, plan and stance frames set inside what another frame reports.

"Trump said he *wants* to build a wall" holds two frames: "said" reports "he wants to build a
wall", and "wants" reports "to build a wall". PolNeAR annotates the outer attribution and, far
less often, the inner one (in the gold files no two annotated contents ever overlap): on train
articles held out from lexicon training, a non-speech frame whose cue lies inside a speech
frame's reported clause matched an annotation about one time in six, against one in two for
non-speech frames elsewhere. The same holds inside a belief or plan frame's content ("voters
*expect* Clinton to *win*"; dropping those inner frames gained 0.4-0.6 detection F1 on two
train slices). Its learned prior (counted over all its uses) overrates such a frame, so it
must clear a threshold of its own (``nested`` in ``cues.toml``, chosen on those held-out
articles), unless it reports a quotation, which is its own source's words."""

from __future__ import annotations

from bisect import bisect_right

from quotewire.quotes.cues import CueLexicon
from quotewire.quotes.frames import Frame
from quotewire.quotes.marks import QuotedSpan


def without_nested_beliefs(
    frames: list[Frame], lexicon: CueLexicon, quoted: list[QuotedSpan]
) -> list[Frame]:
    """``frames`` less the non-speech frames whose prior is below the nested threshold and
    whose cue lies in a speech frame's content, or in another frame's content unless the cue
    is conjoined to a verb there (the parser may hang "... *and proposed* a safe zone" on the
    last verb of the clause before) or what they report holds a quotation ("the plan aims to
    end what Mr. Hedge *called* "the prior economy model""): quoted words are the inner
    source's own, and PolNeAR credits them to it."""
    in_speech = _Contents([f for f in frames if _reports_speech(f, lexicon)])
    in_any = _Contents(frames)
    kept = []
    for frame in frames:
        if not _reports_speech(frame, lexicon) and frame.prior < lexicon.nested_threshold:
            if in_speech.holds(frame.cue.idx) and not _quotes(frame, quoted):
                continue
            own = frame.cue.dep_ == "conj" or _quotes(frame, quoted)
            if in_any.holds(frame.cue.idx) and not own:
                continue
        kept.append(frame)
    return kept


class _Contents:
    """Fast test of whether an offset lies in the content of any of some frames (contents may
    nest or overlap)."""

    def __init__(self, frames: list[Frame]) -> None:
        spans = sorted(f.content for f in frames if f.content is not None)
        self.starts = [start for start, _ in spans]
        self.ends = _running_max([end for _, end in spans])

    def holds(self, offset: int) -> bool:
        i = bisect_right(self.starts, offset) - 1
        return i >= 0 and offset < self.ends[i]


def outside_transcript_turns(frames: list[Frame], turns: list[Frame]) -> list[Frame]:
    """``frames`` less those whose cue lies in a transcript turn ("PENCE: Well, I *think* the
    whole nation ..."): the turn is the speaker's own words, like a quotation, whose cues the
    pipeline skips (none of 12 such frames matched an annotation on held-out train)."""
    spans = [turn.content for turn in turns if turn.verbatim and turn.content is not None]
    if not spans:
        return frames
    return [f for f in frames if not any(start <= f.cue.idx < end for start, end in spans)]


def _quotes(frame: Frame, quoted: list[QuotedSpan]) -> bool:
    """Whether ``frame``'s content overlaps quoted text."""
    if frame.content is None:
        return False
    start, end = frame.content
    return any(q.start < end and start < q.end for q in quoted)


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
