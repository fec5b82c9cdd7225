"""Speed and memory of ``read_sources`` per input kind, on a corpus built in a temporary folder.

    .venv/bin/python benchmarks/read_sources.py [--corpus PATH] [--copies N] [--kinds jsonl,warc]

Takes the articles of a JSONL corpus (default: ../shared/corpus/wikinews-en.jsonl, else the
reader fixtures), writes them ``--copies`` times (each copy with its own URLs) as a JSONL file, a
WARC.gz of HTML pages and a folder of HTML files, then reads each with ``read_sources`` and
prints documents per CPU second (the machine may be shared, so wall time says less) and the
growth of the process's peak memory (RSS) as a Markdown table.
Each kind runs in its own subprocess, so one kind's peak does not hide another's.
"""

from __future__ import annotations

import argparse
import html
import io
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPORA = [
    ROOT.parent / "shared" / "corpus" / "wikinews-en.jsonl",
    ROOT / "tests" / "data" / "inputs" / "wikinews-sample.jsonl",
]


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [r for r in map(json.loads, handle) if isinstance(r.get("text"), str)]


def page(record: dict, url: str) -> bytes:
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in record["text"].split("\n\n"))
    return (
        f'<html><head><title>{html.escape(record["title"])}</title><link rel="canonical" '
        f'href="{url}"></head><body><nav><a href="/">Home</a></nav><article>'
        f"<h1>{html.escape(record['title'])}</h1>{paragraphs}</article></body></html>"
    ).encode()


def build(records: list[dict], copies: int, folder: Path) -> dict[str, Path]:
    jsonl = folder / "corpus.jsonl"
    warc = folder / "corpus.warc.gz"
    pages = folder / "pages"
    pages.mkdir()
    with jsonl.open("w", encoding="utf-8") as out, warc.open("wb") as raw:
        writer = WARCWriter(raw, gzip=True)
        headers = [("Content-Type", "text/html; charset=utf-8")]
        for copy in range(copies):
            for record in records:
                url = f"{record['url']}&copy={copy}"
                out.write(json.dumps({**record, "id": None, "url": url}) + "\n")
                body = page(record, url)
                http = StatusAndHeaders("200 OK", headers, "HTTP/1.1")
                writer.write_record(
                    writer.create_warc_record(url, "response", io.BytesIO(body), http_headers=http)
                )
                if copy == 0:
                    (pages / f"{record['id']}.html").write_bytes(body)
    return {"jsonl": jsonl, "warc": warc, "html": pages}


def measure(path: str) -> None:
    """Child process: read one source, print one JSON line with the numbers."""
    from quotewire.read.sources import read_sources
    from quotewire.types import Document

    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started, cpu_started = time.perf_counter(), time.process_time()
    documents = errors = chars = 0
    for item in read_sources([path]):
        if isinstance(item, Document):
            documents += 1
            chars += len(item.text)
        else:
            errors += 1
    seconds = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    numbers = {"documents": documents, "errors": errors, "chars": chars, "seconds": seconds,
               "cpu_seconds": cpu, "rss_growth_mb": (peak - before) / 1024}  # fmt: skip
    print(json.dumps(numbers))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path)
    parser.add_argument("--copies", type=int, default=1)
    parser.add_argument("--kinds", default="jsonl,warc,html")
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        measure(args.measure)
        return
    corpus = args.corpus or next(p for p in DEFAULT_CORPORA if p.exists())
    records = load(corpus)
    with tempfile.TemporaryDirectory(prefix="qw-read-bench-") as folder:
        paths = build(records, args.copies, Path(folder))
        print(f"corpus: {corpus.name}, {len(records)} articles x {args.copies} copies")
        print("| input | documents | errors | wall s | CPU s | docs/CPU s | RSS growth MB |")
        print("|---|---|---|---|---|---|---|")
        for kind in args.kinds.split(","):
            size = sum(p.stat().st_size for p in [paths[kind], *paths[kind].glob("*")])
            run = subprocess.run(
                [sys.executable, __file__, "--measure", str(paths[kind])],
                capture_output=True, text=True, check=True,
            )  # fmt: skip
            result = json.loads(run.stdout.strip().splitlines()[-1])
            rate = result["documents"] / result["cpu_seconds"]
            print(f"| {kind} ({size / 1e6:.1f} MB) | {result['documents']} | {result['errors']} "
                  f"| {result['seconds']:.1f} | {result['cpu_seconds']:.1f} | {rate:.0f} "
                  f"| {result['rss_growth_mb']:.0f} |")  # fmt: skip


if __name__ == "__main__":
    main()
