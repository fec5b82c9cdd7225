"""The people and organisations of one article on its timeline, the base of
:class:`~quotewire.speakers.coref.Coreference`.

The article's PERSON and ORG entities are indexed once, in text order, into :class:`Entity`
clusters: a full name opens a cluster; a lone surname or first name ("Lavrov", "Hillary") joins
the cluster of a full name with that surname (or first name) anywhere in the article, a
surname before a given name ("John" is Tom John, not John Hammond). The
recogniser's gaps are filled in: a known given name followed by capitalised words is a full
name even untagged, a known surname counts wherever it stands, a title-case headline name stops
before a word the article writes in lower case. A description that tells a gender ("the
woman", "his mother") is a person of its own. A person's gender comes from a given name, an
honorific or role noun, or the subject's own possessive ("Clinton tweeted her thanks"). Each
mention outside quotations is seen on the timeline at its offset, with its sentence and
salience; the resolution looks back over it a bounded number of entries.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.symbols import PROPN
from spacy.tokens import Doc, Token

from quotewire.nlp.docs import doc_text, tokens_where
from quotewire.speakers.antecedents import (
    SOURCE_SALIENCE,
    last_line,
    own_pronoun_gender,
    salience,
    sentence_starts,
)
from quotewire.speakers.apposed_roles import office_taken_as, stated_role
from quotewire.speakers.clusters import Entity, Seen
from quotewire.speakers.lexicon import PeopleLexicon
from quotewire.speakers.mentions import SourceMention, describe
from quotewire.speakers.name_clusters import NameClusters
from quotewire.speakers.name_tokens import POSSESSIVE_ENDINGS, clean_name, person_name
from quotewire.speakers.recogniser_gaps import (
    is_headline_clause,
    lower_case_words,
    names_after_unparsed_person_nouns,
    names_given_an_age,
    names_in_person_appositions,
    names_read_as_nouns,
    names_read_as_verbs,
    names_tagged_as_organisations,
    people_tagged,
    unparsed_apposed_gender,
    unrecognised_names,
    without_common_end,
)
from quotewire.speakers.source_heads import entity_tokens
from quotewire.speakers.source_phrases import noun_phrase, phrase_text, role_text
from quotewire.speakers.source_words import source_words
from quotewire.types import Mention, MentionKind

_LOOKBACK_MENTIONS = 60


class MentionTimeline(NameClusters):
    """Entity clusters of one article (found by name: :class:`NameClusters`) and their
    mentions on the article's timeline, which :class:`~quotewire.speakers.coref.Coreference`
    resolves source mentions against."""

    def __init__(
        self,
        doc: Doc,
        regions: list[tuple[int, int]],
        people: PeopleLexicon,
        quoted: list[tuple[int, int]],
        title: tuple[int, int] | None = None,
    ) -> None:
        super().__init__(people)
        self.doc = doc
        self._timeline: list[Seen] = []
        self._offsets: list[int] = []  # the timeline's offsets, for bisection
        self._sentence_starts = sentence_starts(doc, regions)
        self._quoted = quoted
        self._quote_closes = [close for _, close in quoted]
        self._sentence_start_set = set(self._sentence_starts)
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

        proper = tokens_where(self.doc, POS=PROPN)  # few: the loops below stay cheap
        ents = self.doc.ents  # spaCy builds every entity Span again on each access
        persons = [
            last_line(e) for e in people_tagged(ents, self.people) if in_regions(e.start_char)
        ]
        unrecognised = unrecognised_names(self.doc, proper, self.people)
        persons += [s for s in unrecognised if in_regions(s.start_char)]
        misread = names_tagged_as_organisations(ents, persons, self.people)
        taken = {t.i for span in persons + misread for t in span}
        aged = [s for s in names_given_an_age(ents) if not any(t.i in taken for t in s)]
        misread += aged
        taken.update(t.i for span in aged for t in span)
        unparsed = tokens_where(self.doc, TAG=0, IS_TITLE=1)
        misread += [
            s
            for s in names_in_person_appositions(proper, self.people)
            + names_after_unparsed_person_nouns(unparsed, self.people)
            if not any(t.i in taken for t in s)
        ]
        persons += [s for s in misread if in_regions(s.start_char)]
        persons.sort(key=lambda span: span.start)
        names = [(e, person_name(list(e), e.root, self.people)) for e in persons]
        # Full names open clusters, body first: a title-case headline is where NER errs most.
        in_title = [title is not None and title[0] <= e.start_char < title[1] for e, _ in names]
        if any(in_title):
            common = lower_case_words(self.doc, title)
            names = [
                (e, without_common_end(tokens, common) if titled else tokens)
                for (e, tokens), titled in zip(names, in_title, strict=True)
            ]
        for first_pass in (False, True):
            for (_, tokens), titled in zip(names, in_title, strict=True):
                if len(tokens) > 1 and titled == first_pass:
                    self._person(tokens)
        for ent, tokens in names:
            if not tokens:
                continue
            entity = self._person(tokens, self._honorific_gender(tokens[0]))
            entity.gender = entity.gender or unparsed_apposed_gender(ent, self.people)
            self._note(ent.root, entity, tokens, in_quotes(ent.start_char))
        # the tagger did not see unparsed sentences: a capitalised word there may be a name too
        misreadings = names_read_as_verbs(self.doc) + names_read_as_nouns(self.doc)
        for token in proper + unparsed + misreadings:
            if self._missed_name(token) and in_regions(token.idx):
                tokens = self._with_other_given_name(token)
                entity = self._person(tokens) if len(tokens) > 1 else self._by_part[token.lower_]
                self._note(token, entity, tokens, in_quotes(token.idx))
        for ent in ents:
            if (
                ent.label_ == "ORG"
                and in_regions(ent.start_char)
                and not any(name.start < ent.end and ent.start < name.end for name in misread)
                and not self._missed_name(ent.root)
                and not is_headline_clause(ent)
            ):
                tokens = clean_name(list(ent), self.people)
                person = self._surname_tagged_as_organisation(tokens)
                if person is not None:
                    self._note(ent.root, person, tokens, in_quotes(ent.start_char))
                    continue
                tokens = clean_name(list(ent), self.people, strip_roles=False)
                if tokens:
                    entity = self._organisation(phrase_text(tokens))
                    self._note(ent.root, entity, tokens, in_quotes(ent.start_char))
        for token in tokens_where(self.doc, TAG=self.doc.vocab.strings["NN"]):
            if in_regions(token.idx) and not in_quotes(token.idx):
                self._index_description(token)
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
            # a name read as an inverted subject ("Trump congratulated *Pelosi*") is described
            # by the verb's subject: that role is the subject's, not this name's
            if described.head is root or described.head in tokens:
                entity.take_role(described.role)
            if not quoted:  # "Tipton is a spokesperson ...": the writer's, not a speaker's, claim
                roles = self.people.roles
                entity.take_role(
                    role_text(stated_role(tokens, roles, source_words().copulas))
                    or role_text(office_taken_as(tokens[-1], roles))
                )
            entity.gender = (
                entity.gender or described.gender or own_pronoun_gender(root, self.people)
            )
        if not quoted:
            weight = salience(root) if root.dep_ else self._unparsed_salience(tokens)
            self._timeline.append(Seen(start, self.sentence_of(start), entity, weight))

    def _unparsed_salience(self, tokens: list[Token]) -> float:
        """:func:`_salience` for a name in a sentence the parser did not see: a name opening
        its sentence, after titles at most ("Obama is unveiling ...", "Former Gov. Jeb Bush
        said"), is nearly always the main clause's subject; a possessor ("Obama's plan") is
        not."""
        doc = self.doc
        after = tokens[-1].i + 1
        if after < len(doc) and doc[after].text in POSSESSIVE_ENDINGS:
            return 0.0
        i = tokens[0].i
        while i > 0 and doc[i].idx not in self._sentence_start_set:
            i -= 1
            if not (doc[i].is_title or doc[i].is_space):
                return 0.0
        return SOURCE_SALIENCE

    def _missed_name(self, token: Token) -> bool:
        """A known person's surname or given name the recogniser did not tag here ("Kasich
        jokingly offered ..."): without it, a "he" after it would skip that person."""
        person = self._by_part.get(token.lower_)
        if person is None or person.kind != "person" or token.ent_type_ == "PERSON":
            return False
        if token.ent_type_ and len(entity_tokens(token)) != 1:
            return False
        if token.pos_ == "PROPN":
            return token.dep_ != "compound"
        # untagged (in a sentence the parser did not see): only a surname standing alone
        following = token.nbor(1) if token.i + 1 < len(token.doc) else None
        alone = following is None or not following.is_title
        read_as_verb = token.pos_ in ("VERB", "AUX")  # "Trump himself was" (names_read_as_verbs)
        # "Sanders appeared" (names_read_as_nouns); a one-word ORG is read as an organisation's
        read_as_noun = token.pos_ == "NOUN" and not token.ent_type_
        misread = read_as_verb or read_as_noun
        return (not token.tag_ or misread) and alone and token.text == person.surname

    def _surname_tagged_as_organisation(self, name: list[Token]) -> Entity | None:
        """The person whose surname an ORG span is, once its titles are cleaned off
        (``name``), written as the article writes it ("In a livestream, *Sanders* shared ..."
        after "Bernie Sanders", the tagger reading a plural noun; "*Prof Sevior* says", "*Rear
        Admiral Harris* says"): without this the surname became an organisation of its own,
        and a later "Sanders called Biden ..." was stored as that organisation's quote."""
        if len(name) != 1:
            return None
        person = self._by_part.get(name[0].lower_)
        if person is None or person.kind != "person":
            return None
        return person if name[0].text == person.surname else None

    def _with_other_given_name(self, surname: Token) -> list[Token]:
        """A missed surname with the given name of another person before it ("Ivanka Trump
        strode across the stage" in a sentence the parser did not see, "Ivanka" taken for a
        product, in an article about Donald Trump): that person, not the one the surname
        names. A capitalised word the article also writes in lower case ("Will Trump win?")
        is no given name."""
        person = self._by_part[surname.lower_]
        if surname.i == 0 or surname.text != person.surname:
            return [surname]
        given = surname.nbor(-1)
        if (
            not given.is_title
            or given.ent_type_ in ("PERSON", "ORG")
            or self.people.gender_of_name(given.text) is None
            or person.name.split()[0] == given.text
            or tokens_where(self.doc, LOWER=given.lex.lower, IS_LOWER=1)
        ):
            return [surname]
        return [given, surname]

    def _index_description(self, token: Token) -> None:
        """A person described by a noun that tells a gender ("the woman", "his mother", "a
        spokeswoman for the campaign") is someone "she" or "he" can refer to, as a name is.
        Left out: a description that belongs to a name (an apposition "Jane Doe, a mother of
        two"; a title "spokeswoman Jane Doe"; "Doe is a mother"), and plurals."""
        if token.pos_ != "NOUN" or token.tag_ != "NN" or token.ent_type_:
            return
        gender = self.people.gender_of_word(token.lower_)
        if gender is None or token.dep_ in ("compound", "attr", "appos", "nmod"):
            return
        if any(c.dep_ == "appos" for c in token.children):
            return
        tokens = [t for t in noun_phrase(token) if t.text not in POSSESSIVE_ENDINGS]
        if not tokens or any(t.ent_type_ == "PERSON" for t in tokens if t.i > token.i):
            return
        entity = self._description(token, phrase_text(tokens), gender)
        start = tokens[0].idx
        self._timeline.append(Seen(start, self.sentence_of(start), entity, salience(token)))

    # -- the timeline ------------------------------------------------------------------------

    def _timeline_insert(self, mention: SourceMention, entity: Entity) -> None:
        seen = Seen(mention.start, self.sentence_of(mention.start), entity, SOURCE_SALIENCE)
        i = bisect_right(self._offsets, mention.start)
        if i > 0 and self._offsets[i - 1] == mention.start:
            self._timeline[i - 1] = seen
        else:
            self._timeline.insert(i, seen)
            self._offsets.insert(i, mention.start)

    def _before(self, offset: int) -> list[Seen]:
        """Timeline entries before ``offset``, latest first, bounded."""
        i = bisect_right(self._offsets, offset - 1)
        return self._timeline[max(0, i - _LOOKBACK_MENTIONS) : i][::-1]
