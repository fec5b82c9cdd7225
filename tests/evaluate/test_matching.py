"""Span matching under each rule: scores, thresholds and greedy one-to-one assignment."""

from __future__ import annotations

from eval_samples import GOLD, TEXT, gold_quote, predicted

from quotewire.evaluate.matching import (
    EXACT,
    GGT_LENIENT,
    GGT_STRICT,
    OVERLAP,
    WordIndex,
    gold_coverage,
    match_spans,
    token_jaccard,
    trimmed,
)

WORDS = WordIndex(TEXT)


def test_token_jaccard_counts_word_positions() -> None:
    gold = gold_quote("that the bridge would reopen in May", "indirect", "said", None)
    without_that = predicted("the bridge would reopen in May", "indirect")
    assert token_jaccard(gold, without_that, WORDS) == 6 / 7
    assert token_jaccard(gold, gold, WORDS) == 1.0
    elsewhere = predicted("Traffic will flow again.", "direct")
    assert token_jaccard(gold, elsewhere, WORDS) == 0.0


def test_word_index_includes_partly_covered_words() -> None:
    start = TEXT.index("bridge")
    assert len(WORDS.tokens(start + 2, start + 4)) == 1
    assert len(WORDS.tokens(start, start)) == 0


def test_gold_coverage_is_asymmetric() -> None:
    gold = gold_quote("the bridge would reopen in May", "indirect", "said", None)
    longer = predicted(
        "Mayor Jane Doe said on Monday that the bridge would reopen in May.", "indirect"
    )
    assert gold_coverage(gold, longer, WORDS) == 1.0
    assert gold_coverage(longer, gold, WORDS) < 0.5  # type: ignore[arg-type]


def test_trimmed_drops_marks_and_final_punctuation() -> None:
    assert trimmed(' "We have fixed every crack," ') == "We have fixed every crack"
    assert trimmed("“Traffic will flow again.”") == "Traffic will flow again"


def test_exact_rule_ignores_quotation_marks_and_final_comma() -> None:
    gold = GOLD.quotes[1]
    with_marks = predicted('"We have fixed every crack,"', "direct")
    assert match_spans([gold], [with_marks], EXACT, WORDS) == {0: 0}
    shorter = predicted("We have fixed every", "direct")
    assert match_spans([gold], [shorter], EXACT, WORDS) == {}


def test_ggt_thresholds_are_strict() -> None:
    gold = gold_quote("the bridge would reopen in May", "indirect", "said", None)
    # exactly 30 % of the gold characters: GGT needs more than the threshold
    cut = gold.start + round(0.3 * (gold.end - gold.start))
    part = TEXT[gold.start : cut]
    assert abs(len(part) / len(gold.text) - 0.3) < 1e-9
    assert match_spans([gold], [predicted(part, "indirect")], GGT_LENIENT, WORDS) == {}
    most = predicted("the bridge would reopen in", "indirect")
    assert match_spans([gold], [most], GGT_LENIENT, WORDS) == {0: 0}
    assert match_spans([gold], [most], GGT_STRICT, WORDS) == {0: 0}
    half = predicted("the bridge would", "indirect")
    assert match_spans([gold], [half], GGT_LENIENT, WORDS) == {0: 0}
    assert match_spans([gold], [half], GGT_STRICT, WORDS) == {}


def test_greedy_matching_is_one_to_one_best_first() -> None:
    first, second = GOLD.quotes[1], GOLD.quotes[2]
    both = predicted('We have fixed every crack," Doe told reporters. "Traffic will flow again.',
                     "direct")  # fmt: skip
    exact_second = predicted("Traffic will flow again.", "direct")
    # the covering prediction overlaps both gold quotes; the exact one takes the second,
    # so the covering one is left for the first (if it passes the rule)
    pairs = match_spans([first, second], [both, exact_second], GGT_LENIENT, WORDS)
    assert pairs == {1: 1, 0: 0}
    pairs = match_spans([first, second], [both, exact_second], OVERLAP, WORDS)
    assert pairs == {1: 1}
