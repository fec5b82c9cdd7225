"""What runs on a Dask worker: read one partition, extract it in batches, write its shard.

The spaCy model is loaded once per worker process, not once per task: ``load_english`` is
cached per process, and :class:`ModelPreload` warms that cache when a worker starts, so the
first task does not pay for it and a replacement worker (after one was killed) is ready before
the scheduler gives it work.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass

from distributed.diagnostics.plugin import WorkerPlugin

from quotewire.distributed.partition import Partition
from quotewire.distributed.shards import ShardSummary, read_summary, shard_exists, write_shard
from quotewire.errors import ExtractionError, InputError
from quotewire.nlp.model import load_english
from quotewire.options import Settings
from quotewire.pipeline import extract_batch
from quotewire.types import Article, Document


@dataclass(frozen=True, slots=True)
class ExtractJob:
    """The options every partition of one ingest job is extracted with.

    ``key`` goes into every shard name: the same inputs extracted with other options (or by
    another extractor version) are a different job and are not skipped.
    """

    settings: Settings
    published: str | None = None
    lang: str | None = None
    input_format: str | None = None
    extractor_version: str = ""

    @property
    def key(self) -> str:
        return repr((
            self.extractor_version, self.published, self.lang, self.input_format,
            self.settings.language, self.settings.max_article_chars,
        ))  # fmt: skip


class ModelPreload(WorkerPlugin):
    """Load the spaCy model when a worker starts (registered by the client)."""

    name = "quotewire-model-preload"

    def setup(self, worker) -> None:  # type: ignore[no-untyped-def]
        load_english()


def extract_partition(partition: Partition, shard_dir: str, job: ExtractJob) -> ShardSummary:
    """Extract one partition into its shard; a partition whose shard exists is skipped.

    Runs again from the start if the worker running it dies: nothing of an unfinished attempt
    is visible, since the shard appears in one rename.
    """
    key = partition.key(job.key)
    if shard_exists(shard_dir, key):
        return read_summary(shard_dir, key, skipped=True)
    documents: list[Document] = []
    errors: list[tuple[str, str]] = []
    for item in read_partition(partition, job):
        if isinstance(item, InputError):
            errors.append((item.source, item.reason))
        else:
            documents.append(item)
    articles: list[Article] = []
    for result in extract_batch(
        documents, published=job.published, lang=job.lang, settings=job.settings,
        return_errors=True,
    ):  # fmt: skip
        if isinstance(result, ExtractionError):
            errors.append((result.article_id or partition.describe(), result.reason))
        else:
            articles.append(result)
    return write_shard(
        shard_dir, key, articles, errors,
        definition={"partition": partition.describe(), "job": job.key},
    )  # fmt: skip


def read_partition(partition: Partition, job: ExtractJob) -> Iterator[Document | InputError]:
    """The documents of one partition, read with the project's readers."""
    if partition.kind == "jsonl":
        from quotewire.read.jsonl import read_jsonl

        yield from read_jsonl(_byte_range(partition), _origin(partition), job.settings)
    elif partition.kind == "warc":
        from quotewire.read.warc import read_warc

        yield from read_warc(_byte_range(partition), _origin(partition), job.settings)
    else:
        from quotewire.read.sources import read_sources

        yield from read_sources(partition.sources, job.settings, input_format=job.input_format)


def _byte_range(partition: Partition) -> io.BytesIO:
    """The partition's bytes (at most about ``partition_bytes``), as a stream for a reader."""
    with open(partition.sources[0], "rb") as handle:
        handle.seek(partition.start)
        return io.BytesIO(handle.read(partition.end - partition.start))


def _origin(partition: Partition) -> str:
    """Name errors by file and byte range: line numbers count from the range's start."""
    path = partition.sources[0]
    if partition.start == 0:
        return path
    return f"{path}@{partition.start}"
