"""Signs without a date that an English statement was made at another scene than the speaker's
statement before it, whose date and occasion it would carry
(:mod:`~quotewire.quotes.carried_circumstances`).

A reporter who moves the story to another occasion of the same speaker need not say when: the
verb or its addressee names the new one. "ABC said *in a statement* …" and then "ABC also
*reports* that …" (its news reports, not the statement); "Lavrov said *at a press conference*
…" and then "Lavrov *told CNN* …" or "*Speaking to NBC News*, he said …" (an interview). Only
against a statement that names its occasion is either a change: after "said on Friday" the
interview may be where it was said. And a statement told as the description of a thing ("one
of the chief reasons Bush *cited* to justify the invasion") is background, said whenever.

Nor is a saying the speaker reports inside their own words a scene: "Mr. Ban says he has been
deeply engaged in the crisis and *told* political leaders *during his visit there* that …" tells
of a past act; the story stays where Ban says it (:func:`reported_sayings`).

Word lists: ``[media]`` and ``addressing_verbs`` in ``data/en/occasions.toml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from quotewire.data_files import word_lists
from quotewire.nlp.docs import sentence_of, tokens_of
from quotewire.speakers.lexicon import load_people_lexicon
from quotewire.types import Quote

# Entities that can be a statement's addressee standing for an occasion: an outlet ("told
# CNN", "speaking to NBC News") or a journalist ("told Martin Smith").
_ADDRESSEE_ENTS = ("ORG", "PERSON")
# The addressee of a verb of telling (its object) and of speaking (after "to" or "with").
_TELL_DEPS = ("dobj", "dative")
_SPEAK_PREPOSITIONS = ("to", "with")


@dataclass(frozen=True, slots=True)
class SceneWords:
    """``data/en/occasions.toml``'s words for a change of scene: per medium, the cue forms that
    name it and the occasion nouns it can be (``media``); the verbs whose addressee names an
    occasion."""

    media: dict[str, dict[str, list[str]]]
    telling_verbs: frozenset[str]
    speaking_verbs: frozenset[str]


@lru_cache(maxsize=1)
def scene_words() -> SceneWords:
    keys = {
        "telling_verbs": "addressing_verbs.telling",
        "speaking_verbs": "addressing_verbs.speaking",
    }
    return word_lists("en/occasions.toml", SceneWords, keys=keys)


@lru_cache(maxsize=1)
def _medium_of_cue() -> dict[str, frozenset[str]]:
    """Each cue form that names a medium, with the occasion nouns that medium can be."""
    return {
        form: frozenset(words["occasions"])
        for words in scene_words().media.values()
        for form in words["cues"]
    }


def changes_scene(cue: SpacySpan, quote: Quote, source: Quote) -> bool:
    """Whether the statement whose cue is ``cue`` was made at another scene than ``source``
    by what its verb says: another medium or addressee than ``source``'s occasion names, or a
    relative clause describing a thing."""
    return (
        names_other_medium(cue, source)
        or names_other_addressee(cue, quote, source)
        or is_background(cue)
    )


def names_other_medium(cue: SpacySpan, source: Quote) -> bool:
    """Whether the cue names a medium ("reports", "wrote", "tweeted") that ``source``'s occasion
    is not ("in a statement" … "ABC also *reports*"); "in a letter" … "wrote" is the same."""
    media = _medium_of_cue()
    occasions = next((media[t.lower_] for t in cue if t.lower_ in media), None)
    if occasions is None or source.occasion is None:
        return False
    return not (_words(source.occasion) & occasions)


def names_other_addressee(cue: SpacySpan, quote: Quote, source: Quote) -> bool:
    """Whether the statement's sentence, outside its reported words, names an outlet or a person
    it was said to ("told *CNN*", "*Speaking to NBC News*, she said") whom ``source``'s occasion
    does not name ("at a press conference")."""
    if source.occasion is None:
        return False
    named = _words(source.occasion)
    for addressee in _addressees(cue, quote):
        if not any(t.lower_ in named for t in addressee):
            return True
    return False


def is_background(cue: SpacySpan) -> bool:
    """Whether the cue heads a relative clause that describes a thing ("one of the chief reasons
    President Bush *cited*"), not a person it adds to ("Smith, who said …", "a mayor that
    says …")."""
    verb = cue.root
    if verb.dep_ != "relcl":
        return False
    described = verb.head
    relative_person = any(t.lower_ in ("who", "whom") for t in verb.children)
    return (
        not relative_person
        and described.ent_type_ != "PERSON"
        and described.pos_ == "NOUN"
        and not load_people_lexicon().is_person_noun(described.lower_)
    )


def reported_sayings(doc: Doc, quotes: list[Quote]) -> set[str]:
    """The ``attribution_id`` of each statement whose cue the cue of another statement of the
    same speaker reports: inside that statement's words and under its verb ("Mr. Ban *says* he
    has been deeply engaged … and *told* political leaders during his visit there that …").
    Only under the verb and without a name as its own subject: the speaker's words speak of
    the speaker with a pronoun or none, while a cue whose subject names them is the narrator's
    (a comma splice the parser read as one statement, "Ms Bishop told parliament on Wednesday
    that "…," Ms Bishop denied …", reports nothing)."""
    cues = [(quote, _cue_tokens(doc, quote)) for quote in quotes]  # each cue's tokens once
    found: set[str] = set()
    for quote, cue in cues:
        if cue is None or quote.attribution_id is None or _named_subject(cue):
            continue
        for other, other_cue in cues:
            if (
                other is not quote
                and other_cue is not None
                and other.speaker_id == quote.speaker_id
                and other.start <= cue.start_char < other.end
                and other_cue.root.is_ancestor(cue.root)
            ):
                found.add(quote.attribution_id)
    return found


def _named_subject(cue: SpacySpan) -> bool:
    """Whether the cue's verb has a name as its subject ("*Ms Bishop* told parliament")."""
    return any(
        child.dep_ in ("nsubj", "nsubjpass") and (child.pos_ == "PROPN" or child.ent_type_)
        for word in cue
        for child in word.children
    )


def _cue_tokens(doc: Doc, quote: Quote) -> SpacySpan | None:
    if quote.speaker_id is None:
        return None
    tokens = tokens_of(doc, quote.cue_span)
    return tokens if tokens is not None and len(tokens) else None


def _addressees(cue: SpacySpan, quote: Quote) -> list[list[Token]]:
    """The named addressees in the cue's sentence outside the reported words: the object of a
    verb of telling, the object of "to"/"with" after a verb of speaking."""
    words = scene_words()
    found: list[list[Token]] = []
    for token in sentence_of(cue[0]):
        if quote.start <= token.idx < quote.end or token.ent_type_ not in _ADDRESSEE_ENTS:
            continue
        head = token.head
        told = token.dep_ in _TELL_DEPS and head.lower_ in words.telling_verbs
        spoken_to = (
            token.dep_ == "pobj"
            and head.lower_ in _SPEAK_PREPOSITIONS
            and head.head.lower_ in words.speaking_verbs
        )
        if told or spoken_to:
            found.append([t for t in token.subtree if t.ent_type_ in _ADDRESSEE_ENTS])
    return found


def _words(phrase: str) -> set[str]:
    return {w.strip(".,;:'\"()").lower() for w in phrase.split()}
