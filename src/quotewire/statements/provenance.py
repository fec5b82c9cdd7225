"""A statement as users see it: its longest form, every appearance, who said it, who was first.

Built from the appearances of one statement and the syndication links of their articles, so
the same function serves the in-memory index, the store and the web views.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from quotewire.read.outlets import canonical_outlet
from quotewire.statements.syndication import SyndicationLink, outlet_matches, publication_order

MIN_STATEMENT_WORDS = 3


def outlet_of(outlet: str | None, url: str | None, article_id: str) -> str:
    """Who printed an article: its outlet, else its URL's host, else the article itself, by
    the one name of a known organisation (``read.outlets.canonical_outlet``).

    Counting outlets needs a value for every article; a JSONL record without an outlet still
    has a URL, and two articles from en.wikinews.org are one outlet, not two, as are a sample
    that says "Wikinews" and a record that gives only an en.wikinews.org URL.
    """
    return canonical_outlet(outlet, url) or article_id


@dataclass(slots=True)
class Appearance:
    """One quote in one article: the exact words used there and where they were printed."""

    article_id: str
    quote_id: str
    text: str
    form_key: str
    kind: str
    seq: int
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    speaker: str | None = None
    speaker_entity: str | None = None
    reported_by: str | None = None  # the outlet the article credits in the quote's sentence
    republication_of: str | None = None
    republished_from: str | None = None

    def order(self) -> tuple[bool, str, int]:
        return publication_order(self.published, self.seq)

    def to_dict(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "url": self.url,
            "outlet": self.outlet,
            "published": self.published,
            "text": self.text,
            "republication_of": self.republication_of,
            "republished_from": self.republished_from,
            "speaker": self.speaker,
            "kind": self.kind,
            "quote_id": self.quote_id,
        }


@dataclass(slots=True)
class Statement:
    """One statement across articles and outlets."""

    id: str
    text: str
    speaker: str | None
    speakers: dict[str, int]
    kinds: list[str]
    appearances: list[Appearance] = field(default_factory=list)

    @property
    def first_seen(self) -> Appearance:
        return self.appearances[0]

    @property
    def outlets(self) -> int:
        return len({a.outlet or a.article_id for a in self.appearances})

    @property
    def independent_outlets(self) -> int:
        """Outlets that printed it on their own, plus credited sources not in the store."""
        independent = {
            a.outlet or a.article_id
            for a in self.appearances
            if a.republication_of is None and a.republished_from is None
        }
        printed = {a.article_id for a in self.appearances}
        for a in self.appearances:
            if a.republished_from and not (a.republication_of and a.republication_of in printed):
                independent.add(a.republished_from)
        return len(independent)

    @property
    def speaker_disagreement(self) -> bool:
        return len(self.speakers) > 1

    def to_dict(self) -> dict[str, Any]:
        first = self.first_seen
        return {
            "id": self.id,
            "text": self.text,
            "speaker": self.speaker,
            "speakers": dict(self.speakers),
            "kinds": list(self.kinds),
            "first_seen": {
                "article_id": first.article_id,
                "outlet": first.outlet,
                "published": first.published,
            },
            "counts": {
                "appearances": len(self.appearances),
                "outlets": self.outlets,
                "independent_outlets": self.independent_outlets,
            },
            "appearances": [a.to_dict() for a in self.appearances],
        }


def build_statement(
    statement_id: str,
    appearances: Iterable[Appearance],
    links: Mapping[str, SyndicationLink],
) -> Statement:
    """Assemble a statement; marks republished appearances from the articles' links.

    A credited article whose original is not a near-duplicate body ("Based on materials from
    TASS" over a rewritten story) republishes the credited outlet's appearance of the
    statement when that is stored; so does an appearance whose own sentence credits a known
    outlet ("..., Reuters reported") in an article that is otherwise an original. The timeline
    is in publication order; on one day an original comes before its republications, so the
    first seen is who reported it first.
    """
    items = sorted(appearances, key=Appearance.order)
    printed = {a.article_id for a in items}
    for item in items:
        link = links.get(item.article_id)
        item.republication_of = None
        item.republished_from = None
        if link is None or link.method == "original":
            if item.reported_by and not outlet_matches(item.outlet, item.reported_by):
                # "..., Reuters reported": the article retells the credited outlet's quote.
                item.republication_of = _printed_by(items, item.reported_by, item.article_id)
                item.republished_from = item.reported_by
            continue
        if link.original_id and link.original_id in printed:
            item.republication_of = link.original_id
        elif link.original_outlet:
            item.republication_of = _printed_by(items, link.original_outlet, item.article_id)
        item.republished_from = link.original_outlet or link.original_id
    items.sort(key=lambda a: (*a.order()[:2], a.republication_of is not None, a.seq))
    longest = max(items, key=lambda a: (len(a.text.split()), a.text))
    speakers = Counter(a.speaker_entity or a.speaker for a in items if a.speaker)
    speaker = _agreed_speaker(speakers)
    kinds = sorted({a.kind for a in items})
    return Statement(statement_id, longest.text, speaker, dict(speakers), kinds, items)


def _printed_by(items: Sequence[Appearance], outlet: str, article_id: str) -> str | None:
    """The earliest other article of the statement that the credited outlet printed."""
    for item in items:
        if item.article_id != article_id and outlet_matches(item.outlet, outlet):
            return item.article_id
    return None


def _agreed_speaker(speakers: Counter[str]) -> str | None:
    """The speaker most appearances name (ties: alphabetical, so the choice is stable)."""
    if not speakers:
        return None
    return sorted(speakers.items(), key=lambda item: (-item[1], item[0]))[0][0]
