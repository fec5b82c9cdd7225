"""Statement clustering as map → shuffle → verify → union-find gives the single-machine
``StatementIndex`` result, on real quotes of the corpus and edited copies of them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quotewire.distributed.shards import write_shard
from quotewire.distributed.statements import index_entries, shard_forms, verify_group
from quotewire.speakers.identity import Rule
from quotewire.statements.cluster import MemoryBackend, StatementIndex, resolve_edges
from quotewire.statements.form_speaker import quote_form, rekeyed, speaker_key_aliases
from quotewire.statements.normalise import NormalForm, normalise
from quotewire.types import Article, Quote, Speaker

QUOTED = re.compile(r'"([^"]{30,400})"')


def _quotes(records: list[dict]) -> list[str]:
    """Quoted passages of the corpus plus the edits outlets make (and one that changes meaning)."""
    found = [m.group(1) for r in records for m in QUOTED.finditer(r["text"])]
    edited = []
    for text in found[:12]:
        words = text.split()
        edited.append(text.upper())  # case and punctuation do not matter
        edited.append(" ".join(words[: len(words) // 2]) + " ... " + " ".join(words[-3:]))
        edited.append(" ".join(words[:-1]))  # trimmed by one word
        edited.append(_negated(text))  # a negation makes another statement
    return found + edited


def _negated(text: str) -> str:
    first, _, rest = text.partition(" ")
    return f"{first} not {rest}"


def _single_machine(forms: dict[str, NormalForm]) -> dict[str, str]:
    backend = MemoryBackend()
    StatementIndex(backend).add(forms.values())
    return {key: backend.statement_of(key) for key in forms}


def _shuffled(shards: list[dict[str, NormalForm]]) -> dict[str, str]:
    groups: dict[int, list] = {}
    for shard in shards:
        for entry in index_entries(shard):
            groups.setdefault(entry[0], []).append(entry)
    edges = [edge for group in groups.values() for edge in verify_group(group)]
    joined, _groups = resolve_edges(edges)
    return {key: joined.get(key, key) for shard in shards for key in shard}


def _forms(texts: list[str]) -> dict[str, NormalForm]:
    forms: dict[str, NormalForm] = {}
    for text in texts:
        form = normalise(text)
        forms.setdefault(form.key, form)
    return forms


def test_shuffle_and_union_equal_the_incremental_index(corpus_records):
    texts = _quotes(corpus_records)
    forms = _forms(texts)
    expected = _single_machine(forms)
    assert len(set(expected.values())) < len(forms)  # some edits were joined
    keys = sorted(forms)
    shards = [{k: forms[k] for k in keys[i::3]} for i in range(3)]  # any split across shards
    assert _shuffled(shards) == expected


def test_a_negated_quote_stays_a_statement_of_its_own(corpus_records):
    text = _quotes(corpus_records)[0]
    statements = _shuffled([_forms([text]), _forms([_negated(text), text.upper()])])
    assert statements[normalise(text).key] == statements[normalise(text.upper()).key]
    assert statements[normalise(_negated(text)).key] != statements[normalise(text).key]


# A quote, a trimmed copy that fits it and its distractor, and the distractor (a negation
# added): the trimmed copy has positive edges to both, the two full quotes conflict.
FULL = (
    "the Colombian government does not accept the meddling of foreign governments, even if it "
    "is the United States"
)
TRIMMED = "government does not accept the meddling of foreign governments, even if it is"
DISTRACTOR = FULL.replace("is the United States", "is not the United States")


@pytest.mark.parametrize("split", [0, 1, 2])
def test_a_distractor_stays_apart_as_on_one_machine(split):
    texts = [
        FULL,
        TRIMMED,
        DISTRACTOR,
        FULL.upper(),
        DISTRACTOR.replace("meddling", "interference"),
    ]
    forms = _forms(texts)
    expected = _single_machine(forms)
    keys = sorted(forms)
    shards = [{k: forms[k] for k in keys if (keys.index(k) + split) % 2 == i} for i in range(2)]
    statements = _shuffled(shards)
    assert statements == expected
    full, distractor = normalise(FULL).key, normalise(DISTRACTOR).key
    assert statements[full] != statements[distractor]
    assert statements[normalise(TRIMMED).key] in {statements[full], statements[distractor]}


def test_the_map_step_gives_a_merged_speakers_form_the_key_the_local_writer_gives(tmp_path: Path):
    """A ``speakers merge`` of two spellings the folding keeps apart: the shard's form takes
    the merged key in the map step, so the shuffle's edges and the written forms agree with
    the single-machine writer's ``rekeyed``."""
    quote = Quote(0, len(FULL), FULL, "direct", speaker="Alexander Lukashenko", speaker_id="s1")
    article = Article(FULL, quotes=[quote], speakers=[Speaker("s1", "Alexander Lukashenko")])
    write_shard(tmp_path, "shard-0", [("in:0", article)], [])
    aliases = speaker_key_aliases([Rule("merge", "Alexander Lukashenko", "Alyaksandr Lukashenka")])
    own = quote_form(quote)
    (merged,) = shard_forms(str(tmp_path), "shard-0", [0], aliases).items()
    (locally,), (local_key,) = rekeyed([own], [own.key], aliases)
    assert merged == (local_key, locally) and locally.speaker != own.speaker
    assert shard_forms(str(tmp_path), "shard-0", [0]) == {own.key: own}  # no rule, own key


@pytest.mark.dask
@pytest.mark.slow
def test_on_a_local_cluster_the_shuffle_gives_the_same_statements(
    tmp_path: Path, corpus_records, local_client
):
    from quotewire.distributed.statements import cluster_statements

    texts = _quotes(corpus_records)
    keys = []
    for index in range(4):
        chunk = texts[index::4]
        text = "\n\n".join(chunk)
        quotes, offset = [], 0
        for quote_text in chunk:
            quotes.append(Quote(offset, offset + len(quote_text), quote_text, "direct"))
            offset += len(quote_text) + 2
        write_shard(tmp_path, f"shard-{index}", [(f"in:{index}", Article(text, quotes=quotes))], [])
        keys.append((f"shard-{index}", (0,)))  # the shard's one article is stored
    expected = _single_machine(_forms(texts))
    clusters = cluster_statements(local_client, str(tmp_path), keys, {})
    assert {key: clusters.statement(key) for key in expected} == expected
    # Only keys of more than one form move the forms: far fewer than all the keys.
    assert 0 < clusters.shuffle_entries < clusters.index_keys / 2
