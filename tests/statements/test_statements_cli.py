"""The commands: statements, provenance, speakers (and merge / split): JSON, table, CSV."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from statement_articles import BODY, make_article

from quotewire.cli import main
from quotewire.store import Store


@pytest.fixture
def db(tmp_path: Path) -> str:
    """A store that ingest filled but whose statements were never indexed (catch-up does it)."""
    path = str(tmp_path / "q.db")
    with Store.open(path) as store:
        store.save_article(
            make_article("tass", "TASS", "2022-01-14", BODY, speaker="Sergey Lavrov")
        )
        store.save_article(make_article("daily", "Daily", "2022-01-15",
                                        [*BODY, "Based on materials from TASS"],
                                        speaker="Sergei Lavrov"))  # fmt: skip
    return path


def run(*args: str) -> str:
    result = CliRunner(env={"COLUMNS": "250"}).invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_statements_json_has_the_documented_fields(db: str) -> None:
    (statement,) = json.loads(run("statements", "peacekeeping", "--db", db, "--format", "json"))
    assert set(statement) >= {"id", "text", "speaker", "first_seen", "appearances"}
    assert statement["first_seen"]["outlet"] == "TASS"
    assert statement["counts"] == {"appearances": 2, "outlets": 2, "independent_outlets": 1}
    republished = [a["republication_of"] for a in statement["appearances"]]
    assert republished[0] is None and republished[1] is not None
    assert json.loads(run("statements", "--db", db, "--min-outlets", "3", "--format", "json")) == []


def test_provenance_and_table_output(db: str) -> None:
    (statement,) = json.loads(run("statements", "--db", db, "--format", "json"))
    table = run("provenance", statement["id"][:10], "--db", db)
    assert "republication of" in table and "independent" in table
    data = json.loads(run("provenance", statement["id"], "--db", db, "--format", "json"))
    assert [link["method"] for link in data["syndication"]]


def test_unknown_statement_is_a_one_line_error(db: str) -> None:
    result = CliRunner().invoke(main, ["provenance", "0000000000", "--db", db])
    assert result.exit_code != 0
    assert "no statement with id" in result.output and "Traceback" not in result.output


def test_speakers_lists_merged_people_ranked_by_quotes(db: str) -> None:
    (lavrov,) = json.loads(run("speakers", "--db", db, "--format", "json"))
    assert lavrov["variants"] == {"Sergei Lavrov": 1, "Sergey Lavrov": 1}
    assert (lavrov["quotes"], lavrov["articles"], lavrov["outlets"]) == (2, 2, 2)
    assert (lavrov["first_date"], lavrov["last_date"]) == ("2022-01-14", "2022-01-15")
    table = run("speakers", "--db", db)
    assert "Most quoted speakers" in table and "Sergei Lavrov" in table
    header, row = run("speakers", "--db", db, "--format", "csv").splitlines()
    assert header == "id,name,variants,quotes,articles,outlets,roles,first_date,last_date"
    assert ",2,2,2," in row
    assert (
        json.loads(run("speakers", "--since", "2022-01-15", "--db", db, "--format", "json"))[0][
            "quotes"
        ]
        == 1
    )
    assert json.loads(run("speakers", "--name", "merkel", "--db", db, "--format", "json")) == []


def test_speakers_merge_and_split(db: str) -> None:
    def lavrovs() -> list[dict]:
        return json.loads(run("speakers", "--name", "lavrov", "--db", db, "--format", "json"))

    (entity,) = lavrovs()
    run("speakers", "split", entity["id"], "Sergei Lavrov", "--db", db, "--format", "json")
    assert len(lavrovs()) == 2
    run("speakers", "merge", "Sergey Lavrov", "Sergei Lavrov", "--db", db)
    assert len(lavrovs()) == 1
