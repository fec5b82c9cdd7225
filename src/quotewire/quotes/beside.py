"""Reading an attribution from the words beside a quotation's marks (step 2 of
:mod:`~quotewire.quotes.linking`).

A quotation no frame reports is attributed by a cue right beside it: after the closing mark
('"...," Lavrov said'; '"...," said Lavrov'; any verb: '"...?" Vitter demanded.', read by
:mod:`~quotewire.quotes.trailing` where the parse has none), a name and a colon ('Carl Bialik:
"'), or before the opening mark ('Lavrov said: "'; the second half of '"A," he said, "B."';
'He said:' ending the paragraph before). A cue followed by its own quotation ('"A." Smith
added, "B."') does not take the quotation before it.

:class:`QuoteLayout` holds the article's quotations, paragraphs and frames, and answers where
things stand relative to them; the linker builds on it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace

from spacy.tokens import Doc, Token

from quotewire.nlp.docs import doc_text, opens_sentence
from quotewire.nlp.punctuation import (
    CLAUSE_BREAKS,
    DASH_OR_HYPHEN_CHARACTERS,
    DASHES_OR_HYPHEN,
    is_dash,
)
from quotewire.quotes.as_put_it import inside_as_put_it, opens_with_as
from quotewire.quotes.frames import Frame
from quotewire.quotes.marks import QuotedSpan
from quotewire.quotes.trailing import sentence_openers, trailing_source

_DASH = re.escape(DASH_OR_HYPHEN_CHARACTERS)  # inside a character class
_GAP_PUNCTUATION = " \t\u00a0,.!?\"'“”‘’" + DASH_OR_HYPHEN_CHARACTERS
_AFTER_CLOSE = re.compile(rf"[ \t\u00a0,.!?{_DASH}]*[^.!?\"“”«»\n]{{0,60}}")
# '"...," Trump, the 2016 GOP front-runner and ... in South Carolina, said': a long apposition
# is allowed when the source's name comes first
_NAME_AFTER_CLOSE = re.compile(r"[ \t\u00a0,]*(?:[A-Z][\w.'’-]*[ \t\u00a0]+){0,4}")
# full stops that end no sentence: titles and initials ("Rep.", "J."), a party and state
# ("(D-Wash.)")
_ABBREVIATION = re.compile(r"\([^()\n]{1,30}\)|\b[A-Z][a-z]{0,3}\.")
_INTRODUCES = re.compile(r"[^.!?\"“”«»\n]{0,40}?[,:][ \t\u00a0]*[\"“'‘]")
_APPOSITION = re.compile(r"[ \t\u00a0,]*[^.!?\"“”«»\n]{0,200}")
BEFORE_OPEN = re.compile(rf"[^.!?\"“”«»\n]{{0,40}}?[,:{_DASH}]?\s*(?:that\s*)?")
LOOK_BACK = 40  # characters read before an opening mark (a "said." or a closing mark)
_COLON_BEFORE = re.compile(r":\s*$")
_OBJECT_DEPS = ("dobj", "dative", "pobj", "iobj", "attr")
_VERB_WINDOW = 4  # tokens read before a name for a verb that attributes it
_NAME_COLON_PRIOR = 0.8
_CREDIT_ENTS = ("PERSON", "ORG")
_TRAILING_PRIOR = 0.7  # a source and verb read beside a quotation without the parse
_CLAUSE_AFTER_TOKENS = 15  # longest clause after a closing mark read as an attribution
_CLAUSE_ENDS = CLAUSE_BREAKS | {".", "!", "?"}
_CLAUSE_VERB_TAGS = ("VB", "VBD", "VBZ", "VBP")
# an inverted subject is parsed as the object the quotation leaves free
_INVERTED_SUBJECT_DEPS = ("dobj", "nsubj", "attr")
# words that describe a name before it: "state Assembly leader", "former party adviser", "the
# party's"
_PREMODIFIER_DEPS = ("compound", "amod", "det", "poss", "case", "nummod", "nmod", "advmod")
_OWN_OBJECT_DEPS = ("dobj", "nsubj", "attr", "ccomp", "xcomp", "dative", "oprd", "acomp")


def _opens_new_sentence(gap: str) -> bool:
    """Whether the words after a closing mark open a sentence of their own with a
    conjunction ('"... bad." *But* Mr. Trump did not respond'), which no attribution does."""
    words = gap.strip(_GAP_PUNCTUATION).split(maxsplit=1)
    return bool(words) and words[0].lower() in sentence_openers()


class QuoteLayout:
    """Quotations, paragraphs and frames of one article, and the cues beside quotations."""

    frames: list[Frame]  # sorted by cue; set by the subclass once it has repaired them
    cue_starts: list[int]

    def __init__(
        self, doc: Doc, quoted: list[QuotedSpan], paragraphs: list[tuple[int, int]]
    ) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.quoted = quoted
        self.opens = [q.open for q in quoted]
        self.closes = sorted(q.close for q in quoted)
        self.paragraph_starts = [a for a, _ in paragraphs]
        self.paragraphs = paragraphs

    def paragraph_of(self, offset: int) -> int:
        return bisect_right(self.paragraph_starts, offset) - 1

    def paragraph_end(self, offset: int) -> int:
        return self.paragraphs[self.paragraph_of(offset)][1]

    def opens_paragraph(self, q: QuotedSpan) -> bool:
        start = self.paragraphs[self.paragraph_of(q.open)][0]
        return not self.text[start : q.open].strip()

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

    def is_quoted(self, offset: int) -> bool:
        return bool(self.overlapping(offset, offset + 1))

    def frame_at(self, offset: int) -> Frame | None:
        i = bisect_left(self.cue_starts, offset)
        if i < len(self.frames) and self.cue_starts[i] == offset:
            return self.frames[i]
        return None

    def frame_after(self, q: QuotedSpan) -> Frame | None:
        """The cue right after the closing mark: from the parse, or else read from the words
        ('"...?" Vitter demanded.', whatever the verb)."""
        frame = self.parsed_frame_after(q)
        if frame is not None:
            return frame
        trailing = trailing_source(self.doc, q.close, self.paragraph_end(q.close - 1))
        found = (trailing.verb, trailing.source) if trailing is not None else None
        if found is None:
            found = self.clause_after(q)
        if found is None:
            return None
        verb, source = found
        parsed = self.frame_at(verb.idx)
        if parsed is None:
            return Frame(verb, [verb], source, None, _TRAILING_PRIOR)
        if parsed.speaker is None:
            return replace(parsed, speaker=source)
        return None  # the parsed cue there was already judged

    def clause_after(self, q: QuotedSpan) -> tuple[Token, Token] | None:
        """A lower-case clause right after the closing mark that holds only a verb and its
        subject, the quotation being the verb's object: inverted ('"...," read one.',
        '"...," begins a message that precedes every rally.') or led by a long description
        ('"...!" a welcome message on the website reads.'). The characters alone cannot tell
        where such a subject ends, so this reads the parse, where there is one (a sentence the
        selective parser skipped, '"Choke!" blared the front page.', is not read); it returns
        the verb and the subject's head."""
        clause = self._clause_tokens(q)
        if not clause or not clause[0].is_lower or not clause[0].tag_:
            return None
        inside = {t.i for t in clause}
        roots = [t for t in clause if t.head.i not in inside or t.head == t]
        verb = roots[0] if len(roots) == 1 else None
        if verb is None or verb.pos_ != "VERB" or verb.tag_ not in _CLAUSE_VERB_TAGS:
            return None
        children = [c for c in verb.children if c.i in inside]  # not the quotation's words
        if verb == clause[0]:
            subjects = [c for c in children if c.dep_ in _INVERTED_SUBJECT_DEPS]
            others = [c for c in children if c.dep_ in _OWN_OBJECT_DEPS]
            if len(subjects) != 1 or len(others) != 1 or subjects[0].right_edge != clause[-1]:
                return None
            return verb, subjects[0]
        subjects = [c for c in children if c.dep_ == "nsubj" and c.i < verb.i]
        if len(subjects) != 1 or subjects[0].left_edge != clause[0]:
            return None
        if any(c.dep_ in _OWN_OBJECT_DEPS for c in children if c.i > verb.i):
            return None  # '"...!" the crowd heard him say': the verb has its own object
        return verb, subjects[0]

    def _clause_tokens(self, q: QuotedSpan) -> list[Token]:
        """The words after the closing mark (and a comma) up to the clause's end: a full
        stop, a semicolon, a quotation mark or the line's end."""
        end = self.paragraph_end(q.close - 1)
        span = self.doc.char_span(q.close, end, alignment_mode="contract")
        if span is None:
            return []
        clause: list[Token] = []
        for token in span:
            if token.is_space or token.text in _CLAUSE_ENDS or is_dash(token) or token.is_quote:
                break
            if token.text == "," and not clause:
                continue
            clause.append(token)
            if len(clause) > _CLAUSE_AFTER_TOKENS:
                return []
        return clause

    def parsed_frame_after(self, q: QuotedSpan) -> Frame | None:
        # from the closing mark on: a signature dash may share its token ('.”―' Name)
        i = bisect_left(self.cue_starts, q.close - 1)
        if i >= len(self.frames):
            return None
        frame = self.frames[i]
        gap = _ABBREVIATION.sub("", self.text[q.close : frame.cue.idx])
        if self.paragraph_of(frame.cue.idx) != self.paragraph_of(q.close - 1):
            return None
        if frame.speaker is None:
            return None
        named_first = frame.speaker.idx >= q.close and (
            _NAME_AFTER_CLOSE.fullmatch(self.text, q.close, frame.speaker.idx)
            or self.described_name_after(q, frame.speaker)
        )
        if not _AFTER_CLOSE.fullmatch(gap) and not (named_first and _APPOSITION.fullmatch(gap)):
            return None
        ended = self.text[q.end - 1 : q.end] in ".!?"
        if ended and self.introduces_next(frame):
            return None  # '"... ." Smith added, "...": the cue reports the next quotation
        if ended and (_opens_new_sentence(gap) or self.reports_own_clause(frame)):
            return None
        return frame

    def described_name_after(self, q: QuotedSpan, source: Token) -> bool:
        """Whether the source's name comes first after the closing mark behind a description
        of its own ('"...," *state Assembly leader* Mark Dalton and House Speaker Tom Reeve,
        both Republicans, said'): every word between the mark and the name premodifies the
        name, as the parse has it (no clause among them: '"...," voters *told* Dalton'), so
        the words after the name are its apposition."""
        words = self.doc.char_span(q.close, source.idx, alignment_mode="contract")
        if words is None:
            return False
        between = [t for t in words if not t.is_space and t.text != ","]
        if not between or between[0].idx < q.close or words[-1].i + 1 != source.i:
            return False
        return all(
            t.dep_ in _PREMODIFIER_DEPS and t.head.i > t.i and source in t.ancestors
            for t in between
        )

    def reports_own_clause(self, frame: Frame) -> bool:
        """Whether the cue reports a clause after it that is no quotation ('"... in his
        campaign." Ohio Gov. John Kasich said *he would have fired* ...'): one verb does not
        report two things, so the quotation that ended before it is someone else's."""
        content = frame.content
        if content is None or content[0] <= frame.cue.idx:
            return False
        between = self.text[frame.cue_char[1] : content[0]].split()
        return between in ([], ["that"])  # not '"...?" Lichtman said about McCain's effort to'

    def introduces_next(self, frame: Frame) -> bool:
        content = frame.content
        if content is not None and content[0] > frame.cue.idx and self.overlapping(*content):
            return True
        end = frame.cue_char[1]
        return _INTRODUCES.match(self.text, end, self.paragraph_end(end)) is not None

    def frame_before(self, q: QuotedSpan) -> tuple[Frame | None, bool]:
        i = bisect_left(self.cue_starts, q.open) - 1
        if i < 0:
            return None, False
        frame = self.frames[i]
        cue_end = frame.cue_char[1]
        gap = self.text[cue_end : q.open]
        same_paragraph = self.paragraph_of(cue_end) == self.paragraph_of(q.open)
        if not same_paragraph:
            return (frame if self.introduces(frame, q) else None), False
        if not BEFORE_OPEN.fullmatch(gap) or frame.speaker is None:
            return None, False
        if inside_as_put_it(frame.cue):
            return None, False  # left to the "as X put it" verb (verbs_before_quotations)
        return frame, gap.rstrip().endswith("that")

    def follows_as_clause(self, q: QuotedSpan) -> bool:
        """Whether an "as X said," clause introduces the quotation: it is X's, and a cue after
        the closing mark is not tried for it."""
        frame, _ = self.frame_before(q)
        return frame is not None and opens_with_as(frame.cue)

    def name_before_colon(self, q: QuotedSpan) -> Frame | None:
        """A name and a colon right before the opening mark, with no verb: 'Carl Bialik: "'.
        A person named as a verb's object ('told Megyn Kelly: "') is not the source; a name or
        outlet after a dash is, however the parser read it ('Pollsters agree - Carl Bialik:
        "', 'Polls did predict the caucus - HuffPollster: "', a newsletter's credit line)."""
        colon = _COLON_BEFORE.search(self.text, max(0, q.open - LOOK_BACK), q.open)
        if colon is None:
            return None
        paragraphs = self.paragraph_of(q.open) - self.paragraph_of(colon.start())
        if paragraphs > 1 or (paragraphs == 1 and not self.opens_paragraph(q)):
            return None  # the colon may end the paragraph before: 'Stated Stone:\n\n"...'
        tokens = self.doc.char_span(colon.start(), colon.start() + 1, alignment_mode="expand")
        if tokens is None or tokens[0].i == 0:
            return None
        mark, name = tokens[0], tokens[0].nbor(-1)
        if self.is_quoted(name.idx):
            return None
        start = name
        while start.ent_iob_ == "I" and start.i > 0:
            start = start.nbor(-1)
        line = self.text[self.paragraphs[self.paragraph_of(start.idx)][0] : start.idx].split()
        if paragraphs == 1 and len(line) > 1:
            return None  # a whole clause before the name ends that paragraph: its verb reports
        if start.i > 0 and start.nbor(-1).text in DASHES_OR_HYPHEN:
            credited = name.ent_type_ in _CREDIT_ENTS or (
                name.pos_ == "PROPN" and name.text[:1].isupper() and not name.ent_type_
            )
            return Frame(mark, [mark], name, None, _NAME_COLON_PRIOR) if credited else None
        if name.ent_type_ != "PERSON" or name.dep_ in _OBJECT_DEPS:
            return None
        for before in reversed(self.doc[max(0, start.i - _VERB_WINDOW) : start.i]):
            if before.is_punct or before.is_space:
                break
            if before.pos_ in ("VERB", "AUX") and not self.inverted(before, start):
                return None  # 'X told Megyn Kelly:': the verb attributes
        return Frame(mark, [mark], name, None, _NAME_COLON_PRIOR)

    def inverted(self, verb: Token, name: Token) -> bool:
        """A verb opening its sentence right before the name: an inverted attribution
        ('Stated Stone: "', 'Continued Stone: "'), the name its subject."""
        if verb.i != name.i - 1 or verb.tag_ not in ("VBD", "VBN", "VBZ"):
            return False
        return opens_sentence(verb) and verb.text[:1].isupper()

    def introduces(self, frame: Frame, q: QuotedSpan) -> bool:
        """Whether the cue ends the paragraph before the quotation's with a colon ('He said:'
        then the quotation as the next paragraph), with only circumstances between."""
        if frame.speaker is None or not self.opens_paragraph(q):
            return False
        cue_end = frame.cue_char[1]
        if self.paragraph_of(q.open) - self.paragraph_of(cue_end) != 1:
            return False
        intro = self.text[cue_end : self.paragraph_end(cue_end)].rstrip()
        if not intro.endswith(":"):
            return False
        reported = frame.content is not None and frame.content[1] >= cue_end + len(intro) - 1
        return reported or BEFORE_OPEN.fullmatch(intro) is not None
