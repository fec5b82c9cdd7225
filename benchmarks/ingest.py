"""Ingest throughput and memory beside bare ``nlp.pipe``, and search latency on a large store.

    .venv/bin/python benchmarks/ingest.py [--corpus PATH] [--limit N] [--rounds N] [--quotes N]
                                          [--out FILE]

In one run, over the same first ``--limit`` articles of the corpus:

1. ``ingest`` (JSONL → extract → SQLite) with 1 and 2 extraction processes, and bare
   ``nlp.pipe`` of the same model with ``n_process`` 1 and 2. Each runs in a fresh child
   process that has imported quotewire (and so spaCy) and then loads the model, as ingest
   itself does first; both are timed twice over: with the model's loading and the workers'
   start-up ("with start-up", as a user sees them) and from the model loaded to the end
   ("after start-up", the rate a longer corpus tends to). Each child also reports the CPU
   time of its main process and of its workers (steadier than wall time on a busy machine);
   the parent samples the resident memory of the child's whole process tree every 0.1 s.
   ``--rounds N`` repeats the four runs and reports medians and every round's ratios.
2. Search: the jobs=1 database is grown past ``--quotes`` quotes by storing copies of its
   articles under new URLs, then a fixed set of queries (words, phrases, with and without
   filters) is timed; p50 / p95 in milliseconds.

Prints a Markdown table and writes everything as JSON to ``--out``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import psutil

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "wikinews-en.jsonl"
OUT = ROOT / "benchmarks" / "out"


# -- child processes -----------------------------------------------------------------------


def child_ingest(corpus: Path, db: Path, jobs: int) -> dict[str, Any]:
    from quotewire.ingest import ingest
    from quotewire.nlp.model import load_english
    from quotewire.options import Settings
    from quotewire.read.sources import read_sources
    from quotewire.store import Store

    cpu_before = cpu_seconds()
    started = time.perf_counter()
    load_english()  # what ingest does first (workers fork from it); timed apart from the rest
    loaded = time.perf_counter()
    with Store.open(str(db)) as store:
        report = ingest(read_sources([str(corpus)]), store, settings=Settings(jobs=jobs))
    finished = time.perf_counter()
    return {"seconds": finished - started, "load_seconds": loaded - started,
            "articles": report.read, "chars": report.chars, "quotes": report.quotes,
            "failed": report.failed, "failures": [str(f) for f in report.failures[:10]],
            **cpu_seconds(cpu_before)}  # fmt: skip


def child_pipe(corpus: Path, jobs: int) -> dict[str, Any]:
    from quotewire.nlp.model import load_english

    texts = [json.loads(line)["text"] for line in corpus.open(encoding="utf-8")]
    cpu_before = cpu_seconds()
    started = time.perf_counter()
    nlp = load_english()
    loaded = time.perf_counter()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=32, n_process=jobs))
    finished = time.perf_counter()
    return {"seconds": finished - started, "load_seconds": loaded - started,
            "articles": len(texts), "chars": sum(map(len, texts)), "tokens": tokens,
            **cpu_seconds(cpu_before)}  # fmt: skip


def cpu_seconds(since: dict[str, float] | None = None) -> dict[str, float]:
    """CPU time (user + system) of this process and of its finished workers, minus ``since``:
    on a busy machine wall-clock ratios between runs wander, the CPU each side spends less."""
    import resource

    own, workers = (resource.getrusage(who) for who in (resource.RUSAGE_SELF,
                                                        resource.RUSAGE_CHILDREN))  # fmt: skip
    since = since or {}
    return {
        "cpu_parent_seconds": own.ru_utime + own.ru_stime - since.get("cpu_parent_seconds", 0),
        "cpu_workers_seconds": workers.ru_utime
        + workers.ru_stime
        - since.get("cpu_workers_seconds", 0),
    }


# -- measuring -----------------------------------------------------------------------------


def measure(args: list[str]) -> dict[str, Any]:
    """Run this script as a child with ``args``; return its result plus peak tree memory."""
    command = [sys.executable, __file__, "--child", *args]
    process = psutil.Popen(command, stdout=subprocess.PIPE, text=True)
    samples: list[tuple[float, int]] = []
    started = time.perf_counter()
    while process.poll() is None:
        try:
            tree = [process, *process.children(recursive=True)]
            rss = sum(p.memory_info().rss for p in tree if p.is_running())
            samples.append((time.perf_counter() - started, rss))
        except psutil.Error:
            pass
        time.sleep(0.1)
    output = process.stdout.read() if process.stdout else ""
    if process.returncode != 0:
        raise SystemExit(f"child {args} failed with exit code {process.returncode}")
    result = json.loads(output.strip().splitlines()[-1])
    wall = time.perf_counter() - started
    after_load = result["seconds"] - result["load_seconds"]
    first_half = [rss for t, rss in samples if t <= wall / 2] or [0]
    second_half = [rss for t, rss in samples if t > wall / 2] or [0]
    result.update(
        peak_rss_mb=round(max(first_half + second_half) / 2**20),
        peak_rss_first_half_mb=round(max(first_half) / 2**20),
        peak_rss_second_half_mb=round(max(second_half) / 2**20),
        articles_per_s=round(result["articles"] / result["seconds"], 2),
        chars_per_s=round(result["chars"] / result["seconds"]),
        articles_per_s_after_load=round(result["articles"] / after_load, 2),
        wall_seconds=round(wall, 1),
    )
    result["seconds"] = round(result["seconds"], 1)
    result["load_seconds"] = round(result["load_seconds"], 2)
    for key in ("cpu_parent_seconds", "cpu_workers_seconds"):
        result[key] = round(result[key], 1)
    return result


STORE_TABLES = ("articles", "quotes", "speakers", "syndication_credits", "feed_polls", "quotes_fts")


def size_split_kb(db: Path) -> dict[str, int]:
    """KB used by the store's own tables (with indexes, FTS) and by everything else."""
    import sqlite3

    with sqlite3.connect(db) as connection:
        owner = dict(connection.execute("SELECT name, tbl_name FROM sqlite_master"))
        sizes = connection.execute("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name")
        split = {"store": 0, "other (statements)": 0}
        for name, size in sizes:
            table = owner.get(name, name)
            ours = table.startswith(STORE_TABLES) or name.startswith("sqlite_autoindex_articles")
            split["store" if ours else "other (statements)"] += size
    return {key: round(value / 1024) for key, value in split.items()}


def grow_and_search(db: Path, target_quotes: int, queries: int) -> dict[str, Any]:
    """Copy articles under new URLs until the store holds ``target_quotes``; time searches."""
    from quotewire.store import Store

    with Store.open(str(db)) as store:
        originals = list(store.iter_articles())
        copy = 0
        started = time.perf_counter()
        while store.stats().quotes < target_quotes:
            copy += 1
            for article in originals:
                article.url = f"{article.url}#copy-{copy}"
                store.save_article(article)
                article.url = article.url.rsplit("#copy-", 1)[0]
        grow_seconds = time.perf_counter() - started
        stats = store.stats()
        words = sorted({w.strip('.,;:"“”?!()').lower() for a in originals for q in a.quotes
                        for w in q.text.split() if len(w) > 5})  # fmt: skip
        speakers = sorted({q.speaker for a in originals for q in a.quotes if q.speaker})
        rng = random.Random(7)
        cases: list[tuple[str, dict[str, Any]]] = []
        for index in range(queries):
            kind = index % 4
            if kind == 0:
                cases.append((rng.choice(words), {}))
            elif kind == 1:
                cases.append((f"{rng.choice(words)} {rng.choice(words)}", {}))
            elif kind == 2:
                cases.append((rng.choice(words), {"since": "2006-01-01", "until": "2008-12-31"}))
            else:
                cases.append((rng.choice(words), {"speaker": rng.choice(speakers).split()[-1]}))
        store.search("warm up")
        timings = []
        for query, filters in cases:
            began = time.perf_counter()
            store.search(query, limit=20, **filters)
            timings.append((time.perf_counter() - began) * 1000)
        speaker_started = time.perf_counter()
        store.speakers(top=20)
        speakers_ms = (time.perf_counter() - speaker_started) * 1000
    timings.sort()
    return {
        "articles": stats.articles,
        "quotes": stats.quotes,
        "db_mb": round(db.stat().st_size / 2**20, 1),
        "grow_seconds": round(grow_seconds, 1),
        "queries": len(timings),
        "p50_ms": round(statistics.median(timings), 2),
        "p95_ms": round(timings[int(0.95 * (len(timings) - 1))], 2),
        "max_ms": round(timings[-1], 2),
        "speakers_top20_ms": round(speakers_ms, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=300, help="articles to ingest")
    parser.add_argument("--quotes", type=int, default=100_000, help="grow the store past this")
    parser.add_argument("--queries", type=int, default=400)
    parser.add_argument(
        "--rounds",
        type=int,
        default=1,
        help="repeat the four runs; report medians and every round's ratios",
    )
    parser.add_argument("--out", type=Path, default=OUT / "ingest.json")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        mode, corpus, jobs, *rest = args.child
        if mode == "ingest":
            result = child_ingest(Path(corpus), Path(rest[0]), int(jobs))
        else:
            result = child_pipe(Path(corpus), int(jobs))
        print(json.dumps(result))
        return

    work = OUT / "ingest-work"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    corpus = work / "corpus.jsonl"
    with args.corpus.open(encoding="utf-8") as source, corpus.open("w", encoding="utf-8") as out:
        for number, line in enumerate(source):
            if number >= args.limit:
                break
            out.write(line)

    rounds = [run_round(work, corpus) for _ in range(args.rounds)]
    search = grow_and_search(work / "jobs1.db", args.quotes, args.queries)

    from quotewire.nlp.model import english_model_name

    result = {
        "machine": f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}",
        "load_average_at_end": os.getloadavg(),
        "model": english_model_name(),
        "corpus": f"{args.corpus.name}, first {args.limit} articles",
        "runs": median_runs(rounds),
        "ratios": {name: [ratio(runs, *pair) for runs in rounds] for name, pair in RATIOS.items()},
        "rounds": rounds,
        "search": search,
    }
    result["speedup_jobs2"] = statistics.median(
        r["with_start_up"] for r in result["ratios"]["ingest --jobs 2 / --jobs 1"]
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print_markdown(result)


# The targets compare these pairs of runs (numerator, denominator), in the same round.
RATIOS = {
    "ingest --jobs 1 / nlp.pipe n_process=1": ("ingest --jobs 1", "nlp.pipe n_process=1"),
    "ingest --jobs 2 / nlp.pipe n_process=2": ("ingest --jobs 2", "nlp.pipe n_process=2"),
    "ingest --jobs 2 / --jobs 1": ("ingest --jobs 2", "ingest --jobs 1"),
    "nlp.pipe n_process=2 / n_process=1": ("nlp.pipe n_process=2", "nlp.pipe n_process=1"),
}


def run_round(work: Path, corpus: Path) -> dict[str, dict[str, Any]]:
    """Each ingest right after the bare ``nlp.pipe`` it is compared with, so that both see
    about the same load on a shared machine."""
    runs: dict[str, dict[str, Any]] = {}
    for jobs in (1, 2):
        runs[f"nlp.pipe n_process={jobs}"] = measure(["pipe", str(corpus), str(jobs)])
        db = work / f"jobs{jobs}.db"
        for stale in work.glob(f"jobs{jobs}.db*"):
            stale.unlink()
        run = runs[f"ingest --jobs {jobs}"] = measure(["ingest", str(corpus), str(jobs), str(db)])
        per_1000 = 1000 / run["articles"]
        run["db_kb_per_1000_articles"] = round(db.stat().st_size / 1024 * per_1000)
        run["db_kb_per_1000_articles_by_part"] = {
            part: round(kb * per_1000) for part, kb in size_split_kb(db).items()
        }
    return runs


def ratio(runs: dict[str, dict[str, Any]], numerator: str, denominator: str) -> dict[str, float]:
    """How many times faster ``numerator`` ran than ``denominator``, with and after start-up."""
    return {
        key: round(runs[numerator][rate] / runs[denominator][rate], 2)
        for key, rate in (("with_start_up", "articles_per_s"),
                          ("after_start_up", "articles_per_s_after_load"))
    }  # fmt: skip


def median_runs(rounds: list[dict[str, dict[str, Any]]]) -> dict[str, dict[str, Any]]:
    """Per run, the median of every number over the rounds (the rest from the first round)."""
    merged: dict[str, dict[str, Any]] = {}
    for name, first in rounds[0].items():
        merged[name] = {
            key: round(statistics.median(r[name][key] for r in rounds), 2)
            if isinstance(value, int | float) else value
            for key, value in first.items()
        }  # fmt: skip
    return merged


def print_markdown(result: dict[str, Any]) -> None:
    load = ", ".join(f"{x:.1f}" for x in result["load_average_at_end"])
    rounds = len(result["rounds"])
    print(f"Corpus: {result['corpus']}; model {result['model']}; {result['machine']}; "
          f"load average at end {load}; median of {rounds} round(s)")  # fmt: skip
    print()
    print("| run | articles/s | articles/s after start-up | chars/s | seconds (model load) "
          "| CPU s main / workers | peak RSS (MB) | peak RSS 1st / 2nd half (MB) "
          "| DB KB / 1,000 articles |")  # fmt: skip
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, run in result["runs"].items():
        halves = f"{run['peak_rss_first_half_mb']} / {run['peak_rss_second_half_mb']}"
        print(
            f"| {name} | {run['articles_per_s']} | {run['articles_per_s_after_load']} "
            f"| {run['chars_per_s']:,} | {run['seconds']} ({run['load_seconds']}) "
            f"| {run['cpu_parent_seconds']} / {run['cpu_workers_seconds']} "
            f"| {run['peak_rss_mb']} | {halves} | {run.get('db_kb_per_1000_articles', '')} |"
        )
    print()
    print("| ratio (per round) | with start-up | after start-up |\n| --- | ---: | ---: |")
    for name, per_round in result["ratios"].items():
        cells = [", ".join(f"{r[key]:.2f}x" for r in per_round)
                 for key in ("with_start_up", "after_start_up")]  # fmt: skip
        print(f"| {name} | {cells[0]} | {cells[1]} |")
    parts = result["runs"]["ingest --jobs 1"]["db_kb_per_1000_articles_by_part"]
    print()
    print("DB KB / 1,000 articles by part: " + ", ".join(f"{k} {v:,}" for k, v in parts.items()))
    search = result["search"]
    print()
    print(f"Search over {search['quotes']:,} quotes in {search['articles']:,} articles "
          f"({search['db_mb']} MB SQLite): {search['queries']} queries, p50 {search['p50_ms']} ms, "
          f"p95 {search['p95_ms']} ms, max {search['max_ms']} ms; "
          f"speakers --top 20: {search['speakers_top20_ms']} ms")  # fmt: skip


if __name__ == "__main__":
    main()
