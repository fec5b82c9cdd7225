"""Cutting the inputs of a distributed ingest into partitions that workers read on their own.

A partition is a small, picklable definition (which file, which byte range), never the data:
the scheduler ships definitions and each worker reads its own bytes from the shared file
system. JSONL files are cut into line-aligned byte ranges and WARC files into ranges of whole
records, so one large file spreads over many workers; other inputs (text and HTML files,
feeds, URLs) are grouped into lists of sources. Every partition has a stable ``key``: the hash
of its definition and of the input file's size and modification time, so a rerun of the same
job finds the shards it already wrote and a changed file is read again.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Literal

from quotewire.errors import InputError

PartitionKind = Literal["sources", "jsonl", "warc"]

DEFAULT_PARTITION_BYTES = 8 * 1024 * 1024
JSONL_SUFFIXES = (".jsonl", ".ndjson")
WARC_SUFFIXES = (".warc", ".warc.gz")
# A plain source (a URL, a feed) has no size on disk; count it as a typical article page.
_SOURCE_BYTES = 64 * 1024


@dataclass(frozen=True, slots=True)
class Partition:
    """One unit of work: a byte range of a JSONL or WARC file, or a list of sources.

    ``start``/``end`` are byte offsets (end exclusive) of whole lines or whole records.
    ``fingerprint`` identifies the state of the input files when the job was planned.
    """

    kind: PartitionKind
    sources: tuple[str, ...]
    start: int = 0
    end: int = 0
    fingerprint: str = ""

    def key(self, job: str = "") -> str:
        """The shard name: a hash of this definition and of the job's options (``job``)."""
        definition = json.dumps([asdict(self), job], sort_keys=True)
        return hashlib.sha256(definition.encode("utf-8")).hexdigest()[:32]

    def describe(self) -> str:
        """A short human-readable name for logs and error messages."""
        if self.kind == "sources":
            more = f" (+{len(self.sources) - 1} more)" if len(self.sources) > 1 else ""
            return f"{self.sources[0]}{more}"
        return f"{self.sources[0]} bytes {self.start}-{self.end}"


def plan_partitions(
    sources: Iterable[str],
    *,
    partition_bytes: int = DEFAULT_PARTITION_BYTES,
    input_format: str | None = None,
) -> list[Partition]:
    """Cut the inputs into partitions of about ``partition_bytes`` each, in input order.

    Folders are expanded (sorted) into their files. Raises :class:`InputError` for a path
    that does not exist, since a job that silently skips an input is worse than one that stops.
    """
    if partition_bytes < 1:
        raise ValueError("partition_bytes must be positive")
    partitions: list[Partition] = []
    group: list[str] = []
    group_bytes = 0

    def close_group() -> None:
        nonlocal group, group_bytes
        if group:
            partitions.append(Partition("sources", tuple(group), fingerprint=_fingerprint(group)))
        group, group_bytes = [], 0

    for source in _expand(sources):
        kind = _kind(source, input_format)
        if kind == "jsonl":
            close_group()
            partitions.extend(jsonl_partitions(source, partition_bytes))
        elif kind == "warc":
            close_group()
            partitions.extend(warc_partitions(source, partition_bytes))
        else:
            group.append(source)
            group_bytes += _size(source)
            if group_bytes >= partition_bytes:
                close_group()
    close_group()
    return partitions


def jsonl_partitions(path: str, partition_bytes: int) -> list[Partition]:
    """Line-aligned byte ranges of a JSONL file: each boundary is the start of a line."""
    size = os.path.getsize(path)
    fingerprint = _fingerprint([path])
    if size == 0:  # one empty partition, so that the reader reports the empty file
        return [Partition("jsonl", (path,), 0, 0, fingerprint)]
    boundaries = [0]
    with open(path, "rb") as handle:
        for target in range(partition_bytes, size, partition_bytes):
            if target <= boundaries[-1]:
                continue
            # The first line that starts at or after ``target``: skip the rest of the line
            # that byte ``target - 1`` belongs to.
            handle.seek(target - 1)
            handle.readline()
            position = handle.tell()
            if boundaries[-1] < position < size:
                boundaries.append(position)
    boundaries.append(size)
    return [
        Partition("jsonl", (path,), start, end, fingerprint)
        for start, end in zip(boundaries, boundaries[1:], strict=False)
        if end > start
    ]


def warc_partitions(path: str, partition_bytes: int) -> list[Partition]:
    """Byte ranges of whole WARC records (gzip members in a ``.warc.gz``).

    Record offsets are found by one pass over the file without parsing payloads; at very large
    scale a CDX index gives them without that pass.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    size = os.path.getsize(path)
    fingerprint = _fingerprint([path])
    boundaries = [0]
    try:
        with open(path, "rb") as handle:
            iterator = ArchiveIterator(handle, no_record_parse=True)
            for _record in iterator:
                offset = iterator.get_record_offset()
                if offset - boundaries[-1] >= partition_bytes:
                    boundaries.append(offset)
    except ArchiveLoadFailed as error:
        raise InputError(path, f"not a readable WARC file ({error})") from error
    boundaries.append(size)
    return [
        Partition("warc", (path,), start, end, fingerprint)
        for start, end in zip(boundaries, boundaries[1:], strict=False)
        if end > start
    ]


def read_jsonl_lines(partition: Partition) -> Iterator[tuple[int, bytes]]:
    """The lines of a JSONL partition as ``(line number in the file, raw bytes)``.

    Line numbers are counted from the start of the file, so error messages and record ids
    that use them are the same as when the whole file is read by one process.
    """
    path = partition.sources[0]
    with open(path, "rb") as handle:
        line_number = _count_lines_before(handle, partition.start)
        handle.seek(partition.start)
        position = partition.start
        while position < partition.end:
            line = handle.readline()
            if not line:
                break
            position += len(line)
            line_number += 1
            yield line_number, line


def _count_lines_before(handle, offset: int) -> int:  # type: ignore[no-untyped-def]
    handle.seek(0)
    count = 0
    remaining = offset
    while remaining > 0:
        chunk = handle.read(min(remaining, 1 << 20))
        if not chunk:
            break
        count += chunk.count(b"\n")
        remaining -= len(chunk)
    return count


def _expand(sources: Iterable[str]) -> Iterator[str]:
    for source in sources:
        if _is_url(source):
            yield source
            continue
        path = Path(source)
        if path.is_dir():
            yield from (str(p) for p in sorted(path.rglob("*")) if p.is_file())
        elif path.is_file():
            yield str(path)
        else:
            raise InputError(source, "no such file or folder")


def _kind(source: str, input_format: str | None) -> PartitionKind:
    if _is_url(source):
        return "sources"
    name = source.lower()
    if input_format == "jsonl" or (input_format is None and name.endswith(JSONL_SUFFIXES)):
        return "jsonl"
    if input_format == "warc" or (input_format is None and name.endswith(WARC_SUFFIXES)):
        return "warc"
    return "sources"


def _is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def _size(source: str) -> int:
    return _SOURCE_BYTES if _is_url(source) else os.path.getsize(source)


def _fingerprint(sources: Iterable[str]) -> str:
    """Size and modification time of each local file: a changed input gets new shards."""
    parts = []
    for source in sources:
        if _is_url(source):
            parts.append(source)
        else:
            stat = os.stat(source)
            parts.append(f"{os.path.abspath(source)}:{stat.st_size}:{stat.st_mtime_ns}")
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()[:16]
