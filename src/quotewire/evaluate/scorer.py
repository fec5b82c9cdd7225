"""Scoring one article's predicted quotes against its gold quotes: counts and errors.

Pure functions over (gold record, predicted quotes), so any extractor can be scored with the
same code. Counts are additive: a corpus's scores are the sums of its articles' counts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from quotewire.evaluate.cues import is_speech_cue
from quotewire.evaluate.gold import QUOTE_KINDS, GoldQuote, GoldRecord
from quotewire.evaluate.matching import RULES, MatchRule, WordIndex, match_spans
from quotewire.evaluate.speakers import speaker_is_correct
from quotewire.types import Quote

Scope = Literal["all", "speech"]
SCOPES: tuple[Scope, ...] = ("all", "speech")
KINDS: tuple[str, ...] = (*QUOTE_KINDS, "all")
ERROR_CONTEXT_CHARS = 150


@dataclass(slots=True)
class Counts:
    """What precision, recall, speaker accuracy and end-to-end scores are computed from.

    ``predicted`` counts predictions assigned to this kind: a matched prediction takes its gold
    quote's kind, an unmatched one its own predicted kind.
    """

    gold: int = 0
    predicted: int = 0
    matched: int = 0
    speaker_correct: int = 0

    def add(self, other: Counts) -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.matched += other.matched
        self.speaker_correct += other.speaker_correct


Key = tuple[str, Scope, str]  # (rule name, scope, kind)


@dataclass(slots=True)
class ArticleScore:
    """One article's counts for every (rule, scope, kind), and its errors under one rule."""

    article_id: str
    counts: dict[Key, Counts] = field(default_factory=dict)
    errors: list[dict[str, Any]] = field(default_factory=list)


def predicted_speaker(quote: Quote) -> str | None:
    """The name a prediction gives: the resolved speaker, else the mention's words."""
    if quote.speaker:
        return quote.speaker
    return quote.speaker_mention.text if quote.speaker_mention else None


def score_article(
    record: GoldRecord,
    predicted: Sequence[Quote],
    *,
    rules: Sequence[MatchRule] = RULES,
    error_rule: str | None = "overlap",
) -> ArticleScore:
    """Match ``predicted`` to ``record.quotes`` under each rule and count the outcomes."""
    gold = record.quotes
    words = WordIndex(record.text)
    gold_speech = [is_speech_cue(q.cue) for q in gold]
    pred_speech = [is_speech_cue(q.cue) for q in predicted]
    result = ArticleScore(record.id)
    for rule in rules:
        pairs = match_spans(gold, predicted, rule, words)
        correct = {
            g: speaker_is_correct(predicted_speaker(predicted[p]), gold[g])
            for g, p in pairs.items()
        }
        for scope in SCOPES:
            gold_in_scope = [scope == "all" or speech for speech in gold_speech]
            pred_in_scope = [scope == "all" or speech for speech in pred_speech]
            counts = _count(record, predicted, pairs, correct, gold_in_scope, pred_in_scope)
            for kind, value in counts.items():
                result.counts[(rule.name, scope, kind)] = value
        if rule.name == error_rule:
            result.errors = _errors(record, predicted, pairs, correct, rule.name)
    return result


def _count(
    record: GoldRecord,
    predicted: Sequence[Quote],
    pairs: dict[int, int],
    correct: dict[int, bool],
    gold_in_scope: list[bool],
    pred_in_scope: list[bool],
) -> dict[str, Counts]:
    """Counts per kind for one rule's matching, within one scope.

    A matched prediction belongs to the scope when its gold quote does; an unmatched one when
    its own cue does. Matched predictions take their gold quote's kind.
    """
    counts = {kind: Counts() for kind in KINDS}
    for g, quote in enumerate(record.quotes):
        if gold_in_scope[g]:
            counts[quote.kind].gold += 1
    gold_of = {p: g for g, p in pairs.items()}
    for p, quote in enumerate(predicted):
        g = gold_of.get(p)
        if g is None:
            if pred_in_scope[p]:
                counts[quote.kind].predicted += 1
        elif gold_in_scope[g]:
            kind_counts = counts[record.quotes[g].kind]
            kind_counts.predicted += 1
            kind_counts.matched += 1
            kind_counts.speaker_correct += correct[g]
    for kind in QUOTE_KINDS:
        counts["all"].add(counts[kind])
    return counts


def _errors(
    record: GoldRecord,
    predicted: Sequence[Quote],
    pairs: dict[int, int],
    correct: dict[int, bool],
    rule: str,
) -> list[dict[str, Any]]:
    """Every miss, false alarm and wrong speaker, with the text around it, in text order."""
    errors: list[dict[str, Any]] = []
    for g, quote in enumerate(record.quotes):
        if g not in pairs:
            errors.append(_error("miss", record, rule, quote, None))
        elif not correct[g]:
            errors.append(_error("wrong_speaker", record, rule, quote, predicted[pairs[g]]))
    taken = set(pairs.values())
    for p, quote in enumerate(predicted):
        if p not in taken:
            errors.append(_error("false_alarm", record, rule, None, quote))
    errors.sort(key=lambda e: (e["start"], e["type"]))
    return errors


def _error(
    kind: str, record: GoldRecord, rule: str, gold: GoldQuote | None, predicted: Quote | None
) -> dict[str, Any]:
    spans = [q for q in (gold, predicted) if q is not None]
    start = min(q.start for q in spans)
    end = max(q.end for q in spans)
    context_start = max(0, start - ERROR_CONTEXT_CHARS)
    return {
        "type": kind,
        "article": record.id,
        "rule": rule,
        "start": start,
        "end": end,
        "gold": _gold_dict(gold) if gold else None,
        "predicted": _predicted_dict(predicted) if predicted else None,
        "gold_speaker": gold.speaker if gold else None,
        "predicted_speaker": predicted_speaker(predicted) if predicted else None,
        "context_start": context_start,
        "context": record.text[context_start : end + ERROR_CONTEXT_CHARS],
    }


def _gold_dict(quote: GoldQuote) -> dict[str, Any]:
    return {
        "start": quote.start,
        "end": quote.end,
        "text": quote.text,
        "kind": quote.kind,
        "cue": quote.cue,
        "speaker": quote.speaker,
        "speaker_mentions": list(quote.speaker_mentions),
    }


def _predicted_dict(quote: Quote) -> dict[str, Any]:
    return {
        "start": quote.start,
        "end": quote.end,
        "text": quote.text,
        "kind": quote.kind,
        "cue": quote.cue,
        "speaker": predicted_speaker(quote),
        "confidence": round(quote.confidence, 3),
    }
