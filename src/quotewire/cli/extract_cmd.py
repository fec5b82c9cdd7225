"""``quotewire extract``: quotes and speakers of articles, as a table, JSON or JSONL."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import click
from rich.console import Group
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from quotewire.cli.app import format_option, main
from quotewire.cli.output import print_json, print_jsonl, stdout_console
from quotewire.errors import ExtractionError, InputError
from quotewire.nlp.dates import parse_iso_date
from quotewire.options import load_settings
from quotewire.pipeline import LANGUAGES, extract_batch
from quotewire.quotes.carried_circumstances import carried_from
from quotewire.read.sources import INPUT_FORMATS, read_sources
from quotewire.types import Article, Document, Quote

KIND_STYLES = {"direct": "green", "indirect": "cyan", "mixed": "magenta"}
WIDE_TABLE = 110  # columns below which the table's statement column is too narrow to read


@main.command()
@click.argument("inputs", nargs=-1, required=True, metavar="FILE... | -")
@format_option("table", "json", "jsonl")
@click.option("--published", help="Publication date (ISO 8601) for texts without one.")
@click.option(
    "--lang",
    type=click.Choice(LANGUAGES, case_sensitive=False),
    help="Language of the articles (skips detection).",
)
@click.option(
    "--input-format",
    type=click.Choice(INPUT_FORMATS),
    default=None,
    help="How to read the inputs (default: by file extension, else by the first bytes, as for -).",
)
def extract(
    inputs: tuple[str, ...], fmt: str, published: str | None, lang: str | None,
    input_format: str | None,
) -> None:  # fmt: skip
    """Find who said what in each article.

    Inputs are text files, JSONL of {"id", "text", "published", "title", "url", "outlet"} (or
    JSON: one such object or an array; or a CSV/TSV table with those columns), HTML, feeds,
    WARC files, folders, URLs, or - for stdin (its format is sniffed).
    """
    try:
        published = parse_iso_date(published)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--published") from error
    settings = load_settings(language=lang)
    failures = 0

    def documents() -> Iterator[Document]:
        """Stream the inputs, reporting the unreadable ones as they come."""
        nonlocal failures
        for item in read_sources(inputs, settings, input_format=input_format):
            if isinstance(item, InputError):
                failures += 1
                click.echo(f"error: {item}", err=True)
            else:
                yield item

    articles = []
    for result in extract_batch(documents(), published=published, lang=lang, settings=settings,
                                return_errors=True):  # fmt: skip
        if isinstance(result, ExtractionError):
            failures += 1
            click.echo(f"error: {result}", err=True)
        elif fmt == "jsonl":
            print_jsonl([result.to_dict()])
        elif fmt == "table":
            print_article(result)
        else:
            articles.append(result)
    if fmt == "json":
        print_json([a.to_dict() for a in articles] if len(articles) != 1 else articles[0].to_dict())
    sys.exit(1 if failures else 0)


def print_article(article: Article) -> None:
    """A readable, coloured summary of one article's statements: a table on a wide terminal,
    one block per statement on a narrow one (and when piped, where rich assumes 80 columns),
    so that the statement is never squeezed into a sliver beside the speaker column."""
    console = stdout_console()
    header = Text()
    header.append(article.title or article.id or "(untitled)", style="bold")
    header.append(f"\n{article.id}  published {article.published or 'unknown'}  "
                  f"language {article.language}")  # fmt: skip
    if article.syndicated_from:
        header.append(f"  syndicated from {', '.join(article.syndicated_from)}", style="yellow")
    for note in article.notes:
        header.append(f"\nnote: {note}", style="dim")
    console.print(header)
    if console.width >= WIDE_TABLE:
        console.print(_statement_table(article))
    else:
        for number, quote in enumerate(article.quotes, 1):
            console.print(_statement_block(number, quote, _carried_from(article, quote)))
    extras = [("header", s.text) for s in article.headers] + [
        ("credit", s.text) for s in article.credits
    ]
    extras += [("syndication", f"{c.source}: {c.line.text}") for c in article.syndication]
    for kind, text in extras:
        console.print(Text.assemble((f"{kind}: ", "dim"), text))
    console.print()


def _speaker_lines(quote: Quote) -> list[str]:
    lines = [quote.speaker or "[unresolved]"]
    if quote.speaker_role:
        lines.append(f"({quote.speaker_role})")
    if quote.speaker_mention and quote.speaker_mention.text != quote.speaker:
        lines.append(f'via "{quote.speaker_mention.text}"')
    return lines


def _statement_table(article: Article) -> Table:
    table = Table(show_lines=True, expand=True)
    table.add_column("#", no_wrap=True, justify="right")
    table.add_column("kind", no_wrap=True)
    table.add_column("speaker", min_width=16, max_width=28)
    table.add_column("cue", no_wrap=True)
    table.add_column("statement", ratio=1)
    table.add_column("date", no_wrap=True)
    table.add_column("conf", no_wrap=True, justify="right")
    for number, quote in enumerate(article.quotes, 1):
        statement = Text(quote.text if len(quote.text) <= 160 else quote.text[:157] + "...")
        carried = _carried_from(article, quote)
        if quote.occasion:
            statement.append(f"\noccasion: {quote.occasion}{carried}", style="dim")
        table.add_row(
            str(number),
            Text(quote.kind, style=KIND_STYLES.get(quote.kind, "")),
            Text("\n".join(_speaker_lines(quote))),
            Text(quote.cue or ""),
            statement,
            # "as #2" under a date says where the date came from; with no date it is only
            # on the occasion line (as on the web page)
            Text(f"{quote.date}\n{carried.strip()}".strip() if quote.date else ""),
            f"{quote.confidence:.2f}",
        )
    return table


def _carried_from(article: Article, quote: Quote) -> str:
    """The note " (as #2)" when the statement's date and occasion are those statement 2 states
    (``Quote.circumstances_from``), else nothing."""
    index = carried_from(article.quotes, quote)
    return f" (as #{index + 1})" if index is not None else ""


def _statement_block(number: int, quote: Quote, carried: str = "") -> Group:
    """One statement for a narrow terminal: number, kind, speaker and cue on one line, then
    the whole statement with its date and occasion, indented under it."""
    line = Text()
    line.append(f"{number:>3} ", style="bold")
    line.append(quote.kind, style=KIND_STYLES.get(quote.kind, ""))
    line.append("  ")
    speaker = _speaker_lines(quote)
    line.append(speaker[0], style="bold")
    if speaker[1:]:
        line.append(" " + ", ".join(speaker[1:]))
    line.append(f"  {quote.cue or '(no cue)'} · {quote.confidence:.2f}", style="dim")
    body = Text(quote.text)
    when = [f"date: {quote.date}"] if quote.date else []
    when += [f"occasion: {quote.occasion}"] if quote.occasion else []
    when[-1:] = [f"{w}{carried}" for w in when[-1:]]
    if when:
        body.append("\n" + "  ".join(when), style="dim")
    return Group(line, Padding(body, (0, 0, 1, 4), expand=False))
