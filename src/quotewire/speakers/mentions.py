"""What a source mention says about its speaker: name, role, kind, gender.

Given the head token of a source ("Lavrov" in "Russian Foreign Minister Sergey Lavrov said"),
read the noun phrase around it: the name is the PERSON entity without honorifics or a
possessive (:mod:`~quotewire.speakers.name_tokens`); the role is what stands before the name
("Russian Foreign Minister") or an apposition ("Jane Doe, a spokeswoman for the ministry,").
Pronouns, role nouns ("the minister"), organisations ("the ministry", "Reuters") and groups
("officials", "a source", named by their whole phrase: :mod:`~quotewire.speakers.source_phrases`)
are told apart so that coreference knows what to look for.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from quotewire.nlp.docs import doc_text, opens_sentence
from quotewire.speakers.apposed_roles import (
    affiliation,
    apposed_role,
    office_before_name,
    office_of_apposed_name,
    only_a_mood,
)
from quotewire.speakers.lexicon import PeopleLexicon
from quotewire.speakers.name_tokens import (
    ARTICLES,
    clean_name,
    person_name,
    surname_read_as_adverb,
)
from quotewire.speakers.organisation_names import named_share, with_untagged_words
from quotewire.speakers.source_heads import entity_tokens, source_head
from quotewire.speakers.source_phrases import full_phrase, noun_phrase, phrase_text, role_text
from quotewire.speakers.source_words import source_words
from quotewire.types import MentionKind

_NAME_ENTS = ("PERSON",)
_ORG_ENTS = ("ORG", "GPE", "NORP")
_PLACE_ENTS = ("GPE", "LOC")
# Participles that give a described person's name: "a woman later identified as Jane Doe".
_NAMING_PARTICIPLES = ("identified", "named")
_SUBJECTS = ("nsubj", "nsubjpass")
_PRONOUN_TAGS = ("PRP", "PRP$")
# phrases hung on a noun that name someone else than the noun does
_OTHERS_PHRASES = ("prep", "relcl", "acl", "poss", "appos")
# what may follow a party or nation's members in their description, and what is left out of it
_MEMBER_MODIFIERS = ("prep", "acl", "amod")
_MEMBER_ASIDES = ("relcl", "appos")


@dataclass(slots=True)
class SourceMention:
    """A source mention read from the parse; ``start``/``end`` are character offsets."""

    start: int
    end: int
    text: str
    kind: MentionKind
    head: Token
    name: str | None = None  # a proper name when the mention holds one
    role: str | None = None
    gender: str | None = None

    @property
    def is_pronoun(self) -> bool:
        return self.kind == "pronoun"


def describe(head: Token, people: PeopleLexicon, cue: Token | None = None) -> SourceMention:
    """Read the source mention headed by ``head`` (see :func:`source_head`); a ``cue`` that
    modifies the phrase ("the older population *backing* the former secretary") is left out
    of the group's name."""
    head = source_head(head)
    head = _message_owner(head, people) or _predicated_owner(head, people, cue) or head
    head = named_share(head, people) or head
    low = head.lower_
    if low in people.pronoun_class or (head.pos_ == "PRON" and low in people.referring_pronouns):
        return SourceMention(
            head.idx,
            head.idx + len(head.text),
            head.text,
            "pronoun",
            head,
            gender=people.gender_of_word(low),
        )
    phrase = noun_phrase(head)
    start, end = phrase[0].idx, phrase[-1].idx + len(phrase[-1].text)
    text = doc_text(head.doc)[start:end]
    entity = entity_tokens(head)
    appos = next((c for c in head.children if c.dep_ == "appos"), None)
    appos = appos or _apposed_to_office_place(head, people)
    quantified = head.tag_ == "NNPS" and any(
        c.dep_ == "det" and c.lower_ not in ARTICLES for c in head.children
    )  # "some Republicans" names no one
    unnamed_proper = (
        head.pos_ == "PROPN"
        and not head.ent_type_
        and not quantified
        and not head.is_lower
        and not _titles_name(head, appos, people)
        and not _titled_office(head, people)
        and not _plural_person_noun_opening(head, people)
    )
    # a surname the tagger read as an adverb names its person ("Rather" is Dan Rather)
    if head.ent_type_ in _NAME_ENTS or unnamed_proper or surname_read_as_adverb(head):
        return _named(head, phrase, entity or _proper_run(head), appos, people, text, start, end)
    # "the Republican hopefuls": a common noun the recogniser ran into a party's name
    members = _described_members(head, cue)
    if members:
        start, end = members[0].idx, members[-1].idx + len(members[-1].text)
        return SourceMention(start, end, doc_text(head.doc)[start:end], "role", head)
    # "Groups representing farmers said": a lone plural common noun opening the sentence,
    # capitalised only for that, which the recogniser took for an organisation
    common_plural = head.tag_ == "NNS" and opens_sentence(head) and len(entity) == 1
    if (
        head.ent_type_ in _ORG_ENTS
        and not (head.is_lower and head.pos_ == "NOUN")
        and not common_plural
    ):
        entity = with_untagged_words(entity, head, people)
        name = phrase_text(clean_name(entity, people, strip_roles=False)) or text
        return SourceMention(start, end, text, "organisation", head, name=name)
    name = appos if appos is not None and appos.ent_type_ in _NAME_ENTS else _named_as(head)
    if name is not None:
        named = _named(name, [name], entity_tokens(name), None, people, text, start, end)
        named.role = role_text(office_before_name(head, name, phrase[0].i)) or None
        return named
    body_name = _apposed_body_name(head, appos, people)
    if body_name:
        end = body_name[-1].idx + len(body_name[-1].text)
        text = doc_text(head.doc)[start:end]
        return SourceMention(start, end, text, "organisation", head, name=phrase_text(body_name))
    gender = _told_gender(phrase, people)
    if (
        low in people.organisation_nouns
        and not _introduced(head, people)
        and not any(c.dep_ == "conj" for c in head.children)
    ):  # "her campaign and Democrats across the country" are named together, as a group
        return SourceMention(start, end, text, "organisation", head)
    role = role_text([t for t in phrase if t.lower_ not in ARTICLES and t.dep_ != "poss"])
    group = full_phrase(head, cue) or phrase
    start, end = group[0].idx, group[-1].idx + len(group[-1].text)
    return SourceMention(
        start, end, doc_text(head.doc)[start:end], "role", head, role=role or None, gender=gender
    )


def _apposed_body_name(head: Token, appos: Token | None, people: PeopleLexicon) -> list[Token]:
    """The name right after an organisation noun that introduces it ("The Israeli newspaper
    *Haaretz* noted", "Law's advocacy group *One Nation* said"): the parser makes the noun the
    head and the name its apposition, and the body is the one the name names. A name after a
    comma is an aside (read by the other rules), and a person's name is no body's."""
    if appos is None or head.lower_ not in people.organisation_nouns:
        return []
    if appos.pos_ != "PROPN" or appos.ent_type_ in _NAME_ENTS or appos.left_edge.i != head.i + 1:
        return []
    name = list(head.doc[appos.left_edge.i : appos.i + 1])
    if not all(t.pos_ in ("PROPN", "NUM") for t in name):
        return []
    return name


def _plural_person_noun_opening(head: Token, people: PeopleLexicon) -> bool:
    """ "Attorneys for Clinton said": a plural of a person noun that opens the sentence is
    capitalised for that alone, and names a group, not someone called "Attorneys"."""
    return opens_sentence(head) and people.is_plural_person_noun(head.lower_)


def _titled_office(head: Token, people: PeopleLexicon) -> bool:
    """Whether a capitalised role word heads the title of an office ("The Israeli *Chief* of
    Staff", "the *Secretary* of State", "the *Minister* of Defence"): no name, but a role whose
    "of" phrase belongs to it, read as a role's phrase is (the name reading stopped at "of")."""
    if head.lower_ not in people.roles:
        return False
    following = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    if following is None or following.lower_ != "of" or following.head != head:
        return False
    return any(c.dep_ == "pobj" and c.is_title for c in following.children)


def _titles_name(head: Token, appos: Token | None, people: PeopleLexicon) -> bool:
    """Whether a capitalised role word is the title of the name the parser hung on it as an
    apposition ("Canada's International Trade *Minister* Jim Peterson" with "Peterson" as
    the apposition, or set off by a comma: "The current White House Press *Secretary*, Dana
    Perino, said"), also when the office's place comes between them ("Democratic *Senator*
    for Vermont, Patrick J. Leahy"): the person is the name, the rest their role."""
    if appos is None or appos.ent_type_ not in _NAME_ENTS or head.lower_ not in people.roles:
        return False
    place = {t.i for t in _office_place(head)}
    between = [t for t in head.doc[head.i + 1 : appos.left_edge.i] if t.i not in place]
    return all(t.text == "," for t in between) and len(between) <= 1


def _office_place(head: Token) -> list[Token]:
    """The place of an office right after its role word, "for Vermont" or "from South
    Carolina": a preposition whose object is a place's name, hung on the role or, misread,
    on the role's verb; or the office's capitalised portfolio after "for" ("the Irish
    *Minister* for Enterprise, Trade and Employment, Micheál Martin")."""
    following = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    if following is None or following.dep_ != "prep" or following.head not in (head, head.head):
        return []
    if any(c.dep_ == "pobj" and c.ent_type_ in _PLACE_ENTS for c in following.children):
        return list(following.subtree)
    return _portfolio(following) if following.head == head else []


def _portfolio(preposition: Token) -> list[Token]:
    """The phrase of an office's portfolio, "for" and capitalised words joined by commas and
    "and" ("for Enterprise, Trade and Employment"), or nothing."""
    phrase = list(preposition.subtree)
    words = phrase[1:]
    portfolio = preposition.lower_ == "for" and bool(words) and words[0].is_title
    if portfolio and all(t.is_title or t.text == "," or t.dep_ == "cc" for t in words):
        return phrase[:-1] if phrase[-1].text == "," else phrase
    return []


def _apposed_to_office_place(head: Token, people: PeopleLexicon) -> Token | None:
    """The name after a role's place that the parser hung on the place ("Republican Senator
    from South Carolina, *Lindsey O. Graham*, said", the apposition on "Carolina")."""
    if head.lower_ not in people.roles:
        return None
    place = _office_place(head)
    return next((t for t in place if t.dep_ == "appos" and t.ent_type_ in _NAME_ENTS), None)


def _described_members(head: Token, cue: Token | None) -> list[Token]:
    """Members of a party or nation described by what follows their name ("Several senior
    *Democrats* with longtime ties to both Clintons", "*Democrats* involved in the
    negotiations", "*a Democrat* familiar with his remarks"): a group named by its phrase, not
    the party. A relative clause or a phrase after a comma is left out, as the annotators do
    ("Republicans who have praised his candidacy", "many Republicans, like Mr. Ryan"); an
    apposition naming the members ("the two leading Republicans, Donald J. Trump and ...")
    leaves the party as it is."""
    if head.ent_type_ != "NORP":
        return []
    doc = head.doc
    asides = [
        c
        for c in head.rights
        if c.dep_ in _MEMBER_ASIDES or doc[max(0, c.left_edge.i - 1)].text == ","
    ]
    if not any(c.dep_ in _MEMBER_MODIFIERS and c not in asides for c in head.rights):
        return []
    left_out = {t.i for c in asides for t in c.subtree}
    tokens = [t for t in full_phrase(head, cue) if t.i not in left_out]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens = tokens[:-1]
    return tokens


def _introduced(head: Token, people: PeopleLexicon) -> bool:
    """An organisation noun with an indefinite determiner ("*a* group of liberal rabbis", "*a*
    paper from the Brookings Institution") introduces a new source, named by its whole phrase;
    only "the group", "his campaign" or a bare "police" refer to one named before."""
    return any(
        c.dep_ in ("det", "nummod") and c.lower_ in people.indefinite_determiners
        for c in head.lefts
    )


def _message_owner(head: Token, people: PeopleLexicon) -> Token | None:
    """The possessor of a message noun heading the source ("*His* remarks indicated ...",
    "*The campaign's* statement declares ..."), also through a part of it ("Part of *the
    judge's* statement reads ..."): the message says what its owner says."""
    if head.pos_ != "NOUN":
        return None
    if head.lower_ not in people.message_nouns:
        if head.lower_ not in people.message_parts:
            return None
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        message = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if message is None or message.lower_ not in people.message_nouns:
            return None
        head = message
    return next((c for c in head.children if c.dep_ == "poss"), None)


def _predicated_owner(head: Token, people: PeopleLexicon, cue: Token | None) -> Token | None:
    """The possessor of a noun whose content a copula states ("*Sanders's* argument on Sunday
    was that ...", "*Mr. Comey's* most surprising suggestion was that ..."): the noun names
    what its owner said or thought, so its owner is the source, as the gold annotates it
    (the noun is the cue there)."""
    if cue is None or cue.lower_ not in source_words().copulas or head.pos_ != "NOUN":
        return None
    if head.head != cue or head.dep_ != "nsubj":
        return None
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is None or people.pronoun_class.get(owner.lower_) == "neuter":
        return None  # "Its mandate was to ...": a thing's purpose, no one's words
    return owner


def _named_as(head: Token) -> Token | None:
    """The person's name in "a woman later identified as Jane Doe": the description's own
    participle names it (the parser also makes the description the participle's subject)."""
    verbs = [c for c in head.children if c.dep_ == "acl"]
    if head.dep_ in _SUBJECTS and not any(c.dep_ == "dobj" for c in head.head.children):
        verbs.append(head.head)
    for verb in verbs:
        if verb.lower_ not in _NAMING_PARTICIPLES or verb.tag_ != "VBN":
            continue
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "as":
                name = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if name is not None and name.ent_type_ in _NAME_ENTS:
                    return name
    return None


def _proper_run(head: Token) -> list[Token]:
    """An untagged proper noun with the proper nouns compounded before it ("Gallup Poll")."""
    run = [head]
    for child in reversed(list(head.lefts)):
        if child.dep_ != "compound" or child.pos_ != "PROPN" or child.i != run[0].i - 1:
            break
        run.insert(0, child)
    return run


def _named(
    head: Token,
    phrase: list[Token],
    entity: list[Token],
    appos: Token | None,
    people: PeopleLexicon,
    text: str,
    start: int,
    end: int,
) -> SourceMention:
    in_phrase = {t.i for t in phrase} | {head.i}
    name_tokens = person_name([t for t in entity if t.i in in_phrase], head, people) or [head]
    if all(t.lower_ in people.roles or t.lower_ in people.honorifics for t in name_tokens):
        role = role_text([t for t in phrase if t.lower_ not in ARTICLES])
        return SourceMention(start, end, text, "role", head, role=role or None)
    first_name = name_tokens[0].i
    before = [t for t in phrase if t.i < first_name and t.lower_ not in ARTICLES]
    before = [t for t in before if t.lower_ not in people.honorifics]
    role = role_text(_with_office_of(before)) if not only_a_mood(before) else ""
    if not role and appos is not None and appos.ent_type_ not in _NAME_ENTS:
        role = role_text(apposed_role(appos))
    if not role:
        role = role_text(office_of_apposed_name(head, people.roles))
    if not role:
        role = role_text(affiliation(head, name_tokens[-1]))
    # a name word is no gender word: "Billie Jean King" is no king
    named = {t.i for t in name_tokens}
    gender = _told_gender([t for t in phrase if t.i not in named], people)
    if gender is None and appos is not None:
        gender = _told_gender(_own_words(appos), people)
    kind: MentionKind = "name" if len(name_tokens) > 1 else "surname"
    return SourceMention(
        start,
        end,
        text,
        kind,
        head,
        name=phrase_text(name_tokens),
        role=role or None,
        gender=gender,
    )


def _with_office_of(role: list[Token]) -> list[Token]:
    """Role words with the office they complete ("Secretary of *State* Condoleezza Rice",
    "Minister of *Defence* Ivan Petrov"): the parser often ends the name's phrase at "of", and
    the role was "State". The office is the capitalised words before the "of"."""
    if not role or role[0].i < 2 or role[0].nbor(-1).lower_ != "of":
        return role
    doc = role[0].doc
    start = role[0].i - 1
    while start > 0 and doc[start - 1].is_title and not doc[start].is_sent_start:
        start -= 1
    if start == role[0].i - 1:
        return role
    return [*doc[start : role[0].i], *role]


def _told_gender(tokens: list[Token], people: PeopleLexicon) -> str | None:
    """The gender a word of a phrase tells of the person it names (an honorific,
    "spokeswoman"). A possessive tells its owner's ("Kellyanne Conway, a pollster for Mr. Trump
    and *his* running mate"; "*his* wife"), so pronouns do not count."""
    return next(
        (
            g
            for t in tokens
            if t.pos_ != "PRON" and t.tag_ not in _PRONOUN_TAGS
            if (g := people.gender_of_word(t.text))
        ),
        None,
    )


def _own_words(head: Token) -> list[Token]:
    """The words of ``head``'s phrase that describe it, without the phrases hung on it that
    name someone else ("a spokeswoman *for the king*", "an aide *who met her*")."""
    words = [head]
    stack = [head]
    while stack:
        for child in stack.pop().children:
            if child.dep_ not in _OTHERS_PHRASES:
                words.append(child)
                stack.append(child)
    return sorted(words, key=lambda t: t.i)
