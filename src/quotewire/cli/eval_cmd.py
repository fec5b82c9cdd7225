"""``quotewire eval``: score extraction against an annotated gold set (docs/evaluation.md)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TextIO

import click
from rich import box
from rich.table import Table

from quotewire.cli.app import format_option, main
from quotewire.cli.output import print_json, stdout_console
from quotewire.errors import EvalFormatError
from quotewire.evaluate import Report, Scores, evaluate, quotewire_predictor, read_gold
from quotewire.evaluate.matching import RULES_BY_NAME
from quotewire.evaluate.scorer import KINDS
from quotewire.options import load_settings

SCOPE_TITLES = {"all": "all attributions", "speech": "speech cues only"}
# Header and width of each number column; compact so both tables fit 80 columns.
COLUMNS = (("gold", 4), ("pred", 4), ("P", 5), ("R", 5), ("F1", 5), ("spk", 5),
           ("e2eP", 5), ("e2eR", 5), ("e2eF1", 5))  # fmt: skip
TABLE_CAPTION = (
    "P/R/F1: quote detection; spk: speaker accuracy over matched quotes; "
    "e2eP/e2eR/e2eF1: quote found with the right speaker. Percent."
)


@main.command(name="eval", short_help="Score extraction against an annotated gold set.")
@click.argument("gold", metavar="GOLD.jsonl", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--split", help="Score only records of this split (e.g. dev).")
@format_option("table", "json")
@click.option(
    "--errors",
    "errors_path",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    help="Write every miss, false alarm and wrong speaker to this JSONL file.",
)
@click.option(
    "--errors-rule",
    type=click.Choice(sorted(RULES_BY_NAME)),
    default="overlap",
    show_default=True,
    help="Matching rule whose errors --errors writes.",
)
@click.option("--limit", type=click.IntRange(min=1), help="Score only the first N articles.")
def eval_command(
    gold: Path, split: str | None, fmt: str, errors_path: Path | None, errors_rule: str,
    limit: int | None,
) -> None:  # fmt: skip
    """Run extraction on each gold article and score it: quote detection, speakers, end to end."""
    try:
        records = read_gold(gold, split=split)
    except EvalFormatError as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(2)
    records = records[:limit] if limit else records
    errors_file = _open_errors(errors_path) if errors_path else None  # fail before the long run
    report = evaluate(records, quotewire_predictor(load_settings()), error_rule=errors_rule)
    for failure in report.failures:
        click.echo(f"error: {failure}", err=True)
    if errors_file is not None:
        with errors_file:
            for error in report.errors:
                errors_file.write(json.dumps(error, ensure_ascii=False) + "\n")
    if fmt == "json":
        print_json({"gold": str(gold), "split": split, **report.to_dict()})
    else:
        print_report(report, title=f"{gold.name}{f' ({split})' if split else ''}")
    sys.exit(1 if report.failures else 0)


def _open_errors(path: Path) -> TextIO:
    try:
        return path.open("w", encoding="utf-8")
    except OSError as error:
        click.echo(f"error: {path}: cannot write errors file ({error.strerror})", err=True)
        sys.exit(2)


def print_report(report: Report, *, title: str) -> None:
    """Two tables (all attributions, speech cues only): one row per matching rule and kind."""
    console = stdout_console()
    for scope, scope_title in SCOPE_TITLES.items():
        table = Table(
            title=f"{title}: {scope_title}", title_justify="left", box=box.SIMPLE_HEAD,
            pad_edge=False, padding=(0, 1, 0, 0),
        )  # fmt: skip
        table.add_column("rule", min_width=7)
        table.add_column("kind", min_width=8)
        for column, width in COLUMNS:
            table.add_column(column, justify="right", min_width=width)
        for rule in report.rules:
            for kind in KINDS:
                s = report.score(rule.name, scope, kind)
                table.add_row(
                    rule.name if kind == KINDS[0] else "",
                    kind,
                    str(s.counts.gold),
                    str(s.counts.predicted),
                    *_metric_cells(s),
                    style="bold" if kind == "all" else None,
                    end_section=kind == KINDS[-1],
                )  # fmt: skip
        console.print(table)
    console.print(TABLE_CAPTION, style="dim")
    errors = report.error_counts()
    console.print(
        f"{report.articles} articles in {report.seconds:.1f} s; "
        f"under the {report.error_rule} rule: misses {errors['miss']}, "
        f"false alarms {errors['false_alarm']}, wrong speakers {errors['wrong_speaker']}"
    )


def _metric_cells(s: Scores) -> list[str]:
    """Percentages; a dash where the ratio has nothing to count (e.g. no mixed quotes at all)."""
    c = s.counts
    pairs = [(s.precision, c.predicted), (s.recall, c.gold), (s.f1, c.predicted + c.gold),
             (s.speaker_accuracy, c.matched), (s.e2e_precision, c.predicted),
             (s.e2e_recall, c.gold), (s.e2e_f1, c.predicted + c.gold)]  # fmt: skip
    return [f"{100 * value:.1f}" if whole else "–" for value, whole in pairs]
