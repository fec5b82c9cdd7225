"""Loading finished shards into the store, through the same ``Store.save_article`` as a
single-machine ingest, and counting what happened the way it does.

Shards are loaded in input order, so the first of two inputs holding the same article wins
here too, and a second load of the same shards changes nothing (``save_article`` finds every
article stored with the same text by the same extractor).
"""

from __future__ import annotations

from collections.abc import Iterable

from quotewire.distributed.shards import read_articles, read_errors
from quotewire.errors import QuotewireError
from quotewire.ingest import IngestReport
from quotewire.store import Store
from quotewire.store.codec import store_id


class ShardLoader:
    """Saves the articles of shards into one store and keeps one report for the whole job."""

    def __init__(self, store: Store, shard_dir: str) -> None:
        self.store = store
        self.shard_dir = shard_dir
        self.report = IngestReport()
        self.first_seen: dict[str, str] = {}
        # The stored articles, as (shard key, position in shard), in input order: what the
        # statement and speaker steps index (a duplicate or a failed save is not there).
        self.included: list[tuple[str, int]] = []

    def load(self, shard_keys: Iterable[str]) -> None:
        """Load each shard in the order given (the partitions' input order)."""
        for key in shard_keys:
            self.load_shard(key)

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
