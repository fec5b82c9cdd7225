"""The subject earlier in the parse that a Russian pronoun points back to when no quoted person
fits it: «их» after a plural subject that can speak in its own sentence («Королеву посетили
родственники и близкие, по их словам, …»), «он» that opens a sentence after one whose subject,
an organisation or place, quoted someone («Белый дом охарактеризовал его как «провидца». Он
также назвал …»). Read by :class:`~quotewire.speakers.russian.SpeakerBook` for a pronoun.
"""

from __future__ import annotations

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
    tokens = text.tokens
    sentence = pronoun.sentence
    if sentence == 0 or gender not in ("masc", "fem", "neut") or pronoun.rel != "nsubj":
        return None
    if pronoun.index != text.sentences[sentence].first:
        return None
    previous = text.sentences[sentence - 1]
    if "«" not in text.text[previous.start : previous.end]:
        return None
    for index in range(previous.first, previous.stop):
        token = tokens[index]
        if token.rel != "nsubj" or tokens[token.head or 0].rel != "root":
            continue
        named = text.entities_at(index)
        if (
            named
            and all(e.type in ("ORG", "LOC") for e in named)
            and token.feats.get("Number") == "Sing"
            and (token.feats.get("Gender") or "").lower()[:4] == gender
        ):
            return index
    return None


def person_introduced_before(text: RussianText, pronoun: Token, gender: str | None) -> int | None:
    """«По факту поджога был задержан 27-летний житель … . Он сказал, что …»: a pronoun that
    opens a sentence continues the subject of the sentence before when that subject is a person
    named by a noun alone (animate, singular, of its gender, in a sentence that names nobody:
    «мой друг Джузеппе Торнаторе позвонил» is about a named person), someone just brought in;
    the last quoted person is further away. The subject's token, else None."""
    tokens = text.tokens
    sentence = pronoun.sentence
    if sentence == 0 or gender not in ("masc", "fem") or pronoun.rel != "nsubj":
        return None
    if pronoun.index != text.sentences[sentence].first:
        return None
    previous = text.sentences[sentence - 1]
    for index in range(previous.first, previous.stop):
        token = tokens[index]
        if not token.rel.startswith("nsubj") or tokens[token.head or 0].rel != "root":
            continue
        if (
            token.pos == "NOUN"
            and token.feats.get("Animacy") == "Anim"
            and token.feats.get("Number") == "Sing"
            and (token.feats.get("Gender") or "").lower()[:4] == gender
            and not any(e.type == "PER" for e in text.entities_in(previous.start, previous.end))
        ):
            return index
    return None
