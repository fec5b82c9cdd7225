"""The answers audit's agency set end to end: ingest -> statements -> provenance through the CLI.

``tests/data/statements/agency-set.jsonl`` was written for this test (constructed text; the
outlets, dates and wording are invented and say nothing about the real outlets): a TASS story
with its own "/TASS/" line, a Reuters story with "(Reuters) -" that quotes Lavrov trimmed, an
aggregator crediting "(AP) —", and a next-day paper that retells Reuters ("..., as Reuters
reported") and quotes a spokesman who "told Reuters". With them, the project's reference
article ``examples/lavrov-csto.txt`` (year-less, crediting TASS in its own words).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotewire.cli import main

ROOT = Path(__file__).resolve().parents[2]
AGENCY_SET = ROOT / "tests" / "data" / "statements" / "agency-set.jsonl"
REFERENCE = ROOT / "examples" / "lavrov-csto.txt"


def run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("agency") / "q.db")
    run("ingest", "--db", path, "-q", "-j", "1", str(AGENCY_SET), str(REFERENCE))
    return path


def statement(db: str, words: str) -> dict:
    (found,) = json.loads(run("statements", words, "--db", db, "--format", "json"))
    return json.loads(run("provenance", found["id"], "--db", db, "--format", "json"))


def test_who_reported_first_who_carried_it_and_who_republished(db: str) -> None:
    data = statement(db, "prepare for war")
    assert data["first_seen"]["outlet"] == "TASS"
    by_outlet = {a["outlet"]: a for a in data["appearances"]}
    assert set(by_outlet) >= {"TASS", "Reuters", "World News Digest", "The Daily Planet"}
    assert len(by_outlet) == 5  # and the reference article, which names no outlet
    # Reuters' trimmed quote is the same statement, printed on its own ("(Reuters) -" is
    # its own line, no credit); the aggregator's "(AP) —" credits AP, which is not stored.
    assert by_outlet["Reuters"]["republished_from"] is None
    assert by_outlet["TASS"]["republished_from"] is None
    assert by_outlet["World News Digest"]["republished_from"] == "AP"
    # The next day's "..., as Reuters reported" retells the stored Reuters story.
    planet = by_outlet["The Daily Planet"]
    assert planet["republished_from"] == "Reuters"
    assert planet["republication_of"] == by_outlet["Reuters"]["article_id"]
    (reference,) = [a for a in data["appearances"] if a["published"] == "--01-14"]
    assert reference["republication_of"] == by_outlet["TASS"]["article_id"]
    assert data["counts"] == {"appearances": 5, "outlets": 5, "independent_outlets": 3}
    assert {link["method"] for link in data["syndication"]} == {"original", "credit"}


def test_words_told_to_an_outlet_are_that_outlets_report(db: str) -> None:
    data = statement(db, "soldiers are going home")
    (appearance,) = data["appearances"]
    assert appearance["outlet"] == "The Daily Planet"
    assert appearance["republished_from"] == "Reuters"  # "a ... spokesman told Reuters"
    assert data["counts"]["independent_outlets"] == 1
