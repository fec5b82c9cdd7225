"""Build wikinews-en-gold.jsonl from the hand annotation in annotations.txt.

Usage (from the repository root; needs the shared corpus):
    .venv/bin/python tests/data/en/build_gold.py /work/shared/corpus/wikinews-en.jsonl

Selection (fixed, so anyone can redraw it): the records of ``wikinews-en.jsonl`` whose text has
800–2,500 characters, that are not a user draft (``User:`` title) and whose id does not occur
anywhere in ``tests/``, ``samples/``, ``benchmarks/``, ``docs/`` or ``src/`` (those articles are
read elsewhere, some for tuning; this set's own folder does not count), sorted by the SHA-1 of
the id; the first 15 are ``tune``, the next 25 ``report``, then 35 ``tune2``, 25 ``tune3``, 25
``tune4``, 25 ``tune5``, 25 ``tune6``, 25 ``tune7``, 25 ``tune8``, 25 ``tune9``, 25
``tune10``, 25 ``tune11``, 25 ``tune12``, 25 ``tune13``, 15 ``tune14`` and 15 ``tune15``
(appended later; earlier records do not move).
``--select`` prints that list, so the annotation can be checked against it.

What is annotated (docs/evaluation.md, "English Wikinews gold set"): statements of speech and
writing only — PolNeAR's beliefs, intentions and polls are left out — with PolNeAR's span
conventions. The annotation names each quotation by its exact text; the Russian builder's
parser finds the offsets, checks that every quote and mention is really in the article and
writes the gold record with the article's licence and attribution.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parents[2]
ANNOTATIONS = HERE / "annotations.txt"
OUTPUT = HERE / "wikinews-en-gold.jsonl"
SPLITS = (
    ("tune", 15),
    ("report", 25),
    ("tune2", 35),
    ("tune3", 25),
    ("tune4", 25),
    ("tune5", 25),
    ("tune6", 25),
    ("tune7", 25),
    ("tune8", 25),
    ("tune9", 25),
    ("tune10", 25),
    ("tune11", 25),
    ("tune12", 25),
    ("tune13", 25),
    ("tune14", 15),
    ("tune15", 15),
)
LENGTHS = (800, 2500)
READ_ELSEWHERE = ("tests", "samples", "benchmarks", "docs", "src")


def _russian_builder():  # type: ignore[no-untyped-def]
    """The Russian builder (annotation parser and record writer), shared rather than copied."""
    spec = importlib.util.spec_from_file_location(
        "ru_build_gold", HERE.parent / "ru" / "build_gold.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def ids_read_elsewhere() -> set[str]:
    """Wikinews ids named in tracked files elsewhere in the repository (this set's own excluded).

    Tracked files only: benchmark outputs and other local files must not change the draw.
    """
    found = subprocess.run(
        ["git", "grep", "-oE", r"enwn-[0-9a-f]+", "--", *READ_ELSEWHERE],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    own = f"{HERE.relative_to(ROOT)}/"
    return {line.rpartition(":")[2] for line in found.splitlines() if not line.startswith(own)}


def select(corpus: dict[str, dict]) -> list[tuple[str, str]]:
    """(record id, split) of the sample, in SHA-1 order of the ids.

    An article already annotated stays in the draw even when another file names it later (a
    doc citing a gold article would otherwise shift every split after it by one record).
    """
    annotated = {record_id for record_id, _, _ in _russian_builder().parse_annotations(ANNOTATIONS)}
    used = ids_read_elsewhere() - annotated
    low, high = LENGTHS
    eligible = [
        record_id
        for record_id, record in corpus.items()
        if low <= len(record["text"]) <= high
        and not record["title"].startswith("User:")
        and record_id not in used
    ]
    return _russian_builder().draw(eligible, SPLITS)


def main(corpus_path: str, *, list_only: bool = False) -> None:
    with open(corpus_path, encoding="utf-8") as handle:
        corpus = {record["id"]: record for record in map(json.loads, handle)}
    if list_only:
        for record_id, split in select(corpus):
            print(record_id, split, corpus[record_id]["title"])
        return
    ru = _russian_builder()
    with OUTPUT.open("w", encoding="utf-8") as out:
        for record_id, split, rows in ru.parse_annotations(ANNOTATIONS):
            gold = ru.gold_record(corpus[record_id], split, rows, "wikinews-en")
            out.write(json.dumps(gold, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    arguments = [a for a in sys.argv[1:] if a != "--select"]
    main(
        arguments[0] if arguments else "/work/shared/corpus/wikinews-en.jsonl",
        list_only="--select" in sys.argv,
    )
