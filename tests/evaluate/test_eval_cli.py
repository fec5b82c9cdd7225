"""``quotewire eval`` end to end on a tiny gold file, and its errors on broken input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotewire.cli import main

GOLD = Path(__file__).resolve().parents[1] / "data" / "gold" / "tiny.jsonl"


def test_malformed_gold_exits_non_zero_naming_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(GOLD.read_text(encoding="utf-8") + '{"id": "x", "text": 3}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(bad)])
    assert result.exit_code == 2
    assert f"{bad}:3: missing or invalid 'text'" in result.stderr
    assert "Traceback" not in result.output


def test_unknown_split_is_a_clear_error() -> None:
    result = CliRunner().invoke(main, ["eval", str(GOLD), "--split", "train"])
    assert result.exit_code == 2
    assert "no records with split 'train' (splits present: dev)" in result.stderr


@pytest.mark.slow
def test_json_report_and_errors_file(tmp_path: Path) -> None:
    errors_path = tmp_path / "errors.jsonl"
    result = CliRunner().invoke(
        main,
        ["eval", str(GOLD), "--split", "dev", "--format", "json", "--errors", str(errors_path)],
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["articles"] == 2 and report["gold_quotes"] == 6
    assert len(report["scores"]) == 4 * 2 * 4  # rules x scopes x kinds
    cells = {(s["rule"], s["scope"], s["kind"]): s for s in report["scores"]}
    overall = cells[("overlap", "all", "all")]
    assert cells[("overlap", "speech", "all")]["gold"] == 5  # "believe" is not a speech cue
    errors = [json.loads(line) for line in errors_path.read_text(encoding="utf-8").splitlines()]
    counts = report["error_counts"]
    assert len(errors) == sum(counts.values())
    assert counts["miss"] == overall["gold"] - overall["matched"]
    assert counts["false_alarm"] == overall["predicted"] - overall["matched"]
    assert counts["wrong_speaker"] == overall["matched"] - overall["speaker_correct"]
    for error in errors:
        assert error["type"] in {"miss", "false_alarm", "wrong_speaker"}
        assert error["article"] in {"tiny/bridge", "tiny/budget"}
        assert error["context"]
    # the tiny set is easy: quotewire finds its direct quotes with their speakers
    assert cells[("overlap", "all", "direct")]["e2e_recall"] >= 0.66


@pytest.mark.slow
def test_table_report() -> None:
    result = CliRunner().invoke(main, ["eval", str(GOLD)])
    assert result.exit_code == 0, result.output
    assert "tiny.jsonl: all attributions" in result.stdout
    assert "tiny.jsonl: speech cues only" in result.stdout
    assert "2 articles in" in result.stdout


def test_unwritable_errors_file_fails_before_extraction(tmp_path: Path) -> None:
    target = tmp_path / "missing-folder" / "errors.jsonl"
    result = CliRunner().invoke(main, ["eval", str(GOLD), "--errors", str(target)])
    assert result.exit_code == 2
    assert f"{target}: cannot write errors file" in result.stderr
