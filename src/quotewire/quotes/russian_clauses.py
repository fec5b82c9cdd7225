"""The grammar of Russian attribution clauses, over Natasha's tokens and dependency tree.

What the quote finder asks about a sentence: who is the subject of a cue (``speaker_of``),
whose words a parenthetical, a caption or a line «Имя: «…»» are, whether a paragraph reports
speech itself. :class:`ClauseReader` joins these to the cue words
(:mod:`quotewire.quotes.russian_cues`), the document look-ups
(:mod:`quotewire.quotes.russian_documents`) and the clause boundaries
(:mod:`quotewire.quotes.russian_boundaries`). Nothing here decides what is a quote; that is
:mod:`quotewire.quotes.russian`.
"""

from __future__ import annotations

from quotewire.nlp.russian import Token
from quotewire.quotes.russian_boundaries import ClauseBoundaries
from quotewire.quotes.russian_documents import DocumentSources
from quotewire.speakers.russian import Resolved
from quotewire.speakers.russian_phrases import phrase_head


def _short_passive(cue: Token) -> bool:
    """«сказано», «указано»: a short passive participle reports what a text says, as an
    impersonal verb («говорится») does."""
    return cue.feats.get("Variant") == "Short" and cue.feats.get("Voice") == "Pass"


class ClauseReader(DocumentSources, ClauseBoundaries):
    """Questions about the clauses of one analysed article."""

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
            (tokens[c].rel == "xcomp" and tokens[c].feats.get("VerbForm") == "Inf")
            or (cue.lemma in self.lex.calls_for and self._to_phrase(c))
            for c in self.t.children(cue.index)
            if cue.index < c <= cue.index + 5
        )

    def _to_phrase(self, noun: int) -> bool:
        """«призвал бельгийцев к единству»: a noun with «к» on it, what was called for."""
        return self.t.tokens[noun].pos == "NOUN" and any(
            self.t.tokens[c].lemma == "к" for c in self.t.children(noun)
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
        first_conjunct = self.first_conjunct(cue)
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
        words = self.cited_words(cue)
        if words is not None:  # «приводит Reuters слова представителя генсека ООН»
            owner = self._owner_of_words(words)
            return self.book.from_head(owner) if owner is not None else None
        spoken_with = self.words_spoken_with(cue)
        owner = self._owner_of_words(spoken_with) if spoken_with is not None else None
        if owner is not None:  # «возмутился словами чиновника Сергея Иванова: «…»»: his words
            return self.book.from_head(owner)
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
                    if owner is None:
                        owner = self.possessive_of(child)  # «отмечается в его телеграмме»
                    if owner is not None:
                        return self.book.from_head(owner)
                    if lemma in self.lex.generic_documents:
                        named = self._document_named_before(child)
                        if named is not None:
                            return named
                    if cue.lemma in self.lex.impersonal:  # «говорится в сообщении»: whose?
                        everything = len(self.t.sentences)  # «Суд выдал ордер … В ордере …»
                        return (
                            self._document_referred_to(child, child, lemma)
                            or self._act_recorded(child, lemma)
                            or self.book.last_body()
                            or self._previous_speaker(cue)
                            or self._document_referred_to(child, child, lemma, back=everything)
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
        return self.book.from_region(self._subordinate_start(cue, start), end, cue.start)

    def _subordinate_start(self, cue: Token, start: int) -> int:
        """«Назначение прошло после того, как ряд критиков выразили …, что …»: a cue in a
        clause opened by «, как» or «, когда» has its subject after that word, not in the
        main clause before it (the parser may hang neither on the cue). ``start`` otherwise."""
        tokens = self.t.tokens
        for index in range(cue.index - 2, 0, -1):
            token = tokens[index]
            if token.start < start or token.pos in ("VERB", "AUX"):
                break
            if token.lemma in self.lex.subordinate_openers and tokens[index - 1].text == ",":
                return tokens[index + 1].start
        return start

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

    def _owner_of_words(self, words: int) -> int | None:
        """Whose words «приводит X слова» cites: the genitive on «слова» («слова министра»),
        else its possessive pronoun («приводит газета его слова»), which the speaker book
        resolves as it does that of «по его словам»."""
        tokens = self.t.tokens
        owner = next((c for c in self.t.children(words) if tokens[c].rel == "nmod"), None)
        return owner if owner is not None else self.possessive_of(words)

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
            if self.describes_someone_else(tokens[index]):
                continue  # «оперу «Золушка», которую написал Леонид Вайнштейн»: not a report
            if self.is_cue(tokens[index]) and tokens[index].feats.get("Person") != "1":
                for child in self.t.children(index):
                    if (
                        tokens[child].rel.startswith("nsubj")
                        and tokens[child].feats.get("Person") != "1"
                    ):
                        return True
        return False
