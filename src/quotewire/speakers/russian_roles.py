"""The role a Russian name is given where it stands: the role noun just before it («министр
иностранных дел России Сергей Лавров») or in apposition after it («Томас Шефер, министр …»).

Read by :class:`~quotewire.speakers.russian.SpeakerBook` to find who holds a role that a later
bare role noun («министр заявил») refers to.
"""

from __future__ import annotations

from quotewire.nlp.russian import Entity, RussianText
from quotewire.speakers.russian_phrases import PHRASE_STOP


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
