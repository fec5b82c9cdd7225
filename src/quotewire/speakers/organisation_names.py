"""Sources named by a group's or an organisation's name, where the recogniser's span or the
parse leaves part of the name out: a share of a group with the group's name apposed ("One of
these groups, the Syrian Democratic Forces, said": the source was the whole phrase), and the
proper nouns compounded before a tagged name ("PTS Taiwan": only "Taiwan" was tagged). Found by
the fourth answers audit (docs/statements.md)."""

from __future__ import annotations

from spacy.tokens import Token

from quotewire.speakers.lexicon import PeopleLexicon

_NAMED_ENTS = ("PERSON", "ORG", "GPE", "NORP")


def named_share(head: Token, people: PeopleLexicon) -> Token | None:
    """The name apposed to a share of a group ("*One of these groups*, the Syrian Democratic
    Forces, said"; "*one of the officers*, John Smith,"): the source is the one named, not the
    share, which names no one. A name in brackets lists the group the share is taken from
    ("one or more of his rivals (Sanders, Clinton or Trump)"): no one in it is the source."""
    if not (head.lower_ in people.partitives or head.tag_ == "CD"):
        return None
    if not any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        return None
    return next(
        (
            c
            for c in head.children
            if c.dep_ == "appos"
            and c.ent_type_ in _NAMED_ENTS
            and c.left_edge.i > head.i
            and head.doc[c.left_edge.i - 1].text == ","
        ),
        None,
    )


def with_untagged_words(entity: list[Token], head: Token, people: PeopleLexicon) -> list[Token]:
    """An organisation's name with the proper nouns compounded right before it that the
    recogniser left out ("*PTS* Taiwan", where only "Taiwan" was tagged): part of its name."""
    if not entity:
        return entity
    start = entity[0].i
    for child in sorted(head.lefts, key=lambda t: -t.i):
        if (
            child.i != start - 1
            or child.dep_ != "compound"
            or child.pos_ != "PROPN"
            or child.ent_type_
            or child.lower_ in people.roles
            or child.lower_ in people.honorifics
        ):
            break
        start = child.i
    return [*head.doc[start : entity[0].i], *entity]
