"""``quotewire ingest / search / speakers / export / watch`` end to end, with the real model."""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotewire.cli import main
from quotewire.store import Store

pytestmark = pytest.mark.slow

CORPUS = Path(__file__).parents[1] / "data" / "store" / "wikinews-en-24.jsonl"


def corpus_lines(count: int) -> list[str]:
    return CORPUS.read_text(encoding="utf-8").splitlines()[:count]


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "quotewire.db")


def test_ingest_then_again_changes_nothing(tmp_path: Path, db: str) -> None:
    source = tmp_path / "articles.jsonl"
    source.write_text("\n".join(corpus_lines(4)) + "\n", encoding="utf-8")
    code, out, err = run("ingest", str(source), "--db", db)
    assert code == 0, err
    assert "read 4 articles" in out and "4 new" in out and "0 failed" in out
    with Store.open(db, read_only=True) as store:
        first = [a.to_dict(include_text=True) for a in store.iter_articles()]
        assert store.stats().quotes > 0
    code, out, _ = run("ingest", str(source), "--db", db)
    assert code == 0
    assert "0 new, 0 updated, 4 unchanged" in out and "0 quotes stored" in out
    with Store.open(db, read_only=True) as store:
        assert [a.to_dict(include_text=True) for a in store.iter_articles()] == first


def test_bad_inputs_are_reported_and_the_rest_is_stored(tmp_path: Path, db: str) -> None:
    good = tmp_path / "first.jsonl"
    good.write_text(corpus_lines(1)[0] + "\n", encoding="utf-8")
    code, out, _ = run("ingest", str(good), "--db", db)
    assert code == 0 and ": read 1 article in " in out
    with Store.open(db, read_only=True) as store:
        before = [a.to_dict(include_text=True) for a in store.iter_articles()]

    folder = tmp_path / "inputs"
    folder.mkdir()
    lines = corpus_lines(3)
    (folder / "a.jsonl").write_text(
        "\n".join([lines[1], "{this is not json", lines[2]]) + "\n", encoding="utf-8"
    )
    (folder / "b.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "c.txt").write_bytes(b"")
    whole = gzip.compress((lines[0] + "\n").encode() * 50)
    (folder / "d.jsonl.gz").write_bytes(whole[: len(whole) // 2])
    shutil.copy(good, folder / "e.jsonl")  # already stored: unchanged

    code, out, err = run("ingest", str(folder), "--db", db)
    assert code == 1
    assert "2 new" in out and "1 unchanged" in out
    failures = [line for line in err.splitlines() if line.startswith("failed: ")]
    named = " ".join(failures)
    assert "a.jsonl:2" in named and "b.txt" in named and "c.txt" in named
    assert "d.jsonl.gz" in named
    assert all(len(line) < 400 for line in failures)
    assert "Traceback" not in out + err
    with Store.open(db, read_only=True) as store:
        assert store.stats().articles == 3
        kept = store.article(before[0]["id"]).to_dict(include_text=True)
        assert kept == before[0]


def test_missing_source_fails_with_its_name(tmp_path: Path, db: str) -> None:
    code, _, err = run("ingest", str(tmp_path / "nowhere.jsonl"), "--db", db)
    assert code == 1
    assert "nowhere.jsonl: no such file or folder" in err


def test_search_speakers_and_export_read_the_store(tmp_path: Path, db: str) -> None:
    source = tmp_path / "articles.jsonl"
    source.write_text("\n".join(corpus_lines(6)) + "\n", encoding="utf-8")
    assert run("ingest", str(source), "--db", db, "--quiet")[0] == 0
    code, out, _ = run("speakers", "--db", db, "--top", "3", "--format", "json")
    speakers = json.loads(out)
    assert code == 0 and 1 <= len(speakers) <= 3
    assert speakers[0]["quotes"] >= speakers[-1]["quotes"]
    name = speakers[0]["name"]
    code, out, _ = run("search", "--db", db, "--speaker", name, "--format", "json")
    hits = json.loads(out)
    assert code == 0 and len(hits) == min(speakers[0]["quotes"], 20)
    word = max(hits[0]["text"].split(), key=len).strip('.,;:"')
    code, out, _ = run("search", word, "--db", db, "--format", "json")
    assert hits[0]["quote_id"] in {hit["quote_id"] for hit in json.loads(out)}
    code, out, _ = run("search", word, "--db", db, "--format", "csv")
    assert out.startswith("quote_id,article_id,text")
    code, out, _ = run("search", word, "--db", db)
    assert code == 0 and "quotes" in out
    code, out, _ = run("export", "--db", db, "--format", "jsonl")
    articles = [json.loads(line) for line in out.splitlines()]
    assert len(articles) == 6 and all("quotes" in a and "url" in a for a in articles)
    parquet = tmp_path / "q.parquet"
    assert run("export", "--db", db, "--format", "parquet", "--out", str(parquet))[0] == 0
    import pyarrow.parquet as pq

    assert pq.read_table(parquet).num_rows == sum(len(a["quotes"]) for a in articles)


def test_query_commands_on_a_missing_database_say_so(tmp_path: Path) -> None:
    code, _, err = run("search", "anything", "--db", str(tmp_path / "none.db"))
    assert code == 1 and "no such database" in err
    assert not (tmp_path / "none.db").exists()


@pytest.mark.parametrize("command", [["search", "anything"], ["export"], ["speakers"]])
def test_query_commands_on_a_file_that_is_not_a_database_say_so(
    tmp_path: Path, command: list[str]
) -> None:
    notes = tmp_path / "corpus.jsonl"
    notes.write_text(corpus_lines(1)[0] + "\n", encoding="utf-8")
    before = notes.read_bytes()
    result = CliRunner().invoke(main, [*command, "--db", str(notes)])
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit)  # no traceback
    assert "corpus.jsonl: not a quotewire database" in result.stderr
    assert notes.read_bytes() == before


def test_bad_dates_and_intervals_are_usage_errors(db: str) -> None:
    assert run("search", "x", "--db", db, "--since", "last week")[0] == 2
    assert run("watch", "feed.xml", "--db", db, "--every", "soon")[0] == 2


def test_a_language_without_an_engine_is_a_usage_error(tmp_path: Path) -> None:
    """``--lang english`` used to extract nothing and exit 0, with only a note saying why."""
    article = tmp_path / "a.txt"
    article.write_text("The minister said the talks were useful.", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(article), "--lang", "english"])
    assert result.exit_code == 2 and "'english' is not one of 'en', 'ru'" in result.output


def test_watch_once_ingests_a_feed_and_remembers_the_poll(tmp_path: Path, db: str) -> None:
    records = [json.loads(line) for line in corpus_lines(2)]
    items = "".join(
        f"<item><title>{r['title']}</title><link>{r['url']}</link>"
        f"<pubDate>{r['published']}</pubDate><description><![CDATA["
        + "".join(f"<p>{p}</p>" for p in r["text"].split("\n\n"))
        + "]]></description></item>"
        for r in records
    )
    feed = tmp_path / "feed.rss"
    feed.write_text(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wikinews</title>{items}'
        "</channel></rss>",
        encoding="utf-8",
    )
    code, out, err = run("watch", str(feed), "--db", db, "--once")
    assert code == 0, err
    assert "2 new" in out
    code, out, _ = run("watch", str(feed), "--db", db, "--once", "--every", "1h")
    assert code == 0 and out == ""  # polled less than an hour ago: not due
    with Store.open(db, read_only=True) as store:
        assert store.stats().articles == 2
        assert store.last_feed_poll(str(feed)) is not None
