"""Pair precision and recall of statement clustering, syndication detection and speaker merging.

The labelled sets live in ``tests/data/syndication/`` (``articles.jsonl`` built by
``build_set.py``; ``speakers.jsonl`` written by hand). A pair counts as predicted when the
system puts both items together and as true when the labels do; precision and recall are over
pairs, so a big cluster weighs more than a small one, as in the usual clustering scores.
"""

from __future__ import annotations

import json
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Any

from quotewire.read.layout import parse_layout
from quotewire.speakers.identity import SpeakerRecord, resolve_identities
from quotewire.statements.collection import StatementCollection
from quotewire.store.codec import quote_ids
from quotewire.types import Article, Quote


@dataclass(frozen=True, slots=True)
class PairScore:
    """Counts of predicted and true pairs and their precision, recall and F1."""

    true_positive: int
    predicted: int
    actual: int

    @property
    def precision(self) -> float:
        return self.true_positive / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positive / self.actual if self.actual else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "true_positive": self.true_positive,
            "predicted_pairs": self.predicted,
            "true_pairs": self.actual,
        }


def pair_score(predicted: Mapping[str, Hashable], truth: Mapping[str, Hashable]) -> PairScore:
    """Pairwise agreement of two clusterings of the same items (item -> cluster label)."""
    items = sorted(truth)
    predicted_pairs = _pairs(items, predicted)
    true_pairs = _pairs(items, truth)
    return PairScore(len(predicted_pairs & true_pairs), len(predicted_pairs), len(true_pairs))


def link_score(predicted: Iterable[tuple[str, str]], truth: Iterable[tuple[str, str]]) -> PairScore:
    """Agreement of two sets of directed links (republication -> original)."""
    p, t = set(predicted), set(truth)
    return PairScore(len(p & t), len(p), len(t))


def _pairs(items: list[str], labels: Mapping[str, Hashable]) -> set[tuple[str, str]]:
    groups: dict[Hashable, list[str]] = {}
    for item in items:
        groups.setdefault(labels[item], []).append(item)
    return {pair for members in groups.values() for pair in combinations(members, 2)}


def load_labelled_articles(path: Path) -> list[tuple[Article, dict[str, Any]]]:
    """Articles of the labelled set, with paragraphs and credit lines from the layout reader."""
    result = []
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        layout = parse_layout(record["text"], published=record["published"])
        article = Article(
            text=record["text"],
            id=record["id"],
            title=record["title"],
            published=record["published"],
            url=record["url"],
            outlet=record["outlet"],
            paragraphs=layout.paragraphs,
            syndication=layout.syndication,
            quotes=[Quote(q["start"], q["end"], q["text"], q["kind"]) for q in record["quotes"]],
        )
        result.append((article, record))
    return result


def evaluate_statements(path: Path) -> dict[str, PairScore]:
    """Score clustering and syndication on the labelled articles, ingested in file order."""
    labelled = load_labelled_articles(path)
    collection = StatementCollection()
    collection.add(article for article, _ in labelled)
    predicted: dict[str, str] = {}
    for statement in collection.statements():
        for appearance in statement.appearances:
            predicted[appearance.quote_id] = statement.id
    truth = {
        quote_id: q["label"]
        for article, record in labelled
        for quote_id, q in zip(
            quote_ids(record["id"], article.quotes), record["quotes"], strict=True
        )
    }
    predicted_links = {
        (link.article_id, link.original_id)
        for link in collection.syndication.links.values()
        if link.original_id
    }
    true_links = {(r["id"], r["truth_original"]) for _, r in labelled if r["truth_original"]}
    predicted_flags = {
        a for a, link in collection.syndication.links.items() if link.method != "original"
    }
    true_flags = {r["id"] for _, r in labelled if r["truth_republication"]}
    return {
        "statements": pair_score(predicted, truth),
        "syndication_links": link_score(predicted_links, true_links),
        "republication_flags": link_score(
            ((a, "republication") for a in predicted_flags),
            ((a, "republication") for a in true_flags),
        ),
    }


def evaluate_speakers(path: Path) -> PairScore:
    """Score speaker merging on hand-labelled records (``truth`` names the real person)."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    records = [
        SpeakerRecord(
            r["article_id"], r["speaker_id"], r["name"], role=r["role"], published=r["published"]
        )
        for r in rows
    ]
    predicted = {
        f"{a}/{s}": entity.id for entity in resolve_identities(records) for a, s in entity.members
    }
    truth = {f"{r['article_id']}/{r['speaker_id']}": r["truth"] for r in rows}
    return pair_score(predicted, truth)
