"""Statement indexing prepared in the extraction workers stores exactly what the writer's own
indexing stores: the same statement, syndication and speaker tables, row for row."""

from __future__ import annotations

import pickle
from multiprocessing.reduction import ForkingPickler
from pathlib import Path

import pytest

from quotewire.extraction_pool import Ready, _finish
from quotewire.ingest import _Run, ingest
from quotewire.options import Settings
from quotewire.read.sources import read_sources
from quotewire.statements.service import Statements, prepare_article
from quotewire.store import Store
from quotewire.types import Article, Document, Quote

STATEMENT_TABLES = (
    "statement_articles", "article_sketch_keys", "article_duplicates", "syndication_links",
    "statement_forms", "statement_index_keys", "statement_edges", "statement_appearances",
    "speaker_identities", "speaker_entities",
)  # fmt: skip
CORPUS = Path(__file__).parents[1] / "data" / "store" / "wikinews-en-24.jsonl"


def statement_tables(store: Store) -> dict[str, list[tuple]]:  # type: ignore[type-arg]
    return {
        table: sorted(tuple(row.values()) for row in store.dialect.fetch(f"SELECT * FROM {table}"))
        for table in STATEMENT_TABLES
    }


def article(n: int, said: str, outlet: str) -> Article:
    text = (
        f'Report {n} from {outlet}. The minister said "{said}" on Monday, and the opposition '
        "leader answered that the plan would cost far more than the government admits."
    )
    start = text.index(said)
    return Article(
        text=text, id=f"a{n}", url=f"https://{outlet}.example/{n}", outlet=outlet,
        quotes=[Quote(start, start + len(said), said, "direct", speaker="Anna Berg")],
        extractor_version="0.1.0",
    )  # fmt: skip


def test_prepared_articles_index_exactly_as_unprepared_ones(tmp_path: Path) -> None:
    articles = [
        article(1, "we will build the new bridge before the winter", "north"),
        article(2, "we will build the new bridge before the winter", "south"),  # same statement
        article(3, "the budget leaves nothing for the schools this year", "north"),
    ]
    stores = []
    for name in ("plain", "prepared"):
        store = Store.open(str(tmp_path / f"{name}.db"))
        for item in articles:
            store.save_article(item)
        if name == "prepared":
            Statements(store).index_prepared([prepare_article(a) for a in articles])
        else:
            Statements(store).update_articles(articles)
        stores.append(store)
    plain, prepared_store = (statement_tables(s) for s in stores)
    assert plain["statement_appearances"]
    assert plain == prepared_store
    for store in stores:
        store.close()


@pytest.mark.slow
def test_two_jobs_index_statements_as_one_job_does(tmp_path: Path) -> None:
    tables = []
    for jobs in (1, 2):
        with Store.open(str(tmp_path / f"jobs{jobs}.db")) as store:
            report = ingest(read_sources([str(CORPUS)]), store, jobs=jobs)
            assert (report.new, report.failed) == (24, 0)
            tables.append(statement_tables(store))
    assert tables[0]["statement_appearances"]
    assert tables[0] == tables[1]


def test_the_writer_stores_from_the_workers_rows_as_from_the_articles(tmp_path: Path) -> None:
    """The extracting processes send each article's rows and prepared indexing, not the
    ``Article``; the writer stores every table exactly as from the articles themselves."""
    articles = [
        article(1, "we will build the new bridge before the winter", "north"),
        article(2, "we will build the new bridge before the winter", "south"),
        article(3, "the budget leaves nothing for the schools this year", "north"),
    ]
    documents = [Document(id=a.id or "", text=a.text, url=a.url) for a in articles]
    sent = pickle.loads(ForkingPickler.dumps(_finish(list(articles))))
    assert all(isinstance(item, Ready) for item in sent)
    assert b"quotewire.types" not in bytes(ForkingPickler.dumps(sent))
    dumps = []
    for name, results in (("articles", list(articles)), ("rows", sent)):
        with Store.open(str(tmp_path / f"{name}.db")) as store:
            run = _Run(store, Settings(), None)
            with run.writing():
                run.store_chunk(documents, results)
            run.resolve_speakers()
            assert (run.report.new, run.report.failed) == (3, 0)
            dumps.append(
                {
                    table: statement_tables(store)[table]
                    if table in STATEMENT_TABLES
                    else sorted(
                        tuple(v for k, v in row.items() if k not in ("ingested_at", "updated_at"))
                        for row in store.dialect.fetch(f"SELECT * FROM {table}")
                    )
                    for table in (*STATEMENT_TABLES, "articles", "quotes", "speakers")
                }
            )
    assert dumps[0]["statement_appearances"]
    assert dumps[0] == dumps[1]


def test_a_batch_is_prepared_as_its_articles_one_by_one() -> None:
    """The workers prepare a batch at once (``prepare_articles``: one pass of the array code
    for all its forms and bodies); each article gets what preparing it alone gives, and a
    failed extraction keeps its place."""
    from quotewire.errors import ExtractionError

    articles = [
        article(1, "we will build the new bridge before the winter", "north"),
        article(2, "the budget leaves nothing for the schools this year", "south"),
        Article(text="No quotes here at all.", id="a3", url="https://east.example/3"),
        article(4, "we will build the new bridge before the winter", "west"),
    ]
    failed = ExtractionError("a5", "the model broke")
    sent = _finish([*articles[:2], failed, *articles[2:]])
    assert sent[2] is failed
    ready = [item for item in sent if isinstance(item, Ready)]
    assert [r.statements.article_id for r in ready] == [
        prepare_article(a).article_id for a in articles
    ]
    for item, alone in zip(ready, articles, strict=True):
        assert pickle.dumps(item.statements) == pickle.dumps(prepare_article(alone))
    assert [len(r.statements.forms) for r in ready] == [1, 1, 0, 1]
    assert ready[0].statements.index_keys == ready[3].statements.index_keys
