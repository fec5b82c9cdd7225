"""Where a mention stands, and what that tells coreference (:mod:`quotewire.speakers.coref`):
how salient it is for a later "he"/"she", the clause subject a "they" refers to, the gender a
subject's own pronouns tell, the sentence boundaries of a Doc parsed only in part, and the
extent of names the recogniser got wrong."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotewire.nlp.docs import is_line_break
from quotewire.quotes.sources import opens_paragraph
from quotewire.speakers.lexicon import PeopleLexicon
from quotewire.speakers.mentions import POSSESSIVE_ENDINGS
from quotewire.speakers.source_heads import is_inverted_object

_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_OWN_PRONOUNS = ("his", "her", "himself", "herself")
_CLAUSE_DEPS = ("ccomp", "advcl", "relcl", "acl", "xcomp", "csubj", "parataxis", "conj")
# how a clause hangs from the one around it, and how the parser attaches the adjective or noun
# that carries it ("made clear that they ...", "are so brazen that they ...")
_EMBEDDED_CLAUSE_DEPS = ("ccomp", "advcl", "conj", "xcomp", "csubj", "acomp", "attr", "oprd")
_MAIN_CLAUSE_DEPS = ("ROOT", "conj")
SOURCE_SALIENCE = 2.0


def salience(token: Token) -> float:
    """How likely a later "he"/"she" refers back to this mention: the subject of a main clause
    ("Bob Gunnell says Ali was accompanied ... He says") far more than the subject of a clause
    inside it, and both more than an object; the possessor of a subject ("The woman's
    enthusiasm was obvious") half as much as that subject."""
    if token.dep_ == "poss" and token.head.dep_ in _SUBJECT_DEPS:
        return 0.5 * salience(token.head)  # "The woman's enthusiasm was obvious"
    if token.dep_ not in _SUBJECT_DEPS or is_inverted_object(token):
        return 0.0
    # a subject opening its paragraph is its main clause's, even where the parser ran the
    # sentence on from the paragraph before and hung its verb there
    main = token.head.dep_ in _MAIN_CLAUSE_DEPS or opens_paragraph(token)
    return SOURCE_SALIENCE if main else 1.0


def main_subject_between(antecedent: Token, pronoun: Token) -> bool:
    """True when a noun other than an organisation's name is the subject of a main clause
    between ``antecedent`` and ``pronoun`` ("the Obama administration has never blamed ...,
    just as *it* has never"): that subject, not an organisation mentioned before it, is what
    an "it" most likely refers to, even when it is a group the clusters do not hold."""
    doc = antecedent.doc
    start = antecedent.i + 1
    while start < pronoun.i and doc[start].ent_iob_ == "I":
        start += 1  # the rest of the antecedent's own name
    for token in doc[start : pronoun.i]:
        if (
            token.dep_ in _SUBJECT_DEPS
            and token.head.dep_ in _MAIN_CLAUSE_DEPS
            and token.pos_ in ("NOUN", "PROPN")
            and token.ent_type_ != "ORG"
        ):
            return True
    return False


def followed_by_coordinated_person(first: Token) -> bool:
    """True when the name opening at ``first`` is followed by "and" and another person's name,
    titles allowed ("Hillary Clinton and Senator Elizabeth Warren"). Read from the words, not
    the parse: the sentence before a "they" is often one the parser did not see."""
    doc = first.doc
    i = first.i
    while i + 1 < len(doc) and doc[i + 1].ent_type_ == "PERSON" and doc[i + 1].ent_iob_ == "I":
        i += 1
    if i + 2 >= len(doc) or doc[i + 1].lower_ != "and":
        return False
    for token in doc[i + 2 : i + 5]:
        if token.ent_type_ == "PERSON":
            return True
        if not token.is_title:
            return False
    return False


def governing_subject(pronoun: Token) -> Token | None:
    """The plural noun subject of the clause a "they" is embedded in ("Nearly half said they
    prefer ...", "the fact-checkers are so brazen that they ridicule ..."): within one sentence
    that is what "they" refers to."""
    if pronoun.dep_ not in _SUBJECT_DEPS:
        return None
    clause = pronoun.head
    while clause.dep_ in _EMBEDDED_CLAUSE_DEPS and clause.head != clause:
        clause = clause.head
        subjects = [c for c in clause.children if c.dep_ in _SUBJECT_DEPS]
        if subjects:
            subject = subjects[0]
            if subject.pos_ in ("NOUN", "PROPN", "NUM", "ADJ") and subject.tag_ != "NNP":
                return subject
            return None
    return None


def own_pronoun_gender(subject: Token, people: PeopleLexicon) -> str | None:
    """The gender a subject's own possessive or reflexive tells ("Clinton tweeted her thanks",
    "Smith found himself alone"): a pronoun in the subject's clause, outside any clause of its
    own and with no other person named before it there."""
    if subject.dep_ not in _SUBJECT_DEPS:
        return None
    verb = subject.head
    genders: set[str] = set()
    for token in verb.subtree:
        if token.i <= subject.i or token.lower_ not in _OWN_PRONOUNS:
            continue
        if token.lower_ in ("his", "her") and token.dep_ != "poss":
            continue  # "Smith thanked her": someone else
        path = [token, *token.ancestors]
        inner = path[: path.index(verb)] if verb in path else path
        if any(t.dep_ in _CLAUSE_DEPS for t in inner):
            continue
        between = verb.doc[subject.i + 1 : token.i]
        if any(t.ent_type_ == "PERSON" for t in between):
            continue
        gender = people.gender_of_word(token.lower_)
        if gender is not None:
            genders.add(gender)
    return genders.pop() if len(genders) == 1 else None


def last_line(span: Span) -> Span:
    """An entity without what the recogniser ran into it across a paragraph break ("Dodd-Frank
    Act.\n\nSanders" is Sanders)."""
    breaks = [t.i for t in span if is_line_break(t)]
    if not breaks or breaks[-1] + 1 >= span.end:
        return span
    return span.doc[breaks[-1] + 1 : span.end]


def untagged_proper(token: Token) -> bool:
    return token.tag_ == "NNP" and not token.ent_type_ and token.text.istitle()


def without_common_end(tokens: list[Token], common: set[str]) -> list[Token]:
    """A title-case headline name cut before the first capitalised common word NER ran it
    into ("Obama Speech Draws Praise" where the article writes "speech")."""
    for i, token in enumerate(tokens[1:], start=1):
        if token.lower_ in common:
            return tokens[:i]
    return tokens


def sentence_starts(doc: Doc, regions: list[tuple[int, int]]) -> list[int]:
    """Sentence starts, or paragraph starts where the Doc has no sentence boundaries. (A Doc
    parsed only in part, ``nlp/selective.py``, has rough boundaries in the sentences the
    parser did not see.)"""
    if doc.has_annotation("SENT_START"):
        try:
            return [sentence.start_char for sentence in doc.sents]
        except ValueError:  # some tokens carry no boundary information
            pass
    return [start for start, _ in regions]


def names_tagged_as_organisations(
    ents: tuple[Span, ...], persons: list[Span], people: PeopleLexicon
) -> list[Span]:
    """A given name and a surname ending an ORG span, when the article tags that surname
    as a person elsewhere or describes the name as a person: "GOP presidential candidate
    *Carly Fiorina* strode onstage" is an ORG to the recogniser, and without her full name
    every lone "Fiorina" joined her husband "Frank Fiorina" and no "she" could reach her;
    "*Maryam Violet*, an Iranian journalist visiting Nice, told the Guardian" is an ORG
    too. A firm named after people ("Morgan Stanley") has neither a lone surname in the
    article nor a description of a person ("the investment bank" is an organisation), nor a
    person's title right before it ("Former Hewlett-Packard *CEO* Carly Fiorina named ...";
    a firm named in front of a noun, "chief Morgan Stanley economist", modifies it)."""
    surnames = {span[-1].text for span in persons}
    spans = []
    for ent in ents:
        if ent.label_ != "ORG" or len(ent) < 2:
            continue
        given, surname = ent[-2], ent[-1]
        if (
            (
                surname.text in surnames
                or _described_as_person(surname, people)
                or _titled(ent, people)
            )
            and surname.is_title
            and given.tag_ == "NNP"
            and people.gender_of_name(given.text) is not None
        ):
            spans.append(ent.doc[ent.end - 2 : ent.end])
    return spans


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
        and any(d.lower_ in ("a", "an", "the") for d in c.lefts)
        for c in name.children
    )
