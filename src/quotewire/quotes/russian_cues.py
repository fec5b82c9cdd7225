"""Which words of a Russian article are cues: the verbs of saying (their lemmas in
``data/ru/lexicon.toml``), impersonal and opinion words, idioms («давал понять»), and the
«по словам»-phrases, with the words a cue spans and whether it reports a third party.

:class:`CueWords` is the base of :class:`~quotewire.quotes.russian_clauses.ClauseReader`; the
document look-ups (:mod:`quotewire.quotes.russian_documents`) and the clause boundaries
(:mod:`quotewire.quotes.russian_boundaries`) build on it.
"""

from __future__ import annotations

from quotewire.nlp.russian import RussianText, Token
from quotewire.speakers.russian import SpeakerBook
from quotewire.speakers.russian_lexicon import russian_lexicon
from quotewire.types import Span


class CueWords:
    """The cue words of one analysed article, and the article and speaker book the clause
    questions read."""

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
            or self.cited_words(token) is not None
        )

    def cited_words(self, verb: Token) -> int | None:
        """«приводит Reuters слова представителя генсека»: the index of the object «слова» (TOML
        ``cues.word_nouns``) that makes a verb of citing (``cues.citing``) a cue, if it has
        one."""
        if verb.lemma not in self.lex.citing or verb.pos != "VERB":
            return None
        tokens = self.t.tokens
        return next(
            (c for c in self.t.children(verb.index)
             if tokens[c].rel == "obj" and tokens[c].lemma in self.lex.word_nouns),
            None,
        )  # fmt: skip

    def gives_commentary(self, verb: Token) -> bool:
        """«Дмитрий Киселёв посвятил этому событию комментарий …:», «сделал заявление:»: a verb
        of giving (TOML ``cues.commentary_giving``) with a subject of its own and a noun of
        commentary (``cues.commentary_nouns``) as its object introduces the words after a
        colon, which are the subject's comment (not «получил комментарий:», someone else's)."""
        if verb.pos != "VERB" or verb.lemma not in self.lex.commentary_giving:
            return False
        children = [self.t.tokens[c] for c in self.t.children(verb.index)]
        return any(c.rel.startswith("nsubj") for c in children) and any(
            c.rel == "obj" and c.lemma in self.lex.commentary_nouns for c in children
        )

    def words_spoken_with(self, verb: Token) -> int | None:
        """«отшучивается словами: «…»», «встретил журналистов словами: «…»»: the index of an
        instrumental «словами» (TOML ``cues.word_nouns``) hanging on a verb, which makes any
        verb introduce the words quoted after a colon, if it has one. A genitive on it
        («возмутился словами чиновника») says whose words they are."""
        if verb.pos != "VERB":
            return None
        tokens = self.t.tokens
        return next(
            (c for c in self.t.children(verb.index)
             if tokens[c].lemma in self.lex.word_nouns and tokens[c].feats.get("Case") == "Ins"),
            None,
        )  # fmt: skip

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

    def according_to(self, index: int) -> int | None:
        """The length of a «по словам» phrase starting at token ``index``, else None. Not one
        inside a name, whose later words are capitalised after a lower-case «по» («Комитетом
        по Оценке СМИ»)."""
        tokens = self.t.tokens
        in_a_name = index + 1 < len(tokens) and tokens[index + 1].text[:1].isupper()
        if in_a_name and tokens[index].text.islower():
            return None
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

    def first_conjunct(self, cue: Token) -> Token | None:
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
