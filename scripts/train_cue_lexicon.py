"""Learn the English cue lexicon from an attribution-annotated training set (PolNeAR train).

For every word form (lower case) the script counts how often it occurs in the training
articles and how often it heads an annotated cue ("said", "according", "expected", ...). The
ratio is the prior probability that the form introduces an attribution; it is what
``quotewire.quotes.cues`` reads. Forms seen fewer than ``--min-count`` times as a cue are
dropped, so the file stays small and free of one-off noise.

Run (one command, a few minutes on 2 cores):

    .venv/bin/python scripts/train_cue_lexicon.py /work/shared/eval/polnear-train.jsonl

``--docbin`` reuses a DocBin of the same articles parsed earlier with ``load_english()``.
The training data itself is never copied into the repository; only the counts are written.
"""

from __future__ import annotations

import argparse
import collections
import json
from pathlib import Path

from spacy.tokens import Doc, DocBin

from quotewire.nlp.model import load_english

OUTPUT = Path(__file__).resolve().parents[1] / "src/quotewire/data/en/cues.json"
_WINDOW = 250


def cue_head(doc: Doc, record_quote: dict, text: str) -> int | None:
    """The token index heading the annotated cue, located nearest to the source mention."""
    cue = (record_quote.get("cue") or "").strip()
    if not cue or not any(ch.isalpha() for ch in cue):
        return None
    anchor = record_quote.get("speaker_start")
    if anchor is None:
        anchor = record_quote["start"]
    low = max(0, min(anchor, record_quote["start"]) - _WINDOW)
    high = min(len(text), max(anchor, record_quote["end"]) + _WINDOW)
    best: int | None = None
    position = text.find(cue, low, high)
    while position != -1:
        if best is None or abs(position - anchor) < abs(best - anchor):
            best = position
        position = text.find(cue, position + 1, high)
    if best is None:
        return None
    span = doc.char_span(best, best + len(cue), alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root.i


def learn(records: list[dict], docs: list[Doc], min_count: int) -> dict[str, dict[str, float]]:
    seen: collections.Counter[str] = collections.Counter()
    cue: collections.Counter[str] = collections.Counter()
    for record, doc in zip(records, docs, strict=True):
        seen.update(t.lower_ for t in doc if t.is_alpha)
        heads = {cue_head(doc, q, record["text"]) for q in record["quotes"]}
        cue.update(doc[i].lower_ for i in heads if i is not None and doc[i].is_alpha)
    lexicon = {}
    for form, count in sorted(cue.items()):
        if count >= min_count:
            lexicon[form] = {"cue": count, "seen": seen[form], "p": round(count / seen[form], 3)}
    return lexicon


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("train", type=Path, help="PolNeAR-format JSONL training file")
    parser.add_argument("--docbin", type=Path, help="the same articles already parsed")
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    with args.train.open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    nlp = load_english()
    if args.docbin:
        docs = list(DocBin().from_disk(args.docbin).get_docs(nlp.vocab))
    else:
        docs = list(nlp.pipe((r["text"] for r in records), batch_size=16))
    lexicon = learn(records, docs, args.min_count)
    payload = {
        "about": "P(form heads an attribution cue), learned by scripts/train_cue_lexicon.py",
        "forms": lexicon,
    }
    args.output.write_text(json.dumps(payload, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(lexicon)} cue forms written to {args.output}")


if __name__ == "__main__":
    main()
