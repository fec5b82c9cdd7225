"""Quotations attributed to the verb right before them, whatever the verb.

A speech-like quotation after a verb ('a man yelled "Stay there!"'), after a whole clause
ending in a colon ('Bush broke down what was wrong with the ad: "..."',
:mod:`~quotewire.quotes.introductions`), or after a verb that takes words verbatim
(:mod:`~quotewire.quotes.verbatim`) is the words of that verb's subject. These are step 3's
later passes of the linker (:mod:`~quotewire.quotes.linking`), after cues and their objects.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Span, Token

from quotewire.nlp.dates import TIME_ENTITIES
from quotewire.quotes.as_put_it import as_put_it_source
from quotewire.quotes.frame_repair import RELATIVE_WORDS
from quotewire.quotes.frames import Frame, find_speaker
from quotewire.quotes.introductions import colon_clause_source
from quotewire.quotes.marks import QuotedSpan
from quotewire.quotes.quotation_shapes import QuotationShapes
from quotewire.quotes.sources import after_comma
from quotewire.quotes.statement_links import Statement, StatementLinks
from quotewire.quotes.verbatim import verbatim_source
from quotewire.speakers.inherited import experiencer_source, is_raising
from quotewire.speakers.lexicon import load_people_lexicon

_FREE_RELATIVES = ("what", "whatever")  # the subject of a clause that names a thing
_BEFORE_VERB = re.compile(r"[^.!?\"“”«»\n]{1,80}$")
_VERBLOOK_BACK = 80
GOVERNING_PRIOR = 0.6  # any verb whose complement is a quotation


class VerbsBeforeQuotations(StatementLinks, QuotationShapes):
    """The linker's passes that attribute a quotation to the verb before it."""

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
            frame = Frame(verb, [verb], speaker, None, GOVERNING_PRIOR)
            self.claimed[i] = self.add(
                Statement(q.start, q.end, "direct", frame, self.group_of(frame), "verb")
            )

    def link_verbatim(self) -> None:
        """A quotation right after a verb that takes words verbatim, however short
        (:mod:`~quotewire.quotes.verbatim`)."""
        for i, q in enumerate(self.quoted):
            found = None if i in self.claimed else verbatim_source(self.doc, q.open)
            if found is not None:
                frame = Frame(found[0], [found[0]], found[1], None, GOVERNING_PRIOR)
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
        for verb in verbs:
            source = as_put_it_source(verb)
            if source is not None and self.paragraph_of(source.idx) == self.paragraph_of(verb.idx):
                return verb, source  # not a verb after it: 'to staff *explaining* the deal'
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
                timed = candidate.ent_type_ in TIME_ENTITIES
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
