"""What the throughput benchmarks share: reading a JSONL corpus and timing one run over it."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

from quotewire import Document


def load(path: Path, limit: int | None, language: str | None = None) -> list[Document]:
    """The first ``limit`` records of a JSONL corpus of {"id", "text", ...} as Documents."""
    documents = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            documents.append(
                Document(
                    id=record["id"],
                    text=record["text"],
                    title=record.get("title"),
                    published=record.get("published"),
                    language=language or record.get("lang"),
                )
            )
            if limit and len(documents) >= limit:
                break
    return documents


def timed(
    label: str, func: Callable[[list[Document]], int], documents: list[Document]
) -> dict[str, float | str]:
    """Run ``func`` over the documents; articles/s, chars/s, CPU seconds of this process and
    what it counted."""
    chars = sum(len(d.text) for d in documents)
    start, cpu_start = time.perf_counter(), time.process_time()
    count = func(documents)
    seconds = time.perf_counter() - start
    cpu_seconds = time.process_time() - cpu_start  # this process: on a busy machine, comparable
    return {"run": label, "articles": len(documents), "seconds": round(seconds, 2),
            "cpu_seconds": round(cpu_seconds, 2),
            "articles_per_s": round(len(documents) / seconds, 2),
            "chars_per_s": round(chars / seconds), "quotes": count}  # fmt: skip
