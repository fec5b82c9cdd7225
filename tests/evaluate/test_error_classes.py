"""Error classes: every error lands in exactly one class."""

from __future__ import annotations

from quotewire.evaluate.error_classes import classify


def _quote(start: int, end: int, kind: str = "indirect", cue: str = "said") -> dict:
    return {"start": start, "end": end, "text": "words", "kind": kind, "cue": cue}


def test_classes() -> None:
    def span(error: str, article: str, start: int, end: int, **quote: str) -> dict:
        key = "gold" if error == "miss" else "predicted"
        return {"type": error, "article": article, "start": start, "end": end,
                key: _quote(start, end, **quote)}  # fmt: skip

    records = [
        span("miss", "a", 0, 50),
        span("false_alarm", "a", 10, 90),
        span("miss", "a", 100, 150, cue="believes"),
        span("false_alarm", "b", 0, 9, kind="direct"),
        {"type": "wrong_speaker", "article": "b", "start": 0, "end": 9, "gold_speaker": "she",
         "predicted_speaker": "Ann Lee", "gold": {"speaker_mentions": ["she"]}},
        {"type": "wrong_speaker", "article": "b", "start": 0, "end": 9, "gold_speaker": "Ann Lee",
         "predicted_speaker": None, "gold": {"speaker_mentions": ["Ann Lee"]}},
    ]  # fmt: skip
    classes = classify(records)
    labels = {label for (_kind, label) in classes.counts}
    assert sum(classes.counts.values()) == len(records)
    assert "boundary: a prediction overlaps but word Jaccard < 0.5" in labels
    assert "boundary: overlaps a gold quote but word Jaccard < 0.5" in labels
    assert "not found, indirect, non-speech cue (belief, plan, finding, noun)" in labels
    assert "gold speaker is a bare pronoun (unresolved in the gold)" in labels
    assert "no speaker predicted" in labels
