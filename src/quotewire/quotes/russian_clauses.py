"""The grammar of Russian attribution clauses, over Natasha's tokens and dependency tree.

What the quote finder asks about a sentence: is this word a cue (its lemma in
``data/ru/lexicon.toml``), where does a «по словам»-phrase start, who is the subject of a cue,
where does a reported clause end. Nothing here decides what is a quote; that is
:mod:`quotewire.quotes.russian`.
"""

from __future__ import annotations

from collections.abc import Iterator

from quotewire.nlp.russian import RussianText, Token
from quotewire.quotes.russian_marks import OPEN as _OPEN
from quotewire.quotes.russian_marks import Marks, is_name
from quotewire.speakers.russian import Resolved, SpeakerBook
from quotewire.speakers.russian_lexicon import russian_lexicon
from quotewire.speakers.russian_phrases import phrase_head
from quotewire.types import Span


def _short_passive(cue: Token) -> bool:
    """«сказано», «указано»: a short passive participle reports what a text says, as an
    impersonal verb («говорится») does."""
    return cue.feats.get("Variant") == "Short" and cue.feats.get("Voice") == "Pass"


class ClauseReader:
    """Questions about the clauses of one analysed article."""

    def __init__(self, text: RussianText, book: SpeakerBook) -> None:
        self.t = text
        self.s = text.text
        self.book = book
        self.lex = russian_lexicon()

    def cue_span(self, cue: Token, with_previous: bool = False) -> Span:
        """The cue's words: the verb, «как заявил» with ``with_previous``, a whole
        «по словам»-phrase when ``cue`` is its first word, or «давал понять»."""
        start = self.t.tokens[cue.index - 1].start if with_previous else cue.start
        length = self.according_to(cue.index)
        end = self.t.tokens[cue.index + length - 1].end if length else cue.end
        completion = self.idiom_completion(cue)
        if completion is not None:
            end = self.t.tokens[completion].end
        return Span.of(self.s, start, end)

    def is_cue(self, token: Token) -> bool:
        return (
            (token.pos in ("VERB", "AUX") and token.lemma in self.lex.speech)
            or token.lemma in self.lex.impersonal
            or (token.pos == "ADJ" and token.text.lower() in self.lex.opinions)
            or self.idiom_completion(token) is not None
        )

    def idiom_completion(self, verb: Token) -> int | None:
        """«давал понять, что …»: the index of the infinitive that makes the verb a cue (in
        the next two words, hanging on it), if any."""
        infinitive = self.lex.idioms.get(verb.lemma)
        if infinitive is None or verb.pos != "VERB":
            return None
        return next(
            (i for i in self.t.children(verb.index)
             if verb.index < i <= verb.index + 2 and self.t.tokens[i].lemma == infinitive),
            None,
        )  # fmt: skip

    def parenthetical(self, cue: Token, first: int, stop: int) -> tuple[int, int, list[int]] | None:
        """«Многие мигранты, напомнил Папа, бежали от войны, пишет BBC»: an attribution set in
        commas inside a reported clause whose first part has no verb of its own. The comma
        that closes it, the end of the clause, and the cues of a source after the clause
        (the outlet reporting the report)."""
        tokens = self.t.tokens
        before = cue.index - 1
        if before <= first or tokens[before].text != ",":
            return None
        if any(t.pos in ("VERB", "AUX") or t.text in "«»:—–" for t in tokens[first:before]):
            return None
        close = next((i for i in range(cue.index + 1, stop) if tokens[i].text == ","), None)
        if close is None or close + 2 >= stop:
            return None
        subjects = [c for c in self.t.children(cue.index) if tokens[c].rel.startswith("nsubj")]
        if not any(cue.index < c < close for c in subjects):
            return None
        end_index = next(
            (i for i in range(close + 1, stop - 1)
             if tokens[i].text == "," and self.is_cue(tokens[i + 1])
             and self.ends_sentence_soon(i + 1, stop)),
            stop,
        )  # fmt: skip
        end = self.content_end(close + 1, end_index)
        if end is None:
            return None
        outlet = [i for i in range(end_index + 1, stop) if self.is_cue(tokens[i])]
        return close, end, outlet

    def captioned(self, noun: Token) -> bool:
        """«опубликовали селфи с подписью: «…»»: a caption noun after «с» on a verb with a
        subject of its own; the caption is the words of whoever posted it."""
        tokens = self.t.tokens
        if noun.lemma not in self.lex.captions:
            return False
        verb = self._caption_verb(noun)
        if verb is None or not any(
            tokens[c].lemma in ("с", "со") for c in self.t.children(noun.index)
        ):
            return False
        subjects = [c for c in self.t.children(verb.index) if tokens[c].rel.startswith("nsubj")]
        return any(  # someone who posts: not «висит фото с подписью», where the photo is it
            tokens[c].feats.get("Animacy") != "Inan" or self.t.inside_entity(c, "ORG")
            for c in subjects
            if c != noun.head
        )

    def _caption_verb(self, noun: Token) -> Token | None:
        """The verb a caption hangs on, directly or through what it captions («выложила
        фотографию с подписью»)."""
        current = noun
        for _ in range(2):
            if current.head is None:
                return None
            current = self.t.tokens[current.head]
            if current.pos == "VERB":
                return current
        return None

    def asks(self, cue: Token) -> bool:
        """«призвал X не забывать», «предложил увеличить»: a verb of asking, proposing or
        promising with an infinitive object; not «призван привлечь» (meant to), nor in a
        relative clause that describes a noun («петиция, которая предлагает снять …»)."""
        if cue.lemma not in self.lex.requests or cue.feats.get("VerbForm") == "Part":
            return False
        if cue.rel == "acl:relcl":
            return False
        tokens = self.t.tokens
        return any(
            tokens[c].rel == "xcomp"
            and tokens[c].feats.get("VerbForm") == "Inf"
            and cue.index < c <= cue.index + 5
            for c in self.t.children(cue.index)
        )

    def name_before_colon(self, clause_start: int, colon: int) -> Resolved | None:
        """«Гарри Каспаров: «…»»: a line that opens with a person's name and a colon."""
        if self.s.rfind("\n", 0, colon) + 1 != clause_start:
            return None
        people = [e for e in self.t.entities_in(clause_start, colon) if e.type == "PER"]
        if len(people) != 1 or self.s[clause_start:colon].strip() != people[0].text:
            return None
        first = self.t.token_range(people[0].start, people[0].end)[0]
        return self.book.from_head(phrase_head(self.t, first))

    def describes_someone_else(self, token: Token) -> bool:
        """A verb of a relative clause with a subject of its own («страна, часть жителей
        которого считает …»): it tells about the noun, it does not attribute the sentence."""
        if token.rel != "acl:relcl":
            return False
        return any(
            self.t.tokens[c].rel.startswith("nsubj") and self.t.tokens[c].lemma != "который"
            for c in self.t.children(token.index)
        )

    def statement_source(self, noun: Token, before: int) -> Resolved | None:
        """Who made the statement a noun names: «заявление МИД о том, что» (its genitive),
        «X опубликовал заявление о том, что» (the subject of its verb), «на сайте КПРФ
        размещена информация о том, что» (the owner of the place it was published)."""
        tokens = self.t.tokens
        author = self.genitive_author(noun, before)
        if author is not None:
            return self.book.from_head(author)
        if noun.head is None:
            return None
        verb = tokens[noun.head]
        for child in self.t.children(verb.index):
            if child != noun.index and tokens[child].rel.startswith("nsubj"):
                return self.book.from_head(child)
        for child in self.t.children(verb.index):
            if tokens[child].rel == "obl" and tokens[child].lemma in self.lex.documents:
                owner = self.genitive_author(tokens[child], before)
                return self.book.from_head(owner) if owner is not None else None
        return None

    def genitive_author(self, noun: Token, before: int) -> int | None:
        """«заявление МИД»: the genitive that names a document's author (its token), but not
        «комментарий по поводу принятия решения», a topic behind a preposition."""
        tokens = self.t.tokens
        for child in self.t.children(noun.index):
            if (
                tokens[child].rel == "nmod"
                and tokens[child].feats.get("Case") == "Gen"
                and tokens[child].end <= before
                and not any(tokens[c].pos == "ADP" for c in self.t.children(child))
            ):
                return child
        return None

    def according_to(self, index: int) -> int | None:
        """The length of a «по словам» phrase starting at token ``index``, else None."""
        tokens = self.t.tokens
        for phrase in self.lex.according_to:
            words = [
                tokens[i].text.lower() for i in range(index, min(index + len(phrase), len(tokens)))
            ]
            if words == list(phrase):
                return len(phrase)
            # «по его словам»: a possessive between the two words
            if (len(phrase) == 2 and index + 2 < len(tokens) and words[:1] == [phrase[0]]
                    and tokens[index + 2].text.lower() == phrase[1]
                    and tokens[index + 1].text.lower() in self.lex.pronouns):  # fmt: skip
                return 3
        return None

    def cue_in(self, start: int, end: int) -> Token | None:
        for index in self.t.token_range(start, end):
            if self.is_cue(self.t.tokens[index]):
                return self.t.tokens[index]
        return None

    def speaker_of(self, cue: Token, start: int, end: int) -> Resolved | None:
        """The subject of the cue; for «говорится в заявлении X», X; else a noun in the clause."""
        tokens = self.t.tokens
        length = self.according_to(cue.index)
        if length is not None:  # «по словам протоиерея Игоря Якимчука: «…»»
            holder = self.phrase_source(cue.index, length)
            return self.book.from_head(phrase_head(self.t, holder)) if holder else None
        if self.captioned(cue):
            cue = self._caption_verb(cue) or cue  # «опубликовали селфи с подписью»: who did
        if cue.feats.get("VerbForm") == "Conv" and cue.head is not None:
            cue = tokens[cue.head]  # «…, отметив, что»: the converb's subject is its verb's
            start = self.t.sentences[cue.sentence].start
        first_conjunct = self._first_conjunct(cue)
        if (
            first_conjunct is not None
            and first_conjunct.pos == "VERB"
            and not any(tokens[c].rel.startswith("nsubj") for c in self.t.children(cue.index))
        ):
            cue = first_conjunct  # «подтвердили арест и подчеркнули, что …»: one subject
            start = min(start, self.t.sentences[cue.sentence].start)
            if cue.feats.get("VerbForm") == "Conv" and cue.head is not None:
                cue = tokens[cue.head]  # «настаивает …, утверждая, что …, и заявлял, что»
        children = self.t.children(cue.index)
        if cue.lemma in self.lex.quoting:  # «цитирует Infox.ru пресс-службу»
            for child in children:
                if tokens[child].rel == "obj":
                    return self.book.from_head(child)
        subjects = [
            c
            for c in children
            if tokens[c].rel.startswith("nsubj") and start <= tokens[c].start < end
        ]
        if subjects:  # the parser may hang two subjects on one verb: the nearer is the cue's
            subject = min(subjects, key=lambda c: abs(c - cue.index))
            if tokens[subject].lemma == "который" and cue.rel.startswith("acl") and cue.head:
                subject = cue.head  # «эксперт, который заявил»: the noun the clause is about
            return self.book.from_head(subject)
        for child in children:
            if tokens[child].rel == "obl" and start <= tokens[child].start < end:
                lemma = tokens[child].lemma
                if lemma in self.lex.documents:
                    owner = self.genitive_author(tokens[child], end)
                    if lemma in self.lex.registers and (
                        cue.lemma in self.lex.impersonal or _short_passive(cue)
                    ):  # «в списке голосования значится», «в законе сказано»
                        return self.book.document(child)
                    if owner is not None:
                        return self.book.from_head(owner)
                    if lemma in self.lex.generic_documents:
                        named = self._document_named_before(child)
                        if named is not None:
                            return named
                    if cue.lemma in self.lex.impersonal:  # «говорится в сообщении»: whose?
                        return (
                            self._document_referred_to(child, child, lemma)
                            or self.book.last_body()
                            or self._previous_speaker(cue)
                            or self.book.from_head(child)
                        )
                    return None
                if tokens[child].text.lower() in self.lex.in_it and any(
                    tokens[c].lemma == "в" for c in self.t.children(child)
                ):
                    return self._document_referred_to(child, child)  # «В нём сказано, что …»
                if lemma in self.lex.roles or self.t.inside_entity(child, "ORG"):
                    return self.book.from_head(child)
                if cue.feats.get("Number") == "Plur" and self.t.inside_entity(child, "LOC"):
                    return self.book.from_head(child)  # «в Ватикане подтвердили»
        if cue.lemma in self.lex.impersonal:
            return None
        if self.indefinite_personal(cue):
            return None  # «девушек в ролике называют «врагами Аллаха»»: nobody named
        return self.book.from_region(start, end, nearest_to=cue.start)

    def _first_conjunct(self, cue: Token) -> Token | None:
        """The verb a coordinated cue is joined to. A first conjunct comes before the cue; a
        head after it is a misparse into what follows («…, и заявлял, что …: «… убьют меня»»
        hung «заявлял» on a verb inside the quotation), and then the sentence's main verb
        before the cue is the one it is joined to."""
        if cue.rel != "conj" or cue.head is None:
            return None
        if cue.head < cue.index:
            return self.t.tokens[cue.head]
        sentence = self.t.sentences[cue.sentence]
        return next(
            (
                self.t.tokens[i]
                for i in range(sentence.first, cue.index)
                if self.t.tokens[i].rel == "root"
            ),
            None,
        )

    def indefinite_personal(self, cue: Token) -> bool:
        """A finite third-person plural cue with no subject and no source in the clause
        («называют», «говорят»): Russian's way of naming nobody."""
        return (
            cue.feats.get("VerbForm") == "Fin"
            and cue.feats.get("Person") == "3"
            and cue.feats.get("Number") == "Plur"
            and cue.feats.get("Tense") == "Pres"
            and not any(
                self.t.tokens[c].rel.startswith("nsubj") for c in self.t.children(cue.index)
            )
        )

    def _document_referred_to(
        self, mention: int, before: int, lemma: str | None = None
    ) -> Resolved | None:
        """«МИД опубликовал комментарий. В нём сказано, что …» / «… В комментарии отмечается»:
        the document a pronoun (or a bare document noun of ``lemma``) points back to, named in
        this or the two sentences before with an author: its genitive, or the subject of the
        verb that published it."""
        for token in self._earlier_documents(mention, before):
            if lemma is None or token.lemma == lemma:
                return self.statement_source(token, before=self.t.tokens[mention].start)
        return None

    def _document_named_before(self, mention: int) -> Resolved | None:
        """«Указ о назначении опубликован … «…», — говорится в документе»: the generic noun
        points back to the nearest specific document in this or the two sentences before;
        its genitive author speaks («заявление МИД»), else the document itself. Only a
        subject or object counts: «на сайте Кремля» is where it was published."""
        for token in self._earlier_documents(mention, mention):
            if token.lemma not in self.lex.generic_documents and token.rel in (
                "nsubj",
                "nsubj:pass",
                "obj",
            ):
                if token.lemma in self.lex.registers:  # «закон Димы Яковлева»: named, not written
                    return self.book.document_noun(token.index)
                author = self.genitive_author(token, before=self.t.tokens[mention].start)
                if author is not None:
                    return self.book.from_head(author)
                return self.book.document_noun(token.index)
        return None

    def _earlier_documents(self, mention: int, before: int) -> Iterator[Token]:
        """Document nouns from ``before`` back to the start of the sentence two before
        ``mention``'s, nearest first, leaving out a document that is another's topic."""
        tokens = self.t.tokens
        first = self.t.sentences[max(tokens[mention].sentence - 2, 0)].first
        for index in range(before - 1, first - 1, -1):
            token = tokens[index]
            if (
                token.pos == "NOUN"
                and token.lemma in self.lex.documents
                and not self._inside_document(token)
            ):
                yield token

    def _inside_document(self, token: Token) -> bool:
        """«комментарий по поводу нового закона»: the law is what the comment is about."""
        head = token.head
        return head is not None and self.t.tokens[head].lemma in self.lex.documents

    def _previous_speaker(self, cue: Token) -> Resolved | None:
        """«Представители аэроклуба выразили соболезнования. В заявлении говорится: …»: the
        subject of a verb of saying that ends the sentence before is the document's author."""
        if cue.sentence == 0:
            return None
        previous = self.t.sentences[cue.sentence - 1]
        tokens = self.t.tokens
        for index in range(previous.first, previous.stop):
            if tokens[index].rel == "root" and self.is_cue(tokens[index]):
                for child in self.t.children(index):
                    if tokens[child].rel.startswith("nsubj"):
                        return self.book.from_head(child)
        return None

    def clause_start(self, offset: int) -> int:
        """Start of the sentence (or line) holding ``offset``."""
        sentence = self.t.sentence_of(offset)
        start = sentence.start if sentence else 0
        line = self.s.rfind("\n", 0, offset) + 1
        return max(start, line, self._after_last_quotation(start, offset))

    def _after_last_quotation(self, start: int, offset: int) -> int:
        """Just after the last «…» closed in ``[start, offset)`` that is not a name in marks
        («подтвердил «Известиям»:» names the paper the source spoke to)."""
        close = self.s.rfind("»", start, offset)
        while close >= 0:
            opening = self.s.rfind("«", start, close)
            if opening < 0 or not is_name(self.s, Marks(opening, close, [(opening + 1, close)])):
                return close + 1
            close = self.s.rfind("»", start, opening)
        return 0

    def clause_end(self, offset: int) -> int:
        sentence = self.t.sentence_of(offset)
        end = sentence.end if sentence else len(self.s)
        for stop in ("«", " — ", "\u00a0— ", "\n"):
            found = self.s.find(stop, offset, end)
            if found >= 0:
                end = found
        return end

    def content_end(self, start_index: int, stop: int, stop_at_colon: bool = False) -> int | None:
        """End of a reported clause: the sentence's end, before its final punctuation."""
        tokens = self.t.tokens
        if start_index >= stop:
            return None
        end_index = stop - 1
        for index in range(start_index + 1, stop - 1):
            joined = tokens[index].lemma in ("и", "а") and self.is_cue(tokens[index + 1])
            if joined or (
                tokens[index].text == ","
                and index + 2 < stop
                and tokens[index + 1].lemma in self.lex.next_cue_joiners
                and self.is_cue(tokens[index + 2])
            ):
                end_index = index - 1 if joined else index
                break
        narrator = self._narrator_after_but(start_index, end_index + 1)
        if narrator is not None:
            end_index = narrator
        # «утверждая, что A, и заявлял, что B: «…»»: the next cue's own «что»-clause and the
        # colon after it are no part of A
        last = end_index + 1 if self._next_cue_has_clause(end_index, stop) else stop - 1
        colon = next(
            (i for i in range(start_index, last)
             if tokens[i].text == ":" and (stop_at_colon or tokens[i + 1].text in _OPEN)),
            None,
        )  # fmt: skip
        if colon is not None:
            end_index = colon
        while (
            end_index > start_index
            and tokens[end_index].pos == "PUNCT"
            and tokens[end_index].text not in "»“”)"
        ):
            end_index -= 1
        if end_index < start_index:
            return None
        return (
            tokens[end_index].end
            if tokens[end_index].pos != "PUNCT" or tokens[end_index].text in "»“”)"
            else None
        )

    def _next_cue_has_clause(self, end_index: int, stop: int) -> bool:
        """After a clause cut before «, и заявлял»: does that next cue open a «, что»-clause of
        its own right after it?"""
        tokens = self.t.tokens
        cue = next(
            (i for i in range(end_index + 1, min(end_index + 4, stop)) if self.is_cue(tokens[i])),
            None,
        )
        return (
            cue is not None
            and cue + 2 < stop
            and tokens[cue + 1].text == ","
            and tokens[cue + 2].lemma == "что"
        )

    def next_attribution(self, comma: int, stop: int) -> bool:
        """«пообещал поставить вопрос …, глава ЛДПР Владимир Жириновский потребовал …»: after
        the comma a new clause opens with a subject of its own and a finite verb of saying, the
        next attribution of a list, not part of what was said."""
        tokens = self.t.tokens
        for index in range(comma + 1, min(comma + 9, stop)):
            token = tokens[index]
            if token.text in (",", ":", "«", "—"):
                return False
            if token.pos in ("VERB", "AUX") and token.feats.get("VerbForm") == "Fin":
                return self.is_cue(token) and any(
                    comma < c < index and tokens[c].rel.startswith("nsubj")
                    for c in self.t.children(index)
                )
        return False

    def _narrator_after_but(self, start_index: int, stop: int) -> int | None:
        """«заявлял, что любит и знает джаз, но в таком амплуа он предстал впервые»: a reported
        clause in the present (the speaker's own now) followed by «, но» and a past-tense verb
        with a subject of its own is the narrator going on, not the speaker. The comma's index."""
        tokens = self.t.tokens

        def tenses(first: int, last: int) -> set[str]:
            return {
                tokens[i].feats.get("Tense", "")
                for i in range(first, last)
                if tokens[i].pos in ("VERB", "AUX") and tokens[i].feats.get("VerbForm") == "Fin"
            }

        for index in range(start_index + 1, stop - 2):
            if tokens[index].text != "," or tokens[index + 1].lemma != "но":
                continue
            if tenses(start_index, index) != {"Pres"}:
                return None
            after = [
                i
                for i in range(index + 2, stop)
                if tokens[i].pos == "VERB"
                and tokens[i].feats.get("Tense") == "Past"
                and tokens[i].feats.get("VerbForm") == "Fin"
                and any(tokens[c].rel == "nsubj" for c in self.t.children(i))
            ]
            return index if after else None
        return None

    def phrase_source(self, index: int, length: int) -> int | None:
        """The token heading the source of the «по словам»-phrase at ``index``: the possessive
        of «по его словам», else the genitive hanging on «словам», else the next word."""
        tokens = self.t.tokens
        if length == 3:
            return index + 1
        noun = tokens[index + length - 1]
        holder = next((c for c in self.t.children(noun.index) if tokens[c].rel == "nmod"), None)
        following = index + length
        if (
            holder is None
            and following < len(tokens)
            and tokens[following].sentence == noun.sentence
            and tokens[following].pos != "PUNCT"  # «Согласно сообщению, …»: nobody named
        ):
            holder = following
        return holder

    def is_narrative(self, start: int, end: int) -> bool:
        """«Он добавил, что …» (in its first sentence) or «По мнению критиков, …» (anywhere)
        after a lost block quote: the paragraph reports speech itself, so it is the article's
        text, not the quotation. (Third-person cues anywhere in the paragraph: report lost two
        real block quotes.)"""
        tokens = self.t.tokens
        for index in self.t.token_range(start, end):
            phrase = self.according_to(index)
            if phrase is not None and phrase != 3:  # «по его словам» may be the speaker's own
                return True
        sentence = self.t.sentence_of(start)
        if sentence is None:
            return False
        for index in range(sentence.first, sentence.stop):
            if self.is_cue(tokens[index]) and tokens[index].feats.get("Person") != "1":
                for child in self.t.children(index):
                    if (
                        tokens[child].rel.startswith("nsubj")
                        and tokens[child].feats.get("Person") != "1"
                    ):
                        return True
        return False

    def reports(self, token: Token) -> bool:
        """A cue of a third party: not «напомним», «думаю», «можно предположить»; nor a cue
        negated right before it («органы не сообщают о происшествии», «не уточнил, что»):
        what was not said is no quote («не отрицают, что …» still states it)."""
        negated = (
            token.index > 0
            and self.t.tokens[token.index - 1].lemma == "не"
            and token.lemma not in self.lex.negation_asserts
        )
        return (
            token.feats.get("Person") != "1"
            and token.feats.get("VerbForm") != "Inf"
            and not negated
        )

    def holds_reported_clause(self, first: int, stop: int) -> bool:
        tokens = self.t.tokens
        return any(
            self.is_cue(tokens[i]) and tokens[i + 1].text == "," and tokens[i + 2].lemma == "что"
            for i in range(first, stop - 2)
        )

    def ends_sentence_soon(self, index: int, stop: int) -> bool:
        """«…, сообщили X.» / «…, сообщает «Ъ» со ссылкой на источник.»: the source follows
        the cue and nothing after it opens a clause of its own. A colon that ends the sentence
        («…, считает эксперт Вадим Дробиз:» before a lost quote box) opens nothing in it."""
        tokens = self.t.tokens
        if any(
            tokens[i].text == "что" or (tokens[i].text == ":" and i < stop - 1)
            for i in range(index + 1, stop)
        ):
            return False
        subject_after = any(
            tokens[c].rel.startswith("nsubj") and c > index for c in self.t.children(index)
        )
        no_comma = all(tokens[i].text != "," for i in range(index + 1, stop))
        return subject_after or (no_comma and tokens[index].lemma in self.lex.impersonal)
