"""``quotewire ingest | watch | search | export``: the store from the command line."""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta

import click
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from quotewire.cli.app import cli_settings, db_option, format_option, limit_option, main
from quotewire.cli.output import print_csv, print_json, print_table
from quotewire.feed_polling import poll_due_feeds, seconds_until_due
from quotewire.ingest import IngestReport, ingest
from quotewire.options import Settings
from quotewire.store import QuoteHit, Store
from quotewire.store.dialect import redact
from quotewire.store.export import export_csv, export_jsonl, export_parquet

MAX_LISTED_PROBLEMS = 50
HIT_COLUMNS = ("speaker", "quote", "kind", "date", "outlet")
QUOTE_CHARS_SHOWN = 200
REDRAW_SECONDS = 0.1  # the progress bar redraws at most this often


@contextmanager
def open_store(db: str, *, read_only: bool = False) -> Iterator[Store]:
    """Open the store and close it after; a store that cannot be opened is a ``StoreError``,
    which the command group prints as a one-line error (``cli.app._Group``)."""
    with Store.open(db, read_only=read_only) as store:
        yield store


@main.command("ingest", short_help="Read, extract and store articles: files, feeds, URLs.")
@click.argument("sources", nargs=-1, required=True, metavar="SOURCE...")
@db_option
@click.option(
    "--jobs", "-j", type=click.IntRange(min=1), help="Extracting processes, this one included."
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="dask: extract on a Dask cluster (see docs/distributed.md).",
)
@click.option("--scheduler", help="Dask scheduler, tcp://HOST:8786 (default: a LocalCluster).")
def ingest_command(sources: tuple[str, ...], db: str, jobs: int | None, quiet: bool, engine: str,
                   scheduler: str | None) -> None:  # fmt: skip
    """Read, extract and store articles: text/HTML files, folders, JSONL, RSS/Atom feeds
    (file or URL), WARC(.gz) or URLs. Articles already stored are not extracted again."""
    from quotewire.read.sources import read_sources

    settings = cli_settings().with_overrides(db=db, jobs=jobs)
    console = Console(stderr=True)
    with open_store(db) as store, _progress(console, disabled=quiet) as advance:
        try:
            if engine == "dask":
                report = _ingest_dask(sources, store, settings, scheduler)
            else:
                report = ingest(read_sources(sources, settings), store, settings=settings,
                                on_progress=advance)  # fmt: skip
        except KeyboardInterrupt:
            console.print("interrupted: every article stored so far is kept; run again to finish")
            sys.exit(130)
    print_summary(report, db)
    sys.exit(0 if report.ok else 1)


def _ingest_dask(
    sources: tuple[str, ...], store: Store, settings: Settings, scheduler: str | None
) -> IngestReport:
    """``--engine dask``: partitions extracted by Dask workers, then loaded into ``store``."""
    from quotewire.distributed import ingest_distributed

    result = ingest_distributed(sources, store, settings=settings, scheduler=scheduler)
    click.echo(result.describe(), err=True)
    return result.report


@contextmanager
def _progress(console: Console, *, disabled: bool) -> Iterator:  # type: ignore[type-arg]
    """A progress bar with rate and ETA on a terminal; nothing otherwise.

    It redraws when ingest reports progress, not from a thread of its own: with no other
    thread running, ingest can fork its extraction workers (see ``quotewire.extraction_pool``)."""
    progress = Progress(
        SpinnerColumn(),
        TextColumn("[bold]ingest"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]} articles/s"),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=console,
        disable=disabled or not console.is_terminal,
        transient=False,
        auto_refresh=False,
    )
    task = progress.add_task("ingest", total=None, rate="-")
    started = time.perf_counter()
    drawn = [started]

    def advance(report: IngestReport, total: int | None) -> None:
        now = time.perf_counter()
        elapsed = max(now - started, 1e-9)
        redraw = now - drawn[0] >= REDRAW_SECONDS or report.read == total
        progress.update(task, completed=report.read, total=total,
                        rate=f"{report.read / elapsed:.1f}", refresh=redraw)  # fmt: skip
        if redraw:
            drawn[0] = now

    with progress:
        yield advance


def print_summary(report: IngestReport, db: str) -> None:
    rate = report.read / report.seconds if report.seconds else 0.0
    click.echo(
        f"{redact(db)}: read {_count(report.read, 'article')} in {report.seconds:.1f} s "
        f"({rate:.1f}/s): {report.new} new, {report.updated} updated, {report.unchanged} "
        f"unchanged, {report.skipped} skipped, {report.failed} failed; "
        f"{_count(report.quotes, 'quote')} stored"
    )
    for label, problems in (("skipped", report.skips), ("failed", report.failures)):
        for problem in problems[:MAX_LISTED_PROBLEMS]:
            click.echo(f"{label}: {problem}", err=True)
        if len(problems) > MAX_LISTED_PROBLEMS:
            click.echo(f"{label}: ... and {len(problems) - MAX_LISTED_PROBLEMS} more", err=True)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")


@main.command("watch")
@click.argument("feeds", nargs=-1, required=True, metavar="FEED...")
@db_option
@click.option("--every", default="10m", show_default=True, help="Poll interval: 90s, 10m, 1h.")
@click.option(
    "--jobs", "-j", type=click.IntRange(min=1), help="Extracting processes, this one included."
)
@click.option("--once", is_flag=True, help="Poll the feeds that are due once, then exit.")
def watch_command(
    feeds: tuple[str, ...], db: str, every: str, jobs: int | None, once: bool
) -> None:
    """Poll RSS/Atom feeds and ingest new items. Safe to stop and restart: the time of each
    poll is kept in the database, and stored articles are never extracted twice."""
    from quotewire.read.sources import read_sources

    interval = parse_interval(every)
    settings = cli_settings().with_overrides(db=db, jobs=jobs)
    failed = False
    with open_store(db) as store:
        try:
            while True:
                polls = poll_due_feeds(
                    feeds, store, lambda feed: read_sources([feed], settings),
                    every=interval, settings=settings,
                )  # fmt: skip
                for poll in polls:
                    report = poll.report
                    failed = failed or not report.ok
                    click.echo(
                        f"{poll.polled_at:%Y-%m-%d %H:%M:%S} {poll.feed}: {report.new} new, "
                        f"{report.updated} updated, {report.unchanged} unchanged, "
                        f"{report.failed} failed; {report.quotes} quotes stored"
                    )
                    for problem in report.failures[:MAX_LISTED_PROBLEMS]:
                        click.echo(f"failed: {problem}", err=True)
                if once:
                    break
                time.sleep(max(1.0, seconds_until_due(feeds, store, interval)))
        except KeyboardInterrupt:
            click.echo("stopped; the next run resumes from the polls recorded in the database")
            return
    sys.exit(1 if failed else 0)


def parse_interval(text: str) -> timedelta:
    """``90``, ``90s``, ``10m``, ``1h``, ``1d`` -> timedelta."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*", text)
    if not match or float(match.group(1)) <= 0:
        raise click.BadParameter(
            f"{text!r} is not an interval like 90s, 10m or 1h", param_hint="--every"
        )
    unit = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}[match.group(2)]
    return timedelta(seconds=float(match.group(1)) * unit)


@main.command("search", short_help="Full-text search of the stored quotes.")
@click.argument("query", required=False, default="")
@db_option
@click.option(
    "--speaker",
    help="Part of the speaker's name, or of the person it was resolved to (George W. Bush "
    "also finds articles that wrote Bush); case and accents ignored.",
)
@click.option("--since", help="Only quotes on or after this date (YYYY-MM-DD).")
@click.option("--until", help="Only quotes on or before this date (YYYY-MM-DD).")
@click.option("--outlet", help="Only articles from this outlet.")
@click.option("--kind", type=click.Choice(["direct", "indirect", "mixed"]), help="Quote kind.")
@limit_option("quotes")
@click.option("--offset", type=click.IntRange(min=0), default=0, show_default=True,
              help="Skip this many first (the next page: --offset 20).")  # fmt: skip
@format_option("table", "json", "csv")
def search_command(
    query: str, db: str, speaker: str | None, since: str | None, until: str | None,
    outlet: str | None, kind: str | None, limit: int, offset: int, fmt: str,
) -> None:  # fmt: skip
    """Full-text search of quotes, best match first: words, "a phrase", a or b, -word.
    Without QUERY, the newest quotes matching the filters."""
    since, until = date_prefix(since, "--since"), date_prefix(until, "--until")
    with open_store(db, read_only=True) as store:
        hits = store.search(query, speaker=speaker, since=since, until=until, outlet=outlet,
                            kind=kind, limit=limit, offset=offset)  # fmt: skip
    rows = [hit.to_dict() for hit in hits]
    if fmt == "json":
        print_json(rows)
    elif fmt == "csv":
        print_csv(rows, list(QuoteHit.__dataclass_fields__))
    else:
        shown = [
            {
                "speaker": hit.speaker,
                "quote": _shorten(hit.text, QUOTE_CHARS_SHOWN),
                "kind": hit.kind,
                "date": hit.date or hit.published,
                "outlet": hit.outlet,
            }
            for hit in hits
        ]
        print_table(shown, HIT_COLUMNS, title=f"{len(rows)} quotes", styles={"speaker": "bold"})


@main.command("export")
@db_option
@click.option(
    "--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet"]), default="jsonl",
    show_default=True, help="jsonl: one article per line; csv, parquet: one quote per row.",
)  # fmt: skip
@click.option("--out", type=click.Path(dir_okay=False), help="Output file (default: stdout).")
@click.option("--include-text", is_flag=True, help="JSONL: add each article's full text.")
@click.option(
    "--spreadsheet-safe", is_flag=True,
    help="CSV: prefix cells that start with = + - @ with ' so a spreadsheet shows them as text.",
)  # fmt: skip
def export_command(
    db: str, fmt: str, out: str | None, include_text: bool, spreadsheet_safe: bool
) -> None:
    """Export every stored article (JSONL) or quote (CSV, Parquet)."""
    if fmt == "parquet" and not out:
        raise click.UsageError("--format parquet needs --out FILE")
    with open_store(db, read_only=True) as store:
        if fmt == "parquet":
            count = export_parquet(store, out or "")
        else:
            with click.open_file(out or "-", "w", encoding="utf-8") as handle:
                if fmt == "jsonl":
                    count = export_jsonl(store, handle, include_text=include_text)
                else:
                    count = export_csv(store, handle, spreadsheet_safe=spreadsheet_safe)
    if out:
        unit = "articles" if fmt == "jsonl" else "quotes"
        click.echo(f"wrote {count} {unit} to {out}", err=True)


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def date_prefix(value: str | None, option: str) -> str | None:
    """Accept YYYY, YYYY-MM or YYYY-MM-DD, as the prefix of an ISO date."""
    if value is None:
        return None
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value.strip()):
        raise click.BadParameter(f"{value!r} is not a date like 2020-01-31", param_hint=option)
    return value.strip()
