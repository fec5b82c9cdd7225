"""JSON Lines: one article per line; a bad line is reported by file:line and skipped."""

from __future__ import annotations

import gzip
import io
import json
import tracemalloc
from pathlib import Path

from quotewire.options import Settings
from quotewire.read.ids import document_id
from quotewire.read.sources import read_sources

RECORD = {
    "id": "a1",
    "text": "The minister said the talks were useful.\n\nHe will return in May.",
    "url": "https://news.example/a1",
    "published": "2024-05-03",
    "title": "Talks useful, minister says",
    "outlet": "Example News",
    "lang": "en",
    "section": "World",
}


def write_lines(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def test_the_fixture_corpus_sample(inputs: Path, settings: Settings, split) -> None:
    path = inputs / "wikinews-sample.jsonl"
    docs, errors = split(read_sources([str(path)], settings))
    assert errors == []
    assert [d.id for d in docs[:3]] == ["enwn-1003", "enwn-4865", "enwn-5215"]
    first = docs[0]
    assert first.title == "Israeli army kills three Egyptians in border incident"
    assert first.published == "2004-11-18"
    assert first.language == "en"
    assert first.origin == f"{path}:1"
    assert first.extra["attribution"].startswith('"Israeli army kills three Egyptians')
    assert first.text.startswith("GAZA - The Israeli Army")


def test_an_html_record_goes_through_trafilatura(inputs: Path, settings: Settings) -> None:
    *_, html_doc = read_sources([str(inputs / "wikinews-sample.jsonl")], settings)
    assert html_doc.title == "Italian journalist Giuliana Sgrena freed"
    assert html_doc.published == "2005-03-04"  # the record's date wins over the page's
    assert html_doc.id == document_id(url="https://en.wikinews.org/wiki/?curid=5356")
    assert "Giuliana Sgrena was freed from captivity in Iraq today." in html_doc.text
    assert "Main page" not in html_doc.text
    assert "attribution" in html_doc.extra


def test_fields_and_unknown_fields(tmp_path: Path, settings: Settings) -> None:
    path = write_lines(tmp_path / "a.jsonl", [json.dumps(RECORD)])
    (doc,) = read_sources([str(path)], settings)
    assert (doc.id, doc.url, doc.published, doc.title, doc.outlet, doc.language) == (
        "a1",
        "https://news.example/a1",
        "2024-05-03",
        "Talks useful, minister says",
        "Example News",
        "en",
    )
    assert doc.text == RECORD["text"]
    assert doc.extra == {"section": "World"}


def test_ids_without_an_id_field(tmp_path: Path, settings: Settings) -> None:
    with_url = {k: v for k, v in RECORD.items() if k != "id"}
    bare = {"text": "The mayor said the bridge would reopen."}
    path = write_lines(tmp_path / "a.jsonl", [json.dumps(with_url), json.dumps(bare), "  "])
    first, second = read_sources([str(path)], settings)
    assert first.id == document_id(url="https://news.example/a1")
    assert second.id == document_id(content=bare["text"])
    assert [d.id for d in read_sources([str(path)], settings)] == [first.id, second.id]


def test_bad_lines_are_reported_and_reading_goes_on(
    tmp_path: Path, settings: Settings, split
) -> None:
    lines = [
        json.dumps(RECORD),
        '{"id": "broken", "text": "unterminated',
        "[1, 2, 3]",
        json.dumps({"id": "no-text", "title": "Only a title"}),
        json.dumps({"id": "empty", "text": "   "}),
        json.dumps({**RECORD, "id": "a2"}),
    ]
    path = write_lines(tmp_path / "mixed.jsonl", lines)
    docs, errors = split(read_sources([str(path)], settings))
    assert [d.id for d in docs] == ["a1", "a2"]
    assert [str(e) for e in errors] == [
        f"{path}:2: not JSON: Unterminated string starting at (column 26)",
        f"{path}:3: a JSON list, not an object",
        f"{path}:4: no 'text' or 'html' field",
        f"{path}:5: the 'text' / 'html' field is empty or not a string",
    ]


def test_a_line_in_a_legacy_encoding_is_decoded(tmp_path: Path, settings: Settings) -> None:
    record = {"id": "fr", "text": "Le président a déclaré « non » à Genève, où il était arrivé."}
    path = tmp_path / "fr.jsonl"
    path.write_bytes(json.dumps(record, ensure_ascii=False).encode("cp1252") + b"\n")
    (doc,) = read_sources([str(path)], settings)
    assert doc.text == record["text"]


def test_utf16_jsonl_is_one_clear_error(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "export.jsonl"  # what Windows PowerShell 5's ">" writes
    path.write_bytes((json.dumps(RECORD) + "\n" + json.dumps(RECORD) + "\n").encode("utf-16"))
    (error,) = read_sources([str(path)], settings)
    assert str(error) == f"{path}: UTF-16 text: JSON Lines must be UTF-8; save it as UTF-8"


def test_a_cut_inside_the_first_line_says_so(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "cut.jsonl.gz"
    data = gzip.compress((json.dumps(RECORD) + "\n").encode())
    path.write_bytes(data[: len(data) // 2])
    (error,) = read_sources([str(path)], settings)
    assert str(error).startswith(f"{path}:1: input ends abruptly within its first line: ")


def test_a_json_array_and_a_pretty_printed_object_are_articles(
    tmp_path: Path, settings: Settings
) -> None:
    array = tmp_path / "export.json"
    array.write_text(json.dumps([RECORD, {**RECORD, "id": "a2"}], indent=2), encoding="utf-8")
    first, second = read_sources([str(array)], settings)
    assert (first.id, first.origin, second.id, second.origin) == (
        "a1", f"{array}#1", "a2", f"{array}#2"
    )  # fmt: skip
    assert first.text == RECORD["text"] and first.extra["section"] == "World"
    pretty = json.dumps(RECORD, indent=2).encode()
    (sniffed,) = read_sources(["-"], settings, stdin=io.BytesIO(pretty))
    assert sniffed.id == "a1" and sniffed.origin == "<stdin>"


def test_bad_json_files_are_one_error_each(tmp_path: Path, settings: Settings, split) -> None:
    mixed = tmp_path / "mixed.json"
    mixed.write_text(json.dumps([1, {"id": "x"}, RECORD]), encoding="utf-8")
    docs, errors = split(read_sources([str(mixed)], settings))
    assert [d.id for d in docs] == ["a1"]
    assert [str(e) for e in errors] == [
        f"{mixed}#1: a JSON int, not an object",
        f"{mixed}#2: no 'text' or 'html' field",
    ]
    broken = tmp_path / "broken.json"
    broken.write_text('{\n  "id": "a1",\n  "text": "cut', encoding="utf-8")
    (error,) = read_sources([str(broken)], settings)
    assert str(error).startswith(f"{broken}: not JSON: Unterminated string")
    (tmp_path / "empty.json").write_text("[]", encoding="utf-8")
    (error,) = read_sources([str(tmp_path / "empty.json")], settings)
    assert str(error).endswith("empty input (an empty JSON array)")


def test_a_json_file_over_the_limit_says_how_to_make_json_lines(
    tmp_path: Path, settings: Settings
) -> None:
    path = tmp_path / "corpus.json"
    record = json.dumps(RECORD)
    path.write_text("[" + ",".join([record] * (9 * 1024 * 1024 // len(record))) + "]")
    (error,) = read_sources([str(path)], settings)
    assert str(error) == (
        f"{path}: JSON file larger than 8388608 bytes; skipped (make JSON Lines of it, one "
        "object a line, e.g. jq -c '.[]' FILE.json > FILE.jsonl)"
    )


def test_empty_file(tmp_path: Path, settings: Settings) -> None:
    path = write_lines(tmp_path / "empty.jsonl", ["", ""])
    (error,) = read_sources([str(path)], settings)
    assert str(error) == f"{path}: empty input (no JSON lines)"


def test_gzipped_jsonl(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "a.jsonl.gz"
    path.write_bytes(gzip.compress((json.dumps(RECORD) + "\n").encode()))
    (doc,) = read_sources([str(path)], settings)
    assert doc.id == "a1"


def test_truncated_gzip_keeps_the_lines_read(tmp_path: Path, settings: Settings, split) -> None:
    lines = "".join(json.dumps({**RECORD, "id": f"a{n}"}) + "\n" for n in range(2000))
    data = gzip.compress(lines.encode())
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) * 2 // 3])
    docs, errors = split(read_sources([str(path)], settings))
    assert 100 < len(docs) < 2000
    assert [d.id for d in docs] == [f"a{n}" for n in range(len(docs))]
    (error,) = errors
    assert str(error).startswith(f"{path}:{len(docs) + 1}: input ends abruptly after line ")
    assert "truncated or corrupt gzip" in str(error)


def test_a_huge_line_streams_in_bounded_memory(tmp_path: Path, split) -> None:
    """40 MB with no newline, then one good line: memory stays near the line limit."""
    settings = Settings(max_article_chars=1000)
    path = tmp_path / "huge.jsonl"
    with path.open("wb") as out:
        out.write(b'{"id": "huge", "text": "')
        chunk = b"x" * (1 << 20)
        for _ in range(40):
            out.write(chunk)
        out.write(b'"}\n' + json.dumps(RECORD).encode() + b"\n")
    tracemalloc.start()
    try:
        docs, errors = split(read_sources([str(path)], settings))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [d.id for d in docs] == ["a1"]
    assert str(errors[0]) == f"{path}:1: line longer than 8388608 bytes; skipped"
    assert peak < 24 * 1024 * 1024
