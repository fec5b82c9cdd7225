"""Feed polling for ``quotewire watch``: ingest each feed that is due, and say when the next is.

The time of each poll is recorded in the store (not kept in memory), so a watcher can be
stopped and restarted at any time without polling a feed early or twice.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from quotewire.errors import InputError
from quotewire.ingest import IngestReport, ingest
from quotewire.options import Settings
from quotewire.store import Store
from quotewire.types import Document


@dataclass(frozen=True, slots=True)
class PollResult:
    """One feed polled: when, and what ingesting it did."""

    feed: str
    polled_at: datetime
    report: IngestReport


def poll_due_feeds(
    feeds: Iterable[str],
    store: Store,
    read: Callable[[str], Iterable[Document | InputError]],
    *,
    every: timedelta,
    settings: Settings | None = None,
    jobs: int | None = None,
) -> list[PollResult]:
    """Ingest every feed whose last poll (recorded in the store) is ``every`` ago or more.

    Because the time of each poll is in the database and articles are deduplicated by URL,
    ``quotewire watch`` can be stopped and restarted at any time.
    """
    results = []
    for feed in feeds:
        last = store.last_feed_poll(feed)
        now = datetime.now(UTC)
        if last is not None and now - last < every:
            continue
        report = ingest(read(feed), store, settings=settings, jobs=jobs)
        error = str(report.failures[0]) if report.failures else None
        store.record_feed_poll(
            feed, new=report.new + report.updated, failed=report.failed, error=error
        )
        results.append(PollResult(feed, now, report))
    return results


def seconds_until_due(feeds: Iterable[str], store: Store, every: timedelta) -> float:
    """How long until the next feed is due (0 when one is due now)."""
    now = datetime.now(UTC)
    waits = []
    for feed in feeds:
        last = store.last_feed_poll(feed)
        waits.append(0.0 if last is None else (last + every - now).total_seconds())
    return max(0.0, min(waits, default=0.0))
