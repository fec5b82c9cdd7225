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
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from quotewire.nlp.punctuation import DASH_OR_HYPHEN_CHARACTERS, WORD_EDGE_MARKS
from quotewire.quotes.beside import LOOK_BACK
from quotewire.quotes.cues import load_cue_lexicon
from quotewire.quotes.frame_repair import RELATIVE_WORDS, SourceRepair
from quotewire.quotes.frames import Frame, find_speaker
from quotewire.quotes.introductions import colon_clause_source, sentence_before_source
from quotewire.quotes.marks import QuotedSpan
from quotewire.quotes.occasion_quotes import (
    is_not_cue_object,
    is_reported_before,
    is_title_after_occasion,
)
from quotewire.quotes.sources import after_comma
from quotewire.quotes.uncredited_sources import credits_source
from quotewire.quotes.verbatim import verbatim_source
from quotewire.speakers.inherited import experiencer_source, is_raising
from quotewire.speakers.lexicon import load_people_lexicon
from quotewire.types import QuoteKind

_SENTENCE_LIKE_WORDS = 5
_QUOTABLE_WORDS = 3
_SHORT_SENTENCE_WORDS = 4
_SENTENCE_BOUNDARY = ',.!?:;"”’»)' + DASH_OR_HYPHEN_CHARACTERS
_CONTINUE_PARAGRAPHS = 2
_TIMES = ("DATE", "TIME")
_FREE_RELATIVES = ("what", "whatever")  # the subject of a clause that names a thing
_GOVERNING_LOOK_BACK = 3  # statements before a continued one whose cue may govern its cue
_BEFORE_VERB = re.compile(r"[^.!?\"“”«»\n]{1,80}$")
_VERBLOOK_BACK = 80
_GOVERNING_PRIOR = 0.6  # any verb whose complement is a quotation
_SENTENCE_END_WORD = re.compile(r"[A-Za-z][a-z'’-]{3,}\.$")


@dataclass(slots=True)
class Statement:
    """A statement found in the text, before speakers are resolved."""

    start: int
    end: int
    kind: QuoteKind
    frame: Frame | None
    group: int
    link: str  # "clause", "beside", "object", "verb", "continues", "headline", "none"


class _Linker(SourceRepair):
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

    def group_of(self, frame: Frame | None) -> int:
        """One attribution per cue word: the two halves of a clause split by its cue ("The
        plant, she said, is closing") are two frames on one cue."""
        key = frame.cue.i if frame is not None else -len(self.statements) - 1
        if key not in self.groups:
            self.groups[key] = len(self.groups)
        return self.groups[key]

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
            frame = self.frame_after(q) if self.opens_sentence(q) else None
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

    # step 3, any verb
    def link_governing_verbs(self) -> None:
        """A quotation right after a verb, whatever the verb ('a man yelled "Stay there!"', 'is
        labeling Obama's actions "a blatant abuse of power."', 'Beck joked, again using an
        accent, "Amen!"'): the verb's subject said it. Only speech-like quotations, so that
        quoted terms stay unattributed."""
        self._link_speech_like(self.subject_before)

    def link_colon_clauses(self) -> None:
        """A speech-like quotation after a whole clause ending in a colon: the clause's subject
        said it, whatever its verb (:mod:`~quotewire.quotes.introductions`)."""
        people = load_people_lexicon()

        def clause_source(q: QuotedSpan) -> tuple[Token, Token] | None:
            colon = self.colon_before(q)
            if colon is None:
                return None
            return colon_clause_source(self.doc, colon, self.is_quoted, people)

        self._link_speech_like(clause_source)

    def _link_speech_like(self, source: Callable[[QuotedSpan], tuple[Token, Token] | None]) -> None:
        """Each unclaimed speech-like quotation for which ``source`` finds a (verb, speaker)
        becomes a direct statement of that speaker."""
        for i, q in enumerate(self.quoted):
            if i in self.claimed or not self.speech_like(q):
                continue
            found = source(q)
            if found is None:
                continue
            verb, speaker = found
            speaker = experiencer_source(verb) or speaker
            frame = Frame(verb, [verb], speaker, None, _GOVERNING_PRIOR)
            self.claimed[i] = self.add(
                Statement(q.start, q.end, "direct", frame, self.group_of(frame), "verb")
            )

    def link_verbatim(self) -> None:
        """A quotation right after a verb that takes words verbatim, however short
        (:mod:`~quotewire.quotes.verbatim`)."""
        for i, q in enumerate(self.quoted):
            found = None if i in self.claimed else verbatim_source(self.doc, q.open)
            if found is not None:
                frame = Frame(found[0], [found[0]], found[1], None, _GOVERNING_PRIOR)
                statement = Statement(q.start, q.end, "direct", frame, self.group_of(frame), "verb")
                self.claimed[i] = self.add(statement)

    def colon_before(self, q: QuotedSpan) -> int | None:
        """The offset of a colon right before the opening mark, or ending the paragraph before
        when the quotation opens its own."""
        index = self.paragraph_of(q.open)
        start = self.paragraphs[index][0]
        before = self.text[start : q.open].rstrip()
        if not before and index > 0:
            start, end = self.paragraphs[index - 1]
            before = self.text[start:end].rstrip()
        return start + len(before) - 1 if before.endswith(":") else None

    def subject_before(self, q: QuotedSpan) -> tuple[Token, Token] | None:
        """A verb and its subject in the clause-like stretch of text before the opening mark
        (no sentence end or other quotation between). The small parser often hangs such a
        verb wrongly, so a noun written just before the verb counts as its subject too, and
        a subject found further up the parse must lie in the stretch."""
        end = q.open
        index = self.paragraph_of(q.open)
        if self.opens_paragraph(q) and index > 0:
            # 'Cruz called them on it:' ending the paragraph before
            before = self.text[self.paragraphs[index - 1][0] : self.paragraphs[index - 1][1]]
            if not before.rstrip().endswith(":"):
                return None
            end = self.paragraphs[index - 1][0] + len(before.rstrip()) - 1
        lead = _BEFORE_VERB.search(self.text, max(0, end - _VERBLOOK_BACK), end)
        if lead is None:
            return None
        span = self.doc.char_span(lead.start(), end, alignment_mode="contract")
        if span is None:
            return None
        last = next((t for t in reversed(span) if not t.is_punct and not t.is_space), None)
        subject_last = last is not None and last.pos_ in ("PRON", "NOUN", "PROPN")
        if subject_last and last.dep_ in ("nsubj", "nsubjpass"):
            return None  # 'because he "did not ...': the quotation is his clause's predicate
        verbs = [t for t in span if t.pos_ == "VERB" and not self.subordinate(t, span)]
        for verb in reversed(verbs):
            subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
            if subject is not None and subject.lower_ in _FREE_RELATIVES:
                continue  # 'Clinton has since apologized for what *happened*: "..."'
            if subject is not None and not self.is_quoted(subject.idx):
                same = self.paragraph_of(subject.idx) == self.paragraph_of(verb.idx)
                if same and subject.lower_ not in RELATIVE_WORDS:
                    return verb, subject  # the verb's own subject, however far before
            before = verb.i - 1
            while before >= span.start and verb.doc[before].tag_ == "RB":
                before -= 1
            if subject is None and before >= span.start:
                candidate = verb.doc[before]
                # a time is no one: 'released a statement Thursday *night* condemning "..."'
                timed = candidate.ent_type_ in _TIMES
                if candidate.pos_ in ("NOUN", "PROPN", "PRON") and not timed:
                    subject = candidate
            after = verb.i + 1
            while subject is None and after < span.end and verb.doc[after].pos_ == "PROPN":
                after += 1  # inverted: 'Continued Stone: "...'
                if after == span.end or verb.doc[after].pos_ != "PROPN":
                    subject = verb.doc[after - 1]
            if subject is not None and subject.i >= span.start:
                return verb, subject
        if not verbs:
            return None
        verb = verbs[-1]
        speaker = find_speaker(verb)
        if speaker is None or speaker.i >= span.end:
            return None
        if span.start <= speaker.i:
            return verb, speaker  # the agent too: 'is exemplified by this finding: "..."'
        far = after_comma(verb) and speaker.sent == verb.sent and not self.is_quoted(speaker.idx)
        # a participle after a comma speaks for its clause's subject, however far before
        # ('Carson shared a syllabus for a class called "Perception" on his Facebook page,
        # writing "Allow me ..."')
        return (verb, speaker) if far else None

    def subordinate(self, verb: Token, span: Span) -> bool:
        """A raising verb, whose subject shows rather than says, or a verb completing one: in
        'As Joel Pollak reported after the FBI *appears* to have *abandoned* the crime scene:
        "..."' the quotation is Pollak's, not the FBI's."""
        if is_raising(verb):
            return True
        if verb.dep_ in ("xcomp", "conj") and span.start <= verb.head.i < verb.i:
            return self.subordinate(verb.head, span)
        return False

    def spoken(self, q: QuotedSpan) -> str:
        """The quotation's words without trailing space and nested closing marks."""
        return self.text[q.start : q.end].rstrip(" '\"”’")

    def speech_like(self, q: QuotedSpan) -> bool:
        """A sentence, or an exclamation or question ('"Stay there!"'); a short quoted phrase
        ending in a comma or full stop after a verb is more often a term it uses."""
        content = self.spoken(q)
        if self.sentence_like(q) or (self.quotable(q) and content[-1:] in "!?"):
            return True
        short_sentence = len(content.split()) >= _SHORT_SENTENCE_WORDS and content[-1:] == "."
        return short_sentence and content[:1].isupper() and self.quotable(q)

    # step 4
    def link_rest(self) -> None:
        attributed = sorted(
            (s for s in self.statements if self.goes_on(s)), key=_attribution_position
        )
        positions = [_attribution_position(s) for s in attributed]
        for i, q in enumerate(self.quoted):
            if i in self.claimed:
                continue
            j = bisect_left(positions, q.open) - 1
            previous = _reporting_statement(attributed, j) if j >= 0 else None
            if not (self.sentence_like(q) or self.short_sentence_after(q, previous)):
                continue
            found = self.sentence_before_source(q, previous)
            if found is not None:
                verb, speaker = found
                frame = Frame(verb, [verb], speaker, None, _GOVERNING_PRIOR)
                statement = Statement(q.start, q.end, "direct", frame, self.group_of(frame), "verb")
                self.claimed[i] = self.add(statement)
                attributed.insert(j + 1, statement)
                positions.insert(j + 1, _attribution_position(statement))
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
                )
            else:
                statement = Statement(q.start, q.end, "direct", None, self.group_of(None), "none")
            self.claimed[i] = self.add(statement)

    def sentence_before_source(
        self, q: QuotedSpan, previous: Statement | None
    ) -> tuple[Token, Token] | None:
        """The subject of the sentence right before a quotation without a cue (in its
        paragraph, or ending the paragraph before one the quotation opens), when that sentence
        attributes nothing ('Valastro praised Christie's leadership. "We need someone ..."'):
        a named person, organisation, he or she."""
        index = self.paragraph_of(q.open)
        start = self.paragraphs[index][0]
        before = self.text[start : q.open].rstrip()
        if not before and index > 0:  # the quotation opens a paragraph after the sentence
            start, end = self.paragraphs[index - 1]
            before = self.text[start:end].rstrip()
        if not self.sentence_like(q) or not before or before[-1] not in ".!?":
            return None
        stop = start + len(before) - 1
        sentence_start = max(self.text.rfind(end, start, stop) for end in ".!?") + 1
        if previous is not None and _attribution_position(previous) >= max(start, sentence_start):
            return None  # that sentence attributes: its source goes on (link_rest)
        return sentence_before_source(self.doc, stop, self.is_quoted)

    def goes_on(self, statement: Statement) -> bool:
        """Whether a later quotation without a cue can continue this statement's source: any
        attributed quotation, or reported speech ('Smith said the plan would fail.')."""
        frame = statement.frame
        if frame is None or not credits_source(frame.cue, statement.kind):
            return False  # '... told Reuters when asked if he had met Trump. "He was ..."'
        return statement.kind != "indirect" or load_cue_lexicon().is_speech(frame.cue.lower_)

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
        ('"It's a home run," she said. "It draws people in."'), or standing as a paragraph of
        its own: the speaker goes on."""
        if previous is None:
            return False
        content = self.spoken(q)
        words = content.split()
        if not words or content[-1:] not in ".!?" or _looks_like_title(words):
            return False
        alone = (
            self.opens_paragraph(q) and not self.text[q.close : self.paragraph_end(q.open)].strip()
        )
        if alone and not q.single:  # single marks alone on a line are mostly subheadings
            return True
        if self.paragraph_of(q.open) != self.paragraph_of(previous.start):
            return False
        before = self.text[max(0, q.open - LOOK_BACK) : q.open].rstrip()
        return self.opens_sentence(q) and before[-1:] in ".!?"

    def sentence_like(self, q: QuotedSpan) -> bool:
        words = self.text[q.start : q.end].split()
        return len(words) >= _SENTENCE_LIKE_WORDS and not _looks_like_title(words)


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


def _reporting_statement(attributed: list[Statement], j: int) -> Statement:
    """The statement at ``attributed[j]``, or the quotation whose cue governs its cue: in
    '"...," Clinton said, with a passion that almost *suggested* that the question was out of
    line. "I did spend ..."' the clause of "suggested" hangs on "said", and the quotation after
    it goes on with Clinton's words, not with what her passion suggested."""
    previous = attributed[j]
    if previous.kind == "direct" or previous.frame is None:
        return previous
    cue = previous.frame.cue
    for earlier in reversed(attributed[max(0, j - _GOVERNING_LOOK_BACK) : j]):
        frame = earlier.frame
        if earlier.kind == "direct" and frame is not None and frame.cue.is_ancestor(cue):
            return earlier
    return previous


def _attribution_position(statement: Statement) -> int:
    """Where a statement's attribution was last read: its cue when the cue comes after the
    statement's start ('"...," Susan said' after a quotation attributed to someone else)."""
    frame = statement.frame
    return max(statement.start, frame.cue.idx) if frame is not None else statement.start


def _looks_like_title(words: list[str]) -> bool:
    """Most words capitalised, as in titles of works ("Saving Private Ryan", "Destiny and
    Power": the short words a title keeps in lower case are not counted). A full stop after a
    word of four letters or more ends a sentence, which a title does not hold ("Mr. Smith Goes
    to Washington" is one)."""
    if any(_SENTENCE_END_WORD.match(w) for w in words[:-1]):
        return False  # a sentence ends inside: '"Like Oakland. Or Ferguson," Trump said'
    minor = load_cue_lexicon().title_minor_words
    counted = [w for w in words if w.strip(WORD_EDGE_MARKS).lower() not in minor]
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
    linker.link_governing_verbs()
    linker.link_colon_clauses()
    linker.link_verbatim()
    linker.link_rest()
    return sorted(linker.statements, key=lambda s: s.start)
