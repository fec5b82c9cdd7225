"""Where the named-entity recogniser errs, and how the article's own words put it right
(for :mod:`quotewire.speakers.coref`): full names it did not tag ("And oh yes, Carly Fiorina:"),
names it tagged as organisations ("Former Hewlett-Packard CEO Carly Fiorina", "Fox News’ Bret
Baier"), title-case headline names run on into common words ("Obama Speech Draws Praise"),
headline clauses taken for an organisation ("San Bernardino Terror Suspect Named By Police"),
full names read as a product or a title ("Ivanka Trump"), and names after a person noun in a
sentence the parser did not see ("Trump's wife, Melania, is scheduled ..."), platforms it
took for people ("on Twitter"), names the tagger read as verbs ("Trump himself was") or as a
subject common noun ("Sanders appeared to ..."), and names set off by an age ("Campbell, 66, was
elected")."""

from __future__ import annotations

from spacy.symbols import NOUN
from spacy.tokens import Doc, Span, Token

from quotewire.nlp.docs import tokens_where
from quotewire.speakers.lexicon import PeopleLexicon
from quotewire.speakers.name_tokens import ARTICLES, NAME_PARTICLES, POSSESSIVE_ENDINGS

# A verb inside an ORG span (not its first word) is a headline clause NER ran together
# ("San Bernardino Terror Suspect Named By Police"), not an organisation's name.
_CLAUSE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBN", "MD"})

# What the recogniser takes an apposed person's name for: nothing, or an organisation. A place
# stays a place ("in Jupiter, Fla., the Trump campaign manager, Corey Lewandowski, ...").
_NAME_MISREADINGS = frozenset({"", "ORG"})

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})

# What the tagger reads a name before "himself"/"herself" as ("Trump himself was ...").
_VERB_POS = frozenset({"VERB", "AUX"})

# Before a person noun an apposed name follows: "the / his / one voter, Jane Doe, ...".
_NOUN_OPENERS = frozenset({*ARTICLES, "his", "her", "their", "our", "one"})
# Where no parse says "apposition", a name after "his wife," is still a name when read as
# nothing, an organisation or a place ("Trump's wife, Melania,").
_UNPARSED_NAME_MISREADINGS = frozenset({"", "ORG", "GPE"})

# What the recogniser takes a full name for when it does not take it for a person: an
# organisation most often, a building, a product or a title now and then ("Ivanka Trump" in
# an article about her brand).
_PERSON_MISREADINGS = frozenset({"ORG", "FAC", "PRODUCT", "WORK_OF_ART"})
# What the recogniser takes a name set off by an age for: an organisation, or a place or
# nationality for a foreign name ("Singh, 47, voted"; "Khan, 45,").
_AGED_NAME_MISREADINGS = frozenset({*_PERSON_MISREADINGS, "GPE", "NORP"})
# The ages a number set off by commas after a name gives ("Murphy, 42, said").
_AGES = range(10, 111)


def untagged_proper(token: Token) -> bool:
    return token.tag_ == "NNP" and not token.ent_type_ and token.text.istitle()


def people_tagged(ents: tuple[Span, ...], people: PeopleLexicon) -> list[Span]:
    """The PERSON entities that are no platform ("on *Twitter*", "a *Facebook* post"): the
    recogniser tags a platform a person now and then, and a "she" later in the paragraph took
    it for her antecedent. A platform carries what was said; it never says it."""
    return [
        e
        for e in ents
        if e.label_ == "PERSON" and " ".join(t.lower_ for t in e) not in people.platforms
    ]


def names_read_as_verbs(doc: Doc) -> list[Token]:
    """A capitalised word the tagger read as a verb before the reflexive that stresses it
    ("The tweet went out. *Trump* himself was delighted ...": "Trump" a VB, "himself" its
    object, no entity): a name the words after it show, for :meth:`MentionTimeline._missed_name`
    to keep in view when it is a known person's."""
    found = []
    for reflexive in ("himself", "herself"):
        key = doc.vocab.strings[reflexive]
        for token in tokens_where(doc, LOWER=key):
            before = token.nbor(-1) if token.i else None
            if before is not None and before.is_title and before.pos_ in _VERB_POS:
                found.append(before)
    return sorted(found, key=lambda t: t.i)


def names_read_as_nouns(doc: Doc) -> list[Token]:
    """A capitalised word the tagger read as a common noun that is a clause's subject, with no
    entity ("*Sanders* appeared to dismiss the email issue in October, when he told ...": an
    NNS; "*Trump* brags that's good news"): a name when it is a known person's surname, which
    :meth:`MentionTimeline._missed_name` checks. Without it, the "he" after it skipped that
    person for the one named before."""
    return [
        token
        for token in tokens_where(doc, POS=NOUN, IS_TITLE=1)
        if token.dep_ in _SUBJECT_DEPS and not token.ent_type_
    ]


def without_common_end(tokens: list[Token], common: set[str]) -> list[Token]:
    """A title-case headline name cut before the first capitalised common word NER ran it
    into ("Obama Speech Draws Praise" where the article writes "speech")."""
    for i, token in enumerate(tokens[1:], start=1):
        if token.lower_ in common:
            return tokens[:i]
    return tokens


def unrecognised_names(doc: Doc, proper: list[Token], people: PeopleLexicon) -> list[Span]:
    """Full names the recogniser did not tag ("And oh yes, Carly Fiorina: What ..."): a
    known given name followed by one or two capitalised proper nouns, none of them a title
    or role word."""
    spans: list[Span] = []
    end = 0
    for token in proper:
        i = token.i
        if i < end or not untagged_proper(token) or not people.gender_of_name(token.text):
            continue
        end = i + 1
        while end < len(doc) and end - i < 3 and untagged_proper(doc[end]):
            end += 1
        words = {t.lower_ for t in doc[i:end]}
        if end - i > 1 and not words & (people.roles | people.honorifics):
            spans.append(doc[i:end])
    return spans


def lower_case_words(doc: Doc, title: tuple[int, int] | None) -> set[str]:
    """Words written in lower case outside the headline: common words, not names."""
    return {
        t.text
        for t in doc
        if t.is_lower and t.is_alpha and (title is None or not title[0] <= t.idx < title[1])
    }


def names_tagged_as_organisations(
    ents: tuple[Span, ...], persons: list[Span], people: PeopleLexicon
) -> list[Span]:
    """A given name and a surname ending an ORG span (or a building, product or title: "*Ivanka
    Trump*" in an article on her brand), when the article tags that surname as a person
    elsewhere, makes it alone the subject of a clause ("Hannity asked ...", the full name read
    as an organisation every time) or describes the name as a person: "GOP presidential
    candidate *Carly Fiorina* strode onstage" is an ORG to the recogniser, and without her full
    name every lone "Fiorina" joined her husband "Frank Fiorina" and no "she" could reach her;
    "*Maryam Violet*, an Iranian journalist visiting Nice, told the Guardian" is an ORG too. A
    firm named after people ("Morgan Stanley") has neither a lone surname in the article nor a
    description of a person ("the investment bank" is an organisation), nor a person's title
    right before it ("Former Hewlett-Packard *CEO* Carly Fiorina named ..."; a firm named in
    front of a noun, "chief Morgan Stanley economist", modifies it). A last word the article
    also writes in lower case ("the Clinton *Foundation*", "the foundation") is a common noun,
    and a name particle ("Marine *Le* Pen") no given name. Places stay places: on train a name
    read as a place was a person's 3 times in 9 ("Long Island", "Jefferson County", "Santa
    Catarina" the others)."""
    candidates = [e for e in ents if e.label_ in _PERSON_MISREADINGS and len(e) >= 2]
    if not candidates:
        return []
    doc = candidates[0].doc
    common = {t.lower_ for t in doc if t.is_lower}
    surnames = {span[-1].text for span in persons}
    alone = surnames_standing_alone(doc, common, {ent[-1].text for ent in candidates})
    spans = []
    for ent in candidates:
        given, surname = ent[-2], ent[-1]
        if (
            (
                surname.text in surnames
                or (surname.text in alone and surname.lower_ not in people.organisation_nouns)
                or _described_as_person(surname, people)
                or _titled(ent, people)
            )
            and surname.is_title
            and surname.lower_ not in common  # "the Clinton *Foundation*" is no surname
            and (given.tag_ == "NNP" or (not given.tag_ and given.is_title))
            and given.lower_ not in NAME_PARTICLES  # "Marine *Le Pen*": no given name
            and people.gender_of_name(given.text) is not None
        ):
            spans.append(ent.doc[ent.end - 2 : ent.end])
    return spans


def names_given_an_age(ents: tuple[Span, ...]) -> list[Span]:
    """Names the recogniser read as an organisation, place or nationality that the article
    sets off with an age ("*Campbell*, 66, was elected leader", "said *Palmer*, 34, a North
    Dakota native"): only people are given an age between commas, and without this a lone
    surname read as an ORG became an organisation no later "he" could refer to. A date's
    number ("Sept, 26, 2014") is no age: the month is a DATE, and a year after the number
    shows a date, and a conjunction or another name after the closing comma a list of counts
    ("Norway, 14, and Germany, 12")."""
    spans = []
    for ent in ents:
        doc = ent.doc
        if ent.label_ not in _AGED_NAME_MISREADINGS or ent.end + 3 > len(doc):
            continue
        comma, number, closing = doc[ent.end], doc[ent.end + 1], doc[ent.end + 2]
        after = doc[ent.end + 3] if ent.end + 3 < len(doc) else None
        if (
            comma.text == ","
            and closing.text == ","
            and number.text.isascii()
            and number.text.isdigit()
            and int(number.text) in _AGES
            and not (after is not None and after.like_num)
            # "led by Norway, 14, and Germany, 12": a list of counts, no ages
            and not (after is not None and after.pos_ in ("CCONJ", "PROPN"))
            and all(t.is_title and t.pos_ == "PROPN" for t in ent)
        ):
            spans.append(ent)
    return spans


def surnames_standing_alone(doc: Doc, common: set[str], among: set[str]) -> set[str]:
    """Capitalised words the article makes the subject of a clause on their own, with no
    determiner, no name run before them and never written in lower case ("*Fiorina* was far
    less bubbly" after "Carly Fiorina", which the recogniser read as an organisation all
    through): a person called by the surname. An organisation is named in full or with an
    article ("Edison Research found", "the Foundation said"), so its last word seldom stands
    alone as a subject. Only the words ``among`` (the surnames in question) are looked at."""
    return {
        t.text
        for t in doc
        if t.text in among
        and t.is_title
        and t.lower_ not in common
        and (_bare_subject(t) if t.tag_ else _opens_unparsed_clause(t))
    }


def _bare_subject(token: Token) -> bool:
    """A proper noun that is a subject by itself: no name run, article or modifier."""
    doc = token.doc
    return (
        token.dep_ in _SUBJECT_DEPS
        and token.tag_ == "NNP"
        and (token.i == 0 or doc[token.i - 1].tag_ != "NNP")
        and not any(c.dep_ in ("compound", "det", "amod") for c in token.children)
    )


def _opens_unparsed_clause(token: Token) -> bool:
    """In a sentence the parser did not see: a capitalised word opening the sentence with a
    lower-case word after it ("Fiorina was far less bubbly"), as a subject stands."""
    doc = token.doc
    if token.i + 1 >= len(doc) or not doc[token.i + 1].is_lower:
        return False
    return token.i == 0 or token.is_sent_start or doc[token.i - 1].is_space


def names_in_person_appositions(proper: list[Token], people: PeopleLexicon) -> list[Span]:
    """Names the recogniser did not tag as people whose apposition says they are one: a
    name with a person noun after it ("*Reince Priebus*, the GOP chairman, announced ...",
    the given name unknown and the surname read as an organisation) or after a person noun
    ("Trump's wife, *Melania*, is scheduled ...", read as a place). Without the name, the
    "he said" after it went to someone named paragraphs before."""
    spans: list[Span] = []
    for token in proper:
        if token.ent_type_ not in _NAME_MISREADINGS or token.dep_ == "compound":
            continue
        if not token.is_title:
            continue
        described = token.dep_ == "appos" and _person_noun(token.head, people)
        if not described and not any(
            c.dep_ == "appos" and _person_noun(c, people) for c in token.children
        ):
            continue
        start = token.i
        while start > 0 and token.doc[start - 1].dep_ == "compound":
            if token.doc[start - 1].head.i != token.i or token.doc[start - 1].tag_ != "NNP":
                break
            start -= 1
        name = token.doc[start : token.i + 1]
        words = {t.lower_ for t in name}
        if all(t.is_title for t in name) and not words & (people.roles | people.honorifics):
            spans.append(name)
    return spans


def names_after_unparsed_person_nouns(unparsed: list[Token], people: PeopleLexicon) -> list[Span]:
    """:func:`names_in_person_appositions` for sentences the parser did not see, where only
    the words tell an apposition: a person noun with a determiner or possessor, a comma, then
    a capitalised name closed by a comma ("Trump's wife, *Melania*, is scheduled ...", read
    as a place; "One voter, *Guadalupe Potocacetpl*, 35, showed up", read as an
    organisation)."""
    spans: list[Span] = []
    end = 0
    for token in unparsed:
        i = token.i
        if i < end or i < 3 or token.doc[i - 1].text != ",":
            continue
        doc = token.doc
        noun, before = doc[i - 2], doc[i - 3]
        if not (noun.is_lower and people.is_person_noun(noun.lower_)):
            continue
        if before.lower_ not in _NOUN_OPENERS and before.text not in POSSESSIVE_ENDINGS:
            continue
        end = i
        while end < len(doc) and end - i < 3 and doc[end].is_title and not doc[end].tag_:
            end += 1
        name = doc[i:end]
        words = {t.lower_ for t in name}
        if (
            end < len(doc)
            and doc[end].text == ","
            and all(t.ent_type_ in _UNPARSED_NAME_MISREADINGS for t in name)
            and not words & (people.roles | people.honorifics)
        ):
            spans.append(name)
    return spans


def unparsed_apposed_gender(name: Span, people: PeopleLexicon) -> str | None:
    """The gender the person noun before an unparsed apposed name tells ("their *son*,
    Humayun,"): no parse describes the name there, and without it a "She says" after it
    could take the son."""
    if name[0].tag_ or name.start < 2 or name.doc[name.start - 1].text != ",":
        return None
    noun = name.doc[name.start - 2]
    return people.gender_of_word(noun.lower_) if noun.is_lower else None


def _person_noun(noun: Token, people: PeopleLexicon) -> bool:
    """A singular common noun for a person with a determiner, a possessor or "one" of its own
    ("the GOP chairman", "Trump's wife", "One voter, Jane Doe, 35,")."""
    return (
        noun.tag_ == "NN"
        and people.is_person_noun(noun.lower_)
        and any(
            c.dep_ in ("det", "poss") or (c.dep_ == "nummod" and c.lower_ == "one")
            for c in noun.children
        )
    )


def _titled(ent: Span, people: PeopleLexicon) -> bool:
    """Whether a person's title or honorific, or a possessive ending ("Fox News’ Bret Baier",
    "CNN's Jake Tapper"), stands right before the two names ending the span (inside it or
    not), and the names head their phrase rather than modify a noun."""
    if ent.end < 3 or ent[-1].dep_ == "compound":
        return False
    title = ent.doc[ent.end - 3]
    return (
        title.lower_ in people.roles
        or title.lower_ in people.honorifics
        or title.text in POSSESSIVE_ENDINGS  # an outlet's person: "Fox News' Bret Baier"
    )


def _described_as_person(name: Token, people: PeopleLexicon) -> bool:
    """Whether a name has an apposition that describes a person: a common noun with an
    article that is no organisation noun ("Maryam Violet, *an Iranian journalist*")."""
    return any(
        c.dep_ == "appos"
        and c.pos_ == "NOUN"
        and c.lower_ not in people.organisation_nouns
        and any(d.lower_ in ARTICLES for d in c.lefts)
        for c in name.children
    )


def is_headline_clause(ent: Span) -> bool:
    """An ORG span with a verb after its first word is a run of headline words: taking it for
    an organisation lets a later "Police" or "the company" resolve to the whole headline."""
    return any(t.tag_ in _CLAUSE_VERB_TAGS and t.pos_ in ("VERB", "AUX") for t in ent[1:])
