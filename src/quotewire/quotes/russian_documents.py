"""Who speaks for a document in a Russian article: «заявление МИД о том, что» (its genitive
author), «X опубликовал заявление» (the subject that published it), «В нём сказано, что …» and
«говорится в документе» (the document named before, in this or the two sentences before), and
«В заявлении говорится: …» after «X выразили соболезнования» (the speaker of the sentence before).

Part of :class:`~quotewire.quotes.russian_clauses.ClauseReader`, whose ``speaker_of`` asks
these when a cue's source is a document.
"""

from __future__ import annotations

from collections.abc import Iterator

from quotewire.nlp.russian import Token
from quotewire.quotes.russian_cues import CueWords
from quotewire.speakers.russian import Resolved


class DocumentSources(CueWords):
    """The document look-ups of one article: a document noun's author, the document a pronoun
    or a generic noun points back to."""

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
        subject = self._subject_of(verb, noun.index)
        if subject is not None:
            return self.book.from_head(subject)
        for child in self.t.children(verb.index):
            if tokens[child].rel == "obl" and tokens[child].lemma in self.lex.documents:
                owner = self.genitive_author(tokens[child], before)
                return self.book.from_head(owner) if owner is not None else None
        return None

    def _subject_of(self, verb: Token, noun: int) -> int | None:
        """The subject of the verb that published a document, or of the verb it is joined to
        («ФСБ зарегистрировала и опубликовала приказ»: the second verb has none of its own)."""
        tokens = self.t.tokens
        for candidate in (verb, self.first_conjunct(verb)):
            if candidate is None:
                continue
            for child in self.t.children(candidate.index):
                if child != noun and tokens[child].rel.startswith("nsubj"):
                    return child
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

    def possessive_of(self, noun: int) -> int | None:
        """«в его телеграмме», «приводит газета его слова»: the possessive pronoun on a noun
        (its token), which the speaker book resolves as it does that of «по его словам»."""
        return next(
            (
                c
                for c in self.t.children(noun)
                if self.t.tokens[c].text.lower() in self.lex.pronouns
            ),
            None,
        )

    def _document_referred_to(
        self, mention: int, before: int, lemma: str | None = None, back: int = 2
    ) -> Resolved | None:
        """«МИД опубликовал комментарий. В нём сказано, что …» / «… В комментарии отмечается»:
        the document a pronoun (or a bare document noun of ``lemma``) points back to, named in
        this or the ``back`` sentences before with an author: its genitive, or the subject of
        the verb that published it."""
        for token in self._earlier_documents(mention, before, back):
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
                if self._points_back(token):
                    continue  # «Данный приказ устанавливает …»: the order named before it
                if token.lemma in self.lex.registers:  # «закон Димы Яковлева»: named, not written
                    return self.book.document_noun(token.index)
                before = self.t.tokens[mention].start
                author = self.genitive_author(token, before=before)
                if author is not None:
                    return self.book.from_head(author)
                if token.rel == "obj":  # «ФСБ … опубликовала приказ»: who published it
                    source = self.statement_source(token, before=before)
                    if source is not None:
                        return source
                return self.book.document_noun(token.index)
        return None

    def _act_recorded(self, mention: int, lemma: str) -> Resolved | None:
        """«С юбилеем его поздравил президент … В поздравлении говорится: …»: a document noun
        that records an act (``document_acts``) with no such noun before it speaks for the
        subject of the nearest verb of that act in this or the two sentences before."""
        verbs = self.lex.document_acts.get(lemma)
        if not verbs:
            return None
        tokens = self.t.tokens
        first = self.t.sentences[max(tokens[mention].sentence - 2, 0)].first
        for index in range(mention - 1, first - 1, -1):
            if tokens[index].pos == "VERB" and tokens[index].lemma in verbs:
                subject = self._subject_of(tokens[index], mention)
                if subject is not None:
                    return self.book.from_head(subject)
        return None

    def _earlier_documents(self, mention: int, before: int, back: int = 2) -> Iterator[Token]:
        """Document nouns from ``before`` back to the start of the sentence ``back`` before
        ``mention``'s, nearest first, leaving out a document that is another's topic."""
        tokens = self.t.tokens
        first = self.t.sentences[max(tokens[mention].sentence - back, 0)].first
        for index in range(before - 1, first - 1, -1):
            token = tokens[index]
            if (
                token.pos == "NOUN"
                and token.lemma in self.lex.documents
                and not self._inside_document(token)
            ):
                yield token

    def _points_back(self, token: Token) -> bool:
        """«данный приказ», «этот указ»: a document named again, not a new one."""
        return any(
            self.t.tokens[c].lemma in self.lex.pointing_back for c in self.t.children(token.index)
        )

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
