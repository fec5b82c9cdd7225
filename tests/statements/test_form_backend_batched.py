"""The store's form backend writes the forms of one call together (``batched``): the
statements, edges and index keys it leaves are those of writing every form at once, also when
forms added in the same call find one another, and against memory's partition."""

from __future__ import annotations

import itertools
from pathlib import Path

from quotewire.statements.cluster import MemoryBackend, StatementIndex
from quotewire.statements.normalise import normalise
from quotewire.statements.storage import SqlFormBackend
from quotewire.store import Store

FULL = (
    "the Colombian government does not accept the meddling of foreign governments, even if it "
    "is the United States"
)
TRIMMED = "government does not accept the meddling of foreign governments, even if it is"
DISTRACTOR = FULL.replace("is the United States", "is not the United States")
EDITED = FULL.replace("meddling", "interference")
OTHER = "We will keep talking to every neighbour until the border question is settled for good"
TABLES = ("statement_forms", "statement_index_keys", "statement_edges")


def indexed(path: Path, calls: list[list[str]], *, batched: bool) -> dict[str, list[tuple]]:  # type: ignore[type-arg]
    """Every form table after adding the quotes, one ``add`` (and one backend) per call."""
    with Store.open(str(path)) as store:
        db = store.dialect
        with db.transaction():
            for quotes in calls:
                backend = SqlFormBackend(db, batched=batched)
                StatementIndex(backend).add(normalise(q) for q in quotes)
                backend.flush()
        return {
            table: sorted(tuple(r.values()) for r in db.fetch(f"SELECT * FROM {table}"))
            for table in TABLES
        }


def test_batched_writes_leave_the_tables_of_immediate_writes(tmp_path: Path) -> None:
    calls = [[FULL, OTHER], [TRIMMED, DISTRACTOR, EDITED], [OTHER.upper(), OTHER[:60]]]
    immediate = indexed(tmp_path / "immediate.db", calls, batched=False)
    batched = indexed(tmp_path / "batched.db", calls, batched=True)
    assert immediate["statement_edges"]
    assert batched == immediate


def test_forms_added_in_one_call_find_each_other_before_they_are_written(
    tmp_path: Path,
) -> None:
    for number, order in enumerate(itertools.permutations([FULL, TRIMMED, DISTRACTOR])):
        quotes = list(order)
        tables = indexed(tmp_path / f"one-call-{number}.db", [quotes], batched=True)
        memory = MemoryBackend()
        keys = StatementIndex(memory).add(normalise(q) for q in quotes)
        stored = {form: statement for form, _, _, statement in tables["statement_forms"]}
        assert {key: stored[key] for key in keys} == {k: memory.statement_of(k) for k in keys}
        assert len(tables["statement_edges"]) == 3  # every pair was compared, in one call
