"""Throughput of the Russian engine on the Russian corpus, beside the bare Natasha analysis.

    .venv/bin/python benchmarks/russian.py [--corpus PATH] [--limit N] [--out FILE]

Reads a JSONL corpus of {"id", "text", ...} (default: ../shared/corpus/wikinews-ru.jsonl, else
the gold set in tests/data/ru/), loads the models once (timed apart), then runs over the same
texts (1) ``extract_batch(..., lang="ru")``, the whole pipeline, and (2) the Natasha analysis
alone (razdel + slovnet morphology, syntax, NER), and prints articles/s and chars/s for each as
a Markdown table (also written to --out as JSON).
"""

from __future__ import annotations

import argparse
import json
import platform
import time
from pathlib import Path

from corpus_timing import load, timed

from quotewire import Document, extract_batch
from quotewire.nlp.russian import load_russian

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPORA = [ROOT.parent / "shared" / "corpus" / "wikinews-ru.jsonl",
                   ROOT / "tests" / "data" / "ru" / "wikinews-ru-gold.jsonl"]  # fmt: skip


def run_extract(documents: list[Document]) -> int:
    return sum(len(a.quotes) for a in extract_batch(documents, lang="ru"))


def run_natasha(documents: list[Document]) -> int:
    pipeline = load_russian()
    for document in documents:
        pipeline.read(document.text)
    return 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    corpus = args.corpus or next(p for p in DEFAULT_CORPORA if p.exists())
    documents = load(corpus, args.limit, language="ru")
    start = time.perf_counter()
    load_russian()
    load_seconds = round(time.perf_counter() - start, 2)
    run_extract(documents[:2])  # warm-up: lingua-free path, lexicons, pymorphy caches
    rows = [timed("extract_batch(lang='ru')", run_extract, documents),
            timed("natasha analysis only", run_natasha, documents)]  # fmt: skip
    chars = sum(len(d.text) for d in documents)
    machine = platform.processor() or platform.machine()
    python = platform.python_version()
    print(f"corpus: {corpus.name}, {len(documents)} articles, {chars:,} chars; "
          f"model load {load_seconds} s; {machine}, Python {python}")  # fmt: skip
    print("\n| run | articles | seconds | articles/s | chars/s | quotes |")
    print("|---|---:|---:|---:|---:|---:|")
    for row in rows:
        print(f"| {row['run']} | {row['articles']} | {row['seconds']} | {row['articles_per_s']} "
              f"| {row['chars_per_s']:,} | {row['quotes']} |")  # fmt: skip
    if args.out:
        args.out.write_text(json.dumps({"load_seconds": load_seconds, "runs": rows}, indent=2))


if __name__ == "__main__":
    main()
