"""Measuring quotewire (or any extractor) against annotated gold sets.

>>> from quotewire.evaluate import read_gold, evaluate
>>> report = evaluate(read_gold("polnear-dev.jsonl"))
>>> report.score("overlap", "all", "direct").f1

Definitions of every metric: docs/evaluation.md.
"""

from __future__ import annotations

from quotewire.evaluate.gold import GoldQuote, GoldRecord, read_gold
from quotewire.evaluate.matching import RULES, RULES_BY_NAME, MatchRule
from quotewire.evaluate.report import Report, Scores
from quotewire.evaluate.runner import Predictor, evaluate, per_article, quotewire_predictor
from quotewire.evaluate.scorer import ArticleScore, Counts, score_article

__all__ = [
    "RULES",
    "RULES_BY_NAME",
    "ArticleScore",
    "Counts",
    "GoldQuote",
    "GoldRecord",
    "MatchRule",
    "Predictor",
    "Report",
    "Scores",
    "evaluate",
    "per_article",
    "quotewire_predictor",
    "read_gold",
    "score_article",
]
