"""The Russian noun phrase that names a speaker: its tokens, the noun it is about, and its
nominative form («министру иностранных дел» -> «министр иностранных дел»).

The speaker book cuts a speaker's words with these, and the quote finder climbs to the head of
a source (the noun after «по словам»); who the phrase refers to is the book's business.
"""

from __future__ import annotations

from quotewire.nlp.russian import Entity, RussianPipeline, RussianText, Token

# the dependencies that keep a word inside its head's phrase
_PHRASE_RELS = {"amod", "nmod", "appos", "flat:name", "flat", "flat:foreign", "det", "nummod",
                "compound", "case", "punct"}  # fmt: skip
PHRASE_STOP = {",", "(", ")", ":", ";", "—", "–", ".", "!", "?"}  # marks a phrase never runs across


def phrase(text: RussianText, head: int) -> list[int]:
    """The contiguous noun phrase around ``head``: modifiers, genitives, appositive names."""
    tokens = text.tokens
    sentence = text.sentences[tokens[head].sentence]
    members = {head}
    frontier = [head]
    while frontier:
        current = frontier.pop()
        for child in text.children(current):
            if tokens[child].rel in _PHRASE_RELS and child not in members:
                members.add(child)
                frontier.append(child)
    left = right = head
    while left - 1 >= sentence.first and left - 1 in members and not _stops(tokens, left - 1):
        left -= 1
    while right + 1 < sentence.stop and right + 1 in members and not _stops(tokens, right + 1):
        right += 1
    while left < head and (
        (tokens[left].pos in ("ADP", "PUNCT") and tokens[left].text not in "«")
        or tokens[left].lemma == "сам"  # «Сама Тэтчер описывала …»: emphasis, not the name
    ):
        left += 1
    span = list(range(left, right + 1))
    return _balanced(text, span)


def _stops(tokens: list[Token], index: int) -> bool:
    """Whether a phrase ends at token ``index``: a mark it never runs across, but not the
    full stop of an initial («по словам С. Собянина»: the name runs on past «С.»)."""
    if tokens[index].text not in PHRASE_STOP:
        return False
    before = tokens[index - 1].text if index > 0 else ""
    after = tokens[index + 1].text if index + 1 < len(tokens) else ""
    initial = 0 < len(before) <= 2 and before[:1].isupper() and before.isalpha()
    return not (tokens[index].text == "." and initial and after[:1].isupper())


def place_after_owner(text: RussianText, head: int) -> int | None:
    """«источник «Интерфакса-Украина» в правоохранительных органах»: a «в/на»-phrase on the
    head noun after the organisation it belongs to says where the source sits, which the
    owner already names: the speaker's name stops before it (as the gold writes «источник
    РБК»), though the phrase runs on. Not one that hangs on the owner («представитель
    посольства России в США»). The index of its preposition, if any."""
    tokens = text.tokens
    children = text.children(head)
    owner = next(
        (c for c in children
         if c > head and tokens[c].rel == "nmod" and text.inside_entity(c, "ORG")),
        None,
    )  # fmt: skip
    if owner is None:
        return None
    return next(
        (g for c in children if c > owner and tokens[c].rel == "nmod"
         for g in text.children(c)
         if tokens[g].rel == "case" and tokens[g].lemma in ("в", "на")),
        None,
    )  # fmt: skip


def _balanced(text: RussianText, span: list[int]) -> list[int]:
    """Drop a trailing «…» half: a phrase ends after a closing mark, not on an opening one."""
    tokens = text.tokens
    opened = sum(1 for i in span if tokens[i].text == "«") - sum(
        1 for i in span if tokens[i].text == "»"
    )
    while span and ((opened > 0 and tokens[span[-1]].text != "»") or tokens[span[-1]].pos == "ADP"):
        if tokens[span[-1]].text == "«":
            opened -= 1
        span.pop()
        if opened <= 0:
            break
    return span


def phrase_head(text: RussianText, index: int) -> int:
    """Climb from a name part or modifier to the noun the phrase is about."""
    tokens = text.tokens
    current = index
    while tokens[current].rel in ("flat:name", "amod", "flat") and tokens[current].head is not None:
        current = tokens[current].head  # type: ignore[assignment]
    return current


def normalise(text: RussianText, pipeline: RussianPipeline, indices: list[int]) -> str:
    """The phrase in the nominative: the head and the words agreeing with it before it, and
    the heads of nouns joined to it by «и» with their own agreeing words («Минфина и
    Центробанка» → «Минфин и Центробанк»)."""
    tokens = [text.tokens[i] for i in indices]
    head = next((t for t in tokens if t.pos in ("NOUN", "PROPN")), None)
    case = head.feats.get("Case") if head else None
    if head is not None and any(t.pos == "ADP" and t.index < head.index for t in tokens):
        case = None  # «двое из преступников»: the preposition governs the noun's case
    joined = _conjunct_heads(tokens, head, case)
    words = []
    for token in tokens:
        word = _abbreviation_of(token) or token.text  # «МИДа» → «МИД»
        to_nominative = head is not None and token.index <= head.index
        to_nominative = to_nominative or token in joined or _agrees_before(token, joined)
        abbreviation = len(word) > 1 and word.isupper()  # «ИГ», «МИД» do not decline
        if (
            to_nominative
            and not abbreviation
            and case not in (None, "Nom")
            and token.feats.get("Case") == case
        ):
            own = next((j for j in joined if token is j or token.head == j.index), head)
            word = pipeline.inflect_nominative(
                word, token.pos, token.feats, own.feats.get("Gender") if own else None
            )
        words.append((word, token))
    out = ""
    for i, (word, token) in enumerate(words):
        glue = i > 0 and text.text[tokens[i - 1].end : token.start] != ""
        out += (" " if glue else "") + word
    if head is not None and head.pos == "NOUN" and head is tokens[0] and head.text[1:].islower():
        out = out[:1].lower() + out[1:]
    return out.strip()


def _conjunct_heads(tokens: list[Token], head: Token | None, case: str | None) -> list[Token]:
    """«правительства и губернатора области»: the nouns joined to the head in its case,
    which go into the nominative with it."""
    if head is None or case is None:
        return []
    return [
        t
        for t in tokens
        if t.rel == "conj" and t.head == head.index and t.feats.get("Case") == case
    ]


def _agrees_before(token: Token, joined: list[Token]) -> bool:
    """A modifier before a joined noun that agrees with it («и нового губернатора»)."""
    return any(
        token.rel == "amod" and token.head == j.index and token.index < j.index for j in joined
    )


def _abbreviation_of(token: Token) -> str | None:
    """«МИДа»: an abbreviation with a case ending written after it, as its capitals («МИД»);
    None for any other word."""
    capitals = token.lemma.upper()
    if len(capitals) > 1 and token.text != capitals and token.text.startswith(capitals):
        return capitals if token.text[len(capitals) :].islower() else None
    return None


def name_after_coordinated_roles(
    text: RussianText, head: int, roles: frozenset[str]
) -> Entity | None:
    """«…», сказал директор музея и археолог из Новоселова, Александр Кержаев.»: a name after
    a comma that closes the speaker's words (sentence end or the colon before a quotation),
    when the role that heads them is joined by «и» to a second role in its case (a role noun or
    any noun of a person: «археолог»), is the
    apposition of both roles. The parser hangs it on either, or elsewhere, so this reads the
    order of the words alone: role, «и», role and its modifiers with no verb or mark between,
    «,», the name in the role's case, the end."""
    tokens = text.tokens
    role = tokens[head]
    verb = tokens[role.head] if role.head is not None else None
    if role.lemma not in roles or (verb is not None and verb.feats.get("Number") == "Plur"):
        return None  # «заявили министр и глава банка, …»: two people, not one with two roles
    sentence = text.sentences[role.sentence]
    case = role.feats.get("Case")
    joined = False
    index = head + 1
    while index < sentence.stop and tokens[index].text != ",":
        token = tokens[index]
        if token.pos in ("VERB", "AUX", "PUNCT"):
            return None
        if token.lemma == "и" and index + 1 < sentence.stop:
            following = tokens[index + 1]
            joined = following.feats.get("Case") == case and (
                following.lemma in roles or following.feats.get("Animacy") == "Anim"
            )
        index += 1
    if not joined or index + 1 >= sentence.stop:
        return None
    name = tokens[index + 1]
    found = [e for e in text.entities_at(name.index) if e.type == "PER" and e.start == name.start]
    if not found or name.feats.get("Case") != case:
        return None
    after = text.token_range(found[0].start, found[0].end)[-1] + 1
    if after < sentence.stop and tokens[after].text not in (".", ":", "!", "?"):
        return None
    return found[0]
