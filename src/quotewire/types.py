"""The data types every stage shares.

All offsets are Python ``str`` indices into ``Article.text`` (end exclusive), so that every
result can be highlighted in context. Types are plain dataclasses with ``to_dict`` /
``from_dict`` that follow the JSON contract documented in the README.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

QuoteKind = Literal["direct", "indirect", "mixed"]
ParagraphKind = Literal["title", "dateline", "body", "header", "credit", "syndication"]
MentionKind = Literal["name", "surname", "pronoun", "role", "organisation", "headline"]
SpeakerKind = Literal["person", "organisation", "group"]


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the article text."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Span:
        return cls(int(data["start"]), int(data["end"]), str(data["text"]))

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        return cls(start, end, text[start:end])


@dataclass(frozen=True, slots=True)
class Mention(Span):
    """Words in the text that refer to a speaker ("Sergey Lavrov", "the minister", "He")."""

    kind: MentionKind = "name"

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "kind": self.kind}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Mention:
        return cls(
            int(data["start"]), int(data["end"]), str(data["text"]), data.get("kind", "name")
        )


@dataclass(slots=True)
class Paragraph:
    """A block of text separated by blank lines, with what the layout reader took it for."""

    start: int
    end: int
    kind: ParagraphKind = "body"

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "kind": self.kind}


@dataclass(slots=True)
class SyndicationCredit:
    """A wire service or outlet the article says it is based on, with the line that says so."""

    source: str
    line: Span

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "line": self.line.to_dict()}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SyndicationCredit:
        return cls(str(data["source"]), Span.from_dict(data["line"]))


@dataclass(slots=True)
class Speaker:
    """One person (or organisation) in one article, with every mention of them."""

    id: str
    name: str
    kind: SpeakerKind = "person"
    role: str | None = None
    mentions: list[Mention] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "role": self.role,
            "mentions": [m.to_dict() for m in self.mentions],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Speaker:
        return cls(
            id=str(data["id"]),
            name=str(data["name"]),
            kind=data.get("kind", "person"),
            role=data.get("role"),
            mentions=[Mention.from_dict(m) for m in data.get("mentions", [])],
        )


@dataclass(slots=True)
class Quote:
    """One statement: what was said, by whom, how it was reported.

    ``start``/``end`` cover the speaker's words; for a direct quote the content inside the
    quotation marks. ``insertions`` are editorial text inside that span ("[the situation]").
    ``date`` and ``occasion`` are those the words around the cue state, or, when they state
    none, those of the same speaker's statement ``circumstances_from`` (its
    ``attribution_id``) that they were carried from
    (:mod:`~quotewire.quotes.carried_circumstances`).
    """

    start: int
    end: int
    text: str
    kind: QuoteKind
    cue: str | None = None
    cue_span: Span | None = None
    speaker: str | None = None
    speaker_id: str | None = None
    speaker_role: str | None = None
    speaker_mention: Mention | None = None
    confidence: float = 0.0
    date: str | None = None
    date_text: Span | None = None
    occasion: str | None = None
    insertions: list[Span] = field(default_factory=list)
    attribution_id: str | None = None
    circumstances_from: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "cue": self.cue,
            "speaker": self.speaker,
            "speaker_role": self.speaker_role,
            "speaker_mention": self.speaker_mention.to_dict() if self.speaker_mention else None,
            "confidence": round(self.confidence, 3),
            "date": self.date,
            "occasion": self.occasion,
            "insertions": [s.to_dict() for s in self.insertions],
            "speaker_id": self.speaker_id,
            "cue_span": self.cue_span.to_dict() if self.cue_span else None,
            "date_text": self.date_text.to_dict() if self.date_text else None,
            "attribution_id": self.attribution_id,
            "circumstances_from": self.circumstances_from,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quote:
        def span(key: str) -> Span | None:
            return Span.from_dict(data[key]) if data.get(key) else None

        mention = data.get("speaker_mention")
        return cls(
            start=int(data["start"]),
            end=int(data["end"]),
            text=str(data["text"]),
            kind=data["kind"],
            cue=data.get("cue"),
            cue_span=span("cue_span"),
            speaker=data.get("speaker"),
            speaker_id=data.get("speaker_id"),
            speaker_role=data.get("speaker_role"),
            speaker_mention=Mention.from_dict(mention) if mention else None,
            confidence=float(data.get("confidence") or 0.0),
            date=data.get("date"),
            date_text=span("date_text"),
            occasion=data.get("occasion"),
            insertions=[Span.from_dict(s) for s in data.get("insertions", [])],
            attribution_id=data.get("attribution_id"),
            circumstances_from=data.get("circumstances_from"),
        )


@dataclass(slots=True)
class Article:
    """One news article and everything quotewire found in it.

    ``published`` is ISO 8601. When the date line has no year and none was given, it is the
    ISO 8601 year-less form ``--MM-DD`` and ``notes`` says so: the year is never invented.
    """

    text: str
    id: str | None = None
    title: str | None = None
    published: str | None = None
    language: str | None = None
    url: str | None = None
    outlet: str | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)
    title_span: Span | None = None
    dateline: Span | None = None
    headers: list[Span] = field(default_factory=list)
    credits: list[Span] = field(default_factory=list)
    syndication: list[SyndicationCredit] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    speakers: list[Speaker] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    extractor_version: str | None = None

    @property
    def syndicated_from(self) -> list[str]:
        seen: list[str] = []
        for credit in self.syndication:
            if credit.source not in seen:
                seen.append(credit.source)
        return seen

    @property
    def body(self) -> list[Paragraph]:
        return [p for p in self.paragraphs if p.kind == "body"]

    def to_dict(self, *, include_text: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "title": self.title,
            "published": self.published,
            "language": self.language,
            "syndicated_from": self.syndicated_from,
            "quotes": [q.to_dict() for q in self.quotes],
            "speakers": [s.to_dict() for s in self.speakers],
            "url": self.url,
            "outlet": self.outlet,
            "syndication": [c.to_dict() for c in self.syndication],
            "headers": [s.to_dict() for s in self.headers],
            "credits": [s.to_dict() for s in self.credits],
            "dateline": self.dateline.to_dict() if self.dateline else None,
            "paragraphs": [p.to_dict() for p in self.paragraphs],
            "notes": list(self.notes),
            "extractor_version": self.extractor_version,
        }
        if include_text:
            data["text"] = self.text
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        dateline = data.get("dateline")
        title_span = data.get("title_span")
        return cls(
            text=data.get("text", ""),
            id=data.get("id"),
            title=data.get("title"),
            published=data.get("published"),
            language=data.get("language"),
            url=data.get("url"),
            outlet=data.get("outlet"),
            paragraphs=[Paragraph(**p) for p in data.get("paragraphs", [])],
            title_span=Span.from_dict(title_span) if title_span else None,
            dateline=Span.from_dict(dateline) if dateline else None,
            headers=[Span.from_dict(s) for s in data.get("headers", [])],
            credits=[Span.from_dict(s) for s in data.get("credits", [])],
            syndication=[SyndicationCredit.from_dict(c) for c in data.get("syndication", [])],
            quotes=[Quote.from_dict(q) for q in data.get("quotes", [])],
            speakers=[Speaker.from_dict(s) for s in data.get("speakers", [])],
            notes=list(data.get("notes", [])),
            extractor_version=data.get("extractor_version"),
        )


@dataclass(slots=True)
class Document:
    """An input before extraction: text (or HTML) plus what the source told us about it."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    outlet: str | None = None
    language: str | None = None
    origin: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
