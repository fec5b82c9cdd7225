"""Hand-built gold records and predictions shared by the scorer's tests (no model needed)."""

from __future__ import annotations

from quotewire.evaluate import GoldQuote, GoldRecord
from quotewire.types import Mention, Quote

TEXT = (
    "Mayor Jane Doe said on Monday that the bridge would reopen in May.\n\n"
    '"We have fixed every crack," Doe told reporters. "Traffic will flow again."\n\n'
    "Critics believe the repairs were rushed.\n"
)


def gold_quote(fragment: str, kind: str, cue: str | None, speaker: str | None,
               mentions: tuple[str, ...] = ()) -> GoldQuote:  # fmt: skip
    start = TEXT.index(fragment)
    return GoldQuote(start, start + len(fragment), fragment, kind, speaker, mentions, cue)  # type: ignore[arg-type]


def predicted(fragment: str, kind: str, speaker: str | None = None, cue: str | None = None,
              mention: str | None = None) -> Quote:  # fmt: skip
    start = TEXT.index(fragment)
    speaker_mention = None
    if mention:
        at = TEXT.index(mention)
        speaker_mention = Mention(at, at + len(mention), mention)
    return Quote(start, start + len(fragment), fragment, kind, cue=cue, speaker=speaker,  # type: ignore[arg-type]
                 speaker_mention=speaker_mention)  # fmt: skip


GOLD = GoldRecord(
    id="bridge",
    text=TEXT,
    quotes=(
        gold_quote("that the bridge would reopen in May", "indirect", "said", "Jane Doe",
                   ("Mayor Jane Doe", "Doe")),
        gold_quote("We have fixed every crack,", "direct", "told", "Jane Doe", ("Doe",)),
        gold_quote("Traffic will flow again.", "direct", "told", "Jane Doe", ("Doe",)),
        gold_quote("the repairs were rushed", "indirect", "believe", "Critics", ("Critics",)),
    ),
)  # fmt: skip
