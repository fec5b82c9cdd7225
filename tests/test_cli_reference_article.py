"""The reference article end to end through the CLI: every statement, kind, cue, speaker, role,
date, occasion, insertion, header, credit and syndication line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "lavrov-csto.txt"

# (kind, cue, words the statement starts with, speaker mention) in text order.
EXPECTED = [
    ("indirect", ":", "the situation in Kazakhstan has shown the relevance", "Lavrov"),
    ("indirect", "said", "The situation in Kazakhstan has fully demonstrated", "Sergey Lavrov"),
    ("direct", "said", "I believe that in the situation", "Lavrov"),
    ("direct", "said", "You know what they say", "Lavrov"),
    ("indirect", "added", "the potential of peacekeeping forces had proved", "He"),
    ("direct", "summarized", "The West's astonishment", "Lavrov"),
    ("indirect", "said", "Attempts to undermine the situation in the CSTO", "the minister"),
    ("direct", "said", "I hope we will not have to use this experience", "Lavrov"),
    ("mixed", "noted", "these attacks became more risky", "Lavrov"),
    ("mixed", "added", "actions to ensure such preparedness", "The minister"),
    ("direct", "summarized", "There are such structures within the CSTO", "Lavrov"),
]  # fmt: skip


@pytest.fixture(scope="module")
def article() -> dict:
    result = subprocess.run(
        [sys.executable, "-m", "quotewire", "extract", str(EXAMPLE), "--format", "json",
         "--published", "2022-01-14"],
        capture_output=True, text=True, check=True, cwd=ROOT,
    )  # fmt: skip
    return json.loads(result.stdout)


@pytest.mark.slow
def test_every_statement(article: dict) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    quotes = article["quotes"]
    assert len(quotes) == len(EXPECTED), [q["text"][:50] for q in quotes]
    for quote, (kind, cue, words, mention) in zip(quotes, EXPECTED, strict=True):
        assert words in quote["text"], quote
        assert text[quote["start"] : quote["end"]] == quote["text"]
        assert quote["kind"] == kind, quote["text"][:60]
        assert quote["cue"] == cue, quote["text"][:60]
        assert quote["speaker"] == "Sergey Lavrov", quote["text"][:60]
        assert quote["speaker_role"] == "Russian Foreign Minister", quote["text"][:60]
        assert mention.lower() in quote["speaker_mention"]["text"].lower()
        m = quote["speaker_mention"]
        assert text[m["start"] : m["end"]] == m["text"]
        assert 0.0 < quote["confidence"] <= 1.0


@pytest.mark.slow
def test_direct_quotes_are_inside_the_marks(article: dict) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    for quote in article["quotes"]:
        if quote["kind"] == "direct":
            assert text[quote["start"] - 1] == '"' and text[quote["end"]] == '"'


@pytest.mark.slow
def test_date_and_occasion(article: dict) -> None:
    first = article["quotes"][1]
    assert first["date"] == "2022-01-14"
    assert first["occasion"] == "at a press conference on the results of Russian diplomacy in 2021"
    assert article["published"] == "2022-01-14"


@pytest.mark.slow
def test_later_statements_share_the_press_conference(article: dict) -> None:
    """Every statement but the one that states them was made at the same press conference; the
    headline's too, since the lead states them."""
    headline, stated, *later = article["quotes"]
    others = [headline, *later]
    assert stated["circumstances_from"] is None
    for quote in others:
        assert quote["circumstances_from"] == stated["attribution_id"], quote["text"][:60]
        assert (quote["date"], quote["occasion"]) == (stated["date"], stated["occasion"])


@pytest.mark.slow
def test_insertions(article: dict) -> None:
    insertions = [i["text"] for q in article["quotes"] for i in q["insertions"]]
    assert "[the situation]" in insertions
    tass = [i for i in insertions if i.startswith("(experience of involving the CSTO contingent")]
    assert len(tass) == 1 and tass[0].endswith("- TASS)")


@pytest.mark.slow
def test_structure(article: dict) -> None:
    assert article["title"].startswith("Lavrov: the situation in Kazakhstan")
    assert article["language"] == "en"
    assert article["syndicated_from"] == ["TASS"]
    assert [h["text"] for h in article["headers"]] == [
        "Attempts to undermine the situation in the CSTO countries",
        'GSV "Russia - Islamic world"',
    ]
    assert [c["text"] for c in article["credits"]] == ["Photo: Creative Commons"]
    assert article["syndication"][0]["line"]["text"] == "Based on materials from TASS"
    speakers = [s for s in article["speakers"] if s["name"] == "Sergey Lavrov"]
    assert len(speakers) == 1 and speakers[0]["role"] == "Russian Foreign Minister"
    assert {m["text"] for m in speakers[0]["mentions"]} >= {"Lavrov", "He", "the minister"}


@pytest.mark.slow
def test_without_published_the_year_stays_unknown() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "quotewire", "extract", str(EXAMPLE), "--format", "jsonl"],
        capture_output=True, text=True, check=True, cwd=ROOT,
    )  # fmt: skip
    article = json.loads(result.stdout)
    assert article["published"] == "--01-14"
    assert any("year is unknown" in note for note in article["notes"])
    assert article["quotes"][1]["date"] is None


def _table_output(columns: int) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "quotewire", "extract", str(EXAMPLE), "--published", "2022-01-14"],
        capture_output=True, text=True, check=True, cwd=ROOT,
        env={**os.environ, "COLUMNS": str(columns)},
    )  # fmt: skip
    return result.stdout


@pytest.mark.slow
def test_narrow_output_gives_each_statement_whole_lines() -> None:
    """Piped or on an 80-column terminal, each statement is a block: its words are not folded
    into a sliver of a table column."""
    out = _table_output(80)
    assert "┃" not in out
    assert '  1 indirect  Sergey Lavrov (Russian Foreign Minister), via "Lavrov"' in out
    assert "    the situation in Kazakhstan has shown the relevance" in out
    assert "occasion: at a press conference" in out
    assert "syndication: TASS: Based on materials from TASS" in out


@pytest.mark.slow
def test_wide_output_is_a_table() -> None:
    out = _table_output(150)
    assert "┃ statement" in out and "│ Sergey Lavrov" in out
    assert out.count("│  ") >= 11  # one row per statement
    assert "occasion: at a press conference" in out
    assert "(as #2)" in out
