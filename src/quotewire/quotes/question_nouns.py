"""Questions put to a subject: the noun cue "question(s)", or another noun of what others ask,
doubt, fear or say ("doubts", "concerns", "speculation", "criticism"), as the object of a verb
whose subject does not hold it.

A noun cue takes the subject of the verb it is the object of as its source ("Trump made the
claim that ..."), which is right for "Trump raised questions about ..." but wrong when the
verb makes its subject the one asked ("Clinton *faced* questions about ...", "he now
*entertains* questions about ...") or a thing that gives occasion for them ("The documents
*raised* new questions about whether ..."): who asks is not said. The other nouns behave
alike ("she *faces* renewed doubts about ...", "it was *drawing* complaints that ...", "The
clash *raised* serious doubts about ...", "The emergence of Romney *stoked* speculation that
..."): the doubters, complainers and speculators are not named. The frame keeps its source
mention for coreference; :func:`~quotewire.quotes.uncredited_sources.credits_source`
withholds only the credit for the reported content.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from quotewire.data_files import word_set
from quotewire.quotes.relative_subjects import is_relative_subject, relative_antecedent
from quotewire.speakers.lexicon import load_people_lexicon

_OBJECTS = ("dobj", "conj")
_PERSON_PRONOUNS = frozenset(["i", "we", "you", "he", "she", "they", "who"])
_ASKER_ENTITIES = ("PERSON", "NORP", "ORG")
_QUESTIONS = ("question", "questions")


def is_question_put_to_subject(cue: Token) -> bool:
    """Whether ``cue`` is the noun "question(s)" (or another of questions.toml ``nouns``)
    governed by a verb whose subject is not the asker: one that puts the questions to its
    subject (questions.toml ``put_to_subject``), or one that a thing raises
    (``raised_by_things``) when its subject is no person or group. "Beg the question"
    (``begging``) puts it to no one, with the verb itself as the cue too."""
    if _begs_the_question(cue):
        return True
    if cue.pos_ != "NOUN" or cue.lower_ not in _words("nouns") or cue.dep_ not in _OBJECTS:
        return False
    if any(c.dep_ == "poss" for c in cue.children):
        return False  # "could fuel *Trump's* nagging concern that ...": the owner holds it
    verb = cue.head
    while verb.dep_ == "conj" and verb.pos_ == "NOUN":  # "questions and criticism"
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.lower_ in _words("put_to_subject") or _begs_the_question(verb):
        return True
    if verb.lower_ not in _words("raised_by_things"):
        return False
    subject = _subject(verb)
    return subject is not None and not may_ask(subject)


def _begs_the_question(verb: Token) -> bool:
    """Whether ``verb`` is "beg" with "the question" as its object ("the lack of a ground
    game *begged* the question of whether ..."): the idiom says something invites the
    question, and whatever begs it, a thing or a person, does not ask it; who asks is not
    said."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lower_ not in _words("begging"):
        return False
    return any(c.dep_ == "dobj" and c.lower_ in _QUESTIONS for c in verb.children)


def _subject(verb: Token) -> Token | None:
    """The subject of ``verb``, or of the verb it is conjoined to ("a role that has raised her
    profile and *driven* speculation that ..."); a relative word stands for the noun its clause
    hangs on ("his comments, *which* raised concerns ..." are a thing, not an asker)."""
    while True:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None or verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
            break
        verb = verb.head
    if subject is not None and is_relative_subject(subject):
        return relative_antecedent(subject)
    return subject


def may_ask(subject: Token) -> bool:
    """Whether the subject may be the asker: a name, a group, a pronoun for people, a noun
    for people ("senators", "the woman", "Right-wing politicians", questions.toml ``people``)
    or for an organisation ("the news organization")."""
    if subject.ent_type_ in _ASKER_ENTITIES or subject.lower_ in _PERSON_PRONOUNS:
        return True
    if subject.pos_ == "PROPN":
        return True
    people = load_people_lexicon()
    if subject.lower_.removesuffix("s") in people.organisation_nouns:
        return True  # "the news organization raised questions about ...", "organizations"
    if people.is_person_noun(subject.text) or subject.lower_.removesuffix("s") in people.roles:
        return True
    return subject.lower_.removesuffix("s") in _words("people")  # "politicians", "citizens"


@cache  # one entry per key of questions.toml
def _words(key: str) -> frozenset[str]:
    """A word list from questions.toml (word forms: the English pipeline has no lemmas)."""
    return word_set("en/questions.toml", key)
