"""Turn quoted spans and attribution frames into statements.

Decisions, in order:

1. A frame whose reported clause overlaps quoted text: if every letter of the clause is inside
   the marks, the quotations are direct quotes of that frame; otherwise the clause is one mixed
   statement that runs on to the closing mark ('noted that "these attacks ..."'). A frame whose
   source the parse put inside a quotation, before it, or nowhere takes the name written after
   the closing mark before its cue (:mod:`~quotewire.quotes.trailing`); a frame still without
   a source inherits one from the clause around its cue
   (:mod:`~quotewire.speakers.inherited`: "distanced himself by saying ..."). These re-readings
   of a frame's source are :mod:`~quotewire.quotes.frame_repair`.
2. A quotation no frame reports is attributed by a cue right beside it: after the closing mark
   ('"...," Lavrov said'; '"...," said Lavrov'; any verb: '"...?" Vitter demanded.'), a name
   and a colon ('Carl Bialik: "'), or before the opening mark ('Lavrov said: "'; the second half
   of '"A," he said, "B."'; 'He said:' ending the paragraph before). Both halves then share one
   attribution. A cue followed by its own quotation ('"A." Smith added, "B."') does not take the
   quotation before it. The reading beside the marks is :mod:`~quotewire.quotes.beside`.
3. A cue verb whose object holds a short quotation makes a mixed statement ('called half of
   his supporters "deplorables"'); it takes the place of the cue's clause that stopped right
   before the quotation ('criticized X for not acting wisely "by not responding ..."').
   Then any verb right before a speech-like quotation makes its subject the source ('a man
   yelled "Stay there!"'), and so does a whole clause ending in a colon ('Bush broke down
   what was wrong with the ad: "..."', :mod:`~quotewire.quotes.introductions`).
   A transcript turn ("PENCE: ...") is the speaker's own words: direct without marks.
4. A sentence-like quotation with no cue right after a sentence that attributes nothing is the
   words of that sentence's subject, when it is a name, he or she ('Valastro praised the
   governor. "We need someone ..."'). Otherwise it continues the source of the nearest earlier
   attribution (by where its cue was read) in the same or the previous paragraph: the quoted
   speaker goes on; with none, it is kept unattributed. Quotations that are not sentence-like
   (scare quotes, terms, titles of works) are not statements.
5. A frame with a clause and no quotation is an indirect statement.

Steps 1, 2 and the cue objects of step 3 are here; step 3's any verb, colon clause and verbatim
passes are :mod:`~quotewire.quotes.verbs_before_quotations`, step 4 is
:mod:`~quotewire.quotes.continued_quotations`, over the statements found so far
(:mod:`~quotewire.quotes.statement_links`) and the quotations' shapes (speech, terms, titles:
:mod:`~quotewire.quotes.quotation_shapes`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotewire.quotes.continued_quotations import ContinuedQuotations
from quotewire.quotes.copula_frames import is_borrowed_wording
from quotewire.quotes.frame_repair import SourceRepair
from quotewire.quotes.frames import Frame
from quotewire.quotes.marks import QuotedSpan
from quotewire.quotes.occasion_quotes import (
    is_not_cue_object,
    is_reported_before,
    is_title_after_occasion,
)
from quotewire.quotes.statement_links import Statement
from quotewire.quotes.verbs_before_quotations import VerbsBeforeQuotations
from quotewire.types import QuoteKind


class _Linker(SourceRepair, VerbsBeforeQuotations, ContinuedQuotations):
    """The linker's state and its steps 1, 2 and the first of 3; steps 3's later passes and 4
    are the mixins' (:mod:`~quotewire.quotes.verbs_before_quotations`,
    :mod:`~quotewire.quotes.continued_quotations`)."""

    def __init__(
        self,
        doc: Doc,
        quoted: list[QuotedSpan],
        frames: list[Frame],
        paragraphs: list[tuple[int, int]],
    ) -> None:
        super().__init__(doc, quoted, paragraphs)
        self.frames = sorted((self.repaired(f) for f in frames), key=lambda f: f.cue.idx)
        self.cue_starts = [f.cue.idx for f in self.frames]
        self.claimed: dict[int, Statement] = {}
        self.statements: list[Statement] = []
        self.groups: dict[int, int] = {}

    def letters_outside(self, start: int, end: int, spans: list[int]) -> int:
        """The letters of ``text[start:end]`` outside the quoted ``spans`` (indices into
        ``quoted``), counted over the stretches between them rather than offset by offset."""
        covered = sorted(
            (max(q.open, start), min(q.close, end))
            for q in (self.quoted[i] for i in spans)
            if q.open < end and q.close > start
        )
        count = 0
        position = start
        for open_, close in covered:
            if open_ > position:
                count += sum(map(str.isalpha, self.text[position:open_]))
            position = max(position, close)
        if position < end:
            count += sum(map(str.isalpha, self.text[position:end]))
        return count

    # step 1 and 5
    def link_clauses(self) -> None:
        for frame in self.frames:
            if frame.content is None:
                continue
            start, end = frame.content
            spans = [i for i in self.overlapping(start, end) if i not in self.claimed]
            if any(self.credited_after(frame, self.quoted[i]) for i in spans):
                continue  # 'polls did predict the caucus - HuffPollster: "..."': the credit's
            if not spans:
                kind: QuoteKind = "direct" if frame.verbatim else "indirect"
                self.add(Statement(start, end, kind, frame, self.group_of(frame), "clause"))
                continue
            if self.letters_outside(start, end, spans) == 0:
                quotations = [self.quoted[i] for i in spans]
                if all(is_title_after_occasion(frame.cue, q.open, q.close) for q in quotations):
                    continue  # 'said on CBS's "Face the Nation."': a programme, not words
                for i in spans:
                    q = self.quoted[i]
                    self.claimed[i] = self.add(
                        Statement(q.start, q.end, "direct", frame, self.group_of(frame), "clause")
                    )
                continue
            if is_borrowed_wording(self.doc, frame.cue, start, end):
                continue
            end = max(end, max(self.quoted[i].close for i in spans))
            start = min(start, min(self.quoted[i].open for i in spans))
            statement = self.add(
                Statement(start, end, "mixed", frame, self.group_of(frame), "clause")
            )
            for i in spans:
                self.claimed[i] = statement

    def credited_after(self, frame: Frame, q: QuotedSpan) -> bool:
        """Whether a name and colon between the cue and the quotation credit it instead."""
        credit = self.name_before_colon(q)
        return credit is not None and credit.speaker.i > frame.cue.i

    # step 2
    def link_beside(self) -> None:
        for i, q in enumerate(self.quoted):
            if i in self.claimed or not self.quotable(q):
                continue
            opens = self.opens_sentence(q) and not self.follows_as_clause(q)
            frame = self.frame_after(q) if opens else None
            mixed = False
            if frame is None:
                frame = self.name_before_colon(q)
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
                frame = self.frame_at(ancestor.idx)
                if frame is None:
                    if ancestor.pos_ == "VERB":
                        break
                    continue
                rights = _object_words(ancestor, head)
                if not rights or frame.speaker is None or frame.speaker.is_ancestor(head):
                    break  # a quotation inside the source's description is not its words
                if is_reported_before(frame.cue, head, q.open, q.close):  # '"..." wrote X'
                    group = self.group_of(frame)
                    direct = Statement(q.start, q.end, "direct", frame, group, "object")
                    self.claimed[i] = self.add(direct)
                if is_not_cue_object(frame.cue, head, q.open, q.close):
                    break
                start = min(t.idx for t in rights)
                end = max(q.close, max(t.idx + len(t.text) for t in rights))
                self.drop_clause_before(frame, q, start, end)
                self.claimed[i] = self.add(
                    Statement(start, end, "mixed", frame, self.group_of(frame), "object")
                )
                break

    def drop_clause_before(self, frame: Frame, q: QuotedSpan, start: int, end: int) -> None:
        """Forget the frame's unquoted clause that stopped right before the quotation ``q``
        that its object statement (``start``..``end``) runs on into and ends with ('criticized
        the government for not acting wisely "by not responding"'): the two are the same words
        said once. A clause further back ('mocked his rivals, talked over them and ...
        "guarantee"'), an object the parse ran on past the closing mark, or a quotation that
        is a clause of its own ('urged the public to co-operate, "please allow our ..."': the
        words themselves after the gist) leaves it."""
        if any(c.isalnum() for c in self.text[q.close : end]):
            return
        quoted = self.doc.char_span(q.start, q.end, alignment_mode="expand")
        if quoted is None or quoted.root.pos_ in ("VERB", "AUX"):
            return
        self.statements = [
            s
            for s in self.statements
            if not (
                s.frame is frame
                and s.link == "clause"
                and s.kind == "indirect"
                and start <= s.start
                and s.end <= q.open
                and not self.text[s.end : q.open].strip(" ,")
            )
        ]


def _object_words(verb: Token, quoted_head: Token) -> list[Token]:
    """The words after ``verb`` that its quoted object statement takes: its dependents on the
    right, up to a verb conjoined to it ('branded "overkill" the police assault*, and has
    referred to* ...'), which is a second predicate of the subject, not what the cue names
    (the learned frame of "called" stops at its object the same way). A quotation inside the
    conjoined phrase keeps the whole run."""
    children = [c for c in verb.rights if c.dep_ != "punct"]
    conjoined = next((c for c in children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")), None)
    if conjoined is not None and not conjoined.is_ancestor(quoted_head):
        children = [c for c in children if c.i < conjoined.i and c.dep_ != "cc"]
    return [t for c in children for t in c.subtree]


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
    linker.link_governing_verbs()
    linker.link_colon_clauses()
    linker.link_verbatim()
    linker.link_rest()
    return sorted(linker.statements, key=lambda s: s.start)
