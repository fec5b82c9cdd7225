"""Coreference for sources, by rules over the parse and the named entities.

The article's PERSON and ORG entities are indexed once, in text order, into :class:`Entity`
clusters: a full name opens a cluster; a lone surname or first name ("Lavrov", "Hillary") joins
the cluster of a full name with that surname (or first name) anywhere in the article. Source
mentions of the attributions are then resolved in text order:

- names join their cluster (a name not seen by NER opens one);
- "he"/"she" go to the best earlier person by recency in sentences, subject position, having
  spoken before, and gender agreement (honorifics, role nouns, earlier pronouns); none within
  reach means no speaker;
- role nouns ("the minister") go to the latest person whose role has that word;
- organisation nouns ("the ministry") go to the latest organisation whose name has it;
- "they" goes to an organisation or group that spoke in the last sentences;
- other descriptions ("officials", "a source") stand for themselves as a group.

Every step looks back over a bounded window, so the whole pass is linear in article length.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from quotewire.nlp.docs import doc_text
from quotewire.speakers.lexicon import PeopleLexicon
from quotewire.speakers.mentions import (
    SourceMention,
    clean_name,
    describe,
    is_inverted_object,
    person_name,
    phrase_text,
)
from quotewire.types import Mention, MentionKind, SpeakerKind

_PRONOUN_WINDOW_SENTENCES = 4
_PRONOUN_MIN_SCORE = -3.5
_SPEAKER_WINDOW_SENTENCES = 12
_LOOKBACK_MENTIONS = 60
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_MAIN_CLAUSE_DEPS = ("ROOT", "conj")
_SOURCE_SALIENCE = 2.0


@dataclass(slots=True)
class Entity:
    """One person, organisation or group in the article."""

    key: int
    name: str
    kind: SpeakerKind
    surname: str | None = None
    role: str | None = None
    gender: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    spoke: bool = False

    def add_mention(self, mention: Mention) -> None:
        """Record a mention; one inside a longer recorded mention is the same words."""
        if any(m.start <= mention.start and mention.end <= m.end for m in self.mentions):
            return
        self.mentions = [
            m for m in self.mentions if not (mention.start <= m.start and m.end <= mention.end)
        ]
        self.mentions.append(mention)


@dataclass(slots=True)
class _Seen:
    """An entity mention on the timeline."""

    offset: int
    sentence: int
    entity: Entity
    salience: float  # see :func:`_salience`


def _salience(token: Token) -> float:
    """How likely a later "he"/"she" refers back to this mention: the subject of a main clause
    ("Bob Gunnell says Ali was accompanied ... He says") far more than the subject of a clause
    inside it, and both more than an object."""
    if token.dep_ not in _SUBJECT_DEPS or is_inverted_object(token):
        return 0.0
    return _SOURCE_SALIENCE if token.head.dep_ in _MAIN_CLAUSE_DEPS else 1.0


def _governing_subject(pronoun: Token) -> Token | None:
    """The plural noun subject of the clause a "they" is embedded in ("Nearly half said they
    prefer ...", "the fact-checkers are so brazen that they ridicule ..."): within one sentence
    that is what "they" refers to."""
    if pronoun.dep_ not in _SUBJECT_DEPS:
        return None
    clause = pronoun.head
    while clause.dep_ in ("ccomp", "advcl", "conj", "xcomp") and clause.head != clause:
        clause = clause.head
        subjects = [c for c in clause.children if c.dep_ in _SUBJECT_DEPS]
        if subjects:
            subject = subjects[0]
            if subject.pos_ in ("NOUN", "PROPN", "NUM", "ADJ") and subject.tag_ != "NNP":
                return subject
            return None
    return None


def _sentence_starts(doc: Doc, regions: list[tuple[int, int]]) -> list[int]:
    """Sentence starts, or paragraph starts where the Doc has no sentence boundaries (a
    pipeline that parsed only some sentences may leave them unset)."""
    if doc.has_annotation("SENT_START"):
        try:
            return [sentence.start_char for sentence in doc.sents]
        except ValueError:  # some tokens carry no boundary information
            pass
    return [start for start, _ in regions]


class Coreference:
    """Entity clusters of one article and the resolution of source mentions against them."""

    def __init__(
        self,
        doc: Doc,
        regions: list[tuple[int, int]],
        people: PeopleLexicon,
        quoted: list[tuple[int, int]],
        title: tuple[int, int] | None = None,
    ) -> None:
        self.doc = doc
        self.people = people
        self.entities: list[Entity] = []
        self._by_name: dict[str, Entity] = {}
        self._by_part: dict[str, Entity] = {}
        self._timeline: list[_Seen] = []
        self._offsets: list[int] = []  # the timeline's offsets, for bisection
        self._sentence_starts = _sentence_starts(doc, regions)
        self._index(regions, quoted, title)

    # -- indexing ---------------------------------------------------------------------------

    def sentence_of(self, offset: int) -> int:
        return bisect_right(self._sentence_starts, offset) - 1

    def _index(
        self,
        regions: list[tuple[int, int]],
        quoted: list[tuple[int, int]],
        title: tuple[int, int] | None,
    ) -> None:
        starts = [a for a, _ in regions]
        quote_starts = [a for a, _ in quoted]

        def in_regions(offset: int) -> bool:
            i = bisect_right(starts, offset) - 1
            return i >= 0 and offset < regions[i][1]

        def in_quotes(offset: int) -> bool:
            i = bisect_right(quote_starts, offset) - 1
            return i >= 0 and offset < quoted[i][1]

        persons = [e for e in self.doc.ents if e.label_ == "PERSON" and in_regions(e.start_char)]
        names = [(e, person_name(list(e), e.root, self.people)) for e in persons]
        # Full names open clusters, body first: a title-case headline is where NER errs most.
        in_title = [title is not None and title[0] <= e.start_char < title[1] for e, _ in names]
        for first_pass in (False, True):
            for (_, tokens), titled in zip(names, in_title, strict=True):
                if len(tokens) > 1 and titled == first_pass:
                    self._person(tokens)
        for ent, tokens in names:
            if not tokens:
                continue
            entity = self._person(tokens)
            self._note(ent.root, entity, tokens, in_quotes(ent.start_char))
        for ent in self.doc.ents:
            if ent.label_ == "ORG" and in_regions(ent.start_char):
                tokens = clean_name(list(ent), self.people)
                if tokens:
                    entity = self._organisation(phrase_text(tokens))
                    self._note(ent.root, entity, tokens, in_quotes(ent.start_char))
        self._timeline.sort(key=lambda s: s.offset)
        self._offsets = [s.offset for s in self._timeline]

    def _note(self, root: Token, entity: Entity, tokens: list[Token], quoted: bool) -> None:
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        kind: MentionKind = (
            "organisation"
            if entity.kind == "organisation"
            else ("name" if len(tokens) > 1 else "surname")
        )
        entity.add_mention(Mention(start, end, doc_text(self.doc)[start:end], kind))
        if entity.kind == "person":
            described = describe(root, self.people)
            entity.role = entity.role or described.role
            entity.gender = entity.gender or described.gender
        if not quoted:
            self._timeline.append(_Seen(start, self.sentence_of(start), entity, _salience(root)))

    def _person(self, tokens: list[Token]) -> Entity:
        full = " ".join(t.text for t in tokens)
        key = full.lower()
        if key in self._by_name:
            return self._by_name[key]
        if len(tokens) == 1 and key in self._by_part:
            return self._by_part[key]
        gender = self.people.gender_of_name(tokens[0].text) if len(tokens) > 1 else None
        entity = Entity(len(self.entities), full, "person", surname=tokens[-1].text, gender=gender)
        self.entities.append(entity)
        self._by_name[key] = entity
        if len(tokens) > 1:
            for part in (tokens[-1].lower_, tokens[0].lower_):
                self._by_part.setdefault(part, entity)
        return entity

    def _organisation(self, name: str) -> Entity:
        key = name.lower()
        if key not in self._by_name:
            entity = Entity(len(self.entities), name, "organisation")
            self.entities.append(entity)
            self._by_name[key] = entity
        return self._by_name[key]

    def _group(self, text: str) -> Entity:
        key = "group:" + text.lower()
        if key not in self._by_name:
            entity = Entity(len(self.entities), text, "group")
            self.entities.append(entity)
            self._by_name[key] = entity
        return self._by_name[key]

    def person_words(self) -> set[str]:
        """Lower-case name parts (given names and surnames) of the people in the article."""
        return {part for part, entity in self._by_part.items() if entity.kind == "person"}

    # -- resolution -------------------------------------------------------------------------

    def resolve(
        self, mention: SourceMention, *, recorded_as: MentionKind | None = None
    ) -> tuple[Entity | None, float]:
        """The entity a source mention refers to, with a confidence in that link.

        ``recorded_as`` overrides the kind the mention is recorded with (a headline source
        resolves like a name but is recorded as "headline")."""
        if mention.kind in ("name", "surname") and mention.name:
            entity = self._person([t for t in self._tokens_of(mention.name, mention)])
            confidence = 0.95 if entity.name.count(" ") else 0.8
            if mention.role and not entity.role:
                entity.role = mention.role
        elif mention.kind == "organisation":
            entity, confidence = self._resolve_organisation(mention)
        elif mention.kind == "pronoun":
            entity, confidence = self._resolve_pronoun(mention)
        else:
            entity, confidence = self._resolve_role(mention)
        if entity is None:
            return None, confidence
        if mention.gender and entity.kind == "person" and entity.gender is None:
            entity.gender = mention.gender
        entity.spoke = True
        kind: MentionKind = recorded_as or mention.kind
        entity.add_mention(Mention(mention.start, mention.end, mention.text, kind))
        if entity.kind == "person" and mention.kind != "pronoun":
            self._timeline_insert(mention, entity)
        return entity, confidence

    def _tokens_of(self, name: str, mention: SourceMention) -> list[Token]:
        doc = mention.head.doc
        start = doc_text(doc).find(name, mention.start, mention.end)
        span = (
            doc.char_span(start, start + len(name), alignment_mode="expand") if start >= 0 else None
        )
        return list(span) if span is not None and len(span) else [mention.head]

    def _timeline_insert(self, mention: SourceMention, entity: Entity) -> None:
        seen = _Seen(mention.start, self.sentence_of(mention.start), entity, _SOURCE_SALIENCE)
        i = bisect_right(self._offsets, mention.start)
        if i > 0 and self._offsets[i - 1] == mention.start:
            self._timeline[i - 1] = seen
        else:
            self._timeline.insert(i, seen)
            self._offsets.insert(i, mention.start)

    def _before(self, offset: int) -> list[_Seen]:
        """Timeline entries before ``offset``, latest first, bounded."""
        i = bisect_right(self._offsets, offset - 1)
        return self._timeline[max(0, i - _LOOKBACK_MENTIONS) : i][::-1]

    def _resolve_pronoun(self, mention: SourceMention) -> tuple[Entity | None, float]:
        klass = self.people.pronoun_class.get(mention.text.lower())
        here = self.sentence_of(mention.start)
        if klass == "plural":
            governing = _governing_subject(mention.head)
            if governing is not None:
                return self.resolve(describe(governing, self.people))
            for seen in self._before(mention.start):
                if here - seen.sentence > 2:
                    break
                if seen.entity.kind != "person" and seen.entity.spoke:
                    return seen.entity, 0.5
            return None, 0.2
        if klass not in ("male", "female"):
            return None, 0.1
        best: tuple[float, Entity] | None = None
        for seen in self._before(mention.start):
            distance = here - seen.sentence
            if distance > _PRONOUN_WINDOW_SENTENCES:
                break
            entity = seen.entity
            if entity.kind != "person" or (entity.gender and entity.gender != klass):
                continue
            score = -float(distance) + seen.salience + 0.5 * entity.spoke
            score += 0.3 * (entity.gender == klass)
            if best is None or score > best[0]:
                best = (score, entity)
        if best is None or best[0] < _PRONOUN_MIN_SCORE:
            return self._last_speaker(mention, klass)
        score, entity = best
        if entity.gender is None:
            entity.gender = klass
        return entity, max(0.3, min(0.9, 0.85 + 0.1 * score))

    def _last_speaker(self, mention: SourceMention, klass: str) -> tuple[Entity | None, float]:
        """With nobody in reach, "he" in a run of statements ("He added ...") most often still
        means the person who spoke last, a few paragraphs up; taken only when that person is
        the one earlier speaker known to have that gender within the longer window."""
        here = self.sentence_of(mention.start)
        speakers: list[Entity] = []
        for seen in self._before(mention.start):
            if here - seen.sentence > _SPEAKER_WINDOW_SENTENCES:
                break
            entity = seen.entity
            if entity.kind == "person" and entity.spoke and entity.gender == klass:
                speakers.append(entity)
        speakers = list({entity.key: entity for entity in speakers}.values())
        if len(speakers) != 1:
            return None, 0.2
        return speakers[0], 0.4

    def _resolve_role(self, mention: SourceMention) -> tuple[Entity | None, float]:
        head = mention.head.lower_
        definite = any(
            c.lower_ in ("the", "this", "that") or c.dep_ == "poss" for c in mention.head.lefts
        )
        if head in self.people.roles and definite:
            for seen in self._before(mention.start):
                role = (seen.entity.role or "").lower()
                if seen.entity.kind == "person" and head in role.split():
                    return seen.entity, 0.75
        return self._group(mention.text), 0.5

    def _resolve_organisation(self, mention: SourceMention) -> tuple[Entity | None, float]:
        if mention.name:
            person = self._by_part.get(mention.name.lower())
            if person is not None:  # NER took a known person's surname for an organisation
                return person, 0.7
            return self._organisation(mention.name), 0.85
        head = mention.head.lower_
        for seen in self._before(mention.start):
            if seen.entity.kind == "organisation" and head in seen.entity.name.lower():
                return seen.entity, 0.7
        return self._group(mention.text), 0.5
