"""Where in the English pipeline each speech-cue miss is lost: one cause per missed gold quote.

``cue_miss_classes.py`` reads a miss from the cue's candidates alone. This script also runs
the pipeline on the missed articles with each step of
:func:`quotewire.quotes.english.attribute_english` wrapped, and records after every step the
best word Jaccard between the gold quote and a frame's content or a statement. A miss is then:

- **lost later: STEP** when a frame after ``find_frames`` covers it (Jaccard >= 0.5) and a
  later step drops or changes it (or a statement a later step creates covers it: "created
  later");
- else the class ``cue_miss_classes.classify`` gives ("e: matching candidate above the
  threshold" is a candidate that the frame finder does not keep: the frame model's score, a
  filter of ``frames._verb_frame`` or ``find_frames``, or a better candidate of the same cue).

Run from the repository root with ``scripts`` on the path:

    quotewire eval GOLD.jsonl --errors ERRORS.jsonl
    python scripts/cue_miss_steps.py GOLD.jsonl ERRORS.jsonl [--out ROWS.jsonl]
"""

from __future__ import annotations

import argparse
import collections
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cue_miss_classes import classify, missed_quotes

import quotewire.quotes.english as english
from quotewire.nlp.docs import doc_text
from quotewire.nlp.model import load_english
from quotewire.nlp.selective import pipe_selectively
from quotewire.pipeline import extract_batch
from quotewire.quotes.cues import load_cue_lexicon
from quotewire.quotes.english import statement_regions
from quotewire.quotes.marks import find_quoted_spans
from quotewire.read.layout import parse_layout
from quotewire.types import Document

# the steps of attribute_english whose output is a list of frames or statements, in order
STEPS = (
    "find_frames",
    "light_verb_frames",
    "without_nested_beliefs",
    "without_subordinate_reports",
    "without_reported_reports",
    "without_reports_of_no_clause",
    "without_controlled_reports",
    "outside_transcript_turns",
    "link_statements",
    "_one_per_span",
    "cut_at_colons",
    "cut_at_closing_marks",
    "cut_before_dash_asides",
    "extend_over_reasons",
    "without_sourceless_headline_quotes",
    "cut_at_headline_line",
)
_WORD = re.compile(r"\w+")
Spans = list[tuple[int, int]]


class StepTrace:
    """The spans each wrapped step of ``attribute_english`` returned, per article text."""

    def __init__(self) -> None:
        self.current = ""
        self.steps: dict[str, list[tuple[str, Spans]]] = collections.defaultdict(list)

    def install(self) -> None:
        """Wrap the steps in ``quotewire.quotes.english`` (it calls them by module name)."""
        for name in STEPS:
            setattr(english, name, self._wrapped(name, getattr(english, name)))
        attribute = english.attribute_english

        def traced(doc: Any, layout: Any) -> Any:
            self.current = doc_text(doc)
            return attribute(doc, layout)

        english.attribute_english = traced

    def _wrapped(self, name: str, step: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            result = step(*args, **kwargs)
            items = result[0] if isinstance(result, tuple) else result
            self.steps[self.current].append((name, _spans(items)))
            return result

        return run


def _spans(items: list[Any]) -> Spans:
    """The content spans of frames, the (start, end) of statements."""
    spans = []
    for item in items:
        if hasattr(item, "start"):
            spans.append((item.start, item.end))
        elif getattr(item, "content", None) is not None:
            spans.append(item.content)
    return spans


def jaccard(text: str, a: tuple[int, int], b: tuple[int, int]) -> float:
    """Word Jaccard of two character spans of ``text`` (words by their start offset)."""
    words_a = {m.start() for m in _WORD.finditer(text[: a[1]], a[0])}
    words_b = {m.start() for m in _WORD.finditer(text[: b[1]], b[0])}
    if not words_a or not words_b:
        return 0.0
    return len(words_a & words_b) / len(words_a | words_b)


def lost_at(history: list[tuple[str, float]]) -> str | None:
    """The step that lost a gold quote some frame or statement covered, or ``None``."""
    best = dict(history)
    found = max(best.get("find_frames", 0.0), best.get("light_verb_frames", 0.0))
    if found >= 0.5:
        for step, score in history[2:]:
            if score < 0.5:
                return step
        return "after the last step (final filters, or matched to another gold quote)"
    if any(score >= 0.5 for _, score in history):
        return "created later"
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path, help="PolNeAR-format JSONL (the evaluated articles)")
    parser.add_argument("errors", type=Path, help="the --errors file of quotewire eval on them")
    parser.add_argument("--out", type=Path, help="write one JSON row per miss here")
    args = parser.parse_args()
    missed = missed_quotes(args.errors, speech=True)
    with args.gold.open(encoding="utf-8") as handle:
        records = [r for r in map(json.loads, handle) if r["id"] in missed]
    trace = StepTrace()
    trace.install()
    documents = [Document(id=r["id"], text=r["text"], language="en") for r in records]
    rows: dict[tuple[str, int, int], dict] = {}
    for record, _ in zip(records, extract_batch(documents, return_errors=True), strict=True):
        text = record["text"]
        steps = trace.steps.pop(text, [])
        for start, end in missed[record["id"]]:
            history = [
                (step, max((jaccard(text, (start, end), s) for s in spans), default=0.0))
                for step, spans in steps
            ]
            rows[(record["id"], start, end)] = {"lost": lost_at(history), "history": history}
    lexicon = load_cue_lexicon()
    counts: collections.Counter[str] = collections.Counter()
    items = ((r["text"], r) for r in records)
    out = args.out.open("w", encoding="utf-8") if args.out else None
    for doc, record in pipe_selectively(load_english(), items, lexicon.may_report):
        text = record["text"]
        quoted = find_quoted_spans(text, statement_regions(parse_layout(text), text))
        for quote in record["quotes"]:
            row = rows.get((record["id"], quote["start"], quote["end"]))
            if row is None:
                continue
            lost = row["lost"]
            row["class"] = (
                f"lost later: {lost}" if lost else classify(doc, quote, text, quoted, lexicon)
            )
            counts[row["class"]] += 1
            if out is not None:
                out.write(json.dumps({"article": record["id"], **quote, **row}) + "\n")
    print(f"| cause | misses ({sum(counts.values())}) |\n|---|---:|")
    for label, count in counts.most_common():
        print(f"| {label} | {count} |")


if __name__ == "__main__":
    main()
