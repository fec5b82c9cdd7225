"""Corpus-level scores: sums of article counts turned into precision, recall, F1 and accuracy."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from quotewire.evaluate.matching import RULES, MatchRule
from quotewire.evaluate.scorer import KINDS, SCOPES, ArticleScore, Counts, Key, Scope


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass(frozen=True, slots=True)
class Scores:
    """The metrics of one (rule, scope, kind) cell; definitions in docs/evaluation.md."""

    rule: str
    scope: Scope
    kind: str
    counts: Counts

    @property
    def precision(self) -> float:
        return _ratio(self.counts.matched, self.counts.predicted)

    @property
    def recall(self) -> float:
        return _ratio(self.counts.matched, self.counts.gold)

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)

    @property
    def speaker_accuracy(self) -> float:
        return _ratio(self.counts.speaker_correct, self.counts.matched)

    @property
    def e2e_precision(self) -> float:
        return _ratio(self.counts.speaker_correct, self.counts.predicted)

    @property
    def e2e_recall(self) -> float:
        return _ratio(self.counts.speaker_correct, self.counts.gold)

    @property
    def e2e_f1(self) -> float:
        return _f1(self.e2e_precision, self.e2e_recall)

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "scope": self.scope,
            "kind": self.kind,
            "gold": self.counts.gold,
            "predicted": self.counts.predicted,
            "matched": self.counts.matched,
            "speaker_correct": self.counts.speaker_correct,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "speaker_accuracy": round(self.speaker_accuracy, 4),
            "e2e_precision": round(self.e2e_precision, 4),
            "e2e_recall": round(self.e2e_recall, 4),
            "e2e_f1": round(self.e2e_f1, 4),
        }


@dataclass(slots=True)
class Report:
    """Scores of one extractor on one gold set, plus its errors and any failed articles."""

    rules: Sequence[MatchRule] = RULES
    articles: int = 0
    seconds: float = 0.0
    counts: dict[Key, Counts] = field(default_factory=dict)
    errors: list[dict[str, Any]] = field(default_factory=list)
    error_rule: str | None = None
    failures: list[str] = field(default_factory=list)

    def add(self, article: ArticleScore) -> None:
        """Fold one article's counts and errors into the totals."""
        self.articles += 1
        for key, counts in article.counts.items():
            self.counts.setdefault(key, Counts()).add(counts)
        self.errors.extend(article.errors)

    def score(self, rule: str = "overlap", scope: Scope = "all", kind: str = "all") -> Scores:
        """The metrics of one cell, e.g. ``report.score("ggt-0.3", "speech", "direct").f1``."""
        return Scores(rule, scope, kind, self.counts.get((rule, scope, kind), Counts()))

    def all_scores(self) -> list[Scores]:
        return [
            self.score(rule.name, scope, kind)
            for scope in SCOPES
            for rule in self.rules
            for kind in KINDS
        ]

    def to_dict(self) -> dict[str, Any]:
        overall = self.score()
        return {
            "articles": self.articles,
            "gold_quotes": overall.counts.gold,
            "seconds": round(self.seconds, 2),
            "rules": {rule.name: rule.description for rule in self.rules},
            "scores": [s.to_dict() for s in self.all_scores()],
            "error_rule": self.error_rule,
            "error_counts": self.error_counts(),
            "failures": list(self.failures),
        }

    def error_counts(self) -> dict[str, int]:
        counts = {"miss": 0, "false_alarm": 0, "wrong_speaker": 0}
        for error in self.errors:
            counts[error["type"]] += 1
        return counts
