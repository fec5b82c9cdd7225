"""The constructions of reported speech around a Russian cue, each read as one clause.

«X заявил, что …», «как заявил X, …», «A, напомнил X, B», «…, сообщили X», «X заявил о …»,
«X назвал Y «…»», «X сравнил Y с Z», «X призвал Y сделать …»: each construction finds, around
one cue, the reported clause and where its speaker is (a :class:`Clause`), or nothing.
:class:`ReportedConstructions` is the part of the quote finder (:mod:`quotewire.quotes.russian`)
that reads them; the finder tries them in order and adds the quote of the first that fits. It
also says where a «по словам X» phrase's clause starts when the phrase is set into it
(``_verbless_opening``) and where an apposition to its source ends (``_apposition_end``).
"""

from __future__ import annotations

from dataclasses import dataclass

from quotewire.nlp.russian import RussianText, Token
from quotewire.quotes.russian_clauses import ClauseReader
from quotewire.quotes.russian_marks import Marks
from quotewire.quotes.russian_topics import topic_end
from quotewire.types import QuoteKind, Span

# At most this many words of a cue's object before a colon that opens what was said
# («поделилась секретом своего долголетия:»).
_OBJECT_WORDS = 5


@dataclass(frozen=True, slots=True)
class Clause:
    """A reported clause found around a cue: its content, where its speaker is, the cue."""

    start: int
    end: int
    who_start: int
    who_end: int
    cue: Span
    kind: QuoteKind | None = None  # set when the construction decides it (naming: mixed)


class ReportedConstructions:
    """The constructions of reported speech in one article, read by the quote finder, which
    sets the attributes below (the article and what it has found so far)."""

    t: RussianText
    s: str
    g: ClauseReader
    used_cues: set[int]  # cues already read (an outlet's «пишет» after a clause is added)
    inside: list[tuple[int, int]]  # direct quotes and their inner attributions
    reported: list[tuple[int, int]]  # content spans of reported speech

    def _that_clause(self, cue: Token, first: int, stop: int, marks: list[Marks]) -> Clause | None:
        """X заявил, что … / X сообщил журналистам, что … / X рассказал о том, что …"""
        tokens = self.t.tokens
        bare = cue.index + 1
        bare_that = tokens[bare].lemma in self.g.lex.that_words if bare < stop - 1 else False
        if bare_that and tokens[bare].pos == "SCONJ":
            end = self.g.content_end(bare + 1, stop)  # «МИД Италии подтвердил что …»: no comma
            if end is not None:
                return Clause(
                    tokens[bare + 1].start,
                    end,
                    tokens[first].start,
                    cue.start,
                    self.g.cue_span(cue),
                )
        index, window = cue.index, cue.index + 8
        while index + 1 < min(window, stop - 1):
            index += 1
            if tokens[index].text == "(" and index == cue.index + 1:  # «значится (…), что»
                close = next((i for i in range(index, stop) if tokens[i].text == ")"), stop)
                window += close - index + 1
                index = close
                continue
            verb = tokens[index].pos == "VERB" and tokens[index].feats.get("VerbForm") != "Part"
            if verb and index != self.g.idiom_completion(cue):  # «давал понять, что»
                return None  # «напомнил собравшимся на молебен, что …»: a participle is no clause
            if tokens[index].text != ",":
                continue
            if tokens[index + 1].lemma in self.g.lex.that_words:
                start_index = index + 2
            elif [t.lemma for t in tokens[index + 1 : index + 5]] == ["о", "тот", ",", "что"]:
                start_index = index + 5
            else:
                continue
            end = self.g.content_end(start_index, stop)
            if end is None:
                return None
            start = tokens[start_index].start
            return Clause(
                start, end, tokens[first].start, tokens[index].start, self.g.cue_span(cue)
            )
        return None

    def _as_said(self, cue: Token, first: int, stop: int, marks: list[Marks]) -> Clause | None:
        """Как заявил X, … / Более того, как сообщает CNN, … / and set inside a clause whose
        first part has a verb of its own («она работала адвокатом и в этот период, как отмечает
        издание, решила …»), the whole clause, as for «A, напомнил Папа, B»."""
        tokens = self.t.tokens
        as_word = cue.index - 1
        if as_word < first or tokens[as_word].lemma != "как":
            return None
        if as_word > first and tokens[as_word - 1].text != ",":
            return None
        comma = next((i for i in range(cue.index + 1, stop) if tokens[i].text == ","), None)
        end = self.g.content_end(comma + 1, stop) if comma is not None else None
        if comma is None or end is None:
            return None
        cue_span = self.g.cue_span(cue, with_previous=True)
        start = tokens[comma + 1].start
        if as_word > first and any(t.pos in ("VERB", "AUX") for t in tokens[first:as_word]):
            start = tokens[
                first
            ].start  # «она работала адвокатом и, как отмечает издание, решила …»
        return Clause(start, end, cue.end, tokens[comma].start, cue_span)

    def _parenthetical(
        self, cue: Token, first: int, stop: int, marks: list[Marks]
    ) -> Clause | None:
        """Многие мигранты, напомнил Папа, бежали …, пишет BBC: the clause around an
        attribution set in commas; the outlet's «пишет» after it makes no quote of its own."""
        found = self.g.parenthetical(cue, first, stop)
        if found is None:
            return None
        close, end, outlet = found
        self.used_cues.update(outlet)
        tokens = self.t.tokens
        return Clause(tokens[first].start, end, cue.end, tokens[close].start, self.g.cue_span(cue))

    def _source_after(self, cue: Token, first: int, stop: int, marks: list[Marks]) -> Clause | None:
        """…, сообщили официальные лица. / … - сообщил прокурор. — a whole clause, then its
        source. A clause with an attribution of its own («…», — говорится в сообщении СМИ,
        пишет «КП») is the outlet's report of that one."""
        tokens = self.t.tokens
        comma = cue.index - 1
        if comma <= first or tokens[comma].text not in (",", "—", "–", "-"):
            return None
        if tokens[comma].text != "," and tokens[comma - 1].text == ",":
            comma -= 1  # «…, — сообщил прокурор»
        if not self.unattributed_clause(first, comma):
            return None
        source_stop = self._next_converb_cue(cue, stop)
        if not self.g.ends_sentence_soon(cue.index, source_stop):
            return None
        if any(tokens[c].rel == "obj" for c in self.t.children(cue.index)):
            return None  # «он, в частности, прокомментировал отравление»: not a source
        end = tokens[source_stop - 1].end
        return Clause(tokens[first].start, tokens[comma].start, cue.end, end, self.g.cue_span(cue))

    def _next_converb_cue(self, cue: Token, stop: int) -> int:
        """«…, сообщили правоохранители, добавив, что …»: the comma before the source's next
        cue, a converb on this one (which reports its own clause), ends the source's words;
        ``stop`` when there is none."""
        tokens = self.t.tokens
        return next(
            (i for i in range(cue.index + 1, stop - 1)
             if tokens[i].text == ","
             and tokens[i + 1].head == cue.index
             and tokens[i + 1].feats.get("VerbForm") == "Conv"
             and self.g.is_cue(tokens[i + 1])),
            stop,
        )  # fmt: skip

    def unattributed_clause(self, first: int, comma: int) -> bool:
        """Whether the words from token ``first`` to the comma before a source that follows
        them («…, сообщили официальные лица», «…, по данным Daily Mail») are a clause of their
        own that nothing attributes yet: not a quotation or part of one, holding no cue already
        read and no reported clause, with a verb (or a dash for one)."""
        tokens = self.t.tokens
        if tokens[comma - 1].text in "»“”" or self._in_direct(tokens[comma - 1].start):
            return False
        if any(i in self.used_cues for i in range(first, comma)) or any(
            a < tokens[comma].start and tokens[first].start < b for a, b in self.reported
        ):
            return False
        return any(t.pos in ("VERB", "AUX") or t.text in "—–" for t in tokens[first:comma])

    def _about(self, cue: Token, first: int, stop: int, marks: list[Marks]) -> Clause | None:
        """X заявил о готовности …; О смерти X сообщили родственники. («Об этом», «о данном
        изделии» point back to what was reported before and are left alone.)"""
        tokens = self.t.tokens
        topical = self.g.lex.topical
        after = cue.index + 1
        if after < stop - 1 and tokens[after].lemma in ("о", "об"):
            if tokens[after + 1].lemma in self.g.lex.pointing_back or cue.lemma not in topical:
                return None
            end = topic_end(self.t, after, stop)
            if end is None:
                return None
            return Clause(
                tokens[after].start, end, tokens[first].start, cue.start, self.g.cue_span(cue)
            )
        if tokens[first].lemma in ("о", "об") and first + 1 < cue.index:
            if tokens[first + 1].lemma in self.g.lex.pointing_back or cue.lemma not in topical:
                return None
            last = tokens[cue.index - 1].end
            subject = self._subject_start(cue, first)
            if subject is not None:  # «Об отречении 79-летний монарх заявил»
                last = tokens[subject - 1].end
            end = min(topic_end(self.t, first, cue.index) or last, last)
            who_end = tokens[stop - 1].end
            return Clause(
                tokens[first].start, end, tokens[first].start, who_end, self.g.cue_span(cue)
            )
        return None

    def _subject_start(self, cue: Token, first: int) -> int | None:
        """The first word of the cue's subject between ``first`` and the cue, if it has one
        there: the subject with the words that hang on it (through any depth)."""
        tokens = self.t.tokens
        subject = next(
            (c for c in self.t.children(cue.index)
             if first < c < cue.index and tokens[c].rel.startswith("nsubj")),
            None,
        )  # fmt: skip
        if subject is None:
            return None
        start = subject
        for index in range(subject - 1, first, -1):
            if self.t.hangs_on(index, subject, first, cue.index):
                start = index
        return start

    def _naming(self, cue: Token, first: int, stop: int, marks: list[Marks]) -> Clause | None:
        """назвал эпидемию «вызовом века»: the object and its quoted name, a mixed quote."""
        if cue.lemma not in self.g.lex.naming:
            return None
        end = self.t.tokens[stop - 1].end
        for mark in marks:
            if cue.end < mark.open and mark.close < end and "," not in self.s[cue.end : mark.open]:
                start = self.t.tokens[cue.index + 1].start
                who_start = self.t.tokens[first].start
                name_end = self._name_end(cue, mark.close + 1, stop)
                return Clause(start, name_end, who_start, cue.start, self.g.cue_span(cue), "mixed")
        return None

    def _name_end(self, cue: Token, closed: int, stop: int) -> int:
        """Where a quoted name's phrase ends: the name goes on after its marks with the words
        that describe it («своим «солдатом», который «осуществил …»», «…» на территории …) to
        the end of the reported clause, but not into a second predicate of the cue («назвал
        решение «…» и обвинил …»)."""
        tokens = self.t.tokens
        end = self.g.content_end(cue.index + 1, stop)
        if end is None or end <= closed:
            return closed
        after = [i for i in range(cue.index + 1, stop) if closed <= tokens[i].start < end]
        for index in after:
            token = tokens[index]
            if token.head == cue.index and token.rel == "conj" and token.pos in ("VERB", "AUX"):
                kept = [i for i in after if i < index and tokens[i].pos not in ("PUNCT", "CCONJ")]
                return tokens[kept[-1]].end if kept else closed
        return end

    def _comparison(self, cue: Token, first: int, stop: int, marks: list[Marks]) -> Clause | None:
        """Понтифик сравнил их с библейскими Марией и Иосифом: what was compared, and with
        what, is the stated opinion (a finite verb with an object and a «с»-phrase after it)."""
        if cue.lemma not in self.g.lex.comparing or cue.feats.get("VerbForm") != "Fin":
            return None
        tokens = self.t.tokens
        objects = [
            c for c in self.t.children(cue.index) if c > cue.index and tokens[c].rel == "obj"
        ]
        with_what = any(
            tokens[i].lemma in ("с", "со")
            and tokens[i].head is not None
            and tokens[tokens[i].head].feats.get("Case") == "Ins"
            for i in range(objects[0] + 1, stop)
        ) if objects else False  # fmt: skip
        return self._clause_after_cue(cue, first, stop) if with_what else None

    def _request(self, cue: Token, first: int, stop: int, marks: list[Marks]) -> Clause | None:
        """призвал мировое сообщество не забывать …: what was asked, proposed or promised,
        with whom it was asked of, is the reported clause, up to a narrator's «, поэтому …»."""
        if not self.g.asks(cue):
            return None
        tokens = self.t.tokens
        consequence = next(
            (i for i in range(cue.index + 1, stop - 1)
             if tokens[i].text == "," and tokens[i + 1].lemma in self.g.lex.consequences),
            stop,
        )  # fmt: skip
        return self._clause_after_cue(cue, first, consequence)

    def _after_colon(self, cue: Token, first: int, stop: int, marks: list[Marks]) -> Clause | None:
        """«поделилась секретом своего долголетия: всем желающим … просто «следить за …»»: a
        cue whose object (a few words, no comma) runs to a colon, after which the sentence
        goes on in lower case with no marks opening it, reports the rest of the sentence
        (mixed when it holds quoted words). A quotation or a capital after the colon is the
        colon paths' (:mod:`~quotewire.quotes.russian_colons`)."""
        tokens = self.t.tokens
        colon = next(
            (i for i in range(cue.index + 1, min(stop, cue.index + _OBJECT_WORDS + 2))
             if tokens[i].pos == "PUNCT"),
            None,
        )  # fmt: skip
        if colon is None or tokens[colon].text != ":" or colon + 2 >= stop:
            return None
        word = tokens[colon + 1]
        if not (word.text[:1].isalpha() and word.text[:1].islower()):
            return None
        end = self.g.content_end(colon + 1, stop)
        if end is None or not self._predicate_after(colon, stop, end):
            return None
        return Clause(word.start, end, tokens[first].start, cue.start, self.g.cue_span(cue))

    def _predicate_after(self, colon: int, stop: int, end: int) -> bool:
        """Whether a clause follows ``colon``: the colon hangs on a verb or adjective after
        it («заявил: никаких переговоров не будет»), or a finite verb or short adjective comes
        before ``end``. A list after a colon («назвал три риска: инфляцию, санкции …») is
        what was named, not what was said."""
        tokens = self.t.tokens
        head = tokens[colon].head
        if head is not None and head > colon and tokens[head].pos in ("VERB", "AUX", "ADJ"):
            return True
        return any(
            tokens[i].feats.get("VerbForm") == "Fin" or tokens[i].feats.get("Variant") == "Short"
            for i in range(colon + 1, stop)
            if tokens[i].start < end
        )

    def _clause_after_cue(self, cue: Token, first: int, stop: int) -> Clause | None:
        """The clause from the word after ``cue`` to where the content ends, said by the
        sentence from ``first``: what was compared, asked or promised."""
        comma = next(
            (i for i in range(cue.index + 1, stop)
             if self.t.tokens[i].text == "," and self.g.next_attribution(i, stop)),
            stop,
        )  # fmt: skip
        end = self.g.content_end(cue.index + 1, comma + 1 if comma < stop else stop)
        if end is None:
            return None
        start = self.t.tokens[cue.index + 1].start
        return Clause(start, end, self.t.tokens[first].start, cue.start, self.g.cue_span(cue))

    def _in_direct(self, offset: int) -> bool:
        return any(a <= offset < b for a, b in self.inside)

    def _verbless_opening(self, first: int, index: int) -> int | None:
        """«А самую масштабную премьеру сезона зрители, по словам Бертмана, увидят в октябре»:
        a phrase set in commas after the subject or object of the verb after it, with no verb
        before it, interrupts its clause, which starts with the sentence (after an opening
        «А», «И», «Но»); not after a connective alone («Кроме того», «При этом», «На данный
        момент»: no subject or object there). The start of that clause, or None."""
        tokens = self.t.tokens
        if index - 1 <= first or tokens[index - 1].text != ",":
            return None
        opening = range(first, index - 1)
        if any(tokens[i].pos in ("VERB", "AUX") or tokens[i].text in ":;—–" for i in opening):
            return None
        if not any(
            tokens[i].rel in ("nsubj", "nsubj:pass", "obj") and (tokens[i].head or 0) > index
            for i in opening
        ):
            return None
        if any(i in self.used_cues for i in opening) or self._in_reported(tokens[first].start):
            return None
        while first < index - 1 and tokens[first].pos in ("CCONJ", "PUNCT"):
            first += 1
        return tokens[first].start

    def _apposition_end(self, first: int, stop: int, phrase: list[int]) -> int | None:
        """The comma that closes an apposition to a «по словам»-phrase's source starting at
        token ``first`` («по словам одного из участников, епископа Григория Михнова-Вайтенко,
        статья …»): a noun the parser hangs on the phrase as an apposition, in its case, whose
        words all hang on it up to the comma. None when there is no such apposition."""
        tokens = self.t.tokens
        if first >= stop or tokens[first].rel != "appos" or tokens[first].head not in phrase:
            return None
        if tokens[first].feats.get("Case") != tokens[tokens[first].head or 0].feats.get("Case"):
            return None
        for index in range(first + 1, stop):
            if tokens[index].text == ",":
                return index
            if not self.t.hangs_on(index, first, first, stop):
                return None
        return None

    def _in_reported(self, offset: int) -> bool:
        return any(a <= offset < b for a, b in self.reported)
