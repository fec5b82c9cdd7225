"""Re-reading a frame's source where the parse got it wrong, before statements are linked.

The parser often misplaces the source of a cue next to quotation marks: it takes the quoted
words or a title in them for the subject ('"We were wrong," Ramos, 58, told AFP'; 'Washington,
star of television's "Scandal," thanked Obama'), reads an inverted source as the verb's object
('"...," added *another New Hampshire Democrat*'), or finds none ('"Go back," Trump barked'
parsed as an apposition). :class:`SourceRepair` is the part of the linker
(:mod:`quotewire.quotes.linking`) that puts the source back, over the same quotation layout.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from spacy.tokens import Token

from quotewire.quotes.beside import QuoteLayout
from quotewire.quotes.frames import Frame
from quotewire.quotes.introductions import question_asker
from quotewire.quotes.sources import person_after
from quotewire.quotes.trailing import trailing_source
from quotewire.speakers.inherited import (
    inherited_source,
    is_expletive,
    is_raising,
    raising_source,
)
from quotewire.speakers.lexicon import load_people_lexicon
from quotewire.speakers.time_spent import time_spender

_INVERTED_SOURCE_DEPS = ("dobj", "advmod", "npadvmod", "attr", "dep")
_PARTICIPLE_TAG = "VBG"
_NOT_INVERTED_SOURCES = ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY")
RELATIVE_WORDS = ("who", "which", "that")  # never a source
_NAME_JOINERS = ("-", "\u2010", "\u2011")  # "Per-Willy", tokenised in three
_BETWEEN_CLOSER_AND_NAME = " ,\u00a0"


class SourceRepair(QuoteLayout):
    """A quotation layout that can re-read the source of a frame (:meth:`repaired`)."""

    def repaired(self, frame: Frame) -> Frame:
        """The frame with its source re-read where the parse got it wrong (see
        :meth:`source_after_quote`); a source inside quotation marks the cue is outside of
        ('telling the crowd, "Some people get carried away"') is the quoted words, not the
        source. A frame left without a source inherits one from the clause around its cue
        (:func:`~quotewire.speakers.inherited.inherited_source`); an expletive "it" ("It
        appears that ...") is no source, nor the subject of a raising verb ("The statistics
        appear to be fabricated": :func:`~quotewire.speakers.inherited.raising_source`), an
        "it" that took someone time gives way to that person ("It took *him* a day to respond,
        saying ...": :func:`~quotewire.speakers.time_spent.time_spender`), and
        "you" in a question ("Do you think ...?") gives way to the one who asks it
        (:func:`~quotewire.quotes.introductions.question_asker`)."""
        frame = self.source_after_quote(frame)
        speaker = name_before_apposition(frame.cue, frame.speaker) or frame.speaker
        cue_quoted = self.is_quoted(frame.cue.idx)
        if speaker is not None and self.is_quoted(speaker.idx) and not cue_quoted:
            speaker = None
        if speaker is not None and is_expletive(speaker):
            speaker = None  # before inheriting: "it wasn't an accident — Buck ... *told* ..."
        if speaker is None:
            speaker = inherited_source(frame.cue, self.is_quoted)
        if speaker is None:
            speaker = self.inverted_source(frame.cue)
        if speaker is not None and is_expletive(speaker):
            speaker = None
        if speaker is not None:
            speaker = time_spender(speaker) or speaker  # "It took *him* a day to ..., saying"
        if is_raising(frame.cue):
            speaker = raising_source(frame.cue)
        if speaker is not None and speaker.lower_ == "you":
            speaker = question_asker(speaker, self.is_quoted, load_people_lexicon()) or speaker
        if speaker is not frame.speaker:
            frame = replace(frame, speaker=speaker)
        return self.content_before_source(frame)  # headline and colon frames keep identity

    def content_before_source(self, frame: Frame) -> Frame:
        """The frame with its reported part cut at the closing mark its own source's name
        follows ('"Yes, I support Ted Cruz," *Brent Bozell III*, founder of ..., tells ...'):
        the parser sometimes hangs that name on the quotation's last word, so the cue's
        dependent takes in the quotation, the name and its apposition. Only a name right after
        the closer (a comma between) is cut; what the source said is the quotation. A verb of
        saying with its own source between the closer and the name ('"No," *replied Ann
        Ruiz*, head of the union, said simply': the writer doubled the cue) gives the
        quotation that source."""
        speaker = frame.speaker
        if frame.content is None or speaker is None:
            return frame
        start, end = frame.content
        first = speaker
        while first.i > 0 and first.nbor(-1).pos_ == "PROPN" and first.nbor(-1).idx > start:
            first = first.nbor(-1)
        if not start < first.idx < end:
            return frame
        i = bisect_right(self.closes, first.idx) - 1
        if i < 0 or self.quoted[i].open < start:
            return frame
        close = self.quoted[i].close
        if not self.text[close : first.idx].strip(_BETWEEN_CLOSER_AND_NAME):
            return replace(frame, content=(start, close))
        if _named_after(frame.cue):
            return frame  # '"...," said Kristen Day, ..., reports USA Today': the outlet's report
        trailing = trailing_source(self.doc, close, self.paragraph_end(close - 1))
        if trailing is None or not close < trailing.source.idx <= speaker.idx:
            return frame
        return replace(frame, content=(start, close), speaker=trailing.source)

    def source_after_quote(self, frame: Frame) -> Frame:
        """The frame with the source written after the closing mark before its cue, where the
        parse found none ('"Go back," Trump barked' parsed as an apposition), put it inside
        the quotation ('"We were wrong," Ramos, 58, told AFP' with "We" the subject), or
        before it ('When someone shouted, "Cruz," Beck joked' with "someone" the subject)."""
        speaker = frame.speaker
        cue = frame.cue.idx
        i = bisect_right(self.closes, cue) - 1
        if i < 0:
            return frame
        quote = self.quoted[i]
        inside = speaker is not None and quote.start <= speaker.idx < quote.end
        if speaker is not None and not inside and not speaker.idx < quote.open:
            return frame
        if inside:
            other = self.subject_before_quote(frame.cue, quote.open)
            if other is None and speaker is not None:
                other = self.subject_before_title(frame.cue, speaker)
            if other is not None:
                return replace(frame, speaker=other)
        trailing = trailing_source(self.doc, quote.close, self.paragraph_end(quote.close - 1))
        if trailing is not None and trailing.verb == frame.cue:
            return replace(frame, speaker=trailing.source)
        return replace(frame, speaker=None) if inside else frame

    def inverted_source(self, cue: Token) -> Token | None:
        """The name or description right after a verb that directly follows a closing mark,
        which the parser read as its object or an adverb ('"...," added *another New
        Hampshire Democrat*.', '"...," said *Skelly*, explaining ...'): a verb of saying
        right after the quotation has its source there, not an object."""
        i = bisect_right(self.closes, cue.idx) - 1
        if i < 0 or cue.i + 1 >= len(cue.doc):
            return None
        between = self.text[self.closes[i] : cue.idx]
        if any(c.isalnum() for c in between) or "\n" in between:
            return None
        for child in cue.rights:
            if child.dep_ not in _INVERTED_SOURCE_DEPS or child.left_edge.i != cue.i + 1:
                continue
            named = child.pos_ in ("PROPN", "NOUN") or (child.is_title and not child.is_sent_start)
            if named and child.ent_type_ not in _NOT_INVERTED_SOURCES:
                return child
        return person_after(cue)

    def subject_before_title(self, cue: Token, quoted: Token) -> Token | None:
        """The source of a participle the parser gave a quoted title for its subject, having
        split the sentence at the title ('Giuliani trashed Comey on MSNBC's "Morning Joe,"
        *calling* it a "no-brainer"' with "Joe" the subject of "calling"): the subject of the
        clause the title closes. Any other quoted subject is no source."""
        if cue.tag_ != _PARTICIPLE_TAG or cue.dep_ != "ROOT" or quoted.head != cue:
            return None
        quote = self.quoted[self.overlapping(quoted.idx, quoted.idx + 1)[0]]
        if cue.idx < quote.close or any(c.isalnum() for c in self.text[quote.close : cue.idx]):
            return None
        end = len(self.text[: quote.open].rstrip())
        before = self.doc.char_span(end - 1, end, alignment_mode="expand")
        if not before or self.paragraph_of(before.start_char) != self.paragraph_of(cue.idx):
            return None
        root = before[0].sent.root
        subject = next((c for c in root.lefts if c.dep_ == "nsubj"), None)
        if subject is None or self.is_quoted(subject.idx) or subject.lower_ in RELATIVE_WORDS:
            return None
        return subject

    def subject_before_quote(self, cue: Token, open_: int) -> Token | None:
        """The real subject of a cue the parser gave a quoted subject ('Washington, star of
        television's "Scandal," thanked Obama' with "Scandal" the subject of "thanked"): a
        second subject of the cue before the quotation, or the noun opening the paragraph
        that the parser, running the sentence on across the paragraph break, hung on a word
        of the paragraph before."""
        for child in cue.lefts:
            if child.dep_ == "nsubj" and child.idx < open_ and not self.is_quoted(child.idx):
                return child
        start = self.paragraphs[self.paragraph_of(cue.idx)][0]
        if self.paragraph_of(open_) != self.paragraph_of(cue.idx):
            return None
        span = self.doc.char_span(start, open_, alignment_mode="contract")
        if span is None:
            return None
        first = next((t for t in span if not t.is_space and not t.is_punct), None)
        if first is None or first.pos_ != "PROPN" or self.is_quoted(first.idx):
            return None
        root = first
        while root.dep_ == "compound" and span.start <= root.head.i < span.end:
            root = root.head  # "Kerry Washington": the name's last word
        return root if root.head.idx < start else None


def name_before_apposition(cue: Token, speaker: Token | None) -> Token | None:
    """The name right after an inverted cue when the parser made the description apposed to
    it the cue's subject ('"...," said *Per-Willy Amundsen*, the Progress Party *spokesman*':
    the tagger read "Per" as a preposition, so the name hangs on it and "spokesman" is the
    subject): a writer who names the source after the verb and describes it after a comma
    means the name. The name is every word from the cue to the comma, all capitalised or
    joined by hyphens, and the description's phrase starts right after that comma."""
    if speaker is None or speaker.i <= cue.i + 1 or speaker.pos_ != "NOUN":
        return None
    doc = cue.doc
    comma = speaker.left_edge.i - 1
    if comma <= cue.i + 1 or doc[comma].text != ",":
        return None
    words = doc[cue.i + 1 : comma]
    if not all(t.is_title or t.text in _NAME_JOINERS for t in words):
        return None
    last = words[-1]
    if last.pos_ != "PROPN" or last.text in _NAME_JOINERS:
        return None
    return last


def _named_after(cue: Token) -> bool:
    """Whether a capitalised word follows the cue (a source written after it)."""
    after = cue.i + 1
    return after < len(cue.doc) and (cue.doc[after].pos_ == "PROPN" or cue.doc[after].is_title)
