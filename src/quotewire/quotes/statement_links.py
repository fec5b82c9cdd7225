"""Statements as the linker finds them, and the record of which quotation each one claims.

:class:`StatementLinks` is the state the linker's steps (:mod:`~quotewire.quotes.linking`,
:mod:`~quotewire.quotes.verbs_before_quotations`,
:mod:`~quotewire.quotes.continued_quotations`) share: the statements added so far, the
quotations they claimed, and one attribution group per cue word.
"""

from __future__ import annotations

from dataclasses import dataclass

from quotewire.quotes.beside import QuoteLayout
from quotewire.quotes.frames import Frame
from quotewire.types import QuoteKind


@dataclass(slots=True)
class Statement:
    """A statement found in the text, before speakers are resolved."""

    start: int
    end: int
    kind: QuoteKind
    frame: Frame | None
    group: int
    link: str  # "clause", "beside", "object", "verb", "continues", "headline", "none"


class StatementLinks(QuoteLayout):
    """The statements linked so far (set up by the linker's ``__init__``)."""

    claimed: dict[int, Statement]
    statements: list[Statement]
    groups: dict[int, int]

    def group_of(self, frame: Frame | None) -> int:
        """One attribution per cue word: the two halves of a clause split by its cue ("The
        plant, she said, is closing") are two frames on one cue."""
        key = frame.cue.i if frame is not None else -len(self.statements) - 1
        if key not in self.groups:
            self.groups[key] = len(self.groups)
        return self.groups[key]

    def add(self, statement: Statement) -> Statement:
        self.statements.append(statement)
        return statement
