"""Coreference for sources, by rules over the parse and the named entities.

The article's people and organisations are indexed once, in text order, by
:class:`~quotewire.speakers.mention_timeline.MentionTimeline` (clusters by name, the
recogniser's gaps filled in, descriptions that tell a gender, each person's gender). Source
mentions of the attributions are then resolved in text order:

- names join their cluster (a name not seen by NER opens one);
- "he"/"she" go to the best earlier person or description by recency in sentences, subject
  position, having spoken before, and gender agreement; none within reach means no speaker. A
  resolved pronoun keeps its person in view for the next one;
- role nouns ("the minister") go to the latest person whose role has that word (and its
  capitalised modifiers: "the Republican candidate");
- organisation nouns ("the ministry") go to the latest organisation whose name has it; an
  outlet noun ("the newspaper") to the organisation quoted just before;
- "they" goes to the subject of the clause it is embedded in, else to an organisation or group
  that spoke in the last sentences, else to the first of people coordinated as the subject
  just before; a speaking "it" to an organisation that is the main-clause subject just before;
- other descriptions ("officials", "a source") stand for themselves as a group.

Every step looks back over a bounded window, so the whole pass is linear in article length.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator

from spacy.tokens import Token

from quotewire.nlp.docs import doc_text
from quotewire.speakers.antecedents import (
    SOURCE_SALIENCE,
    followed_by_coordinated_person,
    governing_subject,
    main_subject_between,
)
from quotewire.speakers.clusters import Entity, Seen
from quotewire.speakers.lexicon import PeopleLexicon
from quotewire.speakers.mention_timeline import MentionTimeline
from quotewire.speakers.mentions import SourceMention, describe
from quotewire.speakers.name_tokens import untitled
from quotewire.types import Mention, MentionKind

# prepositions that open the phrase after an organisation name's head ("House *of* Commons")
_NAME_PHRASE_PREPOSITIONS = ("of", "for", "on")
_PRONOUN_WINDOW_SENTENCES = 4
_PRONOUN_MIN_SCORE = -3.5
_SPEAKER_WINDOW_SENTENCES = 12
_GENDER_AGREEMENT = 0.3  # a known gender that agrees, over one not known
_POSSESSIVE_END = re.compile(r"['’]s?$")


class Coreference(MentionTimeline):
    """The resolution of one article's source mentions against its entity clusters and their
    mentions on the article's timeline (:class:`MentionTimeline`)."""

    # -- resolution -------------------------------------------------------------------------

    def resolve(
        self, mention: SourceMention, *, recorded_as: MentionKind | None = None
    ) -> tuple[Entity | None, float]:
        """The entity a source mention refers to, with a confidence in that link.

        ``recorded_as`` overrides the kind the mention is recorded with (a headline source
        resolves like a name but is recorded as "headline")."""
        if mention.kind in ("name", "surname") and mention.name:
            entity = self._person(self._tokens_of(mention.name, mention), mention.gender)
            confidence = 0.95 if entity.name.count(" ") else 0.8
            entity.take_role(mention.role)
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
        if entity.kind == "person":  # a resolved "he said" keeps its person in view
            self._timeline_insert(mention, entity)
        return entity, confidence

    def _tokens_of(self, name: str, mention: SourceMention) -> list[Token]:
        doc = mention.head.doc
        start = doc_text(doc).find(name, mention.start, mention.end)
        span = (
            doc.char_span(start, start + len(name), alignment_mode="expand") if start >= 0 else None
        )
        return list(span) if span is not None and len(span) else [mention.head]

    def _sentence_of_pronoun(self, mention: SourceMention) -> int:
        """The sentence a pronoun source counts from: that of the quotation it closes, where
        it opens ('"Uh, no. ... This is about me," *she* said' is as near the "But Ayotte
        isn't interested." before it as after a quotation of one sentence); else its own."""
        i = bisect_right(self._quote_closes, mention.start) - 1
        if i >= 0:
            open_, close = self._quoted[i]
            text = doc_text(self.doc)
            if not any(c.isalnum() for c in text[close : mention.start]):
                first = next((k for k in range(open_, close) if text[k].isalnum()), open_)
                return self.sentence_of(first)
        return self.sentence_of(mention.start)

    def _resolve_pronoun(self, mention: SourceMention) -> tuple[Entity | None, float]:
        klass = self.people.pronoun_class.get(mention.text.lower())
        here = self._sentence_of_pronoun(mention)
        if klass == "plural":
            governing = governing_subject(mention.head)
            if governing is not None:
                return self.resolve(describe(governing, self.people))
            for seen in self._before(mention.start):
                if here - seen.sentence > 2:
                    break
                if seen.entity.kind != "person" and seen.entity.spoke:
                    return seen.entity, 0.5
            couple = self._coordinated_subject(mention, here)
            return (couple, 0.4) if couple else (None, 0.2)
        if klass == "neuter":
            organisation = self._subject_organisation(mention, here)
            return organisation, (0.5 if organisation else 0.1)
        if klass not in ("male", "female"):
            return None, 0.1
        best: tuple[float, Entity] | None = None
        objects = self._objects_of_own_verb(mention.head)
        for seen in self._before(mention.start):
            distance = here - seen.sentence
            if distance > _PRONOUN_WINDOW_SENTENCES:
                break
            entity = seen.entity
            if entity.kind != "person" or (entity.gender and entity.gender != klass):
                continue
            if any(entity is other for other in objects):
                continue
            if distance == 0 and self._fronted_object(seen, mention.head):
                continue
            score = -float(distance) + seen.salience + 0.5 * entity.spoke
            score += _GENDER_AGREEMENT * (entity.gender == klass)
            if best is None or score > best[0]:
                best = (score, entity)
        if best is None or best[0] < _PRONOUN_MIN_SCORE:
            return self._last_speaker(mention, klass, objects)
        score, entity = best
        if entity.gender is None:
            entity.gender = klass
        return entity, max(0.3, min(0.9, 0.85 + 0.1 * score))

    def _objects_of_own_verb(self, pronoun: Token) -> list[Entity]:
        """The entities named as the object of a subject pronoun's own verb ("*he* was warning
        *Franczyk* that ..."): a pronoun cannot refer to a name its own clause holds as an
        object (the binding of English pronouns), however salient that name was before."""
        if pronoun.dep_ != "nsubj":
            return []
        found: list[Entity] = []
        for child in pronoun.head.children:
            if child.dep_ not in ("dobj", "dative") or child.i < pronoun.i:
                continue
            # the object's own name ("Franczyk", "Mayor Byron Brown"), not a possessor or a
            # clause inside it: "She told Berg's aides" is as often Berg speaking
            name = [t for t in child.children if t.dep_ == "compound" and t.i < child.i]
            start, end = (name[0] if name else child).idx, child.idx + len(child)
            low, high = bisect_left(self._offsets, start), bisect_left(self._offsets, end)
            found.extend(seen.entity for seen in self._timeline[low:high])
        return found

    def _fronted_object(self, seen: Seen, pronoun: Token) -> bool:
        """Whether a name is the object of a phrase fronted before the pronoun's own verb
        ("On *Twitter*, she responded ...", Twitter tagged a person): a subject pronoun does
        not refer to a name in such a phrase."""
        if pronoun.dep_ != "nsubj":
            return False
        span = self.doc.char_span(seen.offset, seen.offset + 1, alignment_mode="expand")
        if span is None or span[0].i > pronoun.i:
            return False
        name = span[0]
        while name.dep_ == "compound" and name.head.i > name.i:
            name = name.head
        preposition = name.head
        return (
            name.dep_ == "pobj"
            and preposition.dep_ == "prep"
            and preposition.head == pronoun.head
            and preposition.i < pronoun.i
        )

    def _coordinated_subject(self, mention: SourceMention, here: int) -> Entity | None:
        """A "they" after people coordinated as a main-clause subject ("Hillary Clinton and
        Senator Elizabeth Warren held their first joint event. *They* said ...") is those
        people; the product records one speaker, the first conjunct, as the annotators do for
        a coordinated source. A person named after the coordination who is not a main-clause
        subject between it and the "they" does not hide it ("*Cruz and Trump* have used ...,
        with *Cruz* recently promising ... Yet *they*'ve offered")."""
        for seen, name in self._salient_nearby(mention, here, "person"):
            if name is None or not followed_by_coordinated_person(name):
                continue
            return None if main_subject_between(name, mention.head) else seen.entity
        return None

    def _subject_organisation(self, mention: SourceMention, here: int) -> Entity | None:
        """An "it" that says something ("The Fed does not want ... *It* plans to", "The Post
        reported ... *It* added") is the organisation that is the main-clause subject of its own
        or the previous sentence. An organisation only mentioned in an object or inner clause,
        or one followed by another main-clause subject (a group or country the clusters do not
        hold), leaves the "it" unresolved, as before."""
        nearest = next(self._salient_nearby(mention, here, "organisation"), None)
        if nearest is None or nearest[1] is None or main_subject_between(nearest[1], mention.head):
            return None
        return nearest[0].entity

    def _salient_nearby(
        self, mention: SourceMention, here: int, kind: str
    ) -> Iterator[tuple[Seen, Token | None]]:
        """The salient ``kind`` entities seen in the pronoun's sentence or the one before, last
        first, each with the token where it was seen (None where no token is there)."""
        for seen in self._before(mention.start):
            if here - seen.sentence > 1:
                return
            if seen.entity.kind != kind or seen.salience < SOURCE_SALIENCE:
                continue
            name = self.doc.char_span(seen.offset, seen.offset + 1, alignment_mode="expand")
            yield seen, None if name is None else name[0]

    def _last_speaker(
        self, mention: SourceMention, klass: str, objects: list[Entity]
    ) -> tuple[Entity | None, float]:
        """With nobody in reach, "he" in a run of statements ("He added ...") most often still
        means the person who spoke last, a few paragraphs up; taken only when that person is
        the one earlier speaker known to have that gender within the longer window, and not
        the object of the pronoun's own verb."""
        here = self._sentence_of_pronoun(mention)
        speakers: list[Entity] = []
        for seen in self._before(mention.start):
            if here - seen.sentence > _SPEAKER_WINDOW_SENTENCES:
                break
            entity = seen.entity
            if entity.kind == "person" and entity.spoke and entity.gender == klass:
                speakers.append(entity)
        speakers = list({entity.key: entity for entity in speakers}.values())
        if len(speakers) != 1 or any(speakers[0] is other for other in objects):
            return None, 0.2
        return speakers[0], 0.4

    def _resolve_role(self, mention: SourceMention) -> tuple[Entity | None, float]:
        """A definite role ("the minister") is the latest person with that role. Any other
        description is named as written; one that tells a gender ("a woman in Ohio") is a
        person "she" or "he" can later refer to."""
        head = mention.head.lower_
        person = self._by_part.get(head)
        if person is not None and person.kind == "person" and mention.head.text.istitle():
            return person, 0.7  # a known surname the tagger took for something else ("Trump")
        definite = any(
            c.lower_ in ("the", "this", "that") or c.dep_ == "poss" for c in mention.head.lefts
        )
        if head in self.people.roles and definite:
            # a capitalised modifier must be in the role too: "the Republican presidential
            # candidate" is not the latest "Democratic presidential candidate"
            proper = {
                c.lower_
                for c in mention.head.lefts
                if c.dep_ in ("amod", "compound") and c.text[:1].isupper() and not c.is_sent_start
            }
            written = {c.lower_ for c in mention.head.lefts}
            owner = _named_possessor(mention.head)
            described = None  # the latest unnamed person introduced with this role
            for seen in self._before(mention.start):
                role = (seen.entity.role or "").lower().split()
                if seen.entity.kind == "person" and head in role and proper <= set(role):
                    if self._other_rank(role, head, written):
                        continue
                    if owner and _other_owner(seen.entity.role or "", owner):
                        continue
                    return described or seen.entity, 0.75
                if described is None and _introduced_as(seen.entity, head, proper, self.people):
                    described = seen.entity
        gender = self.people.gender_of_word(head)  # "his pick" tells no gender
        if gender is not None and mention.head.tag_ == "NN":
            entity = self._description(mention.head, mention.text, gender)
            entity.name = mention.text  # the source's own words name it best
            return entity, 0.6
        return self._group(mention.text), 0.5

    def _other_rank(self, role: list[str], head: str, written: set[str]) -> bool:
        """Whether a person's role is another office than the mention's: a rank word before
        the role's head that the mention does not have ("the former president" is not "Vice
        President Joe Biden"; "the vice president" is)."""
        i = role.index(head)
        return i > 0 and role[i - 1] in self.people.rank_prefixes and role[i - 1] not in written

    def _resolve_organisation(self, mention: SourceMention) -> tuple[Entity | None, float]:
        if mention.name:
            key = untitled(mention.name, self.people).lower()
            person = self._by_part.get(key) or self._person_named(key)
            if person is not None:  # NER took a known person's name for an organisation
                return person, 0.7
            return self._organisation(mention.name), 0.85
        head = mention.head.lower_
        media = head in self.people.media_nouns
        here = self.sentence_of(mention.start)
        for seen in self._before(mention.start):
            entity = seen.entity
            if entity.kind == "organisation" and head == organisation_head(entity.name):
                return entity, 0.7
            # "the newspaper" is the outlet that reported just before: its name has no "newspaper"
            recent = here - seen.sentence <= _PRONOUN_WINDOW_SENTENCES
            if media and recent and entity.kind == "organisation" and entity.spoke:
                return entity, 0.6
        return self._group(mention.text), 0.5


def organisation_head(name: str) -> str:
    """The noun an organisation's name is built on, which "the department" or "the party"
    refers back with: its last word, or the last before an "of" or "for" phrase ("State
    *Department*", "*Center* for American Progress", "*House* of Commons"). Not any word in it:
    "his campaign" is no "Campaign Legal Center"."""
    words = name.lower().split()
    for i, word in enumerate(words[1:], start=1):
        if word in _NAME_PHRASE_PREPOSITIONS:
            return words[i - 1]
    return words[-1] if words else ""


def _named_possessor(head: Token) -> str | None:
    """The name that owns a role noun ("*Brown's* spokeswoman"), lower case; None for a
    pronoun ("his spokeswoman") or a common noun ("the campaign's spokesman")."""
    owner = next((c for c in head.lefts if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ != "PROPN" or not owner.text[:1].isupper():
        return None
    return owner.lower_


def _other_owner(role: str, owner: str) -> bool:
    """Whether a person's role is the same office held for another named owner: "Brown's
    spokeswoman" is not "Smith's spokeswoman Jane Doe", named a paragraph up. A role with no
    named possessor ("spokeswoman Jane Doe", "Smith spokeswoman") does not tell."""
    for word in role.split():
        stem = _POSSESSIVE_END.sub("", word)
        if stem != word and word[:1].isupper():
            return stem.lower() != owner
    return False


def _introduced_as(entity: Entity, head: str, proper: set[str], people: PeopleLexicon) -> bool:
    """Whether an unnamed person was introduced by an indefinite description with the role
    noun ``head`` ("*A spokesman for the opposition* said ..., *the spokesman* added"): a
    definite role that would go to a named person with that role mentioned before ("Police
    spokesman Wayne Bvudzijena") goes to the later unnamed one instead. Only "a", "an",
    "another" or "one" bring in someone new; an earlier "the prince" is the named prince
    again. With no named person to pass over, the role keeps its own words, as PolNeAR's
    annotators write it ("the spokesman", not "Cameron's spokesman" a paragraph up)."""
    if entity.kind != "person" or entity.surname is not None or entity.role is not None:
        return False
    words = entity.name.lower().split()
    if not words or words[0] not in people.indefinite_determiners:
        return False
    return head in words and proper <= set(words)
