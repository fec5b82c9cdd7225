"""Counting one article: detection, speakers, end to end, per kind and for speech cues only."""

from __future__ import annotations

from eval_samples import GOLD, predicted

from quotewire.evaluate import Report, evaluate, per_article, score_article
from quotewire.evaluate.scorer import Counts

PREDICTIONS = [
    # the indirect quote without its complementiser, right speaker
    predicted("the bridge would reopen in May", "indirect", "Jane Doe", "said"),
    # the first direct quote with a pronoun for a named speaker: matched, wrong speaker
    predicted("We have fixed every crack,", "direct", None, "told", mention="Doe"),
    # a false alarm with a speech cue, and one with a cue of belief
    predicted("Mayor Jane Doe", "direct", "Jane Doe", "said"),
    predicted("Critics believe", "indirect", "Critics", "believe"),
]


def test_counts_per_kind_under_overlap() -> None:
    score = score_article(GOLD, PREDICTIONS)
    c = score.counts
    assert c[("overlap", "all", "indirect")] == Counts(
        gold=2, predicted=2, matched=1, speaker_correct=1
    )
    assert c[("overlap", "all", "direct")] == Counts(
        gold=2, predicted=2, matched=1, speaker_correct=1
    )
    assert c[("overlap", "all", "mixed")] == Counts()
    assert c[("overlap", "all", "all")] == Counts(gold=4, predicted=4, matched=2, speaker_correct=2)


def test_speaker_mention_is_the_fallback_name() -> None:
    # "Doe" comes from the mention and shares the gold speaker's last name
    score = score_article(GOLD, PREDICTIONS[1:2])
    assert score.counts[("overlap", "all", "direct")].speaker_correct == 1
    wrong = [predicted("We have fixed every crack,", "direct", None, "told", mention="reporters")]
    assert score_article(GOLD, wrong).counts[("overlap", "all", "direct")].speaker_correct == 0


def test_speech_scope_leaves_out_beliefs() -> None:
    c = score_article(GOLD, PREDICTIONS).counts
    # gold: the "believe" quote is out; predictions: the unmatched "believe" false alarm is out
    assert c[("overlap", "speech", "all")] == Counts(
        gold=3, predicted=3, matched=2, speaker_correct=2
    )


def test_prediction_matched_to_a_belief_is_not_a_speech_false_alarm() -> None:
    said_belief = [predicted("the repairs were rushed", "indirect", "Critics", "said")]
    c = score_article(GOLD, said_belief).counts
    assert c[("overlap", "all", "indirect")].matched == 1
    assert c[("overlap", "speech", "all")] == Counts(gold=3, predicted=0, matched=0)


def test_exact_rule_is_stricter() -> None:
    c = score_article(GOLD, PREDICTIONS).counts
    # "the bridge would reopen in May" is not the gold text "that the bridge ..."
    assert c[("exact", "all", "indirect")].matched == 0
    assert c[("exact", "all", "direct")].matched == 1


def test_errors_list_misses_false_alarms_and_wrong_speakers() -> None:
    wrong_speaker = predicted("Traffic will flow again.", "direct", "Tom Reed", "said")
    errors = score_article(GOLD, [*PREDICTIONS, wrong_speaker]).errors
    kinds = [e["type"] for e in errors]
    assert kinds.count("miss") == 1 and kinds.count("false_alarm") == 2
    assert kinds.count("wrong_speaker") == 1
    error = next(e for e in errors if e["type"] == "wrong_speaker")
    assert error["gold_speaker"] == "Jane Doe" and error["predicted_speaker"] == "Tom Reed"
    assert error["article"] == "bridge"
    assert "Traffic will flow again." in error["context"]
    assert GOLD.text[error["context_start"] :].startswith(error["context"])


def test_evaluate_sums_articles_and_computes_metrics() -> None:
    report = evaluate([GOLD, GOLD], per_article(lambda record: PREDICTIONS))
    assert isinstance(report, Report) and report.articles == 2
    overall = report.score("overlap", "all", "all")
    assert overall.counts == Counts(gold=8, predicted=8, matched=4, speaker_correct=4)
    assert overall.precision == overall.recall == overall.f1 == 0.5
    assert overall.speaker_accuracy == 1.0
    assert overall.e2e_f1 == 0.5
    data = report.to_dict()
    assert data["gold_quotes"] == 8
    assert data["error_counts"] == {"miss": 4, "false_alarm": 4, "wrong_speaker": 0}
    cell = next(
        s for s in data["scores"] if (s["rule"], s["scope"], s["kind"]) == ("overlap", "all", "all")
    )
    assert cell["f1"] == 0.5


def test_perfect_predictions_score_one_everywhere() -> None:
    def oracle(record):  # type: ignore[no-untyped-def]
        return [predicted(q.text, q.kind, q.speaker, q.cue) for q in record.quotes]

    report = evaluate([GOLD], per_article(oracle))
    for scores in report.all_scores():
        if scores.counts.gold:
            assert scores.f1 == scores.speaker_accuracy == scores.e2e_f1 == 1.0, scores


def test_failed_article_counts_as_nothing_found() -> None:
    from quotewire.errors import ExtractionError

    report = evaluate([GOLD], lambda records: [ExtractionError("bridge", "broken")])
    assert report.failures == ["article bridge: broken"]
    assert report.score().recall == 0.0 and report.score().counts.gold == 4
