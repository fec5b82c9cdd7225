"""The layout of a plain-text article: headline, date line, body, section headers, credits, and
syndication lines ("Based on materials from TASS", "(Reuters) -", "— AP", "Source: Interfax").

Everything is found with offsets into the text as given; patterns live in
``data/syndication.toml`` and ``data/credits.toml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from quotewire.data_files import data_toml
from quotewire.nlp.dates import parse_date_line, parse_iso_date
from quotewire.types import Paragraph, Span, SyndicationCredit

_BLOCK = re.compile(r"[^\n]+(?:\n[ \t]*[^\n \t][^\n]*)*")
_SENTENCE_END = re.compile(r"[.!?…:;»”\"')\]]\s*$")
_HEADER_MAX_WORDS = 12
_TITLE_MAX_CHARS = 250
_QUOTE_MARKS = "\"“”«»„‘’'"
_QUOTED_SENTENCE_END = re.compile(r"[.!?][\"”»]\s*$")
_LOWER_WORD = re.compile(r"(?<![\w’'])[a-z]{4,}\b")


@dataclass(slots=True)
class Layout:
    """What the layout reader found; all offsets index the article text."""

    text: str
    paragraphs: list[Paragraph] = field(default_factory=list)
    title: Span | None = None
    dateline: Span | None = None
    published: str | None = None
    headers: list[Span] = field(default_factory=list)
    credits: list[Span] = field(default_factory=list)
    syndication: list[SyndicationCredit] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def body_regions(self) -> list[tuple[int, int]]:
        """Character ranges of the body paragraphs, in order."""
        return [(p.start, p.end) for p in self.paragraphs if p.kind == "body"]


@dataclass(frozen=True, slots=True)
class _Patterns:
    line: tuple[re.Pattern[str], ...]
    lead: tuple[re.Pattern[str], ...]
    tail: tuple[re.Pattern[str], ...]
    credit: tuple[re.Pattern[str], ...]
    reading_list: tuple[re.Pattern[str], ...]
    canonical: dict[str, str]


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    synd = data_toml("syndication.toml")
    credits = data_toml("credits.toml")
    canonical = {alias: name for name, aliases in synd["agencies"].items() for alias in aliases}
    names = sorted(canonical, key=len, reverse=True)
    agency = "(?P<agency>" + "|".join(re.escape(n) for n in names) + r")(?![\w-])"

    def compile_all(key: str, flags: int = 0) -> tuple[re.Pattern[str], ...]:
        return tuple(
            re.compile(p.replace("{agency}", agency), flags) for p in synd["patterns"][key]
        )

    return _Patterns(
        line=compile_all("line"),
        lead=compile_all("lead"),
        tail=compile_all("tail"),
        credit=tuple(re.compile(p) for p in credits["patterns"]["line"]),
        reading_list=tuple(re.compile(p) for p in credits["patterns"]["reading_list"]),
        canonical=canonical,
    )


def split_paragraphs(text: str) -> list[Paragraph]:
    """Blocks separated by blank lines, trimmed of surrounding white space."""
    paragraphs = []
    for match in _BLOCK.finditer(text):
        start, end = match.start(), match.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            paragraphs.append(Paragraph(start, end, "body"))
    return paragraphs


def parse_layout(text: str, *, published: str | None = None, title: str | None = None) -> Layout:
    """Read the layout of ``text``.

    ``published`` (ISO 8601) wins over a date line; ``title``, when the source gave one (JSONL,
    HTML), means the text has no headline line of its own unless its first line equals it.
    """
    layout = Layout(text=text)
    try:
        layout.published = parse_iso_date(published)
    except ValueError as error:
        # A source's metadata field, not the article: the date line may still give the date.
        layout.notes.append(f"publication date ignored: {error}")
    paragraphs = _split_head_lines(text, split_paragraphs(text))
    layout.paragraphs = paragraphs
    _find_title_and_dateline(layout, given_title=title)
    _find_credits_and_syndication(layout)
    _find_headers(layout)
    _find_inline_syndication(layout)
    return layout


def _split_head_lines(text: str, paragraphs: list[Paragraph]) -> list[Paragraph]:
    """A headline and date line are often in one block ("Title\\n14 January"): split them."""
    if not paragraphs:
        return paragraphs
    first = paragraphs[0]
    block = text[first.start : first.end]
    lines = block.split("\n")
    if len(lines) < 2 or len(lines) > 3:
        return paragraphs
    if not any(parse_date_line(line) for line in lines[:3]):
        return paragraphs
    pieces = []
    offset = first.start
    for line in lines:
        stripped = line.strip()
        if stripped:
            start = offset + line.index(stripped)
            pieces.append(Paragraph(start, start + len(stripped), "body"))
        offset += len(line) + 1
    return pieces + paragraphs[1:]


def _find_title_and_dateline(layout: Layout, *, given_title: str | None) -> None:
    text, paragraphs = layout.text, layout.paragraphs
    head = paragraphs[:3]
    for index, paragraph in enumerate(head):
        line = text[paragraph.start : paragraph.end]
        if "\n" in line:
            continue
        parsed = parse_date_line(line)
        if parsed is None:
            continue
        paragraph.kind = "dateline"
        layout.dateline = Span(paragraph.start, paragraph.end, line)
        if layout.published is None:
            layout.published = parsed.iso()
            if parsed.year is None:
                layout.notes.append(
                    f"date line {line!r} has no year and no publication date was given: "
                    "the year is unknown"
                )
        head = head[:index]
        break
    if not paragraphs or paragraphs[0].kind != "body" or len(paragraphs) < 2:
        return
    first = paragraphs[0]
    line = text[first.start : first.end]
    if given_title is not None and line.strip() != given_title.strip():
        return
    if _looks_like_title(line) or given_title is not None:
        first.kind = "title"
        layout.title = Span(first.start, first.end, line)


def _looks_like_title(line: str) -> bool:
    if "\n" in line or len(line) > _TITLE_MAX_CHARS:
        return False
    stripped = line.rstrip()
    return not stripped.endswith((".", "…")) or stripped.endswith("...")


def _find_credits_and_syndication(layout: Layout) -> None:
    patterns = _patterns()
    text = layout.text
    for paragraph in layout.paragraphs:
        if paragraph.kind != "body":
            continue
        line = text[paragraph.start : paragraph.end]
        if any(p.match(line) for p in patterns.reading_list):
            paragraph.kind = "credit"  # a reading list's entry quotes a piece, not a speaker
            layout.credits.append(Span.of(text, paragraph.start, paragraph.end))
            continue
        if "\n" in line or len(line) > 160:
            continue
        for pattern in patterns.line:
            match = pattern.fullmatch(line)
            if match:
                paragraph.kind = "syndication"
                source = patterns.canonical[match.group("agency")]
                layout.syndication.append(
                    SyndicationCredit(source, Span.of(text, paragraph.start, paragraph.end))
                )
                break
        else:
            if any(p.fullmatch(line) for p in patterns.credit):
                paragraph.kind = "credit"
                layout.credits.append(Span.of(text, paragraph.start, paragraph.end))


def _find_headers(layout: Layout) -> None:
    """Short lines without sentence punctuation, between body paragraphs, are section headers."""
    text = layout.text
    paragraphs = layout.paragraphs
    seen_body = False
    for index, paragraph in enumerate(paragraphs):
        if paragraph.kind != "body":
            continue
        line = text[paragraph.start : paragraph.end]
        if seen_body and _looks_like_header(line) and _introduces_something(paragraphs, index):
            paragraph.kind = "header"
            layout.headers.append(Span(paragraph.start, paragraph.end, line))
            continue
        seen_body = True


def _looks_like_header(line: str) -> bool:
    if "\n" in line or len(line.split()) > _HEADER_MAX_WORDS or len(line) > 120:
        return False
    if _SENTENCE_END.search(line) and not line.rstrip().endswith(('"', "»", "”")):
        return False
    if line.rstrip().endswith(('"', "»", "”")) and line.lstrip()[0] in _QUOTE_MARKS:
        return False  # a one-line quotation, not a header
    if _QUOTED_SENTENCE_END.search(line) and _LOWER_WORD.search(line):
        return False  # a sentence ending in a quotation ('He added: "..."'), not title case
    return line[:1].isupper() or line[:1].isdigit() or line[:1] in _QUOTE_MARKS


def _introduces_something(paragraphs: list[Paragraph], index: int) -> bool:
    """Headers introduce something: the next paragraph is body text, or (for a closing rubric)
    a credit or syndication line."""
    following = paragraphs[index + 1 : index + 2]
    return bool(following) and following[0].kind in ("body", "credit", "syndication")


def _find_inline_syndication(layout: Layout) -> None:
    """Wire datelines at the start of the body ("MOSCOW (Reuters) -") and sign-offs ("— AP")."""
    patterns = _patterns()
    text = layout.text
    body = [p for p in layout.paragraphs if p.kind == "body"]
    if not body:
        return
    first, last = body[0], body[-1]
    for pattern in patterns.lead:
        match = pattern.match(text, first.start, first.end)
        if match:
            source = patterns.canonical[match.group("agency")]
            layout.syndication.append(
                SyndicationCredit(source, Span.of(text, match.start(), match.end()))
            )
            break
    for pattern in patterns.tail:
        match = pattern.search(text, last.start, last.end)
        if match:
            source = patterns.canonical[match.group("agency")]
            start = match.start() + (len(match.group()) - len(match.group().lstrip()))
            layout.syndication.append(SyndicationCredit(source, Span.of(text, start, match.end())))
            break
