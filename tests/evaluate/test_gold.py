"""Reading gold files: valid records load; every kind of breakage names the file and line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotewire.errors import EvalFormatError
from quotewire.evaluate import read_gold

DATA = Path(__file__).resolve().parents[1] / "data" / "gold"


def test_reads_the_shipped_gold_sets() -> None:
    records = read_gold(DATA / "tiny.jsonl", split="dev")
    assert [r.id for r in records] == ["tiny/bridge", "tiny/budget"]
    assert records[0].published == "2024-03-04"
    assert [q.kind for q in records[0].quotes] == ["indirect", "direct", "direct", "indirect"]
    lavrov = read_gold(DATA / "lavrov-csto.jsonl")[0]
    assert len(lavrov.quotes) == 11
    assert {q.speaker for q in lavrov.quotes} == {"Sergey Lavrov"}
    for quote in lavrov.quotes:
        assert lavrov.text[quote.start : quote.end] == quote.text


def _write(tmp_path: Path, *lines: str | bytes) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_bytes(b"".join((x if isinstance(x, bytes) else x.encode()) + b"\n" for x in lines))
    return path


def _record(**changes: object) -> str:
    record = {"id": "a", "split": "dev", "text": "He said it.",
              "quotes": [{"start": 8, "end": 10, "text": "it", "kind": "indirect",
                          "speaker": "He", "speaker_mentions": ["He"], "cue": "said"}]}  # fmt: skip
    quote_changes = changes.pop("quote", {})
    record["quotes"][0].update(quote_changes)  # type: ignore[index]
    record.update(changes)
    return json.dumps(record)


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        (["{not json"], "gold.jsonl:1: not valid JSON"),
        ([_record(), "[1, 2]"], "gold.jsonl:2: expected a JSON object"),
        ([_record(id=None)], "gold.jsonl:1: missing or invalid 'id'"),
        ([_record(quote={"end": 99})], "gold.jsonl:1: quote 0: offsets 8..99"),
        ([_record(quote={"text": "is"})], "gold.jsonl:1: quote 0: 'text' 'is' differs"),
        ([_record(quote={"kind": "paraphrase"})], "gold.jsonl:1: quote 0: 'kind' must be"),
        ([_record(quote={"speaker_mentions": "He"})], "'speaker_mentions' must be a list"),
        ([_record(), _record()], "gold.jsonl:2: duplicate id 'a'"),
        ([b"\xff\xfe binary"], "gold.jsonl:1: not UTF-8 text"),
        ([""], "no gold records"),
    ],
)
def test_malformed_gold_names_file_and_line(
    tmp_path: Path, lines: list[str | bytes], message: str
) -> None:
    path = _write(tmp_path, *lines)
    with pytest.raises(EvalFormatError, match=message.replace(".", r"\.").replace("[", r"\[")):
        read_gold(path)


def test_missing_file_and_missing_split(tmp_path: Path) -> None:
    with pytest.raises(EvalFormatError, match="cannot open gold file"):
        read_gold(tmp_path / "absent.jsonl")
    with pytest.raises(
        EvalFormatError, match=r"no records with split 'test' \(splits present: dev\)"
    ):
        read_gold(_write(tmp_path, _record()), split="test")
