"""Quotations in Russian news: «…» (and „…“ inside), reported speech, and who said it.

The finders, in the order they run over each article's body:

1. Direct quotes: every top-level «…» / „…“ / “…” (a quote that runs over several paragraphs
   reopens each one with «) is attributed by the words around it — after it
   («…», — заявил Лавров), before it with a colon (Лавров заявил: «…»), inside it
   («…, — сказал он, — …») — or, when it is a whole sentence standing alone, carries on the
   previous speaker. A colon after a cue at the end of a line introduces an unmarked quote.
2. Reported speech: «по словам X, …», «как заявил X, …», «X сообщил, что …», «X заявил о …»,
   «…, сообщили X», «A, напомнил X, B», «X назвал Y «…»», «X охарактеризовал Y как «…»»,
   «X сравнил Y с Z», «X призвал Y сделать …», «X уверены, что …», «X опубликовал заявление о
   том, что …» (the constructions around a cue: :mod:`quotewire.quotes.russian_constructions`).
   A reported clause that holds quotation marks is mixed.
3. Quoted words that none of these attribute (titles, names, scare quotes) are left alone.

Offsets are into the article text; a direct quote's span is the content inside its marks.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from quotewire.nlp.russian import RussianText, Sentence, Token, load_russian
from quotewire.quotes.carried_circumstances import carry_circumstances
from quotewire.quotes.russian_clauses import ClauseReader
from quotewire.quotes.russian_colons import (
    document_before_colon,
    person_before_colon,
    reports_before_colon,
)
from quotewire.quotes.russian_constructions import ReportedConstructions
from quotewire.quotes.russian_marks import (
    MIN_WORDS_ALONE,
    OPEN,
    Marks,
    ends_its_sentence,
    insertions,
    is_name,
    scan_marks,
    stands_alone,
)
from quotewire.quotes.russian_occasion import add_time_and_occasion, russian_time_shift
from quotewire.read.layout import Layout
from quotewire.speakers.russian import Resolved, SpeakerBook
from quotewire.speakers.russian_phrases import phrase_head
from quotewire.types import Quote, QuoteKind, Span, Speaker

_AFTER_DASH = re.compile(r"[,.!?…]?\s*[—–-]\s+")
_AS_MARK = re.compile(r"\sкак\s*$")
_AFTER_COMMA = re.compile(r",\s+(?:так\s+)?")
_INSIDE_ATTRIBUTION = re.compile(r"[,.!?…]?\s*[—–]\s+([^—–«»„“]{3,90}?)[,.]?\s+[—–]\s*")
# «…, говорит Юханссон, «поэтому …»»: an attribution between commas right before a quotation
_BETWEEN_COMMAS = re.compile(r",\s+([^,.!?…:;«»„“—–]{3,60}?),\s*$")


class _Attribution(NamedTuple):
    """Who said a direct quote, through which cue, and how sure the finder is."""

    who: Resolved | None
    cue: Token | None
    confidence: float


def attribute_russian(text: str, layout: Layout) -> tuple[list[Quote], list[Speaker]]:
    """Every quotation in a Russian article, with its speaker; speakers with all mentions."""
    pipeline = load_russian()
    analysed = pipeline.read(text)
    book = SpeakerBook(analysed, pipeline)
    finder = _Finder(analysed, layout, book)
    quotes = finder.run()
    for quote in sorted(quotes, key=lambda q: q.start):  # one id per attribution, as in English
        if quote.attribution_id is None:
            finder.attribution_count += 1
            quote.attribution_id = f"ru-{finder.attribution_count}"
    carry_circumstances(
        quotes, russian_time_shift(analysed, quotes), layout.body_regions(), layout.title
    )
    return quotes, book.speakers()


class _Finder(ReportedConstructions):
    def __init__(self, text: RussianText, layout: Layout, book: SpeakerBook) -> None:
        self.t = text
        self.s = text.text
        self.book = book
        self.g = ClauseReader(text, book)
        regions = layout.body_regions() or [(0, len(self.s))]
        self.regions = regions
        self.quotes: list[Quote] = []
        self.used_cues: set[int] = set()
        self.inside: list[tuple[int, int]] = []  # direct quotes and their inner attributions
        self.attribution_count = 0
        self.reported: list[tuple[int, int]] = []  # content spans of reported speech
        self.phrase_speakers: dict[int, Resolved | None] = {}  # «по его словам» read in place
        self.shouted: set[int] = set()  # opening marks of quotations after «крикнул»

    # -- driver -------------------------------------------------------------------------------

    def run(self) -> list[Quote]:
        marks = scan_marks(self.s, self.regions)
        for mark in marks:
            self.inside.append((mark.open, mark.close + 1))
        previous_end = -1
        pending = list(marks)
        for sentence in self.t.sentences:
            while pending and pending[0].open < sentence.end:
                mark = pending.pop(0)
                if self._attribute_marks(mark, previous_end, marks):
                    previous_end = mark.close
            if self._in_body(sentence.start):
                self._reported_speech(sentence, marks)
        self._unmarked_after_colon()
        self.quotes.sort(key=lambda q: q.start)
        return self.quotes

    # -- quotation marks ----------------------------------------------------------------------

    def _attribute_marks(self, mark: Marks, previous_end: int, marks: list[Marks]) -> bool:
        pieces = self._split_inside(mark)
        resolved = self._after(mark) or self._before_colon(mark) or pieces[1] or self._shouted(mark)
        resumed = self._resumed(mark) if resolved is None else None
        if resumed is not None:
            resolved = resumed[0]
        if resolved is None:
            if not stands_alone(self.s, mark):
                return False
            last = self.book.last()
            if last is None or previous_end < 0 or not self._near(previous_end, mark.open):
                return False
            resolved = _Attribution(last, None, 0.5)
        who, cue, confidence = resolved
        group = None
        fragments = pieces[0]
        if len(fragments) > 1:
            self.attribution_count += 1
            group = f"ru-{self.attribution_count}"
        if resumed is not None:
            self.attribution_count += 1
            group = f"ru-{self.attribution_count}"
        for start, end in fragments:
            self._add(start, end, "direct", who, cue, confidence, group)
        if resumed is not None and cue is not None:
            first_part = resumed[1]
            if first_part is None:  # «A», говорит X, «b»: A is X's direct quote already
                joined = [q for q in self.quotes if q.cue_span and q.cue_span.start == cue.start]
            else:  # by identity: _reported may drop quotes that the first part holds
                before = list(self.quotes)  # held, so that no new quote reuses a dropped id()
                seen = {id(q) for q in before}
                self._reported(*first_part, who, self.g.cue_span(cue), marks, cue.index)
                joined = [q for q in self.quotes if id(q) not in seen]
            for quote in joined:
                quote.attribution_id = group
        return True

    def _shouted(self, mark: Marks) -> _Attribution | None:
        """Шекатт выкрикнул «Аллах акбар»: a quotation right after a verb of shouting is what
        its subject shouted, even a short capitalised one (kept when a clause around it is
        someone else's report). The subject must be the verb's, or that of the verb it
        continues («парень … поднёс карабин, после чего крикнул «…»»)."""
        before = self.t.token_range(0, mark.open)
        tokens = self.t.tokens
        if not before or tokens[before[-1]].lemma not in self.g.lex.exclaiming:
            return None
        verb = tokens[before[-1]]
        doer = verb
        for _ in tokens:  # bounded: a parse can hold a cycle of conjuncts
            if any(tokens[c].rel.startswith("nsubj") for c in self.t.children(doer.index)):
                break
            if doer.rel not in ("conj", "parataxis") or doer.head is None:
                return None
            doer = tokens[doer.head]
            if doer.pos != "VERB":
                return None
        else:
            return None
        who = self.g.speaker_of(doer, self.t.sentences[verb.sentence].start, verb.start)
        if who is None:
            return None
        self.shouted.add(mark.open)
        return _Attribution(who, verb, 0.8)

    def _resumed(self, mark: Marks) -> tuple[_Attribution, tuple[int, int] | None] | None:
        """«… механизмы, которые «требуют полной отдачи сил», говорит Юханссон, «поэтому я
        лучше буду продолжать»»: a quotation that resumes in lower case, up to its end, a
        sentence that the speaker's attribution interrupts between commas without dashes. The
        attribution, and the sentence's first part before it (the speaker's words too, mixed
        when it holds quoted words), which must hold no cue of its own; no first part when
        it is only a quotation («Эти механизмы …», говорит Петров, «поэтому …»), a direct
        quote of its own."""
        start = mark.content[0][0]
        sentence = self.t.sentence_of(mark.open)
        if sentence is None or not self.s[start : start + 1].islower():
            return None
        match = _BETWEEN_COMMAS.search(self.s, sentence.start, mark.open)
        if match is None or not ends_its_sentence(self.s, mark):
            return None
        if len(self.s[start : mark.content[-1][1]].split()) < MIN_WORDS_ALONE:
            return None  # «…, говорит Петров, «но».»: too short to be words resumed
        clause_start, clause_end = match.span(1)
        cue = self.g.cue_in(clause_start, clause_end)
        if cue is None or cue.start - clause_start > 12:  # the cue opens the insertion
            return None
        who = self.g.speaker_of(cue, clause_start, clause_end)
        first_part = self.t.token_range(sentence.start, match.start())
        if who is None or any(
            self.g.is_cue(self.t.tokens[i]) and not self._in_direct(self.t.tokens[i].start)
            for i in first_part
        ):
            return None
        words = [i for i in first_part if self.t.tokens[i].pos != "PUNCT"]
        if all(self._in_direct(self.t.tokens[i].start) for i in words):
            return _Attribution(who, cue, 0.8), None
        return _Attribution(who, cue, 0.8), (sentence.start, match.start())

    def _split_inside(self, mark: Marks) -> tuple[list[tuple[int, int]], _Attribution | None]:
        """«A, — сказал он, — B»: two fragments and the attribution found between them."""
        pieces: list[tuple[int, int]] = []
        attribution = None
        for start, end in mark.content:
            cursor = start
            for match in _INSIDE_ATTRIBUTION.finditer(self.s, start, end):
                clause_start, clause_end = match.span(1)
                cue = self.g.cue_in(clause_start, clause_end)
                if cue is None:
                    continue
                who = self.g.speaker_of(cue, clause_start, clause_end)
                if attribution is None:
                    attribution = _Attribution(who, cue, 0.9)
                pieces.append((cursor, match.start()))
                self.inside.append((match.start(), match.end()))
                cursor = match.end()
            pieces.append((cursor, end))
        pieces = [(a, b) for a, b in (self._trim(a, b) for a, b in pieces) if b > a]
        return pieces, attribution

    def _after(self, mark: Marks) -> _Attribution | None:
        """«…», — заявил Лавров / «…», — Лавров сказал / «…», так сказал он."""
        after = mark.close + 1
        match = _AFTER_DASH.match(self.s, after)
        if match is None and stands_alone(self.s, mark):  # «…», так сказал Кличко
            match = _AFTER_COMMA.match(self.s, after)
        if match is None:
            return None
        clause_end = self.g.clause_end(match.end())
        indices = self.t.token_range(match.end(), clause_end)
        for index in list(indices)[:6]:
            token = self.t.tokens[index]
            if self.g.is_cue(token):
                who = self.g.speaker_of(token, match.end(), clause_end)
                return _Attribution(who, token, 0.9 if who else 0.6)
        return None

    def _before_colon(self, mark: Marks) -> _Attribution | None:
        """Лавров заявил: «…» — a cue in the clause that ends with a colon before the quote."""
        before = self.s[: mark.open].rstrip()
        if not before.endswith(":"):
            return None
        colon = len(before) - 1
        clause_start = self.g.clause_start(colon)
        token = self._colon_cue(clause_start, colon)
        if token is not None:
            who = self.g.speaker_of(token, clause_start, colon)
            return _Attribution(who, token, 0.9 if who else 0.6)
        who = self.g.name_before_colon(clause_start, colon) or document_before_colon(
            self.g, clause_start, colon
        )
        if who:
            return _Attribution(who, None, 0.8)
        who = person_before_colon(self.g, clause_start, colon, mark)
        return _Attribution(who, None, 0.6) if who else None

    def _colon_cue(self, clause_start: int, colon: int) -> Token | None:
        """The cue of the clause that a colon ends: the last verb of saying or addressing
        («обратился к молящимся:») or «по словам»-phrase, not one in a relative clause about
        someone else («…Косово, часть жителей которого считает себя государством:»)."""
        for index in reversed(self.t.token_range(clause_start, colon)):
            token = self.t.tokens[index]
            if self.g.describes_someone_else(token) or not self.g.reports(token):
                continue  # nor «пришлось бы признать …», «я думаю …»
            if (
                self.g.is_cue(token)
                or token.lemma in self.g.lex.addressing
                or self.g.according_to(index) is not None
                or self.g.captioned(token)
                or self.g.words_spoken_with(token) is not None  # «встретил … словами:»
                or self.g.gives_commentary(token)  # «посвятил событию комментарий:»
            ):
                return token
        return None

    def _unmarked_after_colon(self) -> None:
        """«81-летний актёр сообщил:» and then the quote as a paragraph (or line) of its own."""
        for index, (start, end) in enumerate(self.regions):
            block = self.s[start:end]
            candidates = []
            if (
                block.rstrip().endswith(":")
                and index + 1 < len(self.regions)
                and not self._lost_box_before(index)
            ):
                candidates.append((end - 1, *self.regions[index + 1]))
            for match in re.finditer(r":[ \t]*\n", block):
                colon = start + match.start()
                nxt = start + match.end()
                stop = self.s.find("\n", nxt, end)
                candidates.append((colon, nxt, stop if stop > 0 else end))
            for colon, quote_start, quote_end in candidates:
                quote_start += len(self.s[quote_start:quote_end]) - len(
                    self.s[quote_start:quote_end].lstrip()
                )
                if quote_start >= quote_end or self.s[quote_start] in OPEN:
                    continue
                if self.g.is_narrative(quote_start, quote_end):
                    continue
                clause_start = self.g.clause_start(colon)
                token = self._colon_cue(clause_start, colon)
                if token is None:  # «…, подчеркнув её «ценное богатство» — плюрализм:»
                    clause_start = self.g.clause_start(colon, past_quotations=True)
                    token = self._colon_cue(clause_start, colon)
                if token is not None:
                    # «По его словам, …:» was read in its place; «его» is not re-read at the end
                    who = self.phrase_speakers.get(token.index) or self.g.speaker_of(
                        token, clause_start, colon
                    )
                    self.inside.append((quote_start, quote_end))
                    self._add(quote_start, quote_end, "direct", who, token, 0.7)

    def _lost_box_before(self, index: int) -> bool:
        """«Представитель НИИ сказал:» and right after it «Жена актёра говорила:»: the quote
        after the first colon was lost with its box, so the article lost its boxes, and the
        paragraph after the second colon is the article going on, not the quotation."""
        if index == 0:
            return False
        start, end = self.regions[index - 1]
        return self.s[start:end].rstrip().endswith(":")

    # -- reported speech ----------------------------------------------------------------------

    def _reported_speech(self, sentence: Sentence, marks: list[Marks]) -> None:
        for index in range(sentence.first, sentence.stop):
            if index in self.used_cues or self._in_direct(self.t.tokens[index].start):
                continue
            phrase = self.g.according_to(index)
            if phrase is not None:
                self._according(index, phrase, sentence.first, sentence.stop, marks)
                continue
            token = self.t.tokens[index]
            if (
                token.lemma in self.g.lex.characterising
                and self.g.reports(token)
                and self._characterised(token, sentence.first, sentence.stop, marks)
            ):
                continue
            if self.g.is_cue(token) and self.g.reports(token):
                self._reported_by_cue(token, sentence.first, sentence.stop, marks)
            elif token.pos == "NOUN" and token.lemma in self.g.lex.statements:
                self._statement_noun(token, sentence.first, sentence.stop, marks)

    def _according(
        self, index: int, length: int, first: int, stop: int, marks: list[Marks]
    ) -> None:
        """По словам X, …: the source is the noun after the phrase, the content follows it;
        a phrase that ends its sentence («…, по данным Daily Mail.») reports the clause before."""
        if any(start <= self.t.tokens[index].start < end for start, end in self.reported):
            return  # «Он добавил, что, по его мнению, …»: part of a clause already reported
        holder = self.g.phrase_source(index, length)
        if holder is None or holder >= stop:
            return
        phrase = self.book.source_phrase(holder)
        after = index + length if length == 3 else (max(phrase) + 1 if phrase else holder + 1)
        if after < stop and self.t.tokens[after].text == "(":  # «Буфье (Volker Bouffier),»
            while after < stop and self.t.tokens[after].text != ")":
                after += 1
            after += 1
        if after < stop and self.t.tokens[after].text == ",":
            after += 1
        apposition = self._apposition_end(after, stop, phrase or [holder])
        if apposition is not None:  # «По словам одного из участников, епископа Н. Н., …»
            holder, after = after, apposition + 1
        cue_span = self.g.cue_span(self.t.tokens[index])
        if all(t.pos == "PUNCT" for t in self.t.tokens[after:stop]):
            comma = index - 1
            if (
                comma > first
                and self.t.tokens[comma].text == ","
                and self.unattributed_clause(first, comma)
            ):
                who = self.book.from_head(phrase_head(self.t, holder))
                start, end = self.t.tokens[first].start, self.t.tokens[comma].start
                self._reported(start, end, who, cue_span, marks, index)
            return
        who = self.book.from_head(phrase_head(self.t, holder))
        content_end = self.g.content_end(after, stop)
        if content_end is None or self.g.holds_reported_clause(after, stop):
            return
        opening = self._verbless_opening(first, index)  # 0 when the sentence opens the text
        start = opening if opening is not None else self.t.tokens[after].start
        self._reported(start, content_end, who, cue_span, marks, index)

    def _reported_by_cue(self, cue: Token, first: int, stop: int, marks: list[Marks]) -> None:
        """Try the constructions of reported speech around one cue; the first that fits wins."""
        patterns = (
            self._that_clause,
            self._as_said,
            self._parenthetical,
            self._source_after,
            self._about,
            self._naming,
            self._comparison,
            self._request,
            self._after_colon,
        )
        for pattern in patterns:
            clause = pattern(cue, first, stop, marks)
            if clause is None:
                continue
            who = self.g.speaker_of(cue, clause.who_start, clause.who_end)
            if clause.kind is not None:
                self._add_reported(
                    clause.start, clause.end, clause.kind, who, clause.cue, cue.index
                )
            else:
                self._reported(clause.start, clause.end, who, clause.cue, marks, cue.index)
            return

    def _statement_noun(self, noun: Token, first: int, stop: int, marks: list[Marks]) -> None:
        """опубликовал заявление о том, что …: a noun of statement introduces the clause; said
        by whoever the noun belongs to, and by nobody (no quote) when no one is named."""
        if self._in_reported(noun.start):
            return
        clause = self._that_clause(noun, first, stop, marks)
        if clause is None or self.g.cue_in(noun.end, clause.start) is not None:
            return  # «в заявлении было сказано, что»: the verb is the cue
        if self._in_reported(clause.start):
            return  # «писал заявления … по поводу того, что …»: the verb reported it already
        who = self.g.statement_source(noun, before=clause.start)
        if who is not None:
            self._reported(clause.start, clause.end, who, clause.cue, marks, noun.index)

    def _characterised(self, cue: Token, first: int, stop: int, marks: list[Marks]) -> bool:
        """Белый дом охарактеризовал Ли Куан Ю как «провидца», построившего …: a verb of
        characterising is no cue by itself, but when its object is followed by «как «…»» the
        rest of the sentence is its subject's, a mixed quote (not for a participle, nor inside
        a clause already reported). A verb of saying among them («описывала жилище как «…»»)
        is read this way first, and as a cue after. True when it gave a quote."""
        if cue.feats.get("VerbForm") == "Part" or self._in_reported(cue.start):
            return False
        after = next((m for m in marks if m.open > cue.end), None)
        if after is None or after.close >= self.t.tokens[stop - 1].end:
            return False
        between = self.s[cue.end : after.open]
        end = self.g.content_end(cue.index + 1, stop)
        if end is None or "," in between or not _AS_MARK.search(between):
            return False
        who = self.g.speaker_of(cue, self.t.tokens[first].start, cue.start)
        self._reported(
            self.t.tokens[cue.index + 1].start, end, who, self.g.cue_span(cue), marks, cue.index
        )
        return True

    def _reported(
        self,
        start: int,
        end: int,
        who: Resolved | None,
        cue: Span,
        marks: list[Marks],
        cue_index: int,
    ) -> None:
        start, end = self._trim(start, end)
        if end - start < 3:
            return
        inner = [
            m
            for m in marks
            if start <= m.open
            and m.close < end
            and (m.open in self.shouted or not is_name(self.s, m))
        ]
        kind: QuoteKind = "mixed" if inner else "indirect"
        if inner:
            # the quotation inside a reported clause is part of it, not a quote of its own
            self.quotes = [
                q
                for q in self.quotes
                if not any(
                    m.open < q.start and q.end <= m.close and m.open not in self.shouted
                    for m in inner
                )
            ]
        self.reported.append((start, end))
        self._add_reported(start, end, kind, who, cue, cue_index)

    def _add_reported(
        self, start: int, end: int, kind: QuoteKind, who: Resolved | None, cue: Span, cue_index: int
    ) -> None:
        self.used_cues.add(cue_index)
        if self.g.according_to(cue_index) is not None:
            self.phrase_speakers[cue_index] = who
        if who is None and (
            self.t.tokens[cue_index].lemma in self.g.lex.impersonal
            or self.g.indefinite_personal(self.t.tokens[cue_index])
        ):
            return  # «Отмечается, что …», «называют …»: nobody is named as saying it
        confidence = 0.8 if who and who.speaker else 0.5
        self._add(start, end, kind, who, cue, confidence)

    # -- helpers ------------------------------------------------------------------------------

    def _add(
        self,
        start: int,
        end: int,
        kind: QuoteKind,
        who: Resolved | None,
        cue: Token | Span | None,
        confidence: float,
        group: str | None = None,
    ) -> None:
        if isinstance(cue, Token):
            reports_too = self.g.according_to(cue.index) is not None or (
                cue.end < start and reports_before_colon(self.g, cue, start)
            )
            if kind != "direct" or not reports_too:
                self.used_cues.add(cue.index)  # «По словам X, A: «B»» reports A as well
            cue_span: Span | None = self.g.cue_span(cue)
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
            add_time_and_occasion(self.t, quote, cue_span)
        if kind == "direct":
            quote.insertions = [Span.of(self.s, a, b) for a, b in insertions(self.s, start, end)]
        self.quotes.append(quote)

    def _near(self, previous_end: int, start: int) -> bool:
        """Within the same or the next paragraph."""
        breaks = self.s.count("\n\n", previous_end, start)
        return breaks <= 1

    def _in_body(self, offset: int) -> bool:
        return any(a <= offset < b for a, b in self.regions)

    def _trim(self, start: int, end: int) -> tuple[int, int]:
        while start < end and self.s[start] in " \u00a0\n,":
            start += 1
        while end > start and self.s[end - 1] in " \u00a0\n,—–":
            end -= 1
        return start, end
