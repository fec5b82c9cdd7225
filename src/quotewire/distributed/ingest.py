"""``quotewire ingest --engine dask``: the same ingest as on one machine, spread over a cluster.

1. The client cuts the inputs into partitions (``partition.plan_partitions``).
2. Workers extract the partitions whose shard is not there yet, one task per partition, and
   write one Parquet shard each (``worker.extract_partition``). A task on a worker that dies
   is given to another worker by the scheduler; a shard appears complete or not at all.
3. The client loads the shards into the store in input order (``load.ShardLoader``), each as
   soon as it and the ones before it are written, while later partitions are still running.
4. Statement clustering and speaker identity run as shuffles over the shards on the workers
   (``statements.cluster_statements``, ``speakers.resolve_speakers``); the client writes the
   result into the store's statement tables (``index.write_index``).

A rerun of the same job finds the shards of finished partitions and extracts only the rest.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from quotewire.distributed.index import index_is_empty, write_index
from quotewire.distributed.load import ShardLoader
from quotewire.distributed.partition import Partition, plan_partitions
from quotewire.distributed.shards import remove_temporary, shard_exists
from quotewire.distributed.speakers import resolve_speakers
from quotewire.distributed.statements import StatementClusters, cluster_statements
from quotewire.distributed.worker import ExtractJob, ModelPreload, extract_partition
from quotewire.errors import QuotewireError
from quotewire.ingest import IngestReport
from quotewire.options import Settings
from quotewire.pipeline import EXTRACTOR_VERSION
from quotewire.statements import speaker_registry
from quotewire.statements.form_speaker import speaker_key_aliases
from quotewire.statements.service import Statements
from quotewire.store import Store

if TYPE_CHECKING:
    from distributed import Client

SHARD_DIR_ENV = "QUOTEWIRE_SHARD_DIR"
LOCAL_WORKERS = 2
# A task whose worker died is retried on another one; a task that raised is retried this
# many times before the job fails (an input that crashes a worker every time is not retried
# forever: the scheduler gives up after ``distributed.scheduler.allowed-failures``).
TASK_RETRIES = 2
CONNECT_TIMEOUT = "30s"


class DistributedError(QuotewireError):
    """The job cannot run on the cluster: the scheduler is unreachable, an input cannot be
    shared with workers (standard input), or the cluster failed the job."""


@dataclass(slots=True)
class DistributedReport:
    """What a distributed ingest did: the store's side (as a local ingest reports it), the
    partitions, and the statements found by the distributed clustering."""

    report: IngestReport
    partitions: int = 0
    partitions_done_before: int = 0
    workers: int = 0
    shard_dir: str = ""
    statements: StatementClusters = field(default_factory=StatementClusters)
    index_mode: str = ""  # "distributed", "incremental" (the store had an index) or ""
    indexed: int = 0
    speaker_entities: int = 0
    seconds_extract: float = 0.0  # until the last partition is done (loading overlaps it)
    extract_cpu_seconds: float = 0.0  # summed over the workers' tasks
    seconds_load: float = 0.0
    seconds_statements: float = 0.0  # the whole index step: shuffles and writing
    seconds_index_write: float = 0.0  # the client's share of it: writing the index tables

    def describe(self) -> str:
        """One line for the command line, after the ingest summary."""
        line = (
            f"dask: {self.workers} workers, {self.partitions} partitions "
            f"({self.partitions_done_before} done before), shards in {self.shard_dir}"
        )
        if self.index_mode == "distributed":
            statements = self.statements
            line += (
                f"; statements indexed on the cluster: {len(statements.groups())} statements "
                f"of several forms ({len(statements.edges)} edges; {statements.index_keys} "
                f"index keys counted, {statements.shuffle_entries} shuffled with their forms), "
                f"{self.speaker_entities} speaker entities"
            )
        elif self.index_mode == "incremental":
            line += f"; {self.indexed} articles added to the existing statement index"
        return line


def default_shard_dir(db: str) -> str:
    """``$QUOTEWIRE_SHARD_DIR``, else ``<db>.shards`` beside a SQLite file, else
    ``quotewire-shards`` (workers must see the same folder: use a shared file system)."""
    configured = os.environ.get(SHARD_DIR_ENV)
    if configured:
        return configured
    if "://" in db:
        return "quotewire-shards"
    return f"{db}.shards"


def ingest_distributed(
    sources: Iterable[str],
    store: Store,
    *,
    settings: Settings | None = None,
    scheduler: str | None = None,
    shard_dir: str | None = None,
    partition_bytes: int | None = None,
    local_workers: int = LOCAL_WORKERS,
) -> DistributedReport:
    """Extract ``sources`` on a Dask cluster and store the results in ``store``.

    ``scheduler`` is the address of a running scheduler (``tcp://host:8786``); without it a
    ``LocalCluster`` of ``local_workers`` processes runs on this machine. Input problems are
    counted in the report as a local ingest counts them; a cluster failure raises
    :class:`DistributedError`.
    """
    settings = settings or Settings()
    job = ExtractJob(settings)
    shards = str(Path(shard_dir or default_shard_dir(store.target)).resolve())
    Path(shards).mkdir(parents=True, exist_ok=True)
    remove_temporary(shards)
    try:
        planned = plan_partitions(sources, partition_bytes=partition_bytes)
    except ValueError as error:
        raise DistributedError(str(error)) from error
    partitions = [_absolute(p) for p in planned]
    keys = [p.key(job.key) for p in partitions]
    result = DistributedReport(IngestReport(), partitions=len(partitions), shard_dir=shards)
    result.partitions_done_before = sum(shard_exists(shards, k) for k in keys)
    started = time.perf_counter()
    with connect(scheduler, local_workers) as client:
        result.workers = len(client.scheduler_info(n_workers=-1)["workers"])
        loader = ShardLoader(store, shards, keys)
        for key in keys:
            if shard_exists(shards, key):
                loader.ready(key)
        result.extract_cpu_seconds = _extract(client, partitions, keys, shards, job, loader.ready)
        if not loader.finished:
            raise DistributedError(f"shards missing from {shards} after extraction")
        result.seconds_extract = time.perf_counter() - started
        result.report = loader.report
        result.seconds_load = loader.seconds
        indexing = time.perf_counter()
        _index(client, store, shards, loader.included, result)
        result.seconds_statements = time.perf_counter() - indexing
    result.report.seconds = time.perf_counter() - started
    return result


def _index(
    client: Client,
    store: Store,
    shard_dir: str,
    included: list[tuple[str, int]],
    result: DistributedReport,
) -> None:
    """Statements and speaker identities of the stored articles: distributed into an empty
    index, else incrementally as a single-machine ingest does (see ``index``)."""
    selection: dict[str, list[int]] = {}
    for key, position in included:
        selection.setdefault(key, []).append(position)
    items = [(key, tuple(positions)) for key, positions in selection.items()]
    if included and index_is_empty(store):
        rules = speaker_registry.rules(store.dialect)
        aliases = speaker_key_aliases(rules)  # forms re-keyed by the user's merges, as locally
        result.statements = cluster_statements(client, shard_dir, items, aliases)
        entities = resolve_speakers(client, shard_dir, items, rules)
        writing = time.perf_counter()
        result.indexed = write_index(
            store, shard_dir, included, result.statements, entities, aliases
        )
        result.seconds_index_write = time.perf_counter() - writing
        result.speaker_entities = len(entities)
        result.index_mode = "distributed"
    caught_up = Statements(store).catch_up()
    if caught_up:
        result.indexed += caught_up
        result.index_mode = result.index_mode or "incremental"


@contextmanager
def connect(scheduler: str | None, local_workers: int = LOCAL_WORKERS) -> Iterator[Client]:
    """A client of the given scheduler, or of a new ``LocalCluster`` (closed afterwards)."""
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError) as error:
            raise DistributedError(
                f"cannot reach the Dask scheduler at {scheduler}: {error}"
            ) from error
        with client:
            yield client
        return
    cluster = LocalCluster(
        n_workers=local_workers, threads_per_worker=1, processes=True, dashboard_address=":0"
    )
    with cluster, Client(cluster) as client:
        yield client


def _extract(
    client: Client,
    partitions: list[Partition],
    keys: list[str],
    shard_dir: str,
    job: ExtractJob,
    on_shard: Callable[[str], None],
) -> float:
    """One task per partition not yet done; calls ``on_shard`` with each shard's key as it
    is written, and returns the CPU seconds the workers spent."""
    from distributed import as_completed
    from distributed.client import FutureCancelledError

    todo = [(p, k) for p, k in zip(partitions, keys, strict=True) if not shard_exists(shard_dir, k)]
    if not todo:
        return 0.0
    _check_versions(client)
    client.register_plugin(ModelPreload())
    futures = client.map(
        extract_partition,
        [p for p, _ in todo],
        [k for _, k in todo],
        shard_dir=shard_dir,
        job=job,
        key=[f"quotewire-extract-{k}" for _, k in todo],
        retries=TASK_RETRIES,
    )
    cpu_seconds = 0.0
    try:
        for future in as_completed(futures):
            summary = future.result()
            cpu_seconds += summary.cpu_seconds
            on_shard(summary.key)
    except (FutureCancelledError, OSError) as error:
        raise DistributedError(f"the cluster failed the job: {error}") from error
    except Exception as error:
        # KilledWorker (a partition that kills every worker it runs on) and task errors arrive
        # here; the shards already written stay, and a rerun goes on from them.
        raise DistributedError(f"{type(error).__name__}: {error}") from error
    return cpu_seconds


def _check_versions(client: Client) -> None:
    """Workers that run another extractor would write shards this client cannot vouch for."""
    found = client.run(_extractor_version)
    stale = sorted(worker for worker, version in found.items() if version != EXTRACTOR_VERSION)
    if stale:
        raise DistributedError(
            f"workers {', '.join(stale)} run quotewire extractor {found[stale[0]]}, this client "
            f"{EXTRACTOR_VERSION}: install the same quotewire on every worker and restart them"
        )


def _extractor_version() -> str:
    return EXTRACTOR_VERSION


def _absolute(partition: Partition) -> Partition:
    """Workers may run in another folder: give them absolute paths of local files."""
    sources = tuple(os.path.abspath(s) if os.path.exists(s) else s for s in partition.sources)
    return Partition(partition.kind, sources, partition.start, partition.end, partition.fingerprint)
