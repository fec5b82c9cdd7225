"""CPU of ingest's single writer per article, how it grows with the store, and what it stores.

    .venv/bin/python benchmarks/writer.py [--corpus PATH] [--limit N] [--cache FILE]
                                          [--dump FILE]
    .venv/bin/python benchmarks/writer.py --dump-db PATH_OR_URL --dump FILE

The writer's work (saving, statement indexing, speaker identity) takes turns with the ingest
process's own extraction, so its CPU per article is what separates ingest's speed-up with more
jobs from bare spaCy's. This replays exactly what ingest's processes do with each batch of
articles extracted beforehand: the extracting process's part after extraction
(``extraction_pool._finish``: preparing what the writer can be spared, and pickling the result
as the process pool does) untimed in the parent's total but reported, then the parent's part, timed:
unpickling, ``ingest._Run.store_chunk`` into a fresh SQLite store, and the final
``resolve_speakers``. It prints the parent's CPU per article for each quarter of the run (a
writer whose cost grows with the store shows it here) and in all, and the CPU spent on the same
articles after extraction: moving work from the writer to the extracting side shortens the
writer, but only what leaves both is CPU the cores no longer spend.

``--cache`` keeps the extracted batches (pickled articles) for the next run, so that runs of
two source trees are compared on the same input. ``--dump`` writes every table of the store
(all columns except timestamps, rows sorted, the FTS5 index as its term instances) to a file,
so two trees' stores can be compared byte for byte; ``--dump-db`` dumps an existing store
(SQLite or PostgreSQL) instead of running the benchmark.
"""

from __future__ import annotations

import argparse
import pickle
import resource
import tempfile
import time
from multiprocessing.reduction import ForkingPickler
from pathlib import Path
from typing import Any

from quotewire import extraction_pool, ingest
from quotewire.options import Settings
from quotewire.read.sources import read_sources
from quotewire.store import Store

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "wikinews-en.jsonl"
TIMESTAMPS = {"ingested_at", "updated_at", "applied_at", "created_at", "polled_at"}


def cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def extracted(corpus: Path, limit: int, cache: Path | None, settings: Settings) -> list:
    """``[(chunk, results)]`` batches as ingest cuts them; from ``cache`` when it exists."""
    if cache and cache.exists():
        return [(batch[0], batch[1]) for batch in pickle.loads(cache.read_bytes())]
    documents = [d for d, _ in zip(read_sources([str(corpus)]), range(limit), strict=False)]
    batches = [
        (chunk, extraction_pool.extract_chunk(chunk, settings))
        for chunk in ingest._batches(iter(documents), settings.batch_size)
    ]
    if cache:
        cache.write_bytes(pickle.dumps(batches))
    return batches


def dump(store: Store) -> str:
    """Every table as sorted rows without timestamps; FTS5 shadow tables as term instances."""
    db = store.dialect
    if db.name == "sqlite":
        listed = db.fetch("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        tables = [r["name"] for r in listed if not r["name"].startswith(("quotes_fts", "sqlite_"))]
    else:
        listed = db.fetch(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename"
        )
        tables = [r["tablename"] for r in listed]
    lines: list[str] = []
    for table in tables:
        rows = sorted(
            repr(sorted((k, _plain(v)) for k, v in row.items() if k not in TIMESTAMPS))
            for row in db.fetch(f"SELECT * FROM {table}")
        )
        lines += [f"## {table} {len(rows)}", *rows]
    if db.name == "sqlite":
        db.execute(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.quotes_fts_terms "
            "USING fts5vocab(main, quotes_fts, instance)"
        )
        terms = db.fetch(
            "SELECT term, doc, col, offset FROM temp.quotes_fts_terms "
            "ORDER BY doc, col, offset, term"
        )
        lines += [
            f"## quotes_fts instances {len(terms)}",
            *(repr(tuple(t.values())) for t in terms),
        ]
    return "\n".join(lines) + "\n"


def _plain(value: Any) -> Any:
    if isinstance(value, bytes | memoryview):
        return bytes(value).hex()
    return value if isinstance(value, str | int | float | None) else str(value)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=1200)
    parser.add_argument("--cache", type=Path, help="pickle of the extracted batches")
    parser.add_argument("--dump", type=Path, help="write the store's tables to this file")
    parser.add_argument("--dump-db", help="only dump this existing store (with --dump)")
    args = parser.parse_args()
    if args.dump_db:
        with Store.open(args.dump_db) as store:
            (args.dump or Path("/dev/stdout")).write_text(dump(store))
        return
    settings = Settings()
    batches = extracted(args.corpus, args.limit, args.cache, settings)
    payloads, worker = [], 0.0
    for chunk, results in batches:
        before = cpu()
        payloads.append((chunk, bytes(ForkingPickler.dumps(extraction_pool._finish(results)))))
        worker += cpu() - before
    articles = sum(len(chunk) for chunk, _ in batches)
    quarters = [0.0] * 4
    with tempfile.TemporaryDirectory() as folder, Store.open(f"{folder}/w.db") as store:
        run = ingest._Run(store, settings, None)
        started, wall = cpu(), time.perf_counter()
        for index, (chunk, payload) in enumerate(payloads):
            before = cpu()
            run.store_chunk(chunk, pickle.loads(payload))
            quarters[4 * index // len(payloads)] += cpu() - before
        before = cpu()
        run.resolve_speakers()
        quarters[3] += cpu() - before
        total, wall = cpu() - started, time.perf_counter() - wall
        if args.dump:
            args.dump.write_text(dump(store))
    per_quarter = ", ".join(f"{4000 * q / articles:.2f}" for q in quarters)
    print(
        f"{articles} articles, {run.report.quotes} quotes: writer CPU "
        f"{total:.2f} s ({1000 * total / articles:.2f} ms/article; by quarter of the run "
        f"{per_quarter}), wall {wall:.2f} s; workers after extraction "
        f"{1000 * worker / articles:.2f} ms/article"
    )


if __name__ == "__main__":
    main()
