"""Russian person names as the speaker book keeps them: the tidy nominative form, the key that
joins one person's mentions in an article, the speaker id, the mention and the gender (of a
name, or of a noun said of one person).
(`speakers.transliterate` has the cross-script keys; these are for one Russian article.)"""

from __future__ import annotations

import hashlib

from quotewire.nlp.russian import Entity, RussianText, Token
from quotewire.types import Mention, MentionKind


def name_mention(entity: Entity) -> Mention:
    """The mention of a name: a full name, or a lone surname (one word)."""
    kind: MentionKind = "name" if len(entity.text.split()) > 1 else "surname"
    return Mention(entity.start, entity.end, entity.text, kind)


def tidy_name(entity: Entity) -> str:
    """slovnet's normal form without a parenthesised original spelling («Буфье (Bouffier)»),
    with the «ё» the normaliser drops put back from the text («Алёхина», not «Алехина»), also
    from an inflected form («Дмитрия Киселёва» gives «Дмитрий Киселёв», not «… Киселев»)."""
    words = (entity.normal or entity.text).split("(")[0].split()
    written = [w for w in entity.text.split() if "ё" in w]
    return " ".join(_yo_from(word, written) for word in words)


def _yo_from(word: str, written: list[str]) -> str:
    """``word`` with each «ё» of a written form of the same word: one that differs from it
    at most in the ending («Киселёва» for «Киселев», not «Пётр» for «Петров»)."""
    for form in written:
        folded = form.replace("ё", "е")
        stem = next(
            (i for i, (a, b) in enumerate(zip(folded, word, strict=False)) if a != b),
            min(len(folded), len(word)),
        )
        if stem < len(word) - 1:  # another word («Пётр» and «Петров»), not another ending
            continue
        at = {i for i, letter in enumerate(form) if letter == "ё" and i < stem}
        if at:
            return "".join("ё" if i in at else letter for i, letter in enumerate(word))
    return word


def joining_key(name: str) -> str:
    """The key that joins one person's mentions in an article: the surname, «ё» read as «е»
    («Лаврова» and «Сергей Лавров» meet once both are in the nominative)."""
    return name.split()[-1].lower().replace("ё", "е") if name.split() else name.lower()


def speaker_id(name: str) -> str:
    """A stable id from the name, so that a rerun gives the same speaker."""
    return "ru-" + hashlib.sha1(name.lower().encode("utf-8")).hexdigest()[:10]


def gender_of(text: RussianText, entity: Entity) -> str | None:
    """A name's grammatical gender, from its first word that has one ("masc", "fem", "neut")."""
    for index in text.token_range(entity.start, entity.end):
        gender = text.tokens[index].feats.get("Gender")
        if gender:
            return gender.lower()[:4]
    return None


def person_gender(noun: Token | None) -> str | None:
    """ "fem" or "masc" for an animate singular noun of that grammatical gender («певица»,
    «музыкант»); else None."""
    if noun is None or noun.feats.get("Animacy") != "Anim" or noun.feats.get("Number") != "Sing":
        return None
    return {"Fem": "fem", "Masc": "masc"}.get(noun.feats.get("Gender") or "")
