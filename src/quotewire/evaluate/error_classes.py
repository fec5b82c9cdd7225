"""Sort the errors that ``quotewire eval --errors`` writes into classes, for error analysis.

    .venv/bin/python -m quotewire.evaluate.error_classes ERRORS.jsonl   # a Markdown table

Each miss, false alarm and wrong speaker goes into exactly one class, so the counts of a
class table add up to the number of errors of that type.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quotewire.evaluate.cues import is_speech_cue
from quotewire.evaluate.speakers import is_pronoun, normalised_name

_RELATIVE = {"who", "that", "which", "it", "this", "whom"}


@dataclass
class ErrorClasses:
    """Counts and one example per (error type, class)."""

    counts: Counter[tuple[str, str]] = field(default_factory=Counter)
    examples: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)

    def add(self, kind: str, label: str, record: dict[str, Any]) -> None:
        self.counts[(kind, label)] += 1
        self.examples.setdefault((kind, label), record)

    def rows(self) -> list[tuple[str, str, int, dict[str, Any]]]:
        return [
            (kind, label, count, self.examples[(kind, label)])
            for (kind, label), count in sorted(
                self.counts.items(), key=lambda kv: (kv[0][0], -kv[1])
            )
        ]


def error_spans(records: Iterable[dict[str, Any]]) -> dict[str, list[tuple[int, int, str]]]:
    """Per article, the (start, end, type) of its misses and false alarms: what ``miss_class``
    compares an error with (a false alarm over a miss makes the miss a boundary error)."""
    spans: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for record in records:
        if record["type"] in ("miss", "false_alarm"):
            spans[record["article"]].append((record["start"], record["end"], record["type"]))
    return spans


def classify(records: Iterable[dict[str, Any]]) -> ErrorClasses:
    """Classify the records of one ``--errors`` file (a single matching rule)."""
    records = list(records)
    spans = error_spans(records)
    classes = ErrorClasses()
    for record in records:
        kind = record["type"]
        if kind == "miss":
            classes.add(kind, miss_class(record, spans[record["article"]]), record)
        elif kind == "false_alarm":
            classes.add(kind, _false_alarm_class(record, spans[record["article"]]), record)
        elif kind == "wrong_speaker":
            classes.add(kind, _speaker_class(record), record)
    return classes


def _overlaps(record: dict[str, Any], spans: list[tuple[int, int, str]], other: str) -> bool:
    return any(t == other and s < record["end"] and record["start"] < e for s, e, t in spans)


def miss_class(record: dict[str, Any], spans: list[tuple[int, int, str]]) -> str:
    """The class of a missed gold quote: a boundary error when a false alarm of the same
    article overlaps it, else what was not found, by kind and cue."""
    gold = record["gold"]
    if _overlaps(record, spans, "false_alarm"):
        return "boundary: a prediction overlaps but word Jaccard < 0.5"
    if not is_speech_cue(gold.get("cue")):
        return f"not found, {gold['kind']}, non-speech cue (belief, plan, finding, noun)"
    return f"not found, {gold['kind']}, speech cue"


def _false_alarm_class(record: dict[str, Any], spans: list[tuple[int, int, str]]) -> str:
    predicted = record["predicted"]
    if _overlaps(record, spans, "miss"):
        return "boundary: overlaps a gold quote but word Jaccard < 0.5"
    if predicted["kind"] == "direct":
        return "direct: quoted words the gold does not attribute (term, title, scare quote)"
    if is_speech_cue(predicted.get("cue")):
        return f"{predicted['kind']}: speech cue the gold does not annotate"
    return f"{predicted['kind']}: non-speech cue the gold does not annotate"


def _speaker_class(record: dict[str, Any]) -> str:
    gold, predicted = record.get("gold_speaker"), record.get("predicted_speaker")
    if gold and is_pronoun(gold):
        return "gold speaker is a bare pronoun (unresolved in the gold)"
    if not predicted:
        return "no speaker predicted"
    if is_pronoun(predicted) or predicted.lower() in _RELATIVE:
        return "pronoun or relative word predicted"
    if not gold:
        return "speaker predicted where the gold has none"
    mentions = record.get("gold", {}).get("speaker_mentions") or [gold]
    gold_words = {w for m in mentions for w in normalised_name(m)}
    if gold_words & set(normalised_name(predicted)):
        return "partly right (shares a word with the gold mention)"
    if gold[:1].islower():
        return "gold is a description (role noun, group) kept as written"
    return "another named source"


def report(path: Path) -> str:
    """A Markdown table of error classes with counts and one example each."""
    with path.open(encoding="utf-8") as handle:
        classes = classify(json.loads(line) for line in handle if line.strip())
    lines = ["| error | class | count | example |", "|---|---|---:|---|"]
    for kind, label, count, example in classes.rows():
        lines.append(f"| {kind} | {label} | {count} | {_example(example)} |")
    return "\n".join(lines)


def _example(record: dict[str, Any]) -> str:
    quote = record.get("gold") or record.get("predicted") or {}
    text = " ".join(str(quote.get("text", "")).split())[:90]
    if record["type"] == "wrong_speaker":
        text += (
            f" — gold: {record.get('gold_speaker')}; predicted: {record.get('predicted_speaker')}"
        )
    return text.replace("|", "/")


if __name__ == "__main__":
    import sys

    print(report(Path(sys.argv[1])))
