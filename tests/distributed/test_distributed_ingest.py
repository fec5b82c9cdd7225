"""``--engine dask`` gives the store ``--engine local`` gives, on a LocalCluster and on a real
scheduler with two workers, also with the user's speaker rules in place; a worker killed
mid-task loses and duplicates nothing; a rerun skips the partitions already done."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from postgres_schema import postgres_schema
from quotewire.distributed import ingest_distributed
from quotewire.ingest import ingest
from quotewire.read.sources import read_sources
from quotewire.store import Store

pytestmark = [pytest.mark.dask, pytest.mark.slow]


def test_local_cluster_equals_the_local_engine_and_a_rerun_skips_everything(
    tmp_path: Path, corpus: Path, local_store: Path, store_contents
):
    path = tmp_path / "dask.db"
    with Store.open(str(path)) as store:
        first = ingest_distributed([str(corpus)], store, local_workers=2)
    assert first.workers == 2 and first.partitions >= 3 and first.partitions_done_before == 0
    assert (first.report.new, first.report.failed, first.report.read) == (20, 0, 20)
    assert first.index_mode == "distributed"
    expected = store_contents(local_store)
    assert store_contents(path) == expected
    assert len(expected["statement_forms"]) > len({r[3] for r in expected["statement_forms"]})

    with Store.open(str(path)) as store:
        again = ingest_distributed([str(corpus)], store, local_workers=2)
    assert again.partitions_done_before == again.partitions == first.partitions
    assert (again.report.unchanged, again.report.new, again.report.updated) == (20, 0, 0)
    assert store_contents(path) == expected


def _with_merge_rule(store: Store) -> None:
    """A ``speakers merge`` of two people of the corpus with different surnames, stored before
    the articles (a rule names stored speakers, so the row is written directly)."""
    with store.dialect.transaction():
        store.dialect.execute(
            "INSERT INTO speaker_rules (position, kind, left_name, right_name, created_at) "
            "VALUES (1, 'merge', 'Joe Biden', 'Bernie Sanders', '2026-01-01T00:00:00+00:00')"
        )


def test_with_speaker_rules_in_place_both_engines_write_the_same_store(
    tmp_path: Path, corpus: Path, local_store: Path, store_contents
):
    """Both writers re-key the forms of merged people as they write them (the local one per
    article, the distributed one in its clustering and its write), so nothing is re-indexed
    after the distributed write and no form is left without its quotes."""
    local, dask = tmp_path / "local-rules.db", tmp_path / "dask-rules.db"
    with Store.open(str(local)) as store:
        _with_merge_rule(store)
        assert ingest(read_sources([str(corpus)]), store).new == 20
    with Store.open(str(dask)) as store:
        _with_merge_rule(store)
        result = ingest_distributed([str(corpus)], store, local_workers=2)
    assert result.index_mode == "distributed" and result.indexed == 20  # nothing caught up
    expected = store_contents(local)
    assert store_contents(dask) == expected
    # The rule changed the index: Sanders' words carry the merged key.
    without_rule = store_contents(local_store)
    assert expected["statement_forms"] != without_rule["statement_forms"]
    assert len(expected["statement_forms"]) == len(without_rule["statement_forms"])


def test_a_worker_killed_mid_task_loses_and_duplicates_nothing(
    tmp_path: Path, corpus: Path, local_store: Path, store_contents, dask_cli_cluster: str
):
    from distributed import Client

    path = tmp_path / "cluster.db"
    quotewire = Path(sys.executable).parent / "quotewire"
    command = [str(quotewire), "ingest", str(corpus), "--db", str(path),
               "--engine", "dask", "--scheduler", dask_cli_cluster, "--quiet"]  # fmt: skip
    ingest = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    killed = None
    with Client(dask_cli_cluster, timeout=30) as client:
        pids = client.run(os.getpid)
        deadline = time.monotonic() + 120
        while killed is None and time.monotonic() < deadline and ingest.poll() is None:
            for worker, tasks in client.processing().items():
                if any(str(task).startswith("quotewire-extract-") for task in tasks):
                    time.sleep(0.5)  # let it get into the partition
                    if client.processing().get(worker):
                        os.kill(pids[worker], signal.SIGKILL)
                        killed = worker
                        break
            time.sleep(0.05)
    out, err = ingest.communicate(timeout=300)
    assert killed is not None, "no extraction task was seen running"
    assert ingest.returncode == 0, err
    assert "20 new" in out and "0 failed" in out
    assert store_contents(path) == store_contents(local_store)


@pytest.mark.postgres
def test_postgresql_store_gets_the_same_statements_and_speakers(
    tmp_path: Path, corpus: Path, local_store: Path, store_contents
):
    with postgres_schema("test_dist") as url, Store.open(url) as store:
        result = ingest_distributed([str(corpus)], store, shard_dir=str(tmp_path / "shards"))
        rows = {
            table: store.dialect.fetch(f"SELECT COUNT(*) AS n FROM {table}")[0]["n"]
            for table in ("articles", "quotes", "speakers", "statement_forms",
                          "statement_appearances", "speaker_entities")
        }  # fmt: skip
        forms = store.dialect.fetch("SELECT form_key, group_key, statement_id FROM statement_forms")
    expected = store_contents(local_store)
    assert result.report.new == 20 and result.index_mode == "distributed"
    assert rows == {table: len(expected[table]) for table in rows}
    assert sorted((f["form_key"], f["group_key"], f["statement_id"]) for f in forms) == sorted(
        (key, group, statement) for key, _, group, statement in expected["statement_forms"]
    )
