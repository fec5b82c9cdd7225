"""CPU time of ``prepare_article`` (statement forms, their index keys, the body sketch), and
whether its output is bit for bit what a reference run of the code produced.

    .venv/bin/python benchmarks/prepare.py [--corpus PATH] [--limit N] [--articles PKL]
                                           [--save-articles PKL] [--rounds N]
                                           [--save-outputs PKL] [--compare PKL]

Articles come from ``--articles`` (a pickle of extracted ``Article`` objects, as written by
``--save-articles``) or, without it, from extracting the first ``--limit`` documents of
``--corpus`` (spaCy; a minute or two of CPU for 600 articles, which is why the pickle exists).
CPU time (``time.process_time``) is measured two ways, ``--rounds`` times each, and the best
round of each is the result:

* **repeat**: ``prepare_article`` over all articles, again and again in one process. From the
  second round on every cache is warm, including any cache that holds 5-gram hashes, which
  an ingest (new articles, new 5-grams) does not get.
* **new articles**: every ``functools`` cache of ``quotewire.statements`` is emptied, the first
  half of the articles is prepared untimed (word caches fill, as during a long ingest) and the
  second half is timed: the steady state of an ingest worker.

Forms, keys and sketches are stored and compared across processes and with stores built
before, so a faster ``prepare_article`` must give exactly the same output: ``--save-outputs``
pickles this code's output, and ``--compare`` checks every field of every article against
such a pickle (written by the code before the change, run with its own ``PYTHONPATH``).
The exit status is 1 when anything differs.
"""

from __future__ import annotations

import argparse
import os
import pickle
import sys
import time
from itertools import islice
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "wikinews-en.jsonl"


def load_articles(args: argparse.Namespace) -> list[Any]:
    """The extracted articles: from the pickle, or by extracting the corpus's first articles."""
    if args.articles:
        with open(args.articles, "rb") as handle:
            return pickle.load(handle)
    from quotewire.pipeline import extract_batch
    from quotewire.read.sources import read_sources

    documents = [d for d in islice(read_sources([str(args.corpus)]), args.limit)]
    readable = [d for d in documents if not isinstance(d, Exception)]
    extracted = extract_batch(readable, return_errors=True)
    articles = [a for a in extracted if not isinstance(a, Exception)]
    if args.save_articles:
        with open(args.save_articles, "wb") as handle:
            pickle.dump(articles, handle)
    return articles


def plain(prepared: Any) -> dict[str, Any]:
    """One prepared article as plain values, every field that is stored or compared."""
    sketch = prepared.sketch
    keys = [k for row in prepared.index_keys for k in row] + list(sketch.keys if sketch else ())
    return {
        "key_types": sorted({type(k).__name__ for k in keys}),
        "forms": [(qid, f.tokens, sorted(f.gaps), sorted(f.names)) for qid, f in prepared.forms],
        "index_keys": prepared.index_keys,
        "sketch": None
        if sketch is None
        else (sketch.signature.dtype.str, sketch.signature.tolist(), sketch.size, sketch.keys),
    }


def differences(expected: list[dict[str, Any]], actual: list[dict[str, Any]]) -> list[str]:
    """Where two runs' outputs differ, one line per article and field."""
    if len(expected) != len(actual):
        return [f"{len(expected)} articles expected, {len(actual)} prepared"]
    found = []
    for index, (left, right) in enumerate(zip(expected, actual, strict=True)):
        found += [f"article {index}: {name} differs" for name in left if left[name] != right[name]]
    return found


def clear_caches() -> None:
    """Empty every ``functools`` cache of the statements modules (word hashes, lexicons)."""
    for name, module in list(sys.modules.items()):
        if name.startswith("quotewire.statements"):
            for value in vars(module).values():
                if callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()


def new_article_rounds(articles: list[Any], rounds: int) -> list[float]:
    """CPU seconds of each round of preparing the second half of the articles after the first."""
    from quotewire.statements.service import prepare_article

    half = len(articles) // 2
    seconds = []
    for _ in range(rounds):
        clear_caches()
        for article in articles[:half]:
            prepare_article(article)
        started = time.process_time()
        for article in articles[half:]:
            prepare_article(article)
        seconds.append(time.process_time() - started)
    return seconds


def timed_rounds(articles: list[Any], rounds: int) -> tuple[list[float], list[Any]]:
    """CPU seconds of each round of ``prepare_article`` over every article, and the output."""
    from quotewire.statements.service import prepare_article

    seconds = []
    output: list[Any] = []
    for _ in range(rounds):
        started = time.process_time()
        output = [prepare_article(a) for a in articles]
        seconds.append(time.process_time() - started)
    return seconds, output


def report(name: str, per_article: list[float]) -> None:
    rounds = ", ".join(f"{ms:.3f}" for ms in per_article)
    print(f"{name}: best {min(per_article):.3f} ms/article (rounds: {rounds})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=600)
    parser.add_argument("--articles", type=Path, help="pickled extracted articles to load")
    parser.add_argument("--save-articles", type=Path, help="pickle the extracted articles here")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--save-outputs", type=Path, help="pickle the prepared output here")
    parser.add_argument("--compare", type=Path, help="a --save-outputs pickle to compare with")
    args = parser.parse_args()

    articles = load_articles(args)
    seconds, output = timed_rounds(articles, args.rounds)
    outputs = [plain(p) for p in output]
    print(f"{len(articles)} articles, {sum(len(p.forms) for p in output)} statement forms")
    report("repeat", [1000 * s / len(articles) for s in seconds])
    fresh = new_article_rounds(articles, args.rounds)
    report("new articles", [1000 * s / (len(articles) - len(articles) // 2) for s in fresh])
    print(f"load average: {', '.join(f'{x:.2f}' for x in os.getloadavg())}; numpy {np.__version__}")
    if args.save_outputs:
        with open(args.save_outputs, "wb") as handle:
            pickle.dump(outputs, handle)
    if args.compare:
        with open(args.compare, "rb") as handle:
            found = differences(pickle.load(handle), outputs)
        print(f"compared with {args.compare}: {'identical' if not found else 'DIFFERENT'}")
        for line in found[:20]:
            print("  " + line)
        if found:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
