"""Throughput of ``quotewire.extract_batch`` beside bare ``nlp.pipe`` of the same model, in one run.

    .venv/bin/python benchmarks/extract.py [--corpus PATH] [--limit N] [--out FILE]

Reads a JSONL corpus of {"id", "text", ...} (default: ../shared/corpus/wikinews-en.jsonl, or the
bundled sample), runs both over the same texts (after one warm-up pass that loads the model), and
prints articles/s and chars/s for each as a Markdown table (also written to --out as JSON).
"""

from __future__ import annotations

import argparse
import json
import platform
from pathlib import Path

from corpus_timing import load, timed

from quotewire import Document, extract_batch
from quotewire.nlp.model import english_model_name, load_english

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPORA = [ROOT.parent / "shared" / "corpus" / "wikinews-en.jsonl",
                   ROOT / "samples" / "wikinews-en-sample.jsonl"]  # fmt: skip


def run_extract(documents: list[Document]) -> int:
    return sum(len(a.quotes) for a in extract_batch(documents, lang="en"))


def run_bare_pipe(documents: list[Document]) -> int:
    nlp = load_english()
    for _doc in nlp.pipe((d.text for d in documents), batch_size=32):
        pass
    return 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--corpus", type=Path, default=next((p for p in DEFAULT_CORPORA if p.exists()), None)
    )
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    documents = load(args.corpus, args.limit)
    run_extract(documents[:5])  # warm-up: load the model and lexicons once
    results = [timed("bare nlp.pipe", run_bare_pipe, documents),
               timed("quotewire extract_batch", run_extract, documents)]  # fmt: skip
    ratio = results[1]["articles_per_s"] / results[0]["articles_per_s"]  # type: ignore[operator]
    print(f"corpus {args.corpus.name}: {len(documents)} articles; model {english_model_name()}; "
          f"{platform.processor() or platform.machine()}, 1 process")  # fmt: skip
    print("| run | articles/s | chars/s | seconds | CPU s | quotes |")
    print("|---|---:|---:|---:|---:|---:|")
    for r in results:
        cells = [r["run"], r["articles_per_s"], f"{r['chars_per_s']:,}", r["seconds"],
                 r["cpu_seconds"], r["quotes"]]  # fmt: skip
        print("| " + " | ".join(str(c) for c in cells) + " |")
    cpu_ratio = results[0]["cpu_seconds"] / results[1]["cpu_seconds"]  # type: ignore[operator]
    print(f"\nextract / bare nlp.pipe speed: {ratio:.2f}x (by CPU time: {cpu_ratio:.2f}x)")
    if args.out:
        args.out.write_text(json.dumps({"results": results, "ratio": ratio}, indent=2))


if __name__ == "__main__":
    main()
