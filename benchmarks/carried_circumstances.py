"""Cases to read for the carried date and occasion (``quotes/carried_circumstances.py``).

    PYTHONPATH=src .venv/bin/python benchmarks/carried_circumstances.py \
        [--corpus PATH] [--gold PATH] [--articles 300] [--seed 16] [--exclude-seeds 16 18]
        [--gold-records 275] [--carried 100] [--missed 60]

Draws a fixed random sample of articles from the English Wikinews corpus, leaving out those of
the bundled gold set (its ids are tuned on), extracts them with each record's published date,
and prints two lists to judge by reading:

* **carried**: every statement that carries its speaker's earlier date and occasion
  (``circumstances_from``), or a random ``--carried`` of them, with the stating statement, the
  date and occasion carried and the paragraphs between;
* **missed**: a random ``--missed`` of the statements that follow a statement stating a date or
  occasion by the same speaker in the same article but carry nothing and state nothing, with
  why the rule did not carry (the paragraph rule, or the time-shift test of
  ``time_shifts.english_time_shift`` on the statement or on one of the speaker's between).

Precision and recall are judged by a reader; the script only counts and prints.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
from bisect import bisect_right
from pathlib import Path

from quotewire import Document, extract_batch
from quotewire.read.layout import parse_layout
from quotewire.types import Article, Quote

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "wikinews-en.jsonl"
GOLD = ROOT / "tests" / "data" / "en" / "wikinews-en-gold.jsonl"


def sample(
    corpus: Path,
    gold: Path,
    articles: int,
    seed: int,
    exclude_seeds: tuple[int, ...] = (),
    gold_records: int | None = None,
) -> list[Document]:
    """``articles`` records drawn with ``random.Random(seed)`` from those not in the gold set,
    less those that the same draw with any of ``exclude_seeds`` holds (samples read before, so
    that a fresh one holds no article a rule was tuned on) and any gold record.

    The draw is from the corpus less the gold set's first ``gold_records`` records (all when
    None): the gold set grows, which changes every draw, so a sample read when it was smaller
    is drawn again with its size then (seeds 16 and 18 were read with 275)."""
    gold_ids = [json.loads(line)["id"] for line in gold.open(encoding="utf-8")]
    held = set(gold_ids[:gold_records] if gold_records is not None else gold_ids)
    records = [json.loads(line) for line in corpus.open(encoding="utf-8")]
    records = [r for r in records if r["id"] not in held]
    count = min(articles, len(records))
    read = {r["id"] for s in exclude_seeds for r in random.Random(s).sample(records, count)}
    read |= set(gold_ids)
    chosen = [r for r in random.Random(seed).sample(records, count) if r["id"] not in read]
    return [
        Document(id=r["id"], text=r["text"], title=r.get("title"), published=r.get("published"),
                 language="en")
        for r in chosen
    ]  # fmt: skip


def paragraph_starts(article: Article) -> list[int]:
    """Where each body paragraph starts, as the carrying rule reads them (``Layout``)."""
    layout = parse_layout(article.text, published=article.published, title=article.title)
    return [start for start, _ in layout.body_regions()]


def states(quote: Quote) -> bool:
    """Whether the statement's own words state a date or occasion."""
    return quote.circumstances_from is None and (
        quote.date_text is not None or quote.occasion is not None
    )


def cases(article: Article) -> tuple[list[dict], list[dict]]:
    """(carried, missed) of one article, each a dict to print."""
    starts = paragraph_starts(article)
    quotes = sorted(article.quotes, key=lambda q: (q.start, q.end))
    by_id = {q.attribution_id: q for q in quotes if states(q)}
    carried, missed = [], []
    for index, quote in enumerate(quotes):
        if quote.speaker_id is None:
            continue
        paragraph = bisect_right(starts, quote.start) - 1
        if quote.circumstances_from is not None:
            source = by_id.get(quote.circumstances_from)
            carried.append(_case(article, starts, source, quote, paragraph, "carried"))
            continue
        if states(quote):
            continue
        earlier = [q for q in quotes[:index] if q.speaker_id == quote.speaker_id and states(q)]
        if not earlier:
            continue
        source = earlier[-1]
        between = [q for q in quotes[quotes.index(source) + 1 : index]
                   if q.speaker_id == quote.speaker_id]  # fmt: skip
        reason = _why_not_carried(starts, source, between, quote)
        missed.append(_case(article, starts, source, quote, paragraph, reason))
    return carried, missed


def _why_not_carried(starts: list[int], source: Quote, between: list[Quote], quote: Quote) -> str:
    """The paragraph rule when a paragraph without the speaker lies between, else the time
    shift (of the statement or of one of the speaker's statements between that ended the
    scene)."""
    chain = [source, *between, quote]
    paragraphs = [bisect_right(starts, q.start) - 1 for q in chain]
    if any(b - a > 1 for a, b in itertools.pairwise(paragraphs)):
        return "paragraph rule"
    return "time shift" if not between else "time shift (here or between)"


def _case(
    article: Article, starts: list[int], source: Quote | None, quote: Quote, paragraph: int,
    reason: str,
) -> dict:  # fmt: skip
    first = bisect_right(starts, source.start) - 1 if source else paragraph
    first, paragraph = max(first, 0), max(paragraph, 0)
    last_end = starts[paragraph + 1] if paragraph + 1 < len(starts) else len(article.text)
    return {
        "article": article.id,
        "published": article.published,
        "speaker": quote.speaker,
        "reason": reason,
        "source": source.text if source else None,
        "source_date_text": source.date_text.text if source and source.date_text else None,
        "source_occasion": source.occasion if source else None,
        "date": quote.date,
        "occasion": quote.occasion,
        "statement": quote.text,
        "paragraphs": f"{first}-{paragraph}",
        "context": article.text[starts[first] : last_end].strip(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument(
        "--exclude-seeds", type=int, nargs="*", default=[],
        help="leave out the articles of these seeds' samples (read before)",
    )  # fmt: skip
    parser.add_argument(
        "--gold-records", type=int, default=None,
        help="draw as when the gold set held only its first N records (275 for seeds 16, 18)",
    )  # fmt: skip
    parser.add_argument("--carried", type=int, default=100)
    parser.add_argument("--missed", type=int, default=60)
    parser.add_argument("--json", type=Path, default=None, help="also write the cases here")
    args = parser.parse_args()
    documents = sample(
        args.corpus,
        args.gold,
        args.articles,
        args.seed,
        tuple(args.exclude_seeds),
        args.gold_records,
    )
    carried, missed, statements = [], [], 0
    for article in extract_batch(documents):
        found = cases(article)
        carried += found[0]
        missed += found[1]
        statements += len(article.quotes)
    rng = random.Random(args.seed)
    shown_carried = carried if len(carried) <= args.carried else rng.sample(carried, args.carried)
    shown_missed = missed if len(missed) <= args.missed else rng.sample(missed, args.missed)
    excluded = f" less seeds {args.exclude_seeds}" if args.exclude_seeds else ""
    print(f"{len(documents)} articles (seed {args.seed}{excluded}), {statements} statements, "
          f"{len(carried)} carried, {len(missed)} not carried after a stated one by the same "
          f"speaker; showing {len(shown_carried)} carried and {len(shown_missed)} not "
          "carried")  # fmt: skip
    for title, shown in (("CARRIED", shown_carried), ("NOT CARRIED", shown_missed)):
        print(f"\n===== {title} =====")
        for number, case in enumerate(shown, 1):
            print(f"\n--- {title.lower()} {number}: {case['article']} ({case['published']}) "
                  f"{case['speaker']!r}, paragraphs {case['paragraphs']}, "
                  f"{case['reason']}")  # fmt: skip
            print(f"  stated in: {case['source']!r}")
            print(f"  date_text {case['source_date_text']!r}, occasion {case['source_occasion']!r}")
            print(f"  statement: {case['statement']!r} -> date {case['date']}, "
                  f"occasion {case['occasion']!r}")  # fmt: skip
            print("  " + case["context"].replace("\n\n", "\n  ¶ "))
    if args.json:
        payload = {"carried": shown_carried, "missed": shown_missed}
        args.json.write_text(json.dumps(payload, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
