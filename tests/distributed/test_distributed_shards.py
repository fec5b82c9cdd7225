"""Parquet shards: lossless round trip of articles, atomic appearance, skip when done."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq

from quotewire.distributed.shards import (
    QUOTES,
    read_articles,
    read_errors,
    remove_temporary,
    shard_exists,
    shard_path,
    write_shard,
)
from quotewire.types import Article, Mention, Paragraph, Quote, Span, Speaker, SyndicationCredit

TEXT = (
    "Lavrov says the CSTO is ready\n\n"
    "MOSCOW, January 14 (TASS) - Russian Foreign Minister Sergey Lavrov said on Friday that "
    '"the organisation is ready to help" its members. He added that talks [with NATO] would go on.'
)


def _article(url: str | None = "https://example.org/a", text: str = TEXT) -> Article:
    said = text.index("the organisation")
    lavrov = text.index("Sergey Lavrov")
    he = text.index("He added")
    return Article(
        text=text,
        id="record-7",
        title="Lavrov says the CSTO is ready",
        published="2022-01-14",
        language="en",
        url=url,
        outlet="TASS",
        paragraphs=[Paragraph(0, 29, "title"), Paragraph(31, len(text), "body")],
        title_span=Span.of(text, 0, 29),
        dateline=Span.of(text, 31, 47),
        syndication=[SyndicationCredit("TASS", Span.of(text, 48, 54))],
        quotes=[
            Quote(
                start=said,
                end=said + 36,
                text=text[said : said + 36],
                kind="direct",
                cue="said",
                cue_span=Span.of(text, lavrov + 14, lavrov + 18),
                speaker="Sergey Lavrov",
                speaker_id="s1",
                speaker_role="Foreign Minister",
                speaker_mention=Mention(lavrov, lavrov + 13, "Sergey Lavrov", "name"),
                confidence=0.87654321,
                date="2022-01-14",
                date_text=Span.of(text, lavrov + 19, lavrov + 28),
                occasion=None,
                insertions=[Span.of(text, text.index("[with"), text.index("NATO]") + 5)],
                attribution_id="a1",
            )
        ],
        speakers=[
            Speaker(
                "s1",
                "Sergey Lavrov",
                "person",
                "Foreign Minister",
                [
                    Mention(lavrov, lavrov + 13, "Sergey Lavrov"),
                    Mention(he, he + 2, "He", "pronoun"),
                ],
            ),
        ],
        notes=["a note"],
        extractor_version="9.9.9",
    )


def test_articles_come_back_exactly_as_written(tmp_path: Path):
    articles = [("in.jsonl:1", _article()), ("in.jsonl:2", _article(url=None, text=TEXT + " X"))]
    summary = write_shard(tmp_path, "k1", articles, [("in.jsonl:3", "not JSON")])
    assert (summary.articles, summary.quotes, summary.speakers, summary.errors) == (2, 2, 2, 1)
    assert list(read_articles(tmp_path, "k1")) == articles
    assert read_errors(tmp_path, "k1") == [("in.jsonl:3", "not JSON")]
    columns = pq.read_table(shard_path(tmp_path, "k1") / QUOTES).column_names
    assert {"id", "article_id", "text", "speaker", "confidence"} <= set(columns)


def test_one_input_holding_an_article_twice_keeps_both_rows_apart(tmp_path: Path):
    article = _article()
    twice = [("a:1", article), ("a:2", _article())]
    write_shard(tmp_path, "k", twice, [])
    back = list(read_articles(tmp_path, "k"))
    assert [len(a.quotes) for _, a in back] == [1, 1]


def test_an_existing_shard_is_never_overwritten(tmp_path: Path):
    write_shard(tmp_path, "k", [("first", _article())], [])
    again = write_shard(tmp_path, "k", [], [("x", "y")])
    assert again.skipped and again.articles == 1
    assert [origin for origin, _ in read_articles(tmp_path, "k")] == ["first"]


def test_a_killed_writer_leaves_no_shard_and_the_rest_is_cleaned(tmp_path: Path):
    leftover = tmp_path / ".tmp-k-123"
    leftover.mkdir()
    (leftover / "articles.parquet").write_bytes(b"PAR1 half written")
    assert not shard_exists(tmp_path, "k")
    assert remove_temporary(tmp_path) == 1
    assert list(tmp_path.iterdir()) == []
    write_shard(tmp_path, "k", [("o", _article())], [])
    assert shard_exists(tmp_path, "k") and remove_temporary(tmp_path) == 0


def test_an_empty_partition_makes_an_empty_shard(tmp_path: Path):
    summary = write_shard(tmp_path, "empty", [], [])
    assert (summary.articles, summary.quotes) == (0, 0)
    assert list(read_articles(tmp_path, "empty")) == []
