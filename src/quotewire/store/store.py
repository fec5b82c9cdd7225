"""``Store``: articles, quotes and speakers in SQLite (default) or PostgreSQL.

One ``Store`` holds one connection. Each article is written with its quotes, speakers and
syndication credits in one transaction, so a killed process leaves whole articles or none.
Saving is idempotent: the same article (same URL, else same text) is stored once; saving it
again changes nothing unless its text changed or a newer extractor produced it.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from quotewire.errors import NotFoundError, StoreError
from quotewire.store import codec, queries
from quotewire.store.dialect import Dialect, open_dialect, placeholders, redact
from quotewire.store.migrate import applied, migrate, pending
from quotewire.store.records import QuoteHit, SaveResult, SpeakerSummary, StoredVersion, StoreStats
from quotewire.types import Article


class Store:
    """The quotewire database. Open with :meth:`Store.open`; use as a context manager.

    Thread-safe: calls are serialised on the one connection (enough for a small web app;
    open one ``Store`` per process for parallel work).
    """

    def __init__(self, dialect: Dialect, target: str, *, read_only: bool = False) -> None:
        self._db = dialect
        self._lock = threading.RLock()
        self.target = target
        self.read_only = read_only

    @classmethod
    def open(
        cls, target: str = "quotewire.db", *, read_only: bool = False, timeout: float = 30.0
    ) -> Store:
        """Open (and, unless ``read_only``, create and migrate) a SQLite file or PostgreSQL URL.

        ``timeout`` is how long to wait for a lock or a connection, in seconds. A read-only
        store refuses to open a database whose schema is older than this code.
        """
        dialect = open_dialect(str(target), read_only=read_only, timeout=timeout)
        try:
            if read_only:
                missing = [m.name for m in pending(dialect)]
                if missing:
                    raise StoreError(
                        f"{redact(str(target))}: database schema is out of date (missing "
                        f"{', '.join(missing)}); open it once for writing (e.g. quotewire "
                        "ingest) to migrate it"
                    )
            else:
                migrate(dialect)
        except BaseException:
            dialect.close()
            raise
        return cls(dialect, str(target), read_only=read_only)

    @property
    def backend(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return self._db.name

    @property
    def dialect(self) -> Dialect:
        """The open connection's dialect, for modules that keep tables of their own
        (``quotewire.statements``); use it under ``transaction()``."""
        return self._db

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing -------------------------------------------------------------------------

    @contextmanager
    def batch(self, doing: str = "writing") -> Iterator[None]:
        """Commit every write made inside at once. Each write inside still runs in a
        transaction of its own nested in this one (a savepoint), so one that fails is undone
        alone and the rest commit. One commit per batch instead of one per article is what
        keeps ingest's single writer cheap; a killed process loses the uncommitted batch
        whole, never part of an article."""
        with self._guard(doing), self._db.transaction():
            yield

    def save_article(self, article: Article) -> SaveResult:
        """Store an extracted article with its quotes and speakers, in one transaction.

        ``new`` when first seen; ``unchanged`` when stored with the same text by the same or a
        newer extractor; otherwise ``updated`` in place (old quotes and speakers replaced).
        ``save_rows`` does the same from rows shaped elsewhere (``codec.article_rows``).
        """
        return self.save_rows(codec.article_rows(article))

    def save_rows(self, rows: codec.ArticleRows) -> SaveResult:
        """``save_article`` from the article's rows alone (``codec.article_rows``): ingest's
        workers shape them, and the writer never needs the ``Article``."""
        article_id = rows.article_id
        now = _now()
        row = {**rows.article, "ingested_at": now, "updated_at": now}
        name = row["source_id"] or article_id
        with self._guard(f"saving article {name}"), self._db.transaction():
            stored = self._stored(article_id)
            if stored and not needs_update(stored, row["content_hash"], row["extractor_version"]):
                return SaveResult("unchanged", article_id, self._quote_count(article_id))
            if stored:
                for table in ("quotes", "speakers", "syndication_credits"):
                    self._db.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
                changed = [c for c in codec.ARTICLE_COLUMNS if c not in ("id", "ingested_at")]
                self._db.execute(
                    f"UPDATE articles SET {', '.join(f'{c} = ?' for c in changed)} WHERE id = ?",
                    [*(row[c] for c in changed), article_id],
                )
            else:
                self._db.execute(
                    f"INSERT INTO articles ({', '.join(codec.ARTICLE_COLUMNS)}) "
                    f"VALUES ({placeholders(len(codec.ARTICLE_COLUMNS))})",
                    [row[c] for c in codec.ARTICLE_COLUMNS],
                )
            self._insert("speakers", codec.SPEAKER_COLUMNS, rows.speakers)
            self._insert("quotes", codec.QUOTE_COLUMNS, rows.quotes)
            self._insert("syndication_credits", codec.SYNDICATION_COLUMNS, rows.syndication)
        return SaveResult("updated" if stored else "new", article_id, len(rows.quotes))

    def stored_version(self, *, url: str | None = None, text: str = "") -> StoredVersion | None:
        """What is stored for the article with this URL (else this text), or ``None``.

        Lets a caller skip extraction for an article that would be saved ``unchanged``.
        """
        article_id = codec.store_id(Article(text=text, url=url))
        with self._guard("reading"):
            return self._stored(article_id)

    def record_feed_poll(self, feed: str, *, new: int, failed: int, error: str | None) -> None:
        """Remember when a feed was polled (``quotewire watch`` resumes from this)."""
        with self._guard("recording a feed poll"), self._db.transaction():
            self._db.execute("DELETE FROM feed_polls WHERE feed = ?", (feed,))
            self._db.execute(
                "INSERT INTO feed_polls (feed, polled_at, new_articles, failed, last_error) "
                "VALUES (?, ?, ?, ?, ?)",
                (feed, _now(), new, failed, error),
            )

    def last_feed_poll(self, feed: str) -> datetime | None:
        rows = self._fetch("SELECT polled_at FROM feed_polls WHERE feed = ?", (feed,))
        return datetime.fromisoformat(rows[0]["polled_at"]) if rows else None

    # -- reading -------------------------------------------------------------------------

    def article(self, article_id: str) -> Article:
        """The stored article, by store id or by the id its source gave it."""
        rows = self._fetch(
            "SELECT * FROM articles WHERE id = ? OR source_id = ? ORDER BY id = ? DESC LIMIT 1",
            (article_id, article_id, article_id),
        )
        if not rows:
            raise NotFoundError(f"no article with id {article_id!r}")
        return self._rebuild(rows[0])

    def iter_articles(self, *, batch_size: int = 200) -> Iterator[Article]:
        """Every article with its quotes and speakers, in id order, a batch at a time."""
        last = ""
        while True:
            rows = self._fetch(
                "SELECT * FROM articles WHERE id > ? ORDER BY id LIMIT ?", (last, batch_size)
            )
            if not rows:
                return
            for row in rows:
                yield self._rebuild(row)
            last = rows[-1]["id"]

    def search(
        self,
        query: str | None = None,
        *,
        speaker: str | None = None,
        since: str | None = None,
        until: str | None = None,
        outlet: str | None = None,
        kind: str | None = None,
        limit: int = 20,
        offset: int = 0,
    ) -> list[QuoteHit]:
        """Quotes best matching ``query`` (full text, ranked), all filters combined.

        ``query`` reads like a web search: words (all must occur, English stemming),
        ``"exact phrase"``, ``a or b``, ``-excluded``. Without a query, newest first.
        ``speaker`` matches part of the name, case-insensitively; ``since``/``until`` are
        inclusive ISO dates compared with the quote's date, else the article's.
        """
        filters = queries.Filters(speaker, False, since, until, outlet, kind)
        with self._guard("searching"):
            return queries.search(self._db, query, filters, limit=limit, offset=offset)

    def quotes_by_speaker(
        self,
        name: str,
        *,
        since: str | None = None,
        until: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> list[QuoteHit]:
        """Every quote attributed to exactly this name (case-insensitive), newest first."""
        filters = queries.Filters(name, True, since, until)
        with self._guard("reading quotes"):
            return queries.search(self._db, None, filters, limit=limit, offset=offset)

    def speakers(
        self,
        *,
        top: int = 20,
        offset: int = 0,
        since: str | None = None,
        until: str | None = None,
        outlet: str | None = None,
    ) -> list[SpeakerSummary]:
        """Names as articles wrote them, by number of quotes: counts, roles, first and last
        date. No identity resolution ("Lavrov" and "Sergey Lavrov" are two rows): for people
        merged across articles use ``quotewire.statements.service.Statements.speakers``."""
        filters = queries.Filters(since=since, until=until, outlet=outlet)
        with self._guard("reading speakers"):
            return queries.speakers(self._db, filters, top=top, offset=offset)

    def stats(self) -> StoreStats:
        row = self._fetch(
            "SELECT COUNT(*) AS articles, COUNT(DISTINCT outlet) AS outlets, "
            "MIN(published) AS first_published, MAX(published) AS last_published FROM articles"
            " WHERE published IS NULL OR published NOT LIKE '--%'"
        )[0]
        quotes = self._fetch(
            "SELECT COUNT(*) AS quotes, COUNT(DISTINCT speaker) AS speakers FROM quotes"
        )[0]
        with self._guard("reading"):
            migrations = applied(self._db)
        return StoreStats(
            backend=self.backend,
            articles=self._count("articles"),
            quotes=int(quotes["quotes"]),
            speakers=int(quotes["speakers"]),
            outlets=int(row["outlets"]),
            first_published=row["first_published"],
            last_published=row["last_published"],
            migrations=migrations,
        )

    # -- helpers -------------------------------------------------------------------------

    @contextmanager
    def _guard(self, doing: str) -> Iterator[None]:
        """Serialise use of the connection; database errors become ``StoreError``."""
        with self._lock:
            try:
                yield
            except self._db.errors as error:
                raise StoreError(f"{redact(self.target)}: {doing} failed: {error}") from error

    def _fetch(self, sql: str, params: tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        with self._guard("reading"):
            return self._db.fetch(sql, params)

    def _count(self, table: str) -> int:
        return int(self._fetch(f"SELECT COUNT(*) AS n FROM {table}")[0]["n"])

    def _stored(self, article_id: str) -> StoredVersion | None:
        rows = self._db.fetch(
            "SELECT id, content_hash, extractor_version FROM articles WHERE id = ?", (article_id,)
        )
        if not rows:
            return None
        return StoredVersion(rows[0]["id"], rows[0]["content_hash"], rows[0]["extractor_version"])

    def _quote_count(self, article_id: str) -> int:
        rows = self._db.fetch(
            "SELECT COUNT(*) AS n FROM quotes WHERE article_id = ?", (article_id,)
        )
        return int(rows[0]["n"])

    def _insert(self, table: str, columns: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
        self._db.executemany(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({placeholders(len(columns))})",
            rows,
        )

    def _rebuild(self, row: dict[str, Any]) -> Article:
        quotes = self._fetch(
            "SELECT * FROM quotes WHERE article_id = ? ORDER BY position", (row["id"],)
        )
        speakers = self._fetch(
            "SELECT * FROM speakers WHERE article_id = ? ORDER BY id", (row["id"],)
        )
        return codec.article_from_rows(row, quotes, speakers)


def needs_update(stored: StoredVersion, content_hash: str, extractor_version: str | None) -> bool:
    """Whether an article must be (re-)extracted and re-stored over what is stored."""
    return stored.content_hash != content_hash or is_newer(
        extractor_version, stored.extractor_version
    )


def is_newer(version: str | None, than: str | None) -> bool:
    """Compare dotted versions numerically ("0.10.0" > "0.9.1"); unknown is oldest."""
    if version is None or version == than:
        return False
    if than is None:
        return True
    try:
        return tuple(int(p) for p in version.split(".")) > tuple(int(p) for p in than.split("."))
    except ValueError:
        return version > than


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
