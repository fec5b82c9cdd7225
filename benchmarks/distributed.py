"""Distributed ingest: throughput with 1 and 2 Dask workers here, and the scaling curve
extrapolated from measured per-article costs to 10 M and 100 M articles.

    .venv/bin/python benchmarks/distributed.py [--corpus PATH] [--articles N] [--out FILE]

For each worker count a LocalCluster (processes, 1 thread each) is started and its workers
load the model before the clock starts; then ``ingest_distributed`` runs on a fresh SQLite
store. Prints Markdown tables (the ones in docs/distributed.md) and writes JSON to ``--out``.
The extrapolation assumes what the runs show: extraction cost is linear in articles and
partitions are independent; the shuffle moves a fixed volume per article; the store is loaded
by one writer at the measured rate.
"""

from __future__ import annotations

import sys
from pathlib import Path

# This file has the name of the dask package it uses: keep its folder off the import path.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import argparse  # noqa: E402
import json  # noqa: E402
import math  # noqa: E402
import platform  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from collections import Counter  # noqa: E402
from typing import Any  # noqa: E402

from distributed import Client, LocalCluster  # noqa: E402

from quotewire.distributed import ingest_distributed  # noqa: E402
from quotewire.distributed.shards import shard_path  # noqa: E402
from quotewire.distributed.speakers import shard_records  # noqa: E402
from quotewire.distributed.statements import index_entries, shard_forms, shuffle_bytes  # noqa: E402
from quotewire.distributed.worker import ModelPreload  # noqa: E402
from quotewire.store import Store  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "wikinews-en.jsonl"
DAY = 86_400
SCALES = (1_000_000, 10_000_000, 100_000_000)


def sample(corpus: Path, articles: int, folder: Path) -> Path:
    path = folder / "sample.jsonl"
    with corpus.open(encoding="utf-8") as source, path.open("w", encoding="utf-8") as out:
        for number, line in enumerate(source):
            if number >= articles:
                break
            out.write(line)
    return path


def run(inputs: Path, workers: int, folder: Path) -> dict[str, Any]:
    """One ingest on a warm LocalCluster of ``workers`` processes."""
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                           dashboard_address=":0")  # fmt: skip
    with cluster, Client(cluster) as client:
        warm = time.perf_counter()
        client.register_plugin(ModelPreload())
        model_seconds = time.perf_counter() - warm
        with Store.open(str(folder / f"w{workers}.db")) as store:
            result = ingest_distributed([str(inputs)], store, scheduler=cluster.scheduler_address,
                                        shard_dir=str(folder / f"w{workers}.shards"))  # fmt: skip
    report = result.report
    return {
        "workers": workers,
        "articles": report.read,
        "quotes": report.quotes,
        "partitions": result.partitions,
        "model_load_s": round(model_seconds, 2),
        "extract_s": round(result.seconds_extract, 2),
        "load_s": round(result.seconds_load, 2),
        "index_s": round(result.seconds_statements, 2),
        "index_write_s": round(result.seconds_index_write, 2),
        "total_s": round(report.seconds, 2),
        "extract_articles_per_s": round(report.read / result.seconds_extract, 2),
        "cpu_s_per_article": round(result.extract_cpu_seconds / report.read, 3),
        # The client is the store's one writer: loading plus writing the statement index.
        "writer_articles_per_s": round(
            report.read / max(result.seconds_load + result.seconds_index_write, 1e-9), 1
        ),
        "shard_dir": result.shard_dir,
        "index_keys_counted": result.statements.index_keys,
        "entries_shuffled_with_forms": result.statements.shuffle_entries,
    }


def volumes(shard_dir: str, articles: int) -> dict[str, float]:
    """Bytes per article: Parquet shards on disk, and what the shuffles move (statement keys
    counted, entries with forms for the keys of more than one form, speaker records)."""
    root = Path(shard_dir)
    keys = [p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")]
    shard_bytes = sum(f.stat().st_size for k in keys for f in shard_path(root, k).iterdir())
    entries, speaker_bytes = [], 0
    for key in keys:
        manifest = json.loads((shard_path(root, key) / "manifest.json").read_text())
        positions = range(manifest["counts"]["articles"])
        entries += index_entries(shard_forms(shard_dir, key, positions))
        speaker_bytes += shuffle_bytes(shard_records(shard_dir, key, positions))
    counts = Counter(entry[0] for entry in entries)
    shared = [entry for entry in entries if counts[entry[0]] > 1]
    return {
        "shard_bytes_per_article": round(shard_bytes / articles),
        "key_count_bytes_per_article": round(shuffle_bytes([(k, 1) for k in counts]) / articles),
        "form_shuffle_bytes_per_article": round(shuffle_bytes(shared) / articles),
        "speaker_shuffle_bytes_per_article": round(speaker_bytes / articles),
        "index_keys_per_article": round(len(entries) / articles, 1),
    }


def extrapolate(one: dict[str, Any], two: dict[str, Any], sizes: dict[str, float]) -> list[dict]:
    """Core-hours, cluster size for one day, shuffle and shard volume, load time per scale."""
    # CPU time, not wall time: this machine's 2 cores are shared with other work, a cluster's
    # cores are not, and partitions are independent (no communication while extracting).
    seconds_per_article = (one["cpu_s_per_article"] + two["cpu_s_per_article"]) / 2
    shuffle = sum(sizes[k] for k in sizes if k.endswith("_bytes_per_article") and "shard" not in k)
    rows = []
    for articles in SCALES:
        core_seconds = seconds_per_article * articles
        rows.append({
            "articles": articles,
            "extract_core_hours": round(core_seconds / 3600),
            "workers_for_one_day": math.ceil(core_seconds / DAY),
            "shuffle_gb": round(shuffle * articles / 1e9, 1),
            "shards_gb": round(sizes["shard_bytes_per_article"] * articles / 1e9, 1),
            "single_writer_hours": round(articles / two["writer_articles_per_s"] / 3600, 1),
        })  # fmt: skip
    return rows


def table(rows: list[dict[str, Any]], columns: list[str]) -> str:
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(f"{r[c]:,}" if isinstance(r[c], int) else str(r[c])
                                for c in columns) + " |" for r in rows]  # fmt: skip
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--articles", type=int, default=120)
    parser.add_argument(
        "--out", type=Path, default=ROOT / "benchmarks" / "out" / "distributed.json"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="quotewire-bench-") as temp:
        folder = Path(temp)
        inputs = sample(args.corpus, args.articles, folder)
        runs = [run(inputs, workers, folder) for workers in (1, 2)]
        sizes = volumes(runs[1]["shard_dir"], runs[1]["articles"])
    scale = extrapolate(runs[0], runs[1], sizes)
    machine = f"{platform.processor() or platform.machine()}, Python {platform.python_version()}"
    print(f"{args.articles} articles of {args.corpus.name}; {machine}\n")
    print(table(runs, ["workers", "articles", "partitions", "model_load_s", "extract_s",
                       "extract_articles_per_s", "cpu_s_per_article", "load_s", "index_s",
                       "index_write_s", "total_s"]))  # fmt: skip
    print()
    print(table([sizes], list(sizes)))
    print()
    print(table(scale, list(scale[0])))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"runs": runs, "volumes": sizes, "scale": scale}, indent=1))


if __name__ == "__main__":
    main()
