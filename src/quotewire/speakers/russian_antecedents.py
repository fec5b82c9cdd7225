"""The subject earlier in the parse that a Russian pronoun points back to when no quoted person
fits it: «их» after a plural subject that can speak in its own sentence («Королеву посетили
родственники и близкие, по их словам, …»), and «он» or «она» that opens a sentence after one
whose subject is an organisation or place that quoted someone («Белый дом охарактеризовал его
как «провидца». Он также назвал …») or a person just brought in by a noun alone («… был
задержан 27-летний житель … . Он сказал, что …»). Read by
:class:`~quotewire.speakers.russian.SpeakerBook` for a pronoun.
"""

from __future__ import annotations

from collections.abc import Iterator

from quotewire.nlp.russian import RussianText, Token
from quotewire.speakers.russian_lexicon import russian_lexicon


def plural_subject_before(text: RussianText, pronoun: Token) -> int | None:
    """«Королеву посетили родственники и близкие, по их словам, …»: with no group quoted
    before, «их» is the plural noun subject earlier in its own sentence, if there is one
    that can speak: animate or a body («партии», «компании»), not «Цены на хлеб выросли,
    но, по их словам, …»."""
    tokens = text.tokens
    first = text.sentences[pronoun.sentence].first
    for index in range(pronoun.index - 1, first - 1, -1):
        token = tokens[index]
        if (
            token.rel.startswith("nsubj")
            and token.pos in ("NOUN", "PROPN")
            and token.feats.get("Number") == "Plur"
            and (token.feats.get("Animacy") == "Anim" or token.lemma in russian_lexicon().roles)
        ):
            return index
    return None


def speaking_body_before(text: RussianText, pronoun: Token, gender: str | None) -> int | None:
    """«Белый дом охарактеризовал его как «провидца». Он также назвал …»: a pronoun that
    opens a sentence continues the subject of the sentence before when that subject is an
    organisation or place (not a person) of its gender and that sentence quotes someone's
    words; the last quoted person is further away. The subject's token, else None."""
    for index in _main_subjects_before(text, pronoun, gender, ("masc", "fem", "neut")):
        token = text.tokens[index]
        previous = text.sentences[pronoun.sentence - 1]
        named = text.entities_at(index)
        if (
            token.rel == "nsubj"
            and "«" in text.text[previous.start : previous.end]
            and named
            and all(e.type in ("ORG", "LOC") for e in named)
        ):
            return index
    return None


def person_introduced_before(text: RussianText, pronoun: Token, gender: str | None) -> int | None:
    """«По факту поджога был задержан 27-летний житель … . Он сказал, что …»: a pronoun that
    opens a sentence continues the subject of the sentence before when that subject is a person
    named by a noun alone (animate, singular, of its gender, in a sentence that names nobody:
    «мой друг Джузеппе Торнаторе позвонил» is about a named person), someone just brought in,
    not someone described by a possessive («Его сын был задержан» is the quoted man's son);
    the last quoted person is further away. The subject's token, else None."""
    for index in _main_subjects_before(text, pronoun, gender, ("masc", "fem")):
        token = text.tokens[index]
        previous = text.sentences[pronoun.sentence - 1]
        if (
            token.pos == "NOUN"
            and token.feats.get("Animacy") == "Anim"
            and not any(e.type == "PER" for e in text.entities_in(previous.start, previous.end))
            and not _tied_by_a_possessive(text, index)
        ):
            return index
    return None


def _main_subjects_before(
    text: RussianText, pronoun: Token, gender: str | None, genders: tuple[str, ...]
) -> Iterator[int]:
    """The singular subjects of the main verb, of the pronoun's gender, in the sentence before
    the one the pronoun opens as its subject; none for a pronoun of another gender or place."""
    sentence = pronoun.sentence
    if sentence == 0 or gender not in genders or pronoun.rel != "nsubj":
        return
    if pronoun.index != text.sentences[sentence].first:
        return
    tokens = text.tokens
    previous = text.sentences[sentence - 1]
    for index in range(previous.first, previous.stop):
        token = tokens[index]
        if not token.rel.startswith("nsubj") or token.head is None:
            continue
        if (
            tokens[token.head].rel == "root"
            and token.feats.get("Number") == "Sing"
            and (token.feats.get("Gender") or "").lower()[:4] == gender
        ):
            yield index


def _tied_by_a_possessive(text: RussianText, index: int) -> bool:
    """«Его сын был задержан», «Задержанный сосед оказался его другом»: the subject is
    described in relation to someone named before, by a possessive on it or on the noun its
    verb says it is. Not an infinitive's object («пытался поджечь его»): only a predicate
    noun or adjective, and only a word that modifies a noun («его» as ``det`` or ``nmod``)."""
    pronouns = russian_lexicon().pronouns
    tokens = text.tokens
    head = tokens[index].head
    nouns = [index]
    if head is not None:
        nouns += [
            c
            for c in text.children(head)
            if tokens[c].rel == "xcomp" and tokens[c].pos in ("NOUN", "PROPN", "ADJ")
        ]
    for noun in nouns:
        for child in text.children(noun):
            word = tokens[child]
            if word.feats.get("Poss") == "Yes" or (
                word.pos in ("PRON", "DET")
                and word.rel in ("det", "nmod", "nmod:poss")
                and word.text.lower() in pronouns
            ):
                return True
    return False
