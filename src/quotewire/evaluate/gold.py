"""Reading annotated gold sets (JSONL, one article a line; format in docs/evaluation.md).

Every record is checked before anything is scored, so a broken gold file fails at once with the
file and line to fix instead of producing silently wrong numbers.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quotewire.errors import EvalFormatError
from quotewire.types import QuoteKind

QUOTE_KINDS: tuple[QuoteKind, ...] = ("direct", "indirect", "mixed")


@dataclass(frozen=True, slots=True)
class GoldQuote:
    """One annotated statement: its span in the article and who the annotators say said it."""

    start: int
    end: int
    text: str
    kind: QuoteKind
    speaker: str | None = None
    speaker_mentions: tuple[str, ...] = ()
    cue: str | None = None


@dataclass(frozen=True, slots=True)
class GoldRecord:
    """One annotated article."""

    id: str
    text: str
    quotes: tuple[GoldQuote, ...]
    split: str | None = None
    published: str | None = None
    language: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


def read_gold(path: str | Path, *, split: str | None = None) -> list[GoldRecord]:
    """Read and check a gold file; keep only records of ``split`` when given.

    Raises :class:`EvalFormatError` naming the file (and line) when the file is missing,
    undecodable, empty, malformed, or has no record of the requested split.
    """
    path = Path(path)
    records = list(iter_gold(path))
    if not records:
        raise EvalFormatError(f"{path}: no gold records (the file is empty)")
    if split is None:
        return records
    chosen = [r for r in records if r.split == split]
    if not chosen:
        present = sorted({r.split or "<none>" for r in records})
        raise EvalFormatError(
            f"{path}: no records with split {split!r} (splits present: {', '.join(present)})"
        )
    return chosen


def iter_gold(path: Path) -> Iterator[GoldRecord]:
    """Yield the records of a gold file one by one, checking each."""
    try:
        handle = path.open(encoding="utf-8")
    except OSError as error:
        raise EvalFormatError(f"{path}: cannot open gold file ({error.strerror})") from error
    seen: set[str] = set()
    with handle:
        line_number = 0
        try:
            for line_number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                record = parse_record(line, where=f"{path}:{line_number}")
                if record.id in seen:
                    raise EvalFormatError(f"{path}:{line_number}: duplicate id {record.id!r}")
                seen.add(record.id)
                yield record
        except UnicodeDecodeError as error:
            raise EvalFormatError(
                f"{path}:{line_number + 1}: not UTF-8 text (byte {error.start} of the line); "
                "gold files are UTF-8 JSONL"
            ) from error


def parse_record(line: str, *, where: str) -> GoldRecord:
    """Parse one JSONL line into a checked :class:`GoldRecord`; ``where`` names it in errors."""
    try:
        data = json.loads(line)
    except json.JSONDecodeError as error:
        raise EvalFormatError(
            f"{where}: not valid JSON ({error.msg} at column {error.colno})"
        ) from None
    if not isinstance(data, dict):
        raise EvalFormatError(f"{where}: expected a JSON object, got {type(data).__name__}")
    record_id = _required(data, "id", str, where)
    text = _required(data, "text", str, where)
    raw_quotes = _required(data, "quotes", list, where)
    meta = data.get("meta") or {}
    if not isinstance(meta, dict):
        raise EvalFormatError(f"{where}: 'meta' must be an object")
    quotes = tuple(_parse_quote(q, text, f"{where}: quote {i}") for i, q in enumerate(raw_quotes))
    return GoldRecord(
        id=record_id,
        text=text,
        quotes=quotes,
        split=data.get("split"),
        published=meta.get("date") or data.get("published"),
        language=meta.get("language") or data.get("language"),
        meta=meta,
    )


def _parse_quote(data: Any, text: str, where: str) -> GoldQuote:
    if not isinstance(data, dict):
        raise EvalFormatError(f"{where}: expected an object")
    start = _required(data, "start", int, where)
    end = _required(data, "end", int, where)
    if not 0 <= start < end <= len(text):
        raise EvalFormatError(
            f"{where}: offsets {start}..{end} are not a non-empty span of the "
            f"{len(text)}-character text"
        )
    quote_text = data.get("text", text[start:end])
    if quote_text != text[start:end]:
        raise EvalFormatError(
            f"{where}: 'text' {quote_text[:40]!r} differs from text[{start}:{end}] "
            f"{text[start:end][:40]!r}"
        )
    kind = data.get("kind")
    if kind not in QUOTE_KINDS:
        raise EvalFormatError(f"{where}: 'kind' must be one of {', '.join(QUOTE_KINDS)}")
    speaker = _optional_str(data, "speaker", where)
    mentions = data.get("speaker_mentions") or []
    if not isinstance(mentions, list) or not all(isinstance(m, str) for m in mentions):
        raise EvalFormatError(f"{where}: 'speaker_mentions' must be a list of strings")
    return GoldQuote(
        start=start,
        end=end,
        text=quote_text,
        kind=kind,
        speaker=speaker,
        speaker_mentions=tuple(mentions),
        cue=_optional_str(data, "cue", where),
    )


def _required(data: dict[str, Any], key: str, kind: type, where: str) -> Any:
    value = data.get(key)
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise EvalFormatError(f"{where}: missing or invalid {key!r} (expected {kind.__name__})")
    return value


def _optional_str(data: dict[str, Any], key: str, where: str) -> str | None:
    value = data.get(key)
    if value is not None and not isinstance(value, str):
        raise EvalFormatError(f"{where}: {key!r} must be a string or null")
    return value or None
