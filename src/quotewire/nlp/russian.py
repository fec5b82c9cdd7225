"""The Russian NLP pipeline: Natasha (razdel + slovnet + navec + pymorphy), loaded once per process.

Why Natasha: its PyPI wheel carries everything the Russian engine needs, trained on news text,
with no download at run time: razdel (sentences and tokens, aware of «», initials and
abbreviations), slovnet's morphology tagger, dependency parser and PER/LOC/ORG tagger over the
navec news embeddings (about 35 MB together), and pymorphy's dictionary for lemmas and for
inflecting names back to the nominative (Лаврова -> Лавров). The alternatives are either not on
PyPI with weights (spaCy ru_core_news_sm downloads from GitHub; Stanza downloads from its hub)
or much slower (DeepPavlov). docs/russian.md has the measurements.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from quotewire.errors import ModelNotInstalledError

if TYPE_CHECKING:
    from natasha import Doc


_LINE = re.compile(r"[^\n]*\S[^\n]*")
# A site named by its domain («собеседник vc.ru», «по данным Lenta.ru»): razdel cuts it at the
# dots, and the parser then hangs the next words on the pieces. A full stop after it ends the
# sentence («сообщает vc.ru.»), a dot before a letter continues the name («a.ru.com»).
_DOMAIN = re.compile(
    r"(?<![\w.])(?:[\w-]+\.)+(?:ru|com|org|net|info|ua|by|kz|su|uk|de|io|tv|рф)(?!\w|\.\w)",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Token:
    """One word or mark with its morphology and its place in the dependency tree."""

    index: int
    start: int
    end: int
    text: str
    pos: str
    feats: dict[str, str]
    lemma: str
    rel: str
    head: int | None  # index of the head token; None for a sentence root
    sentence: int


@dataclass(frozen=True, slots=True)
class Entity:
    """A PER, ORG or LOC name found by slovnet, with its nominative form ("Лаврова" -> "Лавров")."""

    start: int
    end: int
    text: str
    type: str
    normal: str


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    first: int  # index of the first token
    stop: int  # index after the last token


@dataclass(slots=True)
class RussianText:
    """An analysed article: tokens, sentences and named entities, all with offsets into ``text``."""

    text: str
    tokens: list[Token]
    sentences: list[Sentence]
    entities: list[Entity]
    _starts: list[int] = field(default_factory=list, repr=False)
    _children: dict[int, list[int]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._starts = [t.start for t in self.tokens]
        for token in self.tokens:
            if token.head is not None:
                self._children.setdefault(token.head, []).append(token.index)

    def token_range(self, start: int, end: int) -> range:
        """Indices of the tokens that lie inside ``[start, end)``."""
        first = bisect.bisect_left(self._starts, start)
        last = bisect.bisect_left(self._starts, end)
        while last > first and self.tokens[last - 1].end > end:
            last -= 1
        return range(first, last)

    def children(self, index: int) -> list[int]:
        return self._children.get(index, [])

    def hangs_on(self, index: int, ancestor: int, lo: int, hi: int) -> bool:
        """Whether token ``index`` hangs on ``ancestor`` through heads that all lie inside
        ``[lo, hi)``: a word of the phrase ``ancestor`` heads within that stretch. The parser
        may leave a cycle in a sentence's tree, so the climb takes at most one step per word
        of the stretch."""
        head = self.tokens[index].head
        for _ in range(hi - lo):
            if head is None or head == ancestor or not lo <= head < hi:
                break
            head = self.tokens[head].head
        return head == ancestor

    def sentence_of(self, offset: int) -> Sentence | None:
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence
        return None

    def entities_in(self, start: int, end: int) -> list[Entity]:
        return [e for e in self.entities if start <= e.start and e.end <= end]

    def entities_at(self, index: int) -> list[Entity]:
        """The entities that token ``index`` begins inside (a name, or a word of one)."""
        start = self.tokens[index].start
        return [e for e in self.entities if e.start <= start < e.end]

    def inside_entity(self, index: int, kind: str) -> bool:
        """Whether token ``index`` is part of a name of type ``kind`` ("PER", "ORG", "LOC"):
        the quote finder and the speaker book both ask it of a word («в МИД»: an
        organisation speaking; «сообщают Пятый канал и РЕН ТВ»: organisations joined)."""
        return any(e.type == kind for e in self.entities_at(index))


@dataclass(frozen=True, slots=True)
class RussianPipeline:
    """The Natasha components; ``analyse`` runs them over one text."""

    segmenter: Any
    morph_vocab: Any
    morph_tagger: Any
    syntax_parser: Any
    ner_tagger: Any

    def analyse(self, text: str) -> Doc:
        """Sentences, tokens with morphology and dependencies, and PER/LOC/ORG spans.

        Sentences never cross a line break: a headline or date line has no final full stop, and
        razdel would otherwise run it into the first sentence of the body. BLAS is held to one
        thread: slovnet's matrices are small, and on a busy machine thread hand-offs cost more
        than they give (ten times slower measured on two shared cores).
        """
        from natasha import Doc
        from natasha.doc import DocSent, DocToken
        from threadpoolctl import threadpool_limits

        doc = Doc(text)
        doc.tokens = [
            DocToken(start, stop, text[start:stop])
            for start, stop in _join_domains(
                text, [(t.start, t.stop) for t in self.segmenter.tokenize(text)]
            )
        ]
        doc.sents = [
            DocSent(line.start() + start, line.start() + stop, line.group()[start:stop])
            for line in _LINE.finditer(text)
            for start, stop in _join_inside_marks(
                line.group(), [(s.start, s.stop) for s in self.segmenter.sentenize(line.group())]
            )
        ]
        doc.envelop_sent_tokens()
        with threadpool_limits(1, user_api="blas"):
            doc.tag_morph(self.morph_tagger)
            doc.parse_syntax(self.syntax_parser)
            doc.tag_ner(self.ner_tagger)
        return doc

    def read(self, text: str) -> RussianText:
        """Analyse ``text`` into plain tokens, sentences and normalised entities."""
        doc = self.analyse(text)
        tokens: list[Token] = []
        ids: dict[str, int] = {}
        sentences = []
        for number, sent in enumerate(doc.sents):
            first = len(tokens)
            for token in sent.tokens:
                ids[token.id] = len(tokens)
                tokens.append(
                    Token(
                        index=len(tokens), start=token.start, end=token.stop, text=token.text,
                        pos=token.pos or "X", feats=dict(token.feats or {}),
                        lemma=self._lemma(token.text, token.pos, token.feats), rel=token.rel or "",
                        head=None, sentence=number,
                    )
                )  # fmt: skip
            for token in sent.tokens:
                tokens[ids[token.id]].head = ids.get(token.head_id)
            sentences.append(Sentence(sent.start, sent.stop, first, len(tokens)))
        entities = []
        for span in doc.spans:
            span.normalize(self.morph_vocab)
            entities.append(Entity(span.start, span.stop, span.text, span.type, span.normal))
        return RussianText(text, tokens, sentences, entities)

    def _lemma(self, word: str, pos: str | None, feats: dict[str, str] | None) -> str:
        if not word[:1].isalpha():
            return word
        if pos == "X":
            return word.lower()
        try:
            return self.morph_vocab.lemmatize(word, pos, feats or {}).lower()
        except (KeyError, ValueError):
            return word.lower()

    def inflect_nominative(
        self, word: str, pos: str, feats: dict[str, str], gender: str | None = None
    ) -> str:
        """``word`` in the nominative, keeping its number (and, for an adjective, the gender of
        its noun); the word itself if that fails."""
        forms = self.morph_vocab.parse(word)
        same = [f for f in forms if f.pos == pos] or [
            f for f in forms if f.pos in ("NOUN", "PROPN")
        ]
        for form in same:
            number = feats.get("Number", "Sing")
            grams = {"Nom", number}
            if pos == "ADJ" and number == "Sing" and gender:
                grams.add(gender)
            inflected = form.inflect(grams)
            if inflected is not None:
                return _same_case(word, inflected.word)
        return word

    def lemma(self, word: str) -> str:
        """The dictionary form of one word ("заявила" -> "заявить"), lower-cased."""
        return self.morph_vocab.parse(word)[0].normal_form


@lru_cache(maxsize=1)
def load_russian() -> RussianPipeline:
    """Return the Russian pipeline, built once per process from the models inside the wheels."""
    try:
        from natasha import (
            MorphVocab,
            NewsEmbedding,
            NewsMorphTagger,
            NewsNERTagger,
            NewsSyntaxParser,
            Segmenter,
        )
    except ImportError as error:
        raise ModelNotInstalledError(
            f"The Russian pipeline needs natasha ({error}); install it with pip install natasha"
        ) from error
    embedding = NewsEmbedding()
    return RussianPipeline(
        segmenter=Segmenter(),
        morph_vocab=MorphVocab(),
        morph_tagger=NewsMorphTagger(embedding),
        syntax_parser=NewsSyntaxParser(embedding),
        ner_tagger=NewsNERTagger(embedding),
    )


def _join_domains(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Token spans with each domain name («vc.ru», «Lenta.ru») made one token."""
    domains = [match.span() for match in _DOMAIN.finditer(text)]
    if not domains:
        return spans

    def in_one_domain(last: tuple[int, int], start: int, stop: int) -> bool:
        domain = next((d for d in domains if d[0] <= start and stop <= d[1]), None)
        return domain is not None and last[0] >= domain[0]

    return _joined(spans, in_one_domain)


def _join_inside_marks(line: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence spans of one line, a sentence that ends inside «…» opened mid-clause joined to
    the next: razdel ends a sentence at «!» or «.» inside quoted words («крикнул «Ня! Пока!» и
    нажал на спуск»), which would cut a reported clause there. A quotation that opens its
    sentence or follows a colon is left as razdel cut it: its sentences are the speaker's, and
    the parser reads the clause before it better alone (measured on tune2)."""
    return _joined(spans, lambda last, _start, _stop: _opened_mid_clause(line[last[0] : last[1]]))


def _joined(
    spans: list[tuple[int, int]], joins: Callable[[tuple[int, int], int, int], bool]
) -> list[tuple[int, int]]:
    """``spans`` with each span that ``joins`` (given the span joined so far before it and its
    own start and stop) says goes with the one before merged into it."""
    joined: list[tuple[int, int]] = []
    for start, stop in spans:
        if joined and joins(joined[-1], start, stop):
            joined[-1] = (joined[-1][0], stop)
        else:
            joined.append((start, stop))
    return joined


def _opened_mid_clause(sentence: str) -> bool:
    """True when the sentence ends inside «…» that opened after a word, not after a colon."""
    depth, opening = 0, -1
    for position, char in enumerate(sentence):
        if char == "«":
            depth += 1
            opening = position if depth == 1 else opening
        elif char == "»" and depth:
            depth -= 1
    if depth == 0 or opening <= 0:
        return False
    return sentence[:opening].rstrip()[-1:] not in (":", "")


def _same_case(model: str, word: str) -> str:
    """pymorphy answers in lower case: give ``word`` the capitalisation of ``model``."""
    if model.isupper() and len(model) > 1:  # ФБР, МИД
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word
