"""Whether an article's extraction depends on the batch it is extracted in.

    .venv/bin/python benchmarks/batch_independence.py [--corpus PATH] [--limit N]

Extracts every article of a JSONL corpus of {"id", "text", ...} four ways in one process: alone
(a batch of one, in corpus order), in the default batches, in batches of 7 in reverse order, and
in batches of 64, and counts the articles whose output (``Article.to_dict()`` without the
extractor version: quotes, offsets, speakers, confidences) differs from the article alone. The
alone pass runs first, so the memoised caches (``nlp/attributes.py``) grow in a different order
in each pass. Prints the counts and the CPU seconds of each pass.
"""

from __future__ import annotations

import argparse
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from corpus_timing import load

from quotewire import Document, extract_batch, load_settings
from quotewire.types import Article

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPORA = [ROOT.parent / "shared" / "corpus" / "wikinews-en.jsonl",
                   ROOT / "samples" / "wikinews-en-sample.jsonl"]  # fmt: skip


def output(article: Article) -> dict[str, Any]:
    """What a user stores for an article, less the extractor version."""
    data = article.to_dict()
    data.pop("extractor_version", None)
    return data


def extracted(documents: list[Document], batch_size: int, reverse: bool) -> list[dict[str, Any]]:
    """Each article's output, in corpus order, extracted in batches of ``batch_size``."""
    settings = replace(load_settings(), batch_size=batch_size)
    ordered = documents[::-1] if reverse else documents
    results = [output(a) for a in extract_batch(ordered, lang="en", settings=settings)]
    return results[::-1] if reverse else results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--corpus", type=Path, default=next((p for p in DEFAULT_CORPORA if p.exists()), None)
    )
    parser.add_argument("--limit", type=int, default=200)
    args = parser.parse_args()
    documents = load(args.corpus, args.limit)
    settings = load_settings()  # once: the timed passes must not read quotewire.toml again
    default = settings.batch_size
    started = time.process_time()
    alone = [output(a) for d in documents for a in extract_batch([d], lang="en", settings=settings)]
    print(f"corpus {args.corpus.name}: {len(documents)} articles")
    print(f"alone: CPU {time.process_time() - started:.1f} s")
    for label, size, reverse in [(f"batches of {default}", default, False),
                                 ("batches of 7, reverse order", 7, True),
                                 ("batches of 64", 64, False)]:  # fmt: skip
        started = time.process_time()
        results = extracted(documents, size, reverse)
        cpu = time.process_time() - started
        differ = [d.id for d, a, b in zip(documents, alone, results, strict=True) if a != b]
        print(f"{label}: CPU {cpu:.1f} s; output differs from alone in {len(differ)} "
              f"of {len(documents)} {differ[:5]}")  # fmt: skip


if __name__ == "__main__":
    main()
