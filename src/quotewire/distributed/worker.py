"""What runs on a Dask worker: read one partition, extract it in batches, write its shard.

The spaCy model is loaded once per worker process, not once per task: ``load_english`` is
cached per process, and :class:`ModelPreload` warms that cache when a worker starts, so the
first task does not pay for it and a replacement worker (after one was killed) is ready before
the scheduler gives it work.
"""

from __future__ import annotations

import io
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, replace

from distributed.diagnostics.plugin import WorkerPlugin

from quotewire.distributed.partition import Partition
from quotewire.distributed.shards import ShardSummary, read_summary, shard_exists, write_shard
from quotewire.errors import ExtractionError, InputError
from quotewire.nlp.model import load_english
from quotewire.options import Settings
from quotewire.pipeline import EXTRACTOR_VERSION, extract_batch
from quotewire.read.jsonl import read_jsonl
from quotewire.read.sources import read_sources, within_limit
from quotewire.read.warc import read_warc
from quotewire.types import Article, Document

# Settings that do not change what extraction produces (where results go, how many processes).
_NOT_EXTRACTION = frozenset({"db", "jobs"})


@dataclass(frozen=True, slots=True)
class ExtractJob:
    """The options every partition of one ingest job is extracted with.

    ``key`` goes into every shard name: the same inputs extracted with other options, or by
    another extractor version, are another job, whose shards are not reused.
    """

    settings: Settings
    extractor_version: str = EXTRACTOR_VERSION

    @property
    def key(self) -> str:
        options = {k: v for k, v in asdict(self.settings).items() if k not in _NOT_EXTRACTION}
        return repr((self.extractor_version, sorted(options.items())))


class ModelPreload(WorkerPlugin):
    """Load the spaCy model when a worker starts (registered by the client)."""

    name = "quotewire-model-preload"

    def setup(self, worker) -> None:  # type: ignore[no-untyped-def]
        load_english()


def extract_partition(
    partition: Partition, key: str, shard_dir: str, job: ExtractJob
) -> ShardSummary:
    """Extract one partition into the shard ``key`` (named by the client, which loads it);
    a partition whose shard exists is skipped.

    Runs again from the start if the worker running it dies: nothing of an unfinished attempt
    is visible, since the shard appears in one rename.
    """
    if shard_exists(shard_dir, key):
        return read_summary(shard_dir, key, skipped=True)
    started = time.process_time()
    documents: list[Document] = []
    errors: list[tuple[str, str]] = []
    for item in read_partition(partition, job.settings):
        if isinstance(item, InputError):
            errors.append((item.source, item.reason))
        else:
            documents.append(item)
    # Failures are named as the single-machine ingest names them: where the input came from.
    names = {d.id: d.origin or d.url or d.id for d in documents}
    articles: list[tuple[str, Article]] = []
    for result in extract_batch(documents, settings=job.settings, return_errors=True):
        if isinstance(result, ExtractionError):
            errors.append((names.get(result.article_id or "", partition.describe()), result.reason))
        else:
            articles.append((names.get(result.id or "", partition.describe()), result))
    summary = write_shard(
        shard_dir, key, articles, errors,
        definition={"partition": partition.describe(), "job": job.key},
    )  # fmt: skip
    return replace(summary, cpu_seconds=time.process_time() - started)


def read_partition(partition: Partition, settings: Settings) -> Iterator[Document | InputError]:
    """The documents of one partition, read by the same readers as a single-machine run."""
    if partition.kind == "sources":
        yield from read_sources(partition.sources, settings)
        return
    reader = read_jsonl if partition.kind == "jsonl" else read_warc
    for item in reader(_byte_range(partition), _origin(partition), settings):
        yield within_limit(item, settings)


def _byte_range(partition: Partition) -> io.BytesIO:
    """The partition's bytes (at most about ``partition_bytes``), as a stream for a reader."""
    with open(partition.sources[0], "rb") as handle:
        handle.seek(partition.start)
        return io.BytesIO(handle.read(partition.end - partition.start))


def _origin(partition: Partition) -> str:
    """Name errors by file and start offset (``file@offset:line``): lines and records are
    counted from the start of the range."""
    path = partition.sources[0]
    if partition.start == 0:
        return path
    return f"{path}@{partition.start}"
