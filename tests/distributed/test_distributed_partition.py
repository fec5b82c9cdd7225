"""Partitioning: every input byte belongs to exactly one partition, and reading the partitions
gives what reading the whole input gives (no model, no cluster)."""

from __future__ import annotations

import itertools
import os
from pathlib import Path

import pytest

from quotewire.distributed.partition import (
    Partition,
    auto_partition_bytes,
    jsonl_partitions,
    plan_partitions,
    warc_partitions,
)
from quotewire.distributed.worker import ExtractJob, read_partition
from quotewire.errors import InputError
from quotewire.options import Settings
from quotewire.read.sources import read_sources
from quotewire.types import Document

SETTINGS = Settings()


def _documents(items) -> list[tuple[str, str, str | None]]:
    return [(d.id, d.text, d.url) for d in items if isinstance(d, Document)]


def _read_all(partitions: list[Partition]) -> list:
    return [item for p in partitions for item in read_partition(p, SETTINGS)]


@pytest.mark.parametrize("partition_bytes", [1, 700, 5_000, 16_000, 10_000_000])
def test_jsonl_ranges_cover_the_file_on_line_boundaries(corpus: Path, partition_bytes: int):
    partitions = jsonl_partitions(str(corpus), partition_bytes)
    data = corpus.read_bytes()
    assert partitions[0].start == 0 and partitions[-1].end == len(data)
    for left, right in itertools.pairwise(partitions):
        assert left.end == right.start
        assert data[right.start - 1 : right.start] == b"\n"
    if partition_bytes == 1:
        assert len(partitions) == data.count(b"\n")  # one line each
    if partition_bytes >= len(data):
        assert len(partitions) == 1


@pytest.mark.parametrize("partition_bytes", [1, 9_000, 10_000_000])
def test_reading_jsonl_partitions_equals_reading_the_file(corpus: Path, partition_bytes: int):
    whole = list(read_sources([str(corpus)], SETTINGS))
    parts = _read_all(jsonl_partitions(str(corpus), partition_bytes))
    assert len(_documents(whole)) == 20
    assert _documents(parts) == _documents(whole)


def test_bad_lines_are_reported_with_file_and_offset(tmp_path: Path, corpus: Path):
    good = corpus.read_text(encoding="utf-8").splitlines()[:2]
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join([good[0], "{not json", good[1], "[1, 2]"]) + "\n", encoding="utf-8")
    partitions = jsonl_partitions(str(path), 1)
    items = _read_all(partitions)
    errors = [i for i in items if isinstance(i, InputError)]
    assert len(_documents(items)) == 2
    assert [e.reason.split(":")[0] for e in errors] == ["not JSON", "a JSON list, not an object"]
    second_line_start = len(good[0].encode()) + 1
    assert errors[0].source == f"{path}@{second_line_start}:1"


def test_empty_jsonl_file_is_one_partition_reporting_it(tmp_path: Path):
    path = tmp_path / "empty.jsonl"
    path.write_bytes(b"")
    partitions = plan_partitions([str(path)])
    assert len(partitions) == 1
    (error,) = _read_all(partitions)
    assert isinstance(error, InputError) and "empty" in error.reason


def test_warc_ranges_hold_whole_records(tmp_path: Path, corpus_records, make_warc):
    path = make_warc(tmp_path / "pages.warc.gz", corpus_records[:6])
    whole = list(read_sources([str(path)], SETTINGS))
    partitions = warc_partitions(str(path), 1)
    assert len(partitions) == 6  # one gzip member per record, each its own partition
    assert _documents(_read_all(partitions)) == _documents(whole)
    assert len(_documents(whole)) == 6


def test_uncompressed_and_whole_gzip_warcs(tmp_path: Path, corpus_records, make_warc):
    plain = make_warc(tmp_path / "pages.warc", corpus_records[:4], gzip=False)
    assert len(warc_partitions(str(plain), 1)) == 4
    assert _documents(_read_all(warc_partitions(str(plain), 1))) == _documents(
        read_sources([str(plain)], SETTINGS)
    )
    import gzip

    whole_gzip = tmp_path / "whole.warc.gz"
    whole_gzip.write_bytes(gzip.compress(plain.read_bytes()))
    assert len(warc_partitions(str(whole_gzip), 1)) == 1


def test_files_folders_and_missing_paths_become_source_lists(tmp_path: Path, corpus_records):
    folder = tmp_path / "articles"
    (folder / "sub").mkdir(parents=True)
    for i, record in enumerate(corpus_records[:3]):
        (folder / f"{i}.txt").write_text(record["text"], encoding="utf-8")
    (folder / "sub" / "3.txt").write_text(corpus_records[3]["text"], encoding="utf-8")
    (folder / ".hidden.txt").write_text("not read", encoding="utf-8")
    missing = str(tmp_path / "missing.txt")
    partitions = plan_partitions([str(folder), missing], partition_bytes=3_000)
    assert all(p.kind == "sources" for p in partitions)
    listed = [s for p in partitions for s in p.sources]
    assert listed == [str(folder / f"{i}.txt") for i in range(3)] + [
        str(folder / "sub" / "3.txt"),
        missing,
    ]
    items = _read_all(partitions)
    assert _documents(items) == _documents(read_sources([str(folder)], SETTINGS))
    assert [i.source for i in items if isinstance(i, InputError)] == [missing]


def test_standard_input_cannot_be_partitioned():
    with pytest.raises(ValueError, match="standard input"):
        plan_partitions(["-"])


def test_keys_are_stable_and_change_with_the_input_and_the_job(tmp_path: Path, corpus: Path):
    path = tmp_path / "copy.jsonl"
    path.write_bytes(corpus.read_bytes())
    job = ExtractJob(SETTINGS)
    first = [p.key(job.key) for p in plan_partitions([str(path)], partition_bytes=20_000)]
    again = [p.key(job.key) for p in plan_partitions([str(path)], partition_bytes=20_000)]
    assert first == again and len(set(first)) == len(first) > 1
    other_job = ExtractJob(SETTINGS, extractor_version="0.0.0-other")
    other = [p.key(other_job.key) for p in plan_partitions([str(path)], partition_bytes=20_000)]
    assert not set(first) & set(other)
    os.utime(path, ns=(1, 1))
    changed = [p.key(job.key) for p in plan_partitions([str(path)], partition_bytes=20_000)]
    assert not set(first) & set(changed)


def test_partition_size_follows_the_input_not_the_cluster(corpus: Path):
    size = corpus.stat().st_size
    assert auto_partition_bytes([str(corpus)]) == max(16 * 1024, size // 16)
    assert len(plan_partitions([str(corpus)])) >= 3
