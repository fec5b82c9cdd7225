"""Accuracy gate: pair precision and recall on the labelled sets (tests/data/syndication/)."""

import json
import random
from pathlib import Path

import pytest

from quotewire.statements.collection import StatementCollection
from quotewire.statements.evaluation import (
    evaluate_speakers,
    evaluate_statements,
    load_labelled_articles,
    pair_score,
)
from quotewire.statements.normalise import normalise
from quotewire.types import Article, Quote

DATA = Path(__file__).parents[1] / "data" / "syndication"
SHARED = Path("/work/shared/corpus")
FLOOR = 0.95


def test_statement_clustering_and_syndication_meet_the_floor() -> None:
    scores = evaluate_statements(DATA / "articles.jsonl")
    for name, score in scores.items():
        assert score.precision >= FLOOR, (name, score.to_dict())
        assert score.recall >= FLOOR, (name, score.to_dict())
    assert scores["statements"].actual >= 100  # the set is not trivially small


def test_speaker_merging_meets_the_floor() -> None:
    score = evaluate_speakers(DATA / "speakers.jsonl")
    assert score.precision >= FLOOR and score.recall >= FLOOR, score.to_dict()


def test_the_labelled_set_holds_distractors_and_every_kind_of_copy() -> None:
    records = [json.loads(line) for line in (DATA / "articles.jsonl").open(encoding="utf-8")]
    labels = [q["label"] for r in records for q in r["quotes"]]
    assert sum(label.startswith("distractor:") for label in labels) >= 15
    outlets = {r["outlet"] for r in records}
    assert {"Daily Courier", "Morning Ledger", "Evening Post", "Weekly Observer"} <= outlets
    assert all("Wikinews" in r["attribution"] for r in records)


def test_statements_do_not_depend_on_ingest_order() -> None:
    labelled = [article for article, _ in load_labelled_articles(DATA / "articles.jsonl")]

    def partition(articles: list[Article]) -> set[frozenset[str]]:
        collection = StatementCollection()
        collection.add(articles)
        return {frozenset(a.quote_id for a in s.appearances) for s in collection.statements()}

    expected = partition(labelled)
    shuffled = labelled[:]
    random.Random(7).shuffle(shuffled)
    assert partition(shuffled) == expected


def test_pair_score_counts_pairs() -> None:
    score = pair_score({"a": 1, "b": 1, "c": 1}, {"a": "x", "b": "x", "c": "y"})
    assert (score.true_positive, score.predicted, score.actual) == (1, 3, 1)


@pytest.mark.skipif(not SHARED.is_dir(), reason="shared corpus not present")
def test_the_real_cross_article_cluster_of_the_corpus_is_one_statement() -> None:
    shared = json.loads((SHARED / "wikinews-en-shared-quotes.json").read_text(encoding="utf-8"))
    cluster = shared["clusters"][0]
    wanted = {a["id"] for a in cluster["articles"]}
    articles = []
    for line in (SHARED / "wikinews-en.jsonl").open(encoding="utf-8"):
        record = json.loads(line)
        if record["id"] in wanted:
            articles.append(_with_quoted_spans(record))
    collection = StatementCollection()
    collection.add(articles)
    wanted_words = cluster["quote_normalized"]
    matching = [
        s for s in collection.statements() if wanted_words in " ".join(normalise(s.text).tokens)
    ]
    assert len(matching) == 1
    statement = matching[0]
    assert {a.article_id for a in statement.appearances} == wanted
    assert statement.first_seen.article_id == cluster["first_published_id"]


def _with_quoted_spans(record: dict) -> Article:
    text = record["text"]
    quotes = []
    start = 0
    while (open_at := text.find('"', start)) >= 0:
        close_at = text.find('"', open_at + 1)
        if close_at < 0:
            break
        quotes.append(Quote(open_at + 1, close_at, text[open_at + 1 : close_at], "direct"))
        start = close_at + 1
    return Article(text=text, id=record["id"], published=record["published"],
                   outlet="Wikinews", url=record["url"], quotes=quotes)  # fmt: skip
