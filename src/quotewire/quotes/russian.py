"""Quotations in Russian news: «…» (and „…“ inside), reported speech, and who said it.

The finders, in the order they run over each article's body:

1. Direct quotes: every top-level «…» / „…“ / “…” (a quote that runs over several paragraphs
   reopens each one with «) is attributed by the words around it — after it
   («…», — заявил Лавров), before it with a colon (Лавров заявил: «…»), inside it
   («…, — сказал он, — …») — or, when it is a whole sentence standing alone, carries on the
   previous speaker. A colon after a cue at the end of a line introduces an unmarked quote.
2. Reported speech: «по словам X, …», «как заявил X, …», «X сообщил, что …», «X заявил о …»,
   «…, сообщили X», «X назвал Y «…»». A reported clause that holds quotation marks is mixed.
3. Quoted words that none of these attribute (titles, names, scare quotes) are left alone.

Offsets are into the article text; a direct quote's span is the content inside its marks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quotewire.nlp.russian import RussianText, Sentence, Token, load_russian
from quotewire.read.layout import Layout
from quotewire.speakers.russian import Resolved, SpeakerBook, russian_lexicon
from quotewire.types import Quote, QuoteKind, Span, Speaker

_OPEN = {"«": "»", "„": "“", "“": "”"}
_SENTENCE_END = ".!?…"
_AFTER_DASH = re.compile(r"[,.!?…]?\s*[—–-]\s+")
_AFTER_COMMA = re.compile(r",\s+(?:так\s+)?")
_INSIDE_ATTRIBUTION = re.compile(r"[,.!?…]?\s*[—–]\s+([^—–«»„“]{3,90}?)[,.]?\s+[—–]\s*")
_INSERTION = re.compile(r"\[[^\]]{1,200}\]|\((?:[^()]{1,200}?)\s[—–-]\s*[^()]{1,40}\)")
_DATE_WORDS = re.compile(
    r"\b(?:(?:в|во)\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)"
    r"|вчера|сегодня|позавчера|накануне|\d{1,2}\s+(?:января|февраля|марта|апреля|мая|июня|июля"
    r"|августа|сентября|октября|ноября|декабря)(?:\s+\d{4}\s+года)?)\b",
    re.IGNORECASE,
)
_OCCASION = re.compile(
    r"\b(?:на\s+(?:пресс-конференции|брифинге|заседании|встрече|суде|допросе|форуме|саммите"
    r"|съезде|митинге|церемонии|совещании|переговорах)|в\s+интервью|выступая)[^,.:;«»—]{0,80}",
    re.IGNORECASE,
)
_MIN_WORDS_ALONE = 4


@dataclass(slots=True)
class _Marks:
    """One top-level quotation: where its marks are and the content between them."""

    open: int
    close: int  # offset of the closing mark (exclusive end of content)
    content: list[tuple[int, int]]  # one piece per paragraph for multi-paragraph quotes


def attribute_russian(text: str, layout: Layout) -> tuple[list[Quote], list[Speaker]]:
    """Every quotation in a Russian article, with its speaker; speakers with all mentions."""
    pipeline = load_russian()
    analysed = pipeline.read(text)
    book = SpeakerBook(analysed, pipeline)
    finder = _Finder(analysed, layout, book)
    quotes = finder.run()
    return quotes, book.speakers()


class _Finder:
    def __init__(self, text: RussianText, layout: Layout, book: SpeakerBook) -> None:
        self.t = text
        self.s = text.text
        self.layout = layout
        self.book = book
        self.lex = russian_lexicon()
        regions = layout.body_regions() or [(0, len(self.s))]
        self.regions = regions
        self.quotes: list[Quote] = []
        self.used_cues: set[int] = set()
        self.inside: list[tuple[int, int]] = []  # direct quotes and their inner attributions
        self.attribution_count = 0
        self.reported: list[tuple[int, int]] = []  # content spans of reported speech

    # -- driver -------------------------------------------------------------------------------

    def run(self) -> list[Quote]:
        marks = self._scan_marks()
        for mark in marks:
            self.inside.append((mark.open, mark.close + 1))
        previous_end = -1
        pending = list(marks)
        for sentence in self.t.sentences:
            while pending and pending[0].open < sentence.end:
                mark = pending.pop(0)
                if self._attribute_marks(mark, previous_end):
                    previous_end = mark.close
            if self._in_body(sentence.start):
                self._reported_speech(sentence, marks)
        self._unmarked_after_colon()
        self.quotes.sort(key=lambda q: q.start)
        return self.quotes

    # -- quotation marks ----------------------------------------------------------------------

    def _scan_marks(self) -> list[_Marks]:
        found: list[_Marks] = []
        carried: _Marks | None = None
        for start, end in self.regions:
            position = start
            if carried is not None and self.s[start] != "«":
                carried = None
            while position < end:
                char = self.s[position]
                if carried is None and char in _OPEN:
                    carried = _Marks(position, -1, [])
                    close = self._closing(position, end)
                    if close is None:
                        carried.content.append((position + 1, end))
                        break
                    carried.close = close
                    carried.content.append((position + 1, close))
                    found.append(carried)
                    carried = None
                    position = close + 1
                    continue
                if carried is not None and position == start:
                    close = self._closing(position, end)
                    if close is None:
                        carried.content.append((position + 1, end))
                        break
                    carried.close = close
                    carried.content.append((position + 1, close))
                    found.append(carried)
                    carried = None
                    position = close + 1
                    continue
                position += 1
        return found

    def _closing(self, open_at: int, end: int) -> int | None:
        """The mark closing the one at ``open_at``, counting nested «» and „“ within ``end``."""
        stack = [_OPEN[self.s[open_at]]]
        for position in range(open_at + 1, end):
            char = self.s[position]
            if char == stack[-1]:
                stack.pop()
                if not stack:
                    return position
            elif char in ("«", "„"):
                stack.append(_OPEN[char])
        return None

    # -- direct quotes ------------------------------------------------------------------------

    def _attribute_marks(self, mark: _Marks, previous_end: int) -> bool:
        pieces = self._split_inside(mark)
        resolved = self._after(mark) or self._before_colon(mark) or pieces[1]
        if resolved is None:
            if not self._stands_alone(mark):
                return False
            last = self.book.last()
            if last is None or previous_end < 0 or not self._near(previous_end, mark.open):
                return False
            resolved = (last, None, 0.5)
        who, cue, confidence = resolved
        group = None
        fragments = pieces[0]
        if len(fragments) > 1:
            self.attribution_count += 1
            group = f"ru-{self.attribution_count}"
        for start, end in fragments:
            self._add(start, end, "direct", who, cue, confidence, group)
        return True

    def _split_inside(self, mark: _Marks) -> tuple[list[tuple[int, int]], tuple | None]:
        """«A, — сказал он, — B»: two fragments and the attribution found between them."""
        pieces: list[tuple[int, int]] = []
        attribution = None
        for start, end in mark.content:
            cursor = start
            for match in _INSIDE_ATTRIBUTION.finditer(self.s, start, end):
                clause_start, clause_end = match.span(1)
                cue = self._cue_in(clause_start, clause_end)
                if cue is None:
                    continue
                who = self._speaker_of(cue, clause_start, clause_end)
                if attribution is None:
                    attribution = (who, cue, 0.9)
                pieces.append((cursor, match.start()))
                self.inside.append((match.start(), match.end()))
                cursor = match.end()
            pieces.append((cursor, end))
        pieces = [(a, b) for a, b in (self._trim(a, b) for a, b in pieces) if b > a]
        return pieces, attribution

    def _after(self, mark: _Marks) -> tuple | None:
        """«…», — заявил Лавров / «…», — Лавров сказал / «…», так сказал он."""
        after = mark.close + 1
        match = _AFTER_DASH.match(self.s, after) or _AFTER_COMMA.match(self.s, after)
        if match is None:
            return None
        clause_end = self._clause_end(match.end())
        indices = self.t.token_range(match.end(), clause_end)
        for index in list(indices)[:6]:
            token = self.t.tokens[index]
            if self._is_cue(token):
                who = self._speaker_of(token, match.end(), clause_end)
                return (who, token, 0.9 if who else 0.6)
        return None

    def _before_colon(self, mark: _Marks) -> tuple | None:
        """Лавров заявил: «…» — a cue in the clause that ends with a colon before the quote."""
        before = self.s[: mark.open].rstrip()
        if not before.endswith(":"):
            return None
        colon = len(before) - 1
        clause_start = self._clause_start(colon)
        for index in reversed(self.t.token_range(clause_start, colon)):
            token = self.t.tokens[index]
            if self._is_cue(token) or self._according_to(index) is not None:
                who = self._speaker_of(token, clause_start, colon)
                return (who, token, 0.9 if who else 0.6)
        return None

    def _unmarked_after_colon(self) -> None:
        """«81-летний актёр сообщил:» and then the quote as a paragraph (or line) of its own."""
        for index, (start, end) in enumerate(self.regions):
            line_end = self.s.rfind("\n", start, end)
            block = self.s[start:end]
            candidates = []
            if block.rstrip().endswith(":") and index + 1 < len(self.regions):
                candidates.append((end - 1, *self.regions[index + 1]))
            for match in re.finditer(r":[ \t]*\n", block):
                colon = start + match.start()
                nxt = start + match.end()
                stop = self.s.find("\n", nxt, end)
                candidates.append((colon, nxt, stop if stop > 0 else end))
            del line_end
            for colon, quote_start, quote_end in candidates:
                quote_start += len(self.s[quote_start:quote_end]) - len(self.s[quote_start:quote_end].lstrip())
                if quote_start >= quote_end or self.s[quote_start] in _OPEN:
                    continue
                clause_start = self._clause_start(colon)
                for token_index in reversed(self.t.token_range(clause_start, colon)):
                    token = self.t.tokens[token_index]
                    if self._is_cue(token):
                        who = self._speaker_of(token, clause_start, colon)
                        self.inside.append((quote_start, quote_end))
                        self._add(quote_start, quote_end, "direct", who, token, 0.7)
                        break

    # -- reported speech ----------------------------------------------------------------------

    def _reported_speech(self, sentence: Sentence, marks: list[_Marks]) -> None:
        for index in range(sentence.first, sentence.stop):
            if index in self.used_cues or self._in_direct(self.t.tokens[index].start):
                continue
            phrase = self._according_to(index)
            if phrase is not None:
                self._according(index, phrase, sentence.stop, marks)
                continue
            token = self.t.tokens[index]
            if self._is_cue(token) and self._reports(token):
                self._reported_by_cue(token, sentence.first, sentence.stop, marks)

    def _according(self, index: int, length: int, stop: int, marks: list[_Marks]) -> None:
        """По словам X, …: the source is the noun after the phrase, the content follows it."""
        if any(start <= self.t.tokens[index].start < end for start, end in self.reported):
            return  # «Он добавил, что, по его мнению, …»: part of a clause already reported
        noun = self.t.tokens[index + length - 1]
        if length == 3:  # «по его словам»: the possessive is the source
            holder: int | None = index + 1
        else:
            holder = next((c for c in self.t.children(noun.index) if self.t.tokens[c].rel == "nmod"), None)
        if holder is None and index + length < stop:
            holder = index + length
        if holder is None:
            return
        who = self.book.from_head(self.book.phrase_head(holder))
        phrase = self.book.phrase(holder)
        after = index + length if length == 3 else (max(phrase) + 1 if phrase else holder + 1)
        if after < stop and self.t.tokens[after].text == "(":  # «Буфье (Volker Bouffier),»
            while after < stop and self.t.tokens[after].text != ")":
                after += 1
            after += 1
        if after < stop and self.t.tokens[after].text == ",":
            after += 1
        content_end = self._content_end(after, stop)
        if content_end is None or self._holds_reported_clause(after, stop):
            return
        cue_span = Span.of(self.s, self.t.tokens[index].start, noun.end)
        self._reported(self.t.tokens[after].start, content_end, who, cue_span, marks, index)

    def _reported_by_cue(self, cue: Token, first: int, stop: int, marks: list[_Marks]) -> None:
        tokens = self.t.tokens
        # X заявил, что … / X сообщил журналистам, что …
        for index in range(cue.index + 1, min(cue.index + 8, stop - 1)):
            if tokens[index].pos == "VERB" and index != cue.index:
                break
            if tokens[index].text == "," and tokens[index + 1].lemma in ("что", "будто"):
                start_index = index + 2
                end = self._content_end(start_index, stop)
                if end is None:
                    return
                who = self._speaker_of(cue, tokens[first].start, tokens[index].start)
                self._reported(tokens[start_index].start, end, who, self._cue_span(cue), marks, cue.index)
                return
            if tokens[index].text == "," and tokens[index + 1].lemma == "о" and index + 3 < stop:
                if tokens[index + 2].lemma == "тот" and tokens[index + 3].text == ",":
                    start_index = index + 5
                    if start_index < stop and tokens[start_index - 1].lemma == "что":
                        end = self._content_end(start_index, stop)
                        if end is not None:
                            who = self._speaker_of(cue, tokens[first].start, tokens[index].start)
                            self._reported(tokens[start_index].start, end, who, self._cue_span(cue), marks, cue.index)
                        return
        # Как заявил X, …
        if cue.index > first and tokens[cue.index - 1].lemma == "как" and cue.index - 1 == first:
            comma = next((i for i in range(cue.index + 1, stop) if tokens[i].text == ","), None)
            if comma is not None:
                end = self._content_end(comma + 1, stop)
                if end is not None:
                    who = self._speaker_of(cue, cue.end, tokens[comma].start)
                    self._reported(tokens[comma + 1].start, end, who, self._cue_span(cue, with_previous=True), marks, cue.index)
            return
        # …, сообщили официальные лица.
        if cue.index - 1 > first and tokens[cue.index - 1].text == "," and not self._in_direct(tokens[cue.index - 2].start):
            if tokens[cue.index - 2].text not in "»“”" and self._ends_sentence_soon(cue.index, stop):
                who = self._speaker_of(cue, cue.end, tokens[stop - 1].end)
                start = tokens[first].start
                self._reported(start, tokens[cue.index - 1].start, who, self._cue_span(cue), marks, cue.index)
                return
        # X заявил о …; О смерти X сообщили родственники.
        nxt = cue.index + 1
        if nxt < stop - 1 and tokens[nxt].lemma in ("о", "об") and tokens[nxt + 1].text.lower() != "этом":
            end = self._topic_end(nxt, stop)
            if end is not None and cue.lemma in ("заявить", "сообщить", "объявить", "напомнить", "заявлять", "сообщать"):
                who = self._speaker_of(cue, tokens[first].start, cue.start)
                self._reported(tokens[nxt].start, end, who, self._cue_span(cue), marks, cue.index)
            return
        if tokens[first].lemma in ("о", "об") and first + 1 < cue.index and tokens[first + 1].text.lower() != "этом":
            who = self._speaker_of(cue, cue.end, tokens[stop - 1].end)
            self._reported(tokens[first].start, tokens[cue.index - 1].end, who, self._cue_span(cue), marks, cue.index)
            return
        # назвал эпидемию «вызовом века»
        if cue.lemma in self.lex.naming:
            for mark in marks:
                if cue.end < mark.open and mark.close < tokens[stop - 1].end and self.s.find(",", cue.end, mark.open) < 0:
                    who = self._speaker_of(cue, tokens[first].start, cue.start)
                    self._add_reported(tokens[nxt].start, mark.close + 1, "mixed", who, self._cue_span(cue), cue.index)
                    return

    def _reported(self, start: int, end: int, who: Resolved | None, cue: Span, marks: list[_Marks], cue_index: int) -> None:
        start, end = self._trim(start, end)
        if end - start < 3:
            return
        holds_marks = any(start <= m.open and m.close < end for m in marks)
        kind: QuoteKind = "mixed" if holds_marks else "indirect"
        if holds_marks:
            # the quotation inside a reported clause is part of it, not a quote of its own
            inner = [m for m in marks if start <= m.open and m.close < end]
            self.quotes = [q for q in self.quotes if not any(m.open < q.start and q.end <= m.close for m in inner)]
        self.reported.append((start, end))
        self._add_reported(start, end, kind, who, cue, cue_index)

    def _add_reported(self, start: int, end: int, kind: QuoteKind, who: Resolved | None, cue: Span, cue_index: int) -> None:
        self.used_cues.add(cue_index)
        confidence = 0.8 if who and who.speaker else 0.5
        self._add(start, end, kind, who, cue, confidence)

    # -- helpers ------------------------------------------------------------------------------

    def _add(self, start: int, end: int, kind: QuoteKind, who: Resolved | None, cue: Token | Span | None,
             confidence: float, group: str | None = None) -> None:
        if isinstance(cue, Token):
            self.used_cues.add(cue.index)
            cue_span: Span | None = self._cue_span(cue)
        else:
            cue_span = cue
        speaker = who.speaker if who else None
        quote = Quote(
            start=start, end=end, text=self.s[start:end], kind=kind,
            cue=cue_span.text if cue_span else None, cue_span=cue_span,
            speaker=speaker.name if speaker else None, speaker_id=speaker.id if speaker else None,
            speaker_role=who.role if who else None, speaker_mention=who.mention if who else None,
            confidence=confidence if speaker else min(confidence, 0.4),
            attribution_id=group,
        )  # fmt: skip
        if cue_span is not None:
            self._time_and_occasion(quote, cue_span)
        if kind == "direct":
            quote.insertions = [Span.of(self.s, m.start(), m.end()) for m in _INSERTION.finditer(self.s, start, end)]
        self.quotes.append(quote)

    def _time_and_occasion(self, quote: Quote, cue: Span) -> None:
        """The time expression and occasion in the attribution clause around the cue."""
        sentence = self.t.sentence_of(cue.start)
        if sentence is None:
            return
        lo, hi = sentence.start, sentence.end
        if quote.start <= cue.start:
            lo = max(lo, quote.end)
        else:
            hi = min(hi, quote.start)
        window = (max(lo, cue.start - 80), min(hi, cue.end + 80))
        date = _DATE_WORDS.search(self.s, *window)
        if date:
            quote.date_text = Span.of(self.s, date.start(), date.end())
        occasion = _OCCASION.search(self.s, window[0], hi)
        if occasion:
            quote.occasion = self.s[occasion.start() : occasion.end()].strip()

    def _cue_span(self, cue: Token, with_previous: bool = False) -> Span:
        start = self.t.tokens[cue.index - 1].start if with_previous else cue.start
        return Span.of(self.s, start, cue.end)

    def _is_cue(self, token: Token) -> bool:
        return token.pos in ("VERB", "AUX") and token.lemma in self.lex.speech or (
            token.lemma in self.lex.impersonal
        )

    def _according_to(self, index: int) -> int | None:
        """The length of a «по словам» phrase starting at token ``index``, else None."""
        tokens = self.t.tokens
        for phrase in self.lex.according_to:
            words = [tokens[i].text.lower() for i in range(index, min(index + len(phrase), len(tokens)))]
            if words == list(phrase):
                return len(phrase)
            # «по его словам»: a possessive between the two words
            if (len(phrase) == 2 and index + 2 < len(tokens) and words[:1] == [phrase[0]]
                    and tokens[index + 2].text.lower() == phrase[1]
                    and tokens[index + 1].text.lower() in self.lex.pronouns):  # fmt: skip
                return 3
        return None

    def _cue_in(self, start: int, end: int) -> Token | None:
        for index in self.t.token_range(start, end):
            if self._is_cue(self.t.tokens[index]):
                return self.t.tokens[index]
        return None

    def _speaker_of(self, cue: Token, start: int, end: int) -> Resolved | None:
        """The subject of the cue; for «говорится в заявлении X», X; else a noun in the clause."""
        tokens = self.t.tokens
        if cue.text.lower() in ("по", "как"):
            return self.book.from_region(start, end)
        if cue.index + 2 < len(tokens) and self._according_to(cue.index) is not None:
            length = self._according_to(cue.index) or 2
            return self.book.from_region(tokens[cue.index + length - 1].end, end)
        if cue.feats.get("VerbForm") == "Conv" and cue.head is not None:
            cue = tokens[cue.head]  # «…, отметив, что»: the converb's subject is its verb's
            start = self.t.sentences[cue.sentence].start
        children = self.t.children(cue.index)
        if cue.lemma in ("цитировать", "процитировать"):  # «цитирует Infox.ru пресс-службу»
            for child in children:
                if tokens[child].rel == "obj":
                    return self.book.from_head(child)
        for child in children:
            if tokens[child].rel.startswith("nsubj") and start <= tokens[child].start < end:
                return self.book.from_head(child)
        for child in children:
            if tokens[child].rel == "obl" and start <= tokens[child].start < end:
                lemma = tokens[child].lemma
                if lemma in self.lex.documents:
                    owner = next((c for c in self.t.children(child) if tokens[c].rel == "nmod"), None)
                    if owner is not None:
                        return self.book.from_head(owner)
                    return self.book.last() if cue.lemma in self.lex.impersonal else None
                if lemma in self.lex.roles:
                    return self.book.from_head(child)
        if cue.lemma in self.lex.impersonal:
            return None
        return self.book.from_region(start, end)

    def _clause_start(self, offset: int) -> int:
        """Start of the sentence (or line) holding ``offset``."""
        sentence = self.t.sentence_of(offset)
        start = sentence.start if sentence else 0
        line = self.s.rfind("\n", 0, offset) + 1
        closing = self.s.rfind("»", start, offset) + 1
        return max(start, line, closing)

    def _clause_end(self, offset: int) -> int:
        sentence = self.t.sentence_of(offset)
        end = sentence.end if sentence else len(self.s)
        for stop in ("«", " — ", "\u00a0— ", "\n"):
            found = self.s.find(stop, offset, end)
            if found >= 0:
                end = found
        return end

    def _content_end(self, start_index: int, stop: int, stop_at_colon: bool = False) -> int | None:
        """End of a reported clause: the sentence's end, before its final punctuation."""
        tokens = self.t.tokens
        if start_index >= stop:
            return None
        end_index = stop - 1
        for index in range(start_index + 1, stop - 2):
            if tokens[index].text == "," and tokens[index + 1].lemma in ("и", "а") and self._is_cue(tokens[index + 2]):
                end_index = index
                break
        if stop_at_colon:
            colon = next((i for i in range(start_index, stop) if tokens[i].text == ":"), None)
            if colon is not None:
                end_index = colon
        while end_index > start_index and tokens[end_index].pos == "PUNCT" and tokens[end_index].text not in "»“”)":
            end_index -= 1
        if end_index < start_index:
            return None
        return tokens[end_index].end if tokens[end_index].pos != "PUNCT" or tokens[end_index].text in "»“”)" else None

    def _topic_end(self, preposition: int, stop: int) -> int | None:
        """«заявил о готовности обсуждать …»: the end of the noun phrase after «о»."""
        noun = self.t.tokens[preposition].head
        if noun is None or noun <= preposition:
            return None
        last = noun
        for index in range(noun + 1, stop):
            token = self.t.tokens[index]
            if token.text in (",", ":", ";", ".", "—") or token.pos == "VERB" and token.head != noun:
                break
            if token.pos == "ADP" and token.head is not None and self.t.tokens[token.head].head not in range(noun, index + 2):
                break
            last = index
        return self.t.tokens[last].end

    def _reports(self, token: Token) -> bool:
        """A finite or converb cue of a third party: not «напомним», «думаю», «можно предположить»."""
        return token.feats.get("Person") != "1" and token.feats.get("VerbForm") != "Inf"

    def _holds_reported_clause(self, first: int, stop: int) -> bool:
        tokens = self.t.tokens
        return any(
            self._is_cue(tokens[i]) and tokens[i + 1].text == "," and tokens[i + 2].lemma == "что"
            for i in range(first, stop - 2)
        )

    def _ends_sentence_soon(self, index: int, stop: int) -> bool:
        """«…, сообщили X.»: nothing but the source between the cue and the sentence's end."""
        return all(self.t.tokens[i].text not in (",", "что", ":") for i in range(index + 1, stop))

    def _stands_alone(self, mark: _Marks) -> bool:
        """A quote that is a whole sentence: preceded by a sentence end or a paragraph start."""
        before = self.s[: mark.open].rstrip(" \u00a0")
        alone = not before or before[-1] in _SENTENCE_END + "\n»"
        words = sum(len(self.s[a:b].split()) for a, b in mark.content)
        return alone and words >= _MIN_WORDS_ALONE

    def _near(self, previous_end: int, start: int) -> bool:
        """Within the same or the next paragraph."""
        breaks = self.s.count("\n\n", previous_end, start)
        return breaks <= 1

    def _in_direct(self, offset: int) -> bool:
        return any(a <= offset < b for a, b in self.inside)

    def _in_body(self, offset: int) -> bool:
        return any(a <= offset < b for a, b in self.regions)

    def _trim(self, start: int, end: int) -> tuple[int, int]:
        while start < end and self.s[start] in " \u00a0\n,":
            start += 1
        while end > start and self.s[end - 1] in " \u00a0\n,—–":
            end -= 1
        return start, end
