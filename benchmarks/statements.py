"""Statement clustering at scale: time, peak memory and pair precision/recall on synthetic quotes.

    .venv/bin/python benchmarks/statements.py --sizes 100000 300000 1000000 [--out FILE]

Each size runs in a fresh process (so peak memory is that size's own). The quotes are made
from random statements: each appears once or more, and some also as variants that must join
it (different case and punctuation, trimmed, a word or two changed) or as distractors that
must not (a negation added, a number changed). Words mix English stop words with a large
synthetic vocabulary drawn with a Zipf-like skew, so common words and rare words both occur.
Prints one Markdown table row per size; ``--out`` also writes the rows as JSON.
"""

from __future__ import annotations

import argparse
import itertools
import json
import multiprocessing
import platform
import random
import resource
import time
from collections import Counter
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS

from quotewire.statements.cluster import MemoryBackend, StatementIndex
from quotewire.statements.normalise import is_negation, is_number, normalise

SYLLABLES = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"]
# Stop words that change meaning (negations, numbers) are left out: edits replace stop words,
# and an edited negation or number is a different statement, not a variant.
STOPS = sorted(w for w in STOP_WORDS if w.isalpha() and not is_negation(w) and not is_number(w))
AUX = ["will", "can", "is", "are", "has", "should"]


def vocabulary(size: int, rng: random.Random) -> list[str]:
    words = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def make_quotes(count: int, seed: int = 1) -> tuple[list[str], list[int]]:
    """``count`` quotes and, for each, the id of the statement it truly belongs to."""
    rng = random.Random(seed)
    vocab = vocabulary(200_000, rng)
    weights = list(itertools.accumulate(1.0 / (rank + 10) for rank in range(len(vocab))))
    quotes: list[str] = []
    labels: list[int] = []
    statement = 0
    while len(quotes) < count:
        words = _sentence(rng, vocab, weights)
        statement += 1
        quotes.append(" ".join(words))
        labels.append(statement)
        for _ in range(rng.choice((0, 0, 1, 2, 3, 5))):
            variant = _variant(words, rng, vocab)
            quotes.append(variant)
            labels.append(statement)
        if rng.random() < 0.15:
            statement += 1
            quotes.append(_distractor(words, rng))
            labels.append(statement)
    return quotes[:count], labels[:count]


def _sentence(rng: random.Random, vocab: list[str], weights: list[float]) -> list[str]:
    length = rng.randint(10, 40)
    content = rng.choices(vocab, cum_weights=weights, k=length)
    words = [rng.choice(STOPS) if rng.random() < 0.45 else w for w in content]
    words.insert(rng.randint(1, 4), rng.choice(AUX))
    if rng.random() < 0.3:
        words.insert(rng.randint(0, len(words)), str(rng.randint(2, 5000)))
    return words


def _variant(words: list[str], rng: random.Random, vocab: list[str]) -> str:
    kind = rng.random()
    if kind < 0.3:  # reprinted: other marks and case
        return '"' + " ".join(words).capitalize() + '," he said.'
    if kind < 0.6 and len(words) >= 16:  # trimmed
        return " ".join(words[rng.randint(1, 3) : len(words) - rng.randint(1, 4)])
    edited = list(words)  # a word or two changed
    for _ in range(rng.randint(1, 2)):
        at = rng.randrange(len(edited))
        if not edited[at].isdigit() and edited[at] not in AUX:
            edited[at] = rng.choice(vocab)
    return " ".join(edited)


def _distractor(words: list[str], rng: random.Random) -> str:
    changed = list(words)
    numbers = [i for i, w in enumerate(changed) if w.isdigit()]
    if numbers and rng.random() < 0.5:
        changed[numbers[0]] = str(int(changed[numbers[0]]) + 7)
    else:
        at = next(i for i, w in enumerate(changed) if w in AUX)
        changed.insert(at + 1, "not")
    return " ".join(changed)


def pair_counts(predicted: list[str], truth: list[int]) -> dict[str, float]:
    """Pair precision and recall from the contingency table (no pair is listed)."""

    def pairs(counter: Counter) -> int:  # type: ignore[type-arg]
        return sum(n * (n - 1) // 2 for n in counter.values())

    both = pairs(Counter(zip(predicted, truth, strict=True)))
    predicted_pairs, true_pairs = pairs(Counter(predicted)), pairs(Counter(truth))
    return {
        "precision": round(both / predicted_pairs, 4) if predicted_pairs else 1.0,
        "recall": round(both / true_pairs, 4) if true_pairs else 1.0,
    }


def run(size: int) -> dict[str, object]:
    quotes, truth = make_quotes(size)
    started = time.perf_counter()
    backend = MemoryBackend()
    index = StatementIndex(backend)
    keys = index.add(normalise(q) for q in quotes)
    seconds = time.perf_counter() - started
    predicted = [backend.statement_of(k) for k in keys]
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "quotes": size,
        "forms": len(backend.forms),
        "statements": len(set(predicted)),
        "verifications": index.verifications,
        "seconds": round(seconds, 1),
        "quotes_per_second": round(size / seconds),
        "peak_rss_mb": round(peak_mb),
        **pair_counts(predicted, truth),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 300_000])
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    context = multiprocessing.get_context("spawn")
    rows = []
    print(f"python {platform.python_version()} on {platform.machine()}, one process per size")
    print("| quotes | forms | statements | verifications | seconds | quotes/s | peak RSS MB |"
          " pair P | pair R |")  # fmt: skip
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for size in args.sizes:
        with context.Pool(1) as pool:
            row = pool.apply(run, (size,))
        rows.append(row)
        cells = [f"{row[k]:,}" for k in ("quotes", "forms", "statements", "verifications")]
        cells += [str(row["seconds"]), f"{row['quotes_per_second']:,}", f"{row['peak_rss_mb']:,}"]
        cells += [str(row["precision"]), str(row["recall"])]
        print("| " + " | ".join(cells) + " |", flush=True)
    if args.out:
        args.out.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
