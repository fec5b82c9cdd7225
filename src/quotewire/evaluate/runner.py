"""``evaluate(records, predict=...)``: run an extractor over gold articles and score it.

``predict`` takes the gold records and yields, in the same order, each article's predicted
quotes (or a :class:`QuotewireError` for an article it could not process, scored as finding
nothing). Batch-first, like ``nlp.pipe``; :func:`per_article` adapts a one-at-a-time function.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence

from quotewire.errors import QuotewireError
from quotewire.evaluate.gold import GoldRecord
from quotewire.evaluate.matching import RULES, MatchRule
from quotewire.evaluate.report import Report
from quotewire.evaluate.scorer import score_article
from quotewire.options import Settings
from quotewire.types import Document, Quote

Prediction = Sequence[Quote] | QuotewireError
Predictor = Callable[[Sequence[GoldRecord]], Iterable[Prediction]]


def evaluate(
    records: Sequence[GoldRecord],
    predict: Predictor | None = None,
    *,
    rules: Sequence[MatchRule] = RULES,
    error_rule: str | None = "overlap",
) -> Report:
    """Score ``predict`` (quotewire's own extractor by default) on ``records``."""
    predict = predict or quotewire_predictor()
    report = Report(rules=rules, error_rule=error_rule)
    started = time.perf_counter()
    predictions = iter(predict(records))
    for record in records:
        prediction = next(predictions, None)
        if prediction is None:
            raise ValueError(f"the predictor gave no result for article {record.id!r}")
        if isinstance(prediction, QuotewireError):
            report.failures.append(str(prediction))
            prediction = []
        report.add(score_article(record, prediction, rules=rules, error_rule=error_rule))
    report.seconds = time.perf_counter() - started
    return report


def per_article(extract_quotes: Callable[[GoldRecord], Sequence[Quote]]) -> Predictor:
    """Turn a function of one article into a predictor over many."""

    def predict(records: Sequence[GoldRecord]) -> Iterator[Prediction]:
        for record in records:
            yield extract_quotes(record)

    return predict


def quotewire_predictor(settings: Settings | None = None) -> Predictor:
    """quotewire's own extraction (``extract_batch``), as a predictor."""

    def predict(records: Sequence[GoldRecord]) -> Iterator[Prediction]:
        from quotewire.pipeline import extract_batch

        documents = (
            Document(id=r.id, text=r.text, published=r.published, language=r.language)
            for r in records
        )
        for result in extract_batch(documents, settings=settings, return_errors=True):
            yield result if isinstance(result, QuotewireError) else result.quotes

    return predict
