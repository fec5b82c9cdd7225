"""CPU of ingest's single writer per article, and how it grows with the store.

    .venv/bin/python benchmarks/writer.py [--corpus PATH] [--limit N] [--cache FILE]

With ``--jobs 2`` on two cores the writer (saving, statement indexing, speaker identity) shares
the cores with the extraction workers, so its CPU per article is what separates the two-job
speed-up from bare spaCy's. This times exactly what ingest's parent does with each batch
(``ingest._Run.store_chunk``, then the final ``resolve_speakers``) on articles extracted and
prepared beforehand, as the workers hand them over, into a fresh SQLite store; it prints the
CPU per article for each quarter of the run (a writer whose cost grows with the store shows
it here) and in all. ``--cache`` keeps the extracted batches (pickled) for the next run.
"""

from __future__ import annotations

import argparse
import pickle
import resource
import tempfile
import time
from pathlib import Path

from quotewire.ingest import _batches, _extract_in_worker, _Run
from quotewire.options import Settings
from quotewire.read.sources import read_sources
from quotewire.store import Store

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "wikinews-en.jsonl"


def cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def extracted(corpus: Path, limit: int, cache: Path | None, settings: Settings) -> list:
    if cache and cache.exists():
        return pickle.loads(cache.read_bytes())
    documents = [d for d, _ in zip(read_sources([str(corpus)]), range(limit), strict=False)]
    batches = [
        (chunk, *_extract_in_worker(chunk, settings, True))
        for chunk in _batches(iter(documents), settings.batch_size)
    ]
    if cache:
        cache.write_bytes(pickle.dumps(batches))
    return batches


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=1200)
    parser.add_argument("--cache", type=Path, help="pickle of the extracted batches")
    args = parser.parse_args()
    settings = Settings()
    batches = extracted(args.corpus, args.limit, args.cache, settings)
    articles = sum(len(chunk) for chunk, _, _ in batches)
    quarters = [0.0] * 4
    with tempfile.TemporaryDirectory() as folder, Store.open(f"{folder}/w.db") as store:
        run = _Run(store, settings, None)
        started, wall = cpu(), time.perf_counter()
        for index, (chunk, results, prepared) in enumerate(batches):
            before = cpu()
            run.store_chunk(chunk, results, prepared)
            quarters[4 * index // len(batches)] += cpu() - before
        before = cpu()
        run.resolve_speakers()
        quarters[3] += cpu() - before
        total, wall = cpu() - started, time.perf_counter() - wall
    per_quarter = ", ".join(f"{4000 * q / articles:.2f}" for q in quarters)
    print(
        f"{articles} articles, {run.report.quotes} quotes: writer CPU {total:.2f} s "
        f"({1000 * total / articles:.2f} ms/article; by quarter of the run {per_quarter}), "
        f"wall {wall:.2f} s"
    )


if __name__ == "__main__":
    main()
