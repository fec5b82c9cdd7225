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
import itertools
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Literal

from quotewire.read.fetch import is_url

# The same folder walk as single-machine reading, so both see the same files in the same order.
from quotewire.read.sources import STDIN, walk_folder

PartitionKind = Literal["sources", "jsonl", "warc"]

MAX_PARTITION_BYTES = 8 * 1024 * 1024
MIN_PARTITION_BYTES = 16 * 1024
# Small inputs are cut into about this many partitions so that every worker gets some.
MIN_PARTITIONS = 16
# Only uncompressed JSONL can be cut by byte offsets; a .jsonl.gz is read whole by one task.
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonlines")
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
    sources: Iterable[str], *, partition_bytes: int | None = None
) -> list[Partition]:
    """Cut the inputs into partitions of about ``partition_bytes`` each, in input order.

    By default the size follows the input's (``auto_partition_bytes``), never the cluster's,
    so that a rerun on more or fewer workers finds the same partitions done.
    Folders are expanded into their files as ``read_sources`` walks them. An input that does
    not exist goes into a list of sources like any other, so the worker's reader reports it
    the way a single-machine run does. Standard input cannot be shared with workers.
    """
    sources = list(sources)
    if partition_bytes is None:
        partition_bytes = auto_partition_bytes(sources)
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
        kind = _kind(source)
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


def auto_partition_bytes(sources: Iterable[str]) -> int:
    """About ``MIN_PARTITIONS`` partitions for a small input, 8 MiB ones for a large one."""
    total = sum(_size(source) for source in _expand(sources))
    return max(MIN_PARTITION_BYTES, min(MAX_PARTITION_BYTES, total // MIN_PARTITIONS))


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
        for start, end in itertools.pairwise(boundaries)
        if end > start
    ]


def warc_partitions(path: str, partition_bytes: int) -> list[Partition]:
    """Byte ranges of whole WARC records (gzip members in a ``.warc.gz``).

    An archive that cannot be cut (damaged, or gzipped as one stream) is one partition.
    Record offsets are found by one pass over the file without parsing payloads; at very large
    scale a CDX index gives them without that pass.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    size = os.path.getsize(path)
    fingerprint = _fingerprint([path])
    if size == 0:  # one empty partition, so that the reader reports the empty file
        return [Partition("warc", (path,), 0, 0, fingerprint)]
    boundaries = [0]
    try:
        with open(path, "rb") as handle:
            iterator = ArchiveIterator(handle, no_record_parse=True)
            for _record in iterator:
                offset = iterator.get_record_offset()
                if offset - boundaries[-1] >= partition_bytes:
                    boundaries.append(offset)
    except (ArchiveLoadFailed, OSError, EOFError, ValueError):
        # A damaged archive is read whole by one task, whose reader reports the damage
        # exactly as a single-machine run does.
        boundaries = [0]
    if path.lower().endswith(".gz") and not _gzip_members_at(path, boundaries):
        boundaries = [0]  # one gzip stream over the whole file: it cannot be cut
    boundaries.append(size)
    return [
        Partition("warc", (path,), start, end, fingerprint)
        for start, end in itertools.pairwise(boundaries)
        if end > start
    ]


def _gzip_members_at(path: str, offsets: list[int]) -> bool:
    """Whether a gzip member starts at each offset (a record-at-a-time ``.warc.gz``)."""
    with open(path, "rb") as handle:
        for offset in offsets[1:]:
            handle.seek(offset)
            if handle.read(2) != b"\x1f\x8b":
                return False
    return True


def _expand(sources: Iterable[str]) -> Iterator[str]:
    for source in sources:
        if source == STDIN:
            raise ValueError(
                "standard input ('-') cannot be shared with Dask workers; save it to a file"
            )
        path = Path(source)
        if not is_url(source) and path.is_dir():
            yield from (str(file) for file in walk_folder(path))
        else:
            yield source


def _kind(source: str) -> PartitionKind:
    if is_url(source) or not os.path.isfile(source):
        return "sources"
    name = source.lower()
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(WARC_SUFFIXES):
        return "warc"
    return "sources"


def _size(source: str) -> int:
    return os.path.getsize(source) if os.path.isfile(source) else _SOURCE_BYTES


def _fingerprint(sources: Iterable[str]) -> str:
    """Size and modification time of each local file: a changed input gets new shards."""
    parts = []
    for source in sources:
        if os.path.isfile(source):
            stat = os.stat(source)
            parts.append(f"{os.path.abspath(source)}:{stat.st_size}:{stat.st_mtime_ns}")
        else:
            parts.append(source)
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()[:16]
