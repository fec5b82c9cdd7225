"""Distributed ingest on a Dask cluster: partitions, worker tasks, Parquet shards, loading,
and statement clustering as a shuffle. See docs/distributed.md."""

from quotewire.distributed.ingest import (
    DistributedError,
    DistributedReport,
    default_shard_dir,
    ingest_distributed,
)

__all__ = ["DistributedError", "DistributedReport", "default_shard_dir", "ingest_distributed"]
