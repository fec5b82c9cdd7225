"""A relative word as a cue's subject ("Smith, *who* said ..."): whether a "who", "which" or
"that" is one, and the noun its relative clause hangs on, which is the source it stands for.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotewire.speakers.lexicon import load_people_lexicon

_RELATIVE_PRONOUNS = ("who", "which", "that")
_RELATIVE_TAGS = ("WP", "WDT")  # "that" as a demonstrative ("That's not to say") is DT
_MAX_CLIMB = 8
# Entities that are no person: what a personal "who" hung on one stands for is someone else.
_NO_PERSON_ENTS = ("ORG", "GPE", "FAC", "LOC", "PRODUCT")
_COPULAS = (
    "is",
    "was",
    "are",
    "were",
    "'s",
    "be",
    "been",
    "being",
)  # no lemmatizer in the pipeline


def is_relative_subject(subject: Token) -> bool:
    """Whether the subject is a relative "who"/"which"/"that", not a demonstrative ("That's
    not to say"); the tagger sometimes tags a relative "that" as a conjunction (IN), which
    its relative clause then tells."""
    if subject.lower_ not in _RELATIVE_PRONOUNS:
        return False
    return subject.tag_ in _RELATIVE_TAGS or subject.head.dep_ == "relcl"


def relative_antecedent(relative: Token) -> Token | None:
    """The noun the relative clause whose subject is ``relative`` stands for (see
    :func:`_clause_noun`), or, when that noun is only what a copula says its subject is
    ("*Frank* was a Jewish girl who ... often referred to ..."; "*Smith* is a lawyer who told
    reporters ..."), that subject: the one who speaks, named there."""
    noun = _clause_noun(relative)
    return _copula_subject(noun) if noun is not None else None


def _copula_subject(noun: Token) -> Token:
    """The named subject of the copula whose predicate is the common noun ``noun``, else
    ``noun``. A name as the predicate is the one meant ("It was Smith who said"); a pronoun,
    "there" or a thing as the subject names nobody ("There is a man who says", "The main
    barrier is black voters who ...")."""
    if noun.dep_ != "attr" or noun.pos_ != "NOUN" or noun.head.lower_ not in _COPULAS:
        return noun
    subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "PROPN" or subject.i > noun.i:
        return noun
    return subject


def _clause_noun(relative: Token) -> Token | None:
    """The noun the relative clause whose subject is ``relative`` ("who", "which", "that")
    hangs on, found up the tree from the clause's verb: the parser hangs a second relative
    clause of a coordination on the first ("Cruz, who threatened ..., and *who has been
    hoping* ...") or on a verb inside it ("The senator, who said he was tired and *who
    claimed* ..."), even on a relative clause inside the first ("A president who authorized
    the raid that killed bin Laden and *who hoped* ..."): the clause opened by the same
    relative word is the one continued. When no relative clause holds the verb, a "who" or
    "which" right after a name is that name's even so: the parser hung its clause elsewhere
    ("hit by hurricanes according to *CNN who reported* that ...", read as a clause of "hit").
    Else None: the relative word itself names nobody."""
    first = None
    current = relative.head
    for _ in range(_MAX_CLIMB):
        if current.dep_ == "relcl":
            head = current.head if current.head.pos_ in ("PROPN", "NOUN", "PRON") else None
            if current is relative.head or _opened_by(current, relative.lower_):
                return _person_for_who(head, relative)
            first = first or head
        if current.head == current:
            break
        current = current.head
    return _person_for_who(first or _name_just_before(relative), relative)


def _name_just_before(relative: Token) -> Token | None:
    """The proper noun right before a "who" or "which" (a comma between them allowed)."""
    if relative.lower_ == "that" or relative.i == 0:
        return None
    before = relative.nbor(-1)
    if before.text == "," and before.i > 0:
        before = before.nbor(-1)
    return before if before.pos_ == "PROPN" else None


def _person_for_who(antecedent: Token | None, relative: Token) -> Token | None:
    """The person a "who" stands for when the parser hung its clause on an organisation that
    is the object of a preposition after a person noun ("a pollster with Mr. Yanukovych's
    former party *who* cooperated with ...", "an analyst at the Brookings Institution *who*
    said"): "who" refers to people, so to the pollster and the analyst, not the party or the
    institution. A "which" or "that" keeps the parser's noun."""
    if antecedent is None or relative.lower_ != "who" or antecedent.dep_ != "pobj":
        return antecedent
    people = load_people_lexicon()
    organisation = antecedent.ent_type_ in _NO_PERSON_ENTS or (
        not antecedent.ent_type_ and antecedent.lower_ in people.organisation_nouns
    )
    preposition = antecedent.head
    holder = preposition.head
    if (
        organisation
        and preposition.dep_ == "prep"
        and holder.pos_ == "NOUN"
        and people.is_person_noun(holder.lemma_ or holder.lower_)
    ):
        return holder
    return antecedent


def _opened_by(clause: Token, word: str) -> bool:
    """Whether the relative clause headed by ``clause`` opens with the relative ``word``."""
    return any(
        t.lower_ == word for t in clause.subtree if t.i < clause.i and t.tag_ in _RELATIVE_TAGS
    )
