"""The Russian accuracy gate: pinned floors on the hand-annotated set.

The rules were developed on the `tune`, `tune2` … `tune7` parts (and on corpus articles outside
the gold set); `report` and `blind` are held out, and docs/russian.md says how each was used.
The floors sit a little below what they reach; those of `tune2` … `tune7` guard the rules
written against them from coming undone. Raise them when quality
improves, never lower them to make a change pass.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quotewire.evaluate import evaluate, per_article, read_gold
from quotewire.evaluate.gold import GoldRecord
from quotewire.quotes.russian import attribute_russian
from quotewire.read.layout import parse_layout
from quotewire.types import Quote

GOLD = Path(__file__).resolve().parents[1] / "data" / "ru" / "wikinews-ru-gold.jsonl"

# (rule, scope, kind, metric): floor
FLOORS = {
    "report": {
        ("overlap", "all", "all", "f1"): 0.90,
        ("overlap", "all", "direct", "f1"): 0.96,
        ("overlap", "all", "all", "speaker_accuracy"): 0.85,
        ("ggt-0.3", "all", "all", "f1"): 0.91,
    },
    "blind": {
        ("overlap", "all", "all", "f1"): 0.85,
        ("overlap", "all", "all", "speaker_accuracy"): 0.83,
    },
    "tune2": {
        ("overlap", "all", "all", "f1"): 0.93,
        ("overlap", "all", "direct", "f1"): 0.92,
        ("overlap", "all", "all", "speaker_accuracy"): 0.96,
        ("ggt-0.3", "all", "all", "f1"): 0.92,
    },
    # first run (annotated before quotewire saw it): F1 0.800, direct F1 0.875, speaker 0.809,
    # ggt-0.3 F1 0.838; after round five's fixes 0.944, 0.970, 0.882, 0.944; round six's
    # speakers (outlet names in marks, «ведомство», «документ») raised speaker to 0.961
    "tune3": {
        ("overlap", "all", "all", "f1"): 0.92,
        ("overlap", "all", "direct", "f1"): 0.94,
        ("overlap", "all", "all", "speaker_accuracy"): 0.94,
        ("ggt-0.3", "all", "all", "f1"): 0.92,
    },
    # first run (annotated before quotewire saw it): F1 0.750, direct F1 0.700, speaker 0.905,
    # ggt-0.3 F1 0.804; after round seven's fixes 0.908, 0.818, 0.963, 0.908; after round
    # eight's (colon and resumed quotations, «давал понять», a source's place) 0.943, 0.917,
    # 0.983, 0.943
    "tune4": {
        ("overlap", "all", "all", "f1"): 0.92,
        ("overlap", "all", "direct", "f1"): 0.88,
        ("overlap", "all", "all", "speaker_accuracy"): 0.96,
        ("ggt-0.3", "all", "all", "f1"): 0.92,
    },
    # first run (annotated before quotewire saw it): F1 0.768, direct F1 0.846, speaker 0.842,
    # ggt-0.3 F1 0.808; after round nine's fixes 0.891, 0.889, 0.933, 0.891
    "tune5": {
        ("overlap", "all", "all", "f1"): 0.86,
        ("overlap", "all", "direct", "f1"): 0.86,
        ("overlap", "all", "all", "speaker_accuracy"): 0.95,
        ("ggt-0.3", "all", "all", "f1"): 0.86,
    },
    # first run (annotated before quotewire saw it): F1 0.830, direct F1 0.875, speaker 0.911,
    # ggt-0.3 F1 0.830; after round twelve's fixes 0.931, 0.941, 0.970, 0.931
    "tune6": {
        ("overlap", "all", "all", "f1"): 0.90,
        ("overlap", "all", "direct", "f1"): 0.91,
        ("overlap", "all", "all", "speaker_accuracy"): 0.94,
        ("ggt-0.3", "all", "all", "f1"): 0.90,
    },
    # first run (annotated before quotewire saw it): F1 0.921, direct F1 1.000 (4 direct quotes),
    # speaker 0.902, ggt-0.3 F1 0.944; after round seventeen's fixes 0.921, 1.000, 0.951, 0.944;
    # after round eighteen's 0.933, 1.000, 1.000, 0.956
    "tune7": {
        ("overlap", "all", "all", "f1"): 0.90,
        ("overlap", "all", "direct", "f1"): 0.85,
        ("overlap", "all", "all", "speaker_accuracy"): 0.97,
        ("ggt-0.3", "all", "all", "f1"): 0.92,
    },
}


def _quotes(record: GoldRecord) -> list[Quote]:
    return attribute_russian(record.text, parse_layout(record.text))[0]


def test_gold_set_splits() -> None:
    assert len(read_gold(GOLD, split="tune")) == 15
    assert len(read_gold(GOLD, split="report")) == 27
    assert len(read_gold(GOLD, split="blind")) == 13
    assert len(read_gold(GOLD, split="tune2")) == 25
    assert len(read_gold(GOLD, split="tune3")) == 20
    assert len(read_gold(GOLD, split="tune4")) == 20
    assert len(read_gold(GOLD, split="tune5")) == 20
    assert len(read_gold(GOLD, split="tune6")) == 20
    assert len(read_gold(GOLD, split="tune7")) == 15


@pytest.mark.slow
@pytest.mark.parametrize("split", sorted(FLOORS))
def test_held_out_splits_stay_above_their_floors(split: str) -> None:
    report = evaluate(read_gold(GOLD, split=split), per_article(_quotes))
    assert not report.failures
    below = []
    for (rule, scope, kind, metric), floor in FLOORS[split].items():
        value = getattr(report.score(rule, scope, kind), metric)  # type: ignore[arg-type]
        if value < floor:
            below.append(f"{rule}/{scope}/{kind} {metric} = {value:.3f} < floor {floor}")
    assert not below, below
