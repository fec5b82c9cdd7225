"""Turn quoted spans and attribution frames into statements.

Decisions, in order:

1. A frame whose reported clause overlaps quoted text: if every letter of the clause is inside
   the marks, the quotations are direct quotes of that frame; otherwise the clause is one mixed
   statement that runs on to the closing mark ('noted that "these attacks ..."').
2. A quotation no frame reports is attributed by a cue right beside it: after the closing mark
   ('"...," Lavrov said'; '"...," said Lavrov') or before the opening mark ('Lavrov said: "';
   the second half of '"A," he said, "B."'). Both halves then share one attribution.
3. A cue verb whose object holds a short quotation makes a mixed statement ('called half of
   his supporters "deplorables"').
   A transcript turn ("PENCE: ...") is the speaker's own words: direct without marks.
4. A sentence-like quotation with no cue continues the nearest earlier quotation of the same
   or the previous paragraph (the quoted speaker goes on talking); with none, it is kept
   unattributed. Quotations that are not sentence-like (scare quotes, terms, titles of works)
   are not statements.
5. A frame with a clause and no quotation is an indirect statement.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc

from quotewire.nlp.docs import doc_text
from quotewire.quotes.cues import load_cue_lexicon
from quotewire.quotes.frames import Frame
from quotewire.quotes.marks import QuotedSpan
from quotewire.types import QuoteKind

_AFTER_CLOSE = re.compile(r"[\s,.!?—–-]*[^.!?\"“”«»\n]{0,60}")
_BEFORE_OPEN = re.compile(r"[^.!?\"“”«»\n]{0,40}?[,:—–-]?\s*(?:that\s*)?")
_SENTENCE_LIKE_WORDS = 5
_QUOTABLE_WORDS = 3
_SENTENCE_BOUNDARY = ',.!?:;"”’»—–-)'
_CONTINUE_PARAGRAPHS = 2
_LOOK_BACK = 40  # characters read before an opening mark (a "said." or a closing mark)
_TITLE_PUNCT = ",.:;!?'\"“”‘’"


@dataclass(slots=True)
class Statement:
    """A statement found in the text, before speakers are resolved."""

    start: int
    end: int
    kind: QuoteKind
    frame: Frame | None
    group: int
    link: str  # "clause", "beside", "object", "continues", "headline", "none"
    follows: Statement | None = None


class _Linker:
    def __init__(
        self,
        doc: Doc,
        quoted: list[QuotedSpan],
        frames: list[Frame],
        paragraphs: list[tuple[int, int]],
    ) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.quoted = quoted
        self.opens = [q.open for q in quoted]
        self.frames = sorted(frames, key=lambda f: f.cue.idx)
        self.cue_starts = [f.cue.idx for f in self.frames]
        self.paragraph_starts = [a for a, _ in paragraphs]
        self.paragraphs = paragraphs
        self.claimed: dict[int, Statement] = {}
        self.statements: list[Statement] = []
        self.groups: dict[int, int] = {}

    def paragraph_of(self, offset: int) -> int:
        return bisect_right(self.paragraph_starts, offset) - 1

    def group_of(self, frame: Frame | None) -> int:
        """One attribution per cue word: the two halves of a clause split by its cue ("The
        plant, she said, is closing") are two frames on one cue."""
        key = frame.cue.i if frame is not None else -len(self.statements) - 1
        if key not in self.groups:
            self.groups[key] = len(self.groups)
        return self.groups[key]

    def overlapping(self, start: int, end: int) -> list[int]:
        """Indices of quoted spans overlapping [start, end)."""
        i = max(0, bisect_left(self.opens, start) - 1)
        found = []
        while i < len(self.quoted) and self.quoted[i].open < end:
            q = self.quoted[i]
            if q.close > start and q.open < end:
                found.append(i)
            i += 1
        return found

    def letters_outside(self, start: int, end: int, spans: list[int]) -> int:
        count = 0
        for offset in range(start, end):
            if self.text[offset].isalpha() and not any(
                self.quoted[i].open <= offset < self.quoted[i].close for i in spans
            ):
                count += 1
        return count

    def add(self, statement: Statement) -> Statement:
        self.statements.append(statement)
        return statement

    # step 1 and 5
    def link_clauses(self) -> None:
        for frame in self.frames:
            if frame.content is None:
                continue
            start, end = frame.content
            spans = [i for i in self.overlapping(start, end) if i not in self.claimed]
            if not spans:
                kind: QuoteKind = "direct" if frame.verbatim else "indirect"
                self.add(Statement(start, end, kind, frame, self.group_of(frame), "clause"))
                continue
            if self.letters_outside(start, end, spans) == 0:
                for i in spans:
                    q = self.quoted[i]
                    self.claimed[i] = self.add(
                        Statement(q.start, q.end, "direct", frame, self.group_of(frame), "clause")
                    )
                continue
            end = max(end, max(self.quoted[i].close for i in spans))
            start = min(start, min(self.quoted[i].open for i in spans))
            statement = self.add(
                Statement(start, end, "mixed", frame, self.group_of(frame), "clause")
            )
            for i in spans:
                self.claimed[i] = statement

    # step 2
    def frame_after(self, q: QuotedSpan) -> Frame | None:
        i = bisect_left(self.cue_starts, q.close)
        if i >= len(self.frames):
            return None
        frame = self.frames[i]
        gap = self.text[q.close : frame.cue.idx]
        if self.paragraph_of(frame.cue.idx) != self.paragraph_of(q.close - 1):
            return None
        if not _AFTER_CLOSE.fullmatch(gap) or frame.speaker is None:
            return None
        if self.text[q.close - 2 : q.close - 1] in ".!?" and frame.speaker.idx > frame.cue.idx:
            return frame  # '"... ." said Smith' is still attributed
        return frame

    def frame_before(self, q: QuotedSpan) -> tuple[Frame | None, bool]:
        i = bisect_left(self.cue_starts, q.open) - 1
        if i < 0:
            return None, False
        frame = self.frames[i]
        cue_end = frame.cue_char[1]
        gap = self.text[cue_end : q.open]
        same_paragraph = self.paragraph_of(cue_end) == self.paragraph_of(q.open)
        if not same_paragraph:
            colon_ended = gap.strip() == "" or gap.strip().endswith(":")
            if not (colon_ended and self.text[cue_end : q.open].rstrip().endswith(":")):
                return None, False
            return frame, False
        if not _BEFORE_OPEN.fullmatch(gap) or frame.speaker is None:
            return None, False
        return frame, gap.rstrip().endswith("that")

    def link_beside(self) -> None:
        for i, q in enumerate(self.quoted):
            if i in self.claimed or not self.quotable(q):
                continue
            frame = self.frame_after(q) if self.opens_sentence(q) else None
            mixed = False
            if frame is None:
                frame, mixed = self.frame_before(q)
            if frame is None:
                continue
            if mixed:
                start = self.text.rindex("that", 0, q.open)
                statement = Statement(
                    start, q.close, "mixed", frame, self.group_of(frame), "beside"
                )
            else:
                statement = Statement(
                    q.start, q.end, "direct", frame, self.group_of(frame), "beside"
                )
            self.claimed[i] = self.add(statement)

    # step 3
    def link_objects(self) -> None:
        for i, q in enumerate(self.quoted):
            if i in self.claimed:
                continue
            tokens = self.doc.char_span(q.start, q.end, alignment_mode="expand")
            if tokens is None or len(tokens) == 0:
                continue
            head = tokens.root
            for ancestor in head.ancestors:
                if self.paragraph_of(ancestor.idx) != self.paragraph_of(head.idx):
                    break
                frame = self._frame_at(ancestor.idx)
                if frame is None:
                    if ancestor.pos_ == "VERB":
                        break
                    continue
                rights = [t for c in ancestor.rights if c.dep_ != "punct" for t in c.subtree]
                if not rights or frame.speaker is None or frame.speaker.is_ancestor(head):
                    break  # a quotation inside the source's description is not its words
                start = min(t.idx for t in rights)
                end = max(q.close, max(t.idx + len(t.text) for t in rights))
                self.claimed[i] = self.add(
                    Statement(start, end, "mixed", frame, self.group_of(frame), "object")
                )
                break

    def _frame_at(self, offset: int) -> Frame | None:
        i = bisect_left(self.cue_starts, offset)
        if i < len(self.frames) and self.cue_starts[i] == offset:
            return self.frames[i]
        return None

    # step 4
    def link_rest(self) -> None:
        attributed = sorted(
            (s for s in self.statements if s.kind != "indirect" and s.frame is not None),
            key=lambda s: s.start,
        )
        starts = [s.start for s in attributed]
        for i, q in enumerate(self.quoted):
            if i in self.claimed:
                continue
            j = bisect_left(starts, q.open) - 1
            previous = attributed[j] if j >= 0 else None
            if not (self.sentence_like(q) or self.short_sentence_after(q, previous)):
                continue
            near = previous is not None and (
                self.paragraph_of(q.open) - self.paragraph_of(previous.start)
                <= _CONTINUE_PARAGRAPHS - 1
            )
            if near and previous is not None:
                statement = Statement(
                    q.start,
                    q.end,
                    "direct",
                    previous.frame,
                    self.group_of(None),
                    "continues",
                    previous,
                )
            else:
                statement = Statement(q.start, q.end, "direct", None, self.group_of(None), "none")
            self.claimed[i] = self.add(statement)

    def quotable(self, q: QuotedSpan) -> bool:
        """Long enough, or punctuated like speech ("Thank you," she said), to be a quotation
        rather than a quoted term; not a title of a work ("Last Week Tonight,")."""
        content = self.text[q.start : q.end].rstrip()
        words = content.split()
        if not words or _looks_like_title(words):
            return False
        return len(words) >= _QUOTABLE_WORDS or content[-1:] in ".!?,"

    def opens_sentence(self, q: QuotedSpan) -> bool:
        """Whether a quotation stands where a sentence starts: a '"...," she said' quotation
        does; a quoted phrase inside someone else's sentence ('criticized him for "lying."')
        does not."""
        paragraph = self.paragraphs[self.paragraph_of(q.open)]
        gap = self.text[paragraph[0] : q.open]
        before = gap.rstrip()
        return not before or before[-1] in _SENTENCE_BOUNDARY or "\n" in gap[len(before) :]

    def short_sentence_after(self, q: QuotedSpan, previous: Statement | None) -> bool:
        """A short quoted sentence right after an attributed quotation of the same paragraph
        ('"It's a home run," she said. "It draws people in."'): the speaker goes on."""
        if previous is None or self.paragraph_of(q.open) != self.paragraph_of(previous.start):
            return False
        content = self.text[q.start : q.end].rstrip(" '\"”’")
        words = content.split()
        if not words or content[-1:] not in ".!?" or _looks_like_title(words):
            return False
        before = self.text[max(0, q.open - _LOOK_BACK) : q.open].rstrip()
        return self.opens_sentence(q) and before[-1:] in ".!?"

    def sentence_like(self, q: QuotedSpan) -> bool:
        words = self.text[q.start : q.end].split()
        return len(words) >= _SENTENCE_LIKE_WORDS and not _looks_like_title(words)


def _looks_like_title(words: list[str]) -> bool:
    """Most words capitalised, as in titles of works ("Saving Private Ryan", "Destiny and
    Power": the short words a title keeps in lower case are not counted)."""
    minor = load_cue_lexicon().title_minor_words
    counted = [w for w in words if w.strip(_TITLE_PUNCT).lower() not in minor]
    capitalised = sum(w[:1].isupper() for w in counted)
    return len(words) > 1 and capitalised >= 0.8 * len(counted)


def link_statements(
    doc: Doc,
    quoted: list[QuotedSpan],
    frames: list[Frame],
    paragraphs: list[tuple[int, int]],
) -> list[Statement]:
    """Statements in text order (see the module docstring for the rules)."""
    linker = _Linker(doc, quoted, frames, paragraphs)
    linker.link_clauses()
    linker.link_beside()
    linker.link_objects()
    linker.link_rest()
    return sorted(linker.statements, key=lambda s: s.start)
