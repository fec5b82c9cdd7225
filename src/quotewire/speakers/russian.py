"""Who is speaking, in Russian: names in any case back to the nominative, roles, pronouns.

A :class:`SpeakerBook` lives for one article. The quote finder hands it the token that heads the
speaker's phrase (the subject of «заявил», the noun after «по словам»); the book turns that
phrase into a mention and the mention into a :class:`Speaker`, so that «Сергей Лавров»,
«Лаврова», «министр» and «он» all land on one speaker. It prefers no speaker to a wrong one:
a role or pronoun that points at nobody in the article stays a bare role, or nothing.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from quotewire.nlp.russian import Entity, RussianPipeline, RussianText, Token
from quotewire.speakers.russian_antecedents import (
    person_introduced_before,
    plural_subject_before,
    speaking_body_before,
)
from quotewire.speakers.russian_lexicon import russian_lexicon
from quotewire.speakers.russian_names import (
    gender_of,
    joining_key,
    name_mention,
    person_gender,
    speaker_id,
    tidy_name,
)
from quotewire.speakers.russian_phrases import (
    PHRASE_STOP,
    name_after_coordinated_roles,
    normalise,
    phrase,
    phrase_head,
    place_after_owner,
)
from quotewire.speakers.russian_roles import apposed_role, role_lemma_near
from quotewire.types import Mention, MentionKind, Speaker, SpeakerKind


@dataclass(slots=True)
class Resolved:
    """A speaker found for one quote: who, through which words, in what role."""

    speaker: Speaker | None
    mention: Mention
    role: str | None = None


@dataclass(slots=True)
class _Person:
    speaker: Speaker
    key: str
    gender: str | None
    role_lemmas: set[str] = field(default_factory=set)
    quoted: bool = False


class SpeakerBook:
    """The people and bodies of one article, and every mention of them."""

    def __init__(self, text: RussianText, pipeline: RussianPipeline) -> None:
        self.text = text
        self.pipeline = pipeline
        self.lexicon = russian_lexicon()
        self._people: list[_Person] = []
        self._by_key: dict[str, _Person] = {}
        self._bodies: dict[str, _Person] = {}
        self._last: _Person | None = None
        self._last_group: _Person | None = None  # for «они», «по их словам»
        self._joint: set[str] = set()  # keys of organisations quoted together («A и B»)
        self._last_body: _Person | None = None  # for «говорится в сообщении»
        self._uses = 0
        self._quoted_at: dict[str, int] = {}  # key -> when it was last used (a count)
        for entity in text.entities:
            if entity.type == "PER":
                self._person_for(entity)

    # -- public -------------------------------------------------------------------------------

    def from_head(self, head: int) -> Resolved | None:
        """The speaker named by the phrase headed by token ``head``."""
        tokens = phrase(self.text, head)
        place = place_after_owner(self.text, head)
        if place is not None:  # «источник РБК в правоохранительных органах» → «источник РБК»
            tokens = [i for i in tokens if i < place]
        if not tokens:
            return None
        antecedent = self._antecedent_of_relative(tokens, head)
        if antecedent is not None:
            return self.from_head(antecedent)
        first, last = self.text.tokens[tokens[0]], self.text.tokens[tokens[-1]]
        head_token = self.text.tokens[head]
        if (
            head_token.lemma in self.lexicon.pronouns
            or head_token.text.lower() in self.lexicon.pronouns
        ):
            return self._pronoun(head_token)
        entity = (
            self._name_in(tokens, head)
            or self._appositive_name(head)
            or name_after_coordinated_roles(self.text, head, self.lexicon.roles)
        )
        if entity is not None:
            person = self._person_for(entity)
            role = self._role_before(tokens, entity)
            if role:
                person.role_lemmas.add(self.text.tokens[tokens[0]].lemma)
                person.speaker.role = person.speaker.role or role
            return self._use(person, name_mention(entity), role)
        span = Mention(first.start, last.end, self.text.text[first.start : last.end], "role")
        person = self._role_holder(head_token) or self._only_one_named(head, tokens)
        if person is not None:
            return self._use(person, span, person.speaker.role)
        named = self._organisation_with_role(head_token, span)
        if named is not None and named != head:
            return self.from_head(named)
        together = self._coordinated_organisations(tokens, head)
        if together is not None:
            first, last = self.text.tokens[together[0]], self.text.tokens[together[-1]]
            span = Mention(first.start, last.end, self.text.text[first.start : last.end], "role")
            tokens = together
            self._joint.add(normalise(self.text, self.pipeline, tokens).lower())
        elif self._refers_to_joint_source(head_token, span) or self._stands_in_for_organisation(
            head_token, tokens
        ):
            assert self._last_group is not None
            return self._use(self._last_group, span, None)
        return self._body(tokens, span)

    def _stands_in_for_organisation(self, head: Token, tokens: list[int]) -> bool:
        """«МИД России опубликовал комментарий … В ведомстве отметили, что …»: a bare noun
        that stands in for an organisation (no modifier, no name of its own) is the
        organisation quoted last."""
        group = self._last_group
        return (
            group is not None
            and group.speaker.kind == "organisation"
            and head.lemma in self.lexicon.standing_in
            and tokens == [head.index]
        )

    def _coordinated_organisations(self, tokens: list[int], head: int) -> list[int] | None:
        """«сообщают Пятый канал и РЕН ТВ»: two organisations joined by «и» are one source
        (the phrase stops at the first name otherwise), and so are two unnamed groups
        («родственники и близкие», «журналисты и эксперты»), and so are two authors of one
        document («в сообщении правительства и губернатора области», «Минфина и Центробанка»;
        :meth:`_document_author`). Not for named people, who are each quoted."""
        words = self.text.tokens
        group = self._unnamed_group(head)
        authors = self._document_author(head)
        if not self.text.inside_entity(head, "ORG") and not group and not authors:
            return None
        for child in self.text.children(head):
            joined = any(words[c].lemma == "и" for c in self.text.children(child))
            if authors:
                same = self._document_author(child, conjunct=True) or self.text.inside_entity(
                    child, "ORG"
                )
            else:
                same = (
                    self._unnamed_group(child) if group else self.text.inside_entity(child, "ORG")
                )
            if words[child].rel == "conj" and joined and same:
                more = phrase(self.text, child)
                if authors and any(self.text.inside_entity(i, "PER") for i in more):
                    continue  # «губернатора и прокурора области Ивана Петрова»: a named person
                if more and more[0] == tokens[-1] + 2:  # nothing but «и» between them
                    return list(range(tokens[0], more[-1] + 1))
        return None

    def _document_author(self, index: int, conjunct: bool = False) -> bool:
        """«в сообщении правительства и губернатора Оренбургской области»: a role or body in
        the genitive of a document noun (or, with ``conjunct``, joined to one), whose «и»
        joins a second author of the same document."""
        token = self.text.tokens[index]
        parent = token.head
        if parent is None or token.lemma not in self.lexicon.roles:
            return False
        if token.feats.get("Case") != "Gen":
            return False
        if conjunct:
            return token.rel == "conj"
        return token.rel == "nmod" and self.text.tokens[parent].lemma in self.lexicon.documents

    def _unnamed_group(self, index: int) -> bool:
        """A plural common noun in the nominative that is no part of a name («родственники»,
        «близкие»; «несколько музеев и залов» is left to its head, which the nominative of
        the phrase would not give)."""
        token = self.text.tokens[index]
        return (
            token.pos == "NOUN"
            and token.feats.get("Number") == "Plur"
            and token.feats.get("Case") == "Nom"
            and not self.text.entities_at(index)
        )

    def source_phrase(self, head: int) -> list[int]:
        """The tokens of the source headed by ``head``: its phrase, or two organisations
        joined by «и»."""
        tokens = phrase(self.text, head)
        return (tokens and self._coordinated_organisations(tokens, head)) or tokens

    def _refers_to_joint_source(self, head: Token, span: Mention) -> bool:
        """«По данным изданий, …» after «сообщают Пятый канал и РЕН ТВ»: a plural role noun
        with no name of its own is the organisations just quoted together."""
        group = self._last_group
        return (
            group is not None
            and group.key in self._joint
            and head.lemma in self.lexicon.roles
            and head.feats.get("Number") == "Plur"
            and not self.text.entities_in(span.start, span.end)
        )

    def document(self, head: int) -> Resolved:
        """A document that speaks for nobody named («в списке поименного голосования по проекту
        … значится»): its name is the noun with its adjectives and genitives, up to the first
        preposition or the title in marks («в законе «О госрегулировании …»» → «закон»)."""
        tokens = phrase(self.text, head)
        cut = next(
            (
                i
                for i in tokens
                if i > head
                and (self.text.tokens[i].pos == "ADP" or self.text.tokens[i].text in '«„“"')
            ),
            tokens[-1] + 1,
        )
        tokens = [i for i in tokens if i < cut]
        first, last = self.text.tokens[tokens[0]], self.text.tokens[tokens[-1]]
        span = Mention(first.start, last.end, self.text.text[first.start : last.end], "role")
        return self._body(tokens, span)

    def document_noun(self, index: int) -> Resolved:
        """A document as its own source, named by its noun alone («Соответствующее
        распоряжение было опубликовано» → «распоряжение»)."""
        token = self.text.tokens[index]
        return self._body([index], Mention(token.start, token.end, token.text, "role"))

    def _organisation_with_role(self, head: Token, span: Mention) -> int | None:
        """«по утверждению издания» after «немецкое издание Der Spiegel»: the organisation
        named earlier with the same role noun just before it (the token that heads it)."""
        if head.lemma not in self.lexicon.roles or self.text.entities_in(span.start, span.end):
            return None
        tokens = self.text.tokens
        for entity in reversed(self.text.entities):
            if entity.type != "ORG" or entity.end > span.start:
                continue
            inside = self.text.token_range(entity.start, entity.end)
            outer = [i for i in inside if tokens[i].head not in inside]
            if not outer or any(tokens[i].rel == "nmod" for i in outer):
                continue  # «прокурор Пермского края»: the genitive is not the role's name
            for index in range(inside[0] - 1, max(inside[0] - 4, -1), -1):
                if tokens[index].lemma == head.lemma and tokens[index].pos == "NOUN":
                    return phrase_head(self.text, inside[0])
                if tokens[index].text in PHRASE_STOP:
                    break
        return None

    def _antecedent_of_relative(self, tokens: list[int], head: int) -> int | None:
        """«компания, в пресс-службе которой сообщили»: the phrase belongs to the noun the
        relative clause is about, and that noun is the speaker (not «пресс-служба которой»)."""
        if not any(self.text.tokens[i].lemma == "который" and i != head for i in tokens):
            return None
        current = self.text.tokens[head]
        while current.head is not None and not current.rel.startswith("acl"):
            current = self.text.tokens[current.head]
        if current.rel.startswith("acl") and current.head is not None:
            return current.head
        return None

    def from_region(self, start: int, end: int, nearest_to: int | None = None) -> Resolved | None:
        """The speaker in ``[start, end)``: the first subject-like noun or name there, or the
        one nearest to ``nearest_to`` (the cue) when the region lies before it."""
        indices = list(self.text.token_range(start, end))
        if nearest_to is not None and end <= nearest_to:
            indices.reverse()
        for index in indices:
            token = self.text.tokens[index]
            pronoun = token.pos == "PRON" and token.text.lower() in self.lexicon.pronouns
            if (token.pos in ("NOUN", "PROPN") or pronoun) and token.feats.get(
                "Case", "Nom"
            ) == "Nom":
                return self.from_head(phrase_head(self.text, index))
        return None

    def last(self) -> Resolved | None:
        """The most recent speaker, for quotes that carry on without a new attribution."""
        if self._last is None or not self._last.speaker.mentions:
            return None
        return Resolved(
            self._last.speaker, self._last.speaker.mentions[-1], self._last.speaker.role
        )

    def last_body(self) -> Resolved | None:
        """The most recent unnamed speaker (a press service, a ministry): the likely author of
        a document the article then quotes without naming its author («говорится в сообщении»)."""
        body = self._last_body
        if body is None or not body.speaker.mentions:
            return None
        return Resolved(body.speaker, body.speaker.mentions[-1], body.speaker.role)

    def speakers(self) -> list[Speaker]:
        """Everyone who was quoted, in order of first mention, with every mention of them."""
        for entity in self.text.entities:
            if entity.type != "PER":
                continue
            person = self._by_key.get(joining_key(tidy_name(entity))) or self._by_first_name(
                tidy_name(entity)
            )
            if person is not None and person.quoted:
                mention = name_mention(entity)
                if all(m.start != mention.start for m in person.speaker.mentions):
                    person.speaker.mentions.append(mention)
        quoted = [p.speaker for p in self._people if p.quoted]
        for speaker in quoted:
            speaker.mentions.sort(key=lambda m: m.start)
        return sorted(quoted, key=lambda s: s.mentions[0].start if s.mentions else 0)

    def _name_in(self, tokens: list[int], head: int) -> Entity | None:
        """The person the phrase names: the head's own name (also one that runs on past the
        phrase, which stops at the full stop of an initial: «А. Кержаев») or a name in
        apposition to it."""
        start, end = self.text.tokens[tokens[0]].start, self.text.tokens[tokens[-1]].end
        own = [
            e
            for e in self.text.entities_at(head)
            if e.type == "PER" and e.start >= start and not self._is_role_word(e)
        ]
        if own:
            return own[0]
        people = [
            e
            for e in self.text.entities_in(start, end)
            if e.type == "PER" and not self._is_role_word(e)
        ]
        if not people:
            return None
        head_token = self.text.tokens[head]
        case = head_token.feats.get("Case")
        for entity in reversed(people):
            inside = self.text.token_range(entity.start, entity.end)
            if not inside:
                continue
            first = self.text.tokens[inside[0]]
            if first.rel == "nmod":
                continue  # «представитель Лопес»: a genitive dependent is not the speaker
            if self._nearer_role(head, first):
                continue  # «представитель генсека ООН Антониу Гутерриша»: the генсек's name
            if first.head == head and first.rel in ("appos", "flat:name", "flat"):
                return entity
            if first.feats.get("Case") == case:
                return entity
        return None

    def _nearer_role(self, head: int, name: Token) -> bool:
        """Is there a role noun of a person between ``head`` and the first word of a name that
        hangs on the head in the genitive, in the name's case («представитель генсека ООН
        Антониу Гутерриша»)? The name is that role's, whatever the parser hung it on; not
        after a body («глава ведомства Александра Жарова»)."""
        tokens = self.text.tokens
        case = name.feats.get("Case")
        return any(
            tokens[i].lemma in self.lexicon.roles
            and tokens[i].rel == "nmod"
            and tokens[i].feats.get("Animacy") == "Anim"
            and tokens[i].feats.get("Case") == case
            for i in range(head + 1, name.index)
        )

    def _is_role_word(self, entity: Entity) -> bool:
        """«напомнил Папа»: a capitalised role noun that the tagger took for a name."""
        inside = self.text.token_range(entity.start, entity.end)
        return len(inside) == 1 and self.text.tokens[inside[0]].lemma in self.lexicon.roles

    def _appositive_name(self, head: int) -> Entity | None:
        """«её мать – актриса Дебби Рейнольдс –»: a name in apposition set off by dashes."""
        for child in self.text.children(head):
            if self.text.tokens[child].rel != "appos" or self._nearer_role(
                head, self.text.tokens[child]
            ):
                continue
            for entity in self.text.entities:
                inside = self.text.token_range(entity.start, entity.end)
                if entity.type == "PER" and (child in inside or any(
                    self.text.tokens[i].head == child for i in inside
                )):  # fmt: skip
                    return entity
        return None

    def _role_before(self, tokens: list[int], entity: Entity) -> str | None:
        words = [i for i in tokens if self.text.tokens[i].end <= entity.start]
        if not words or self.text.tokens[words[0]].lemma not in self.lexicon.roles:
            return None
        return normalise(self.text, self.pipeline, words)

    # -- people -------------------------------------------------------------------------------

    def _person_for(self, entity: Entity) -> _Person:
        name = tidy_name(entity)
        key = joining_key(name)
        person = self._by_key.get(key) or self._by_first_name(name)
        if person is None:
            gender = gender_of(self.text, entity)
            speaker = Speaker(id=speaker_id(name), name=name, kind="person")
            person = _Person(speaker, key, gender)
            self._people.append(person)
            self._by_key[key] = person
        if person.speaker.role is None:
            role = apposed_role(self.text, self.pipeline, entity, self.lexicon.roles)
            if role is not None:
                person.speaker.role, lemma = role
                person.role_lemmas.add(lemma)
        elif len(name.split()) > len(person.speaker.name.split()):
            person.speaker.name = name
            person.speaker.id = speaker_id(name)
        return person

    def _by_first_name(self, name: str) -> _Person | None:
        """«принцессы Мако» after «Принцесса Мако Акисино»: a lone first name of someone named."""
        if len(name.split()) != 1:
            return None
        word = name.lower().replace("ё", "е")
        for person in self._people:
            words = person.speaker.name.lower().replace("ё", "е").split()
            if len(words) > 1 and words[0] == word:
                return person
        return None

    def _pronoun(self, token: Token) -> Resolved | None:
        mention = Mention(token.start, token.end, token.text, "pronoun")
        gender = self.lexicon.pronouns.get(token.text.lower()) or self.lexicon.pronouns.get(
            token.lemma
        )
        candidates = [p for p in self._recent_people(token.start)]
        antecedent = speaking_body_before(self.text, token, gender)
        if antecedent is None:
            antecedent = person_introduced_before(self.text, token, gender)
        if antecedent is not None:
            return self.from_head(antecedent)
        if gender == "plur":
            group = self._last_group
            if group is not None:
                return self._use(group, mention, None)
            subject = plural_subject_before(self.text, token)
            return self.from_head(subject) if subject is not None else None
        for person in candidates:
            if gender is None or person.gender in (None, gender):
                return self._use(person, mention, person.speaker.role)
        return None

    def _recent_people(self, before: int) -> list[_Person]:
        """People named before ``before``, the last quoted first, then by nearness."""
        seen: list[_Person] = []
        if self._last is not None:
            seen.append(self._last)
        earlier = [e for e in reversed(self.text.entities) if e.type == "PER" and e.end <= before]
        # a subject is the likelier antecedent (centering): «Владимир является учеником Олега
        # Табакова. По его словам …» is about Владимир
        for entity in sorted(earlier, key=lambda e: not self._is_subject(e)):
            person = self._by_key.get(joining_key(tidy_name(entity)))
            if person is not None and person not in seen:
                seen.append(person)
        return seen

    def _is_subject(self, entity: Entity) -> bool:
        inside = self.text.token_range(entity.start, entity.end)
        return bool(inside) and self.text.tokens[inside[0]].rel.startswith("nsubj")

    def _role_holder(self, head: Token) -> _Person | None:
        """The person earlier given this role («министр» after «министр ... Сергей Лавров»)."""
        for person in self._recent_people(head.start):
            if head.lemma in person.role_lemmas:
                return person
        for entity in self.text.entities:
            if entity.type != "PER" or entity.start > head.start:
                continue
            if (
                role_lemma_near(self.text, entity, self.lexicon.roles) == head.lemma
                and head.lemma in self.lexicon.roles
            ):
                return self._by_key.get(joining_key(tidy_name(entity)))
        return None

    def _only_one_named(self, head: int, tokens: list[int]) -> _Person | None:
        """«Агентство Tasnim передаёт слова журналистки» in an article about a TV presenter,
        «Политик заявил, что …» in one about a senator: a bare noun of a public occupation of
        one gender that nobody was given is the person of that gender named before it, or of
        several, the one named more than once («её имя при рождении было Мелани Франклин»
        names her once more); with a name or genitive in the phrase, or two such people named
        repeatedly, it is nobody."""
        words = self.text.tokens
        if any(words[i].lemma in self.lexicon.other_markers for i in tokens):
            return None  # «другая журналистка», «ещё одна»: someone else
        gender = self._occupation_gender(words[head])
        if gender is None or any(words[i].pos in ("NOUN", "PROPN") for i in tokens if i != head):
            return None
        named: Counter[str] = Counter()
        people: dict[str, _Person] = {}
        for entity in self.text.entities:
            if entity.type != "PER" or entity.end > words[head].start:
                continue
            person = self._by_key.get(joining_key(tidy_name(entity)))
            if person is not None and person.gender == gender:
                named[person.key] += 1
                people[person.key] = person
        repeated = [key for key, count in named.items() if count > 1]
        if len(people) == 1:
            return next(iter(people.values()))
        return people[repeated[0]] if len(repeated) == 1 else None

    def _occupation_gender(self, head: Token) -> str | None:
        """ "fem" for «журналистка» (``roles.women_occupations``), "masc" for «политик»
        (``roles.men_occupations``), said of one person; else None. A masculine noun whose
        verb agrees in the feminine («Музыкант заявила») is said of a woman, so is no man's."""
        gender = person_gender(head)
        if gender == "fem":
            return "fem" if head.lemma in self.lexicon.women_occupations else None
        verb = self.text.tokens[head.head] if head.head is not None else None
        if verb is not None and head.rel.startswith("nsubj") and verb.feats.get("Gender") == "Fem":
            return None
        if gender == "masc" and head.lemma in self.lexicon.men_occupations:
            return "masc"
        return None

    def _name_in_marks(self, tokens: list[int], head: Token | None) -> str | None:
        """«закрытое сообщество «Плохие новости»», «телеграм-канал «Опер слил»»: an outlet
        named with its kind goes by the name in marks right after the kind noun. Not a person
        or a genitive owner: «спикер «Талибана»», «собеседники «Ъ»» stay as written."""
        words = self.text.tokens
        if head is None or head.index + 1 > tokens[-1] or words[head.index + 1].text != "«":
            return None
        if words[tokens[-1]].text != "»" or tokens[-1] - head.index < 3:
            return None
        if head.feats.get("Animacy") == "Anim":
            return None
        inner = range(head.index + 2, tokens[-1])
        if any(words[i].text in ("«", "»") for i in inner) or any(
            words[i].head == head.index and words[i].rel == "nmod" for i in inner
        ):
            return None
        return self.text.text[words[inner[0]].start : words[inner[-1]].end]

    def _body(self, tokens: list[int], span: Mention) -> Resolved:
        """An unnamed speaker (officials, a ministry, the press): the phrase is the name."""
        head = next(
            (self.text.tokens[i] for i in tokens if self.text.tokens[i].pos in ("NOUN", "PROPN")),
            None,
        )
        name = self._name_in_marks(tokens, head) or normalise(self.text, self.pipeline, tokens)
        kind: SpeakerKind = "person"
        mention_kind: MentionKind = "role"
        if head is not None and head.feats.get("Number") == "Plur":
            kind = "group"
        if any(e.type == "ORG" for e in self.text.entities_in(span.start, span.end)) and (
            head is None or head.lemma not in self.lexicon.roles or head.pos == "PROPN"
        ):
            kind, mention_kind = "organisation", "organisation"
        key = name.lower()
        person = self._bodies.get(key) or self._body_by_abbreviation(name)
        if person is None:
            gender = _feminine_person(head) if kind == "person" else None
            person = _Person(Speaker(id=speaker_id(name), name=name, kind=kind), key, gender)
            self._bodies[key] = person
            self._people.append(person)
        mention = Mention(span.start, span.end, span.text, mention_kind)
        self._last_body = person
        return self._use(person, mention, None)

    def _body_by_abbreviation(self, name: str) -> _Person | None:
        """«По данным МИД РФ, … По данным МИДа, …»: a bare abbreviation is the body quoted
        before whose name begins with it, the one quoted last when several do («МИД Италии
        подтвердил … По данным МИД РФ, … По данным МИДа» is the Russian ministry)."""
        if not (len(name) > 1 and name.isupper() and " " not in name):
            return None
        found = [p for k, p in self._bodies.items() if k.startswith(name.lower() + " ")]
        return max(found, key=lambda p: self._quoted_at.get(p.key, -1), default=None)

    def _use(self, person: _Person, mention: Mention, role: str | None) -> Resolved:
        person.quoted = True
        self._uses += 1
        self._quoted_at[person.key] = self._uses  # which body was quoted last
        if mention not in person.speaker.mentions:
            person.speaker.mentions.append(mention)
            person.speaker.mentions.sort(key=lambda m: m.start)
        if person.speaker.kind == "person":
            self._last = person
        elif person.speaker.kind in ("group", "organisation"):
            self._last_group = person
        return Resolved(person.speaker, mention, role or person.speaker.role)


def _feminine_person(head: Token | None) -> str | None:
    """«олимпийская чемпионка», «певица»: a woman, whom a later «его» or «он» does not point
    to. A masculine role noun says nothing («министр», «врач» are said of women too)."""
    return "fem" if person_gender(head) == "fem" else None
