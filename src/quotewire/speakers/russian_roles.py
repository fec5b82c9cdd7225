"""The role a Russian name is given where it stands: the role noun just before it («министр
иностранных дел России Сергей Лавров») or in apposition after it («Томас Шефер, министр …»).

Read by :class:`~quotewire.speakers.russian.SpeakerBook` to give a name its role as the parser
joined them (:func:`apposed_role`), and from the words around it to find who holds a role that
a later bare role noun («министр заявил») refers to (:func:`role_lemma_near`).
"""

from __future__ import annotations

from quotewire.nlp.russian import Entity, RussianPipeline, RussianText
from quotewire.speakers.russian_phrases import PHRASE_STOP, normalise, phrase


def apposed_role(
    text: RussianText, pipeline: RussianPipeline, entity: Entity, roles: frozenset[str]
) -> tuple[str, str] | None:
    """«министр иностранных дел России Сергей Лавров», «Томас Шефер, министр финансов»:
    the role phrase in apposition to a name as the parser joined them, and its head noun's
    lemma, the appos head as it is. :func:`role_lemma_near` reads the role from the words
    around the name instead, and through :func:`governing_role`, so a role in the genitive of
    another («пресс-секретарь мэра») gives the governing noun's."""
    inside = text.token_range(entity.start, entity.end)
    if not inside:
        return None
    tokens = text.tokens
    first = tokens[inside[0]]
    head = first.head
    if first.rel == "appos" and head is not None and tokens[head].lemma in roles:
        words = [i for i in phrase(text, head) if tokens[i].end <= entity.start]
        if words and words[0] == head:
            return normalise(text, pipeline, words), tokens[head].lemma
    for child in text.children(first.index):
        if tokens[child].rel == "appos" and tokens[child].lemma in roles:
            words = [i for i in phrase(text, child) if tokens[i].start >= entity.end]
            if words:
                return normalise(text, pipeline, words), tokens[child].lemma
    return None


def role_lemma_near(text: RussianText, entity: Entity, roles: frozenset[str]) -> str | None:
    """The lemma of the role noun just before a name, or in apposition just after it."""
    tokens = text.tokens
    inside = text.token_range(entity.start, entity.end)
    if not inside:
        return None
    first = inside[0]
    if tokens[first].rel == "nmod":
        return None  # «представитель Лопес»: Лопес is not the one holding the role
    for index in range(first - 1, max(first - 6, -1), -1):
        if tokens[index].text in PHRASE_STOP:
            break
        if tokens[index].lemma in roles and tokens[index].pos == "NOUN":
            return governing_role(text, index, roles)
    after = inside[-1] + 1
    if after < len(tokens) and tokens[after].text == "(":  # «Томас Шефер (Thomas Schäfer), министр»
        while after < len(tokens) and tokens[after].text != ")":
            after += 1
        after += 1
    if after >= len(tokens) or tokens[after].text != ",":
        return None  # only «Имя Фамилия, министр …» is an apposition after the name
    after += 1
    while after < len(tokens) and tokens[after].pos == "ADJ":  # «…, бывший министр»
        after += 1
    if after < len(tokens) and tokens[after].lemma in roles and tokens[after].pos == "NOUN":
        return tokens[after].lemma
    return None


def governing_role(text: RussianText, index: int, roles: frozenset[str]) -> str | None:
    """The role a role noun before a name gives it: its own, unless it hangs in the genitive on
    a role noun before it («пресс-секретарь мэра Сергей Цой» is the mayor's press secretary, not
    the mayor), when it is that noun's; the chain stops at the first noun that is no role («по
    словам пресс-секретаря мэра …» is still the press secretary's)."""
    tokens = text.tokens
    seen = {index}
    while tokens[index].rel == "nmod":
        governor = tokens[index].head
        if governor is None or governor > index or governor in seen:
            break
        if tokens[governor].lemma not in roles or tokens[governor].pos != "NOUN":
            break
        index = governor
        seen.add(index)
    token = tokens[index]
    return token.lemma if token.lemma in roles and token.pos == "NOUN" else None
