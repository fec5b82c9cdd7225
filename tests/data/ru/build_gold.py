"""Build wikinews-ru-gold.jsonl from the hand annotation in annotations.txt.

Usage (from the repository root; needs the shared corpus):
    .venv/bin/python tests/data/ru/build_gold.py /work/shared/corpus/wikinews-ru.jsonl
    .venv/bin/python tests/data/ru/build_gold.py --select   # print the drawn ids and splits

Selection (fixed): the records of ``wikinews-ru.jsonl`` with 600–2,200 characters of text,
sorted by the SHA-1 of the id; the first 15 are ``tune``, the next 27 ``report``, the next 13
``blind``, the next 25 ``tune2``, the next 20 ``tune3``, the next 20 ``tune4`` and the next 20
``tune5``, the next 20 ``tune6`` and the next 15 ``tune7`` (``tune2`` … ``tune7`` appended later;
the earlier records do not move).

The annotation names each quotation by its exact text; this script finds the offsets, checks
that every quote and mention is really in the article, and writes the gold format of
/work/shared/eval/README.md, keeping each record's licence and attribution.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
ANNOTATIONS = HERE / "annotations.txt"
OUTPUT = HERE / "wikinews-ru-gold.jsonl"
SPLITS = (
    ("tune", 15),
    ("report", 27),
    ("blind", 13),
    ("tune2", 25),
    ("tune3", 20),
    ("tune4", 20),
    ("tune5", 20),
    ("tune6", 20),
    ("tune7", 15),
)
LENGTHS = (600, 2200)


def parse_annotations(path: Path) -> list[tuple[str, str, list[list[str]]]]:
    """(record id, split, rows) per article, in file order."""
    articles: list[tuple[str, str, list[list[str]]]] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("== "):
            record_id, split = line[3:].split()
            articles.append((record_id, split, []))
            continue
        articles[-1][2].append([field.strip() for field in line.split("|")])
    return articles


def pattern_of(words: str) -> re.Pattern[str]:
    """Annotations are typed with plain spaces; the corpus keeps no-break spaces before dashes."""
    return re.compile(r"\s+".join(re.escape(word) for word in words.split()))


def locate_mention(text: str, mention: str, near: int) -> tuple[int, int]:
    """The occurrence of ``mention`` closest before ``near``, else the first after it."""
    found = [(m.start(), m.end()) for m in pattern_of(mention).finditer(text)]
    if not found:
        raise ValueError(f"mention {mention!r} not in text")
    before = [span for span in found if span[0] < near]
    return before[-1] if before else found[0]


def build_quote(record_id: str, text: str, row: list[str]) -> dict[str, object]:
    kind, quote, speaker, mentions, cue, *group = row
    quote, _, nth = quote.partition("@")
    if " … " in quote:
        head, tail = quote.split(" … ")
        pattern = re.compile(pattern_of(head).pattern + ".*?" + pattern_of(tail).pattern, re.S)
    else:
        pattern = pattern_of(quote)
    found = list(pattern.finditer(text))
    if len(found) != 1 and not nth:
        raise ValueError(f"{record_id}: quote not found exactly once: {quote[:60]!r}")
    start, end = found[int(nth or 1) - 1].span()
    names = [m.strip() for m in mentions.split(";") if m.strip()]
    speaker_start, speaker_end = locate_mention(text, names[0], start) if names else (None, None)
    return {
        "start": start,
        "end": end,
        "text": text[start:end],
        "kind": kind,
        "speaker": speaker or None,
        "speaker_mentions": names,
        "speaker_start": speaker_start,
        "speaker_end": speaker_end,
        "cue": cue or None,
        "attribution_id": f"{record_id}:{group[0]}" if group and group[0] else None,
    }


def gold_record(
    record: dict[str, str], split: str, rows: list[list[str]], source: str
) -> dict[str, object]:
    """One article of the gold set: its text, the annotated quotes and the record's licence."""
    text = record["text"]
    return {
        "id": record["id"],
        "source": source,
        "split": split,
        "text": text,
        "quotes": [build_quote(record["id"], text, row) for row in rows],
        "meta": {
            "title": record["title"],
            "url": record["url"],
            "date": record.get("published"),
            "license": record["license"],
            "license_url": record["license_url"],
            "attribution": record["attribution"],
        },
    }


def draw(eligible: list[str], splits: tuple[tuple[str, int], ...]) -> list[tuple[str, str]]:
    """(record id, split): the eligible ids in SHA-1 order, cut into the splits in turn (the
    English builder draws its set with this too)."""
    ordered = sorted(eligible, key=lambda key: hashlib.sha1(key.encode()).hexdigest())
    chosen: list[tuple[str, str]] = []
    for split, count in splits:
        start = len(chosen)
        chosen += [(key, split) for key in ordered[start : start + count]]
    return chosen


def select(corpus: dict[str, dict]) -> list[tuple[str, str]]:
    """(record id, split) of the sample: articles of 600–2,200 characters."""
    low, high = LENGTHS
    return draw([key for key, r in corpus.items() if low <= len(r["text"]) <= high], SPLITS)


def read_corpus(corpus_path: str) -> dict[str, dict]:
    corpus = {}
    with open(corpus_path, encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            corpus[record["id"]] = record
    return corpus


def main(corpus_path: str) -> None:
    corpus = read_corpus(corpus_path)
    with OUTPUT.open("w", encoding="utf-8") as out:
        for record_id, split, rows in parse_annotations(ANNOTATIONS):
            gold = gold_record(corpus[record_id], split, rows, "wikinews-ru")
            out.write(json.dumps(gold, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    arguments = [argument for argument in sys.argv[1:] if argument != "--select"]
    path = arguments[0] if arguments else "/work/shared/corpus/wikinews-ru.jsonl"
    if "--select" in sys.argv[1:]:
        for record_id, split in select(read_corpus(path)):
            print(record_id, split)
    else:
        main(path)
