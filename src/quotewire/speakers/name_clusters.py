"""The clusters of one article found by what the article calls them, the base of
:class:`~quotewire.speakers.mention_timeline.MentionTimeline`: a full name opens a person's
cluster, a lone surname or given name joins the full name with it (a surname first: "John" is
Tom John, not John Hammond), an honorific of the other gender opens a namesake ("Ms. Khan"
beside "Khizr Khan"), a headline name run into the word before it is the body's name; a
description that tells a gender ("the woman") is a person of its own, kept by its head noun;
organisations and groups are kept by their words."""

from __future__ import annotations

from spacy.tokens import Token

from quotewire.speakers.clusters import Entity
from quotewire.speakers.lexicon import PeopleLexicon


class NameClusters:
    """The entities of one article, looked up and opened by name, description or words."""

    def __init__(self, people: PeopleLexicon) -> None:
        self.people = people
        self.entities: list[Entity] = []
        self._by_name: dict[str, Entity] = {}
        self._by_part: dict[str, Entity] = {}
        self._all_by_part: dict[str, list[Entity]] = {}  # "Clinton": Bill and Hillary
        self._descriptions: dict[int, Entity] = {}  # by the token index of the head noun

    def _description(self, token: Token, name: str, gender: str | None) -> Entity:
        entity = self._descriptions.get(token.i)
        if entity is None:
            entity = Entity(len(self.entities), name, "person", gender=gender)
            self.entities.append(entity)
            self._descriptions[token.i] = entity
        return entity

    def _honorific_gender(self, first: Token) -> str | None:
        """The gender an honorific right before a name tells ("Mrs. Clinton")."""
        if first.i == 0:
            return None
        before = first.nbor(-1)
        return (
            self.people.gender_of_word(before.lower_)
            if before.lower_ in self.people.honorifics
            else None
        )

    def _person(self, tokens: list[Token], gender: str | None = None) -> Entity:
        """The person a name is, opening a cluster for a new full name. A lone surname or
        given name joins the first full name with it, or the one of the gender its honorific
        tells ("Mrs. Clinton" in an article that named Bill Clinton first)."""
        full = "".join(t.text_with_ws for t in tokens).strip()  # "al-Awlaki" stays one word
        key = full.lower()
        if key in self._by_name:
            return self._by_name[key]
        if len(tokens) == 1 and key in self._by_part:
            if gender is not None:
                for entity in self._all_by_part[key]:
                    if entity.gender == gender:
                        return entity
                known = self._by_part[key]
                if known.kind == "person" and known.gender not in (None, gender):
                    return self._namesake(tokens[0], gender)
            return self._by_part[key]
        same = self._same_name_with_more_words(full)
        if same is not None:
            self._by_name[key] = same
            return same
        # a lone surname has no given name to tell the gender; its honorific does ("Ms. Sykes")
        gender = self.people.gender_of_full_name([t.text for t in tokens]) or gender
        entity = Entity(len(self.entities), full, "person", surname=tokens[-1].text, gender=gender)
        self.entities.append(entity)
        self._by_name[key] = entity
        if len(tokens) > 1:
            surname = tokens[-1].lower_
            known = self._by_part.get(surname)
            if known is None or (known.surname or "").lower() != surname:
                # a lone "John" is Tom John, not John Hammond: news refers by surname
                self._by_part[surname] = entity
            self._by_part.setdefault(tokens[0].lower_, entity)
            for part in (surname, tokens[0].lower_):
                self._all_by_part.setdefault(part, []).append(entity)
        return entity

    def _namesake(self, surname: Token, gender: str) -> Entity:
        """A person known only by an honorific and a surname whose gender is not that of the
        full name with the surname ("Ms. Khan" where the article names "Khizr and Ghazala
        Khan" and "Mr. Khan" took the one full name): another member of the family, whom a
        "she" can then refer to."""
        entity = Entity(len(self.entities), surname.text, "person", surname.text, gender=gender)
        self.entities.append(entity)
        self._all_by_part[surname.lower_].append(entity)
        return entity

    def _same_name_with_more_words(self, full: str) -> Entity | None:
        """The person already named by ``key`` with words before it, or by its last words: a
        headline runs a name into the word before it ("'Bloodline' Star Norbert Leo Butz"
        and "Norbert Leo Butz" in the body). The shorter form is the name, and its first word
        the given name that tells the gender ("Star" is a given name too)."""
        words = full.lower().split()
        entity = self._by_part.get(words[-1])
        if entity is None or entity.kind != "person":
            return None
        known = entity.name.lower().split()
        if len(known) < 2 or known == words:
            return None
        shorter, longer = sorted((known, words), key=len)
        if longer[-len(shorter) :] != shorter:
            return None
        if shorter is words:
            entity.name = full
            entity.gender = self.people.gender_of_full_name(words) or entity.gender
        return entity

    def _person_named(self, key: str) -> Entity | None:
        """The person with this full name, if any: a name the recogniser tagged as an organisation
        (:func:`~quotewire.speakers.recogniser_gaps.names_tagged_as_organisations`)."""
        entity = self._by_name.get(key)
        return entity if entity is not None and entity.kind == "person" else None

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
