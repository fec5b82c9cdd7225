"""Quotation marks in Russian text: «…» with „…“ (or «…») nested inside, “…” and "…".

A quotation that runs over several paragraphs reopens each of them with « and closes only in
the last; :func:`scan_marks` returns it as one :class:`Marks` with a content piece per paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

OPEN = {"«": "»", "„": "“", "“": "”", '"': '"'}
SENTENCE_END = ".!?…"
MIN_WORDS_ALONE = 4  # a quote standing alone as a sentence has at least this many words
# Editorial text inside a quotation: «[ситуация]», «(… — ТАСС)».
_INSERTION = re.compile(r"\[[^\]]{1,200}\]|\((?:[^()]{1,200}?)\s[—–-]\s*[^()]{1,40}\)")


@dataclass(slots=True)
class Marks:
    """One top-level quotation: where its marks are and the content between them."""

    open: int
    close: int  # offset of the closing mark (the exclusive end of the content)
    content: list[tuple[int, int]] = field(default_factory=list)  # one piece per paragraph


def scan_marks(text: str, regions: list[tuple[int, int]]) -> list[Marks]:
    """Every top-level quotation in the ``regions`` (body paragraphs) of ``text``, in order."""
    found: list[Marks] = []
    carried: Marks | None = None
    for start, end in regions:
        if carried is not None and text[start] != "«":
            carried = None  # left open and not reopened by the next paragraph: not a quotation
        position = start
        while position < end:
            opens = text[position] in OPEN if carried is None else position == start
            if not opens:
                position += 1
                continue
            if carried is None:
                carried = Marks(position, -1)
            close = closing(text, position, end)
            if close is None:
                carried.content.append((position + 1, end))
                break
            carried.close = close
            carried.content.append((position + 1, close))
            found.append(carried)
            carried = None
            position = close + 1
    return found


def closing(text: str, open_at: int, end: int) -> int | None:
    """The mark closing the one at ``open_at``, counting nested «» and „“, before ``end``."""
    stack = [OPEN[text[open_at]]]
    for position in range(open_at + 1, end):
        char = text[position]
        if char == stack[-1]:
            stack.pop()
            if not stack:
                return position
        elif char in ("«", "„"):
            stack.append(OPEN[char])
    return None


def is_name(text: str, mark: Marks) -> bool:
    """«Скат», «Лаборатория Касперского»: a short capitalised name in marks, not words quoted."""
    content = " ".join(text[a:b] for a, b in mark.content).strip()
    words = content.split()
    return 0 < len(words) <= 3 and content[:1].isupper() and not content.endswith(("!", "?", "."))


def stands_alone(text: str, mark: Marks) -> bool:
    """A quote that is a whole sentence: after a sentence end or a paragraph start, 4+ words."""
    before = text[: mark.open].rstrip(" \u00a0")
    alone = not before or before[-1] in SENTENCE_END + "\n»"
    words = sum(len(text[a:b].split()) for a, b in mark.content)
    return alone and words >= MIN_WORDS_ALONE


def ends_its_sentence(text: str, mark: Marks) -> bool:
    """The quotation closes its sentence: a full stop, a paragraph end or the text's end
    follows the closing mark."""
    after = text[mark.close + 1 : mark.close + 2]
    return not after or after in SENTENCE_END + "\n"


def insertions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Editorial insertions inside ``[start, end)``."""
    return [m.span() for m in _INSERTION.finditer(text, start, end)]
