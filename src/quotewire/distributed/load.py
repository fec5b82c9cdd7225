"""Loading finished shards into the store, through the same ``Store.save_article`` as a
single-machine ingest, and counting what happened the way it does.

Shards are loaded in input order (each as soon as it and those before it are complete, while
later partitions are still being extracted), so the first of two inputs holding the same
article wins here too, and a second load of the same shards changes nothing
(``save_article`` finds every article stored with the same text by the same extractor).
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from quotewire.distributed.shards import read_articles, read_errors
from quotewire.errors import QuotewireError
from quotewire.ingest import IngestReport
from quotewire.store import Store
from quotewire.store.codec import store_id


class ShardLoader:
    """Saves the articles of a job's shards into one store, in the partitions' order, as they
    become ready, and keeps one report for the whole job."""

    def __init__(self, store: Store, shard_dir: str, keys: Sequence[str]) -> None:
        self.store = store
        self.shard_dir = shard_dir
        self.keys = list(keys)
        self.report = IngestReport()
        self.seconds = 0.0
        self.first_seen: dict[str, str] = {}
        # The stored articles, as (shard key, position in shard), in input order: what the
        # statement and speaker steps index (a duplicate or a failed save is not there).
        self.included: list[tuple[str, int]] = []
        self._ready: set[str] = set()
        self._next = 0

    @property
    def finished(self) -> bool:
        return self._next == len(self.keys)

    def ready(self, key: str) -> None:
        """Shard ``key`` is complete: load it and every ready shard after it, in order, so
        that loading overlaps the extraction of the partitions still running."""
        self._ready.add(key)
        while not self.finished and self.keys[self._next] in self._ready:
            started = time.perf_counter()
            self.load_shard(self.keys[self._next])
            self.seconds += time.perf_counter() - started
            self._next += 1

    def load_shard(self, key: str) -> None:
        report = self.report
        for source, reason in read_errors(self.shard_dir, key):
            report.read += 1
            report.fail(source, reason)
        for position, (origin, article) in enumerate(read_articles(self.shard_dir, key)):
            report.read += 1
            report.chars += len(article.text)
            article_id = store_id(article)
            if article_id in self.first_seen:
                report.skip(origin, f"same article as {self.first_seen[article_id]}, read earlier")
                continue
            self.first_seen[article_id] = origin
            try:
                saved = self.store.save_article(article)
            except QuotewireError as error:
                report.fail(origin, str(error))
                continue
            self.included.append((key, position))
            if saved.status == "new":
                report.new += 1
            elif saved.status == "updated":
                report.updated += 1
            else:
                report.unchanged += 1
            if saved.status != "unchanged":
                report.quotes += saved.quotes
