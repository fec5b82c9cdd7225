"""The shared reader of the word lists shipped under ``quotewire/data``."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

from quotewire.data_files import data_toml, word_lists, word_set
from quotewire.errors import DataFileError, QuotewireError


@dataclass(frozen=True, slots=True)
class _Comparisons:
    openers: frozenset[str]
    degrees: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Thresholds:
    frame: float
    min_count: int
    phrases: dict[str, str]
    first_phrase: str


def test_fields_are_read_from_keys_of_their_name() -> None:
    words = word_lists("en/comparisons.toml", _Comparisons)
    raw = data_toml("en/comparisons.toml")
    assert words.openers == frozenset(raw["openers"])
    assert "compared" in words.openers
    assert words.degrees == tuple(raw["degrees"])


def test_dotted_keys_numbers_tables_and_given_fields() -> None:
    lexicon = word_lists(
        "en/cues.toml",
        _Thresholds,
        keys={"min_count": "thresholds.min_cue_count", "frame": "thresholds.frame"},
        first_phrase="according to",
    )
    raw = data_toml("en/cues.toml")
    assert lexicon.frame == float(raw["thresholds"]["frame"])
    assert lexicon.min_count == raw["thresholds"]["min_cue_count"]
    assert isinstance(lexicon.min_count, int)
    assert lexicon.phrases == raw["phrases"]
    assert lexicon.first_phrase == "according to"


def test_a_parsed_table_is_read_in_place_of_the_file() -> None:
    table = {"openers": ["versus"], "degrees": ["far"]}
    words = word_lists("en/comparisons.toml", _Comparisons, table=table)
    assert words == _Comparisons(frozenset({"versus"}), ("far",))


@dataclass(frozen=True, slots=True)
class _Closers:
    closers: frozenset[str]


def test_a_missing_key_names_the_file_and_the_key() -> None:
    message = "quotewire/data/en/comparisons.toml: closers: missing"
    with pytest.raises(DataFileError, match=re.escape(message)):
        word_lists("en/comparisons.toml", _Closers)
    with pytest.raises(DataFileError, match=re.escape("en/comparisons.toml: degrees: missing")):
        word_lists("en/comparisons.toml", _Comparisons, table={"openers": ["versus"]})
    with pytest.raises(QuotewireError, match=re.escape("en/cues.toml: thresholds.min_cue_count")):
        word_lists(
            "en/cues.toml",
            _Thresholds,
            table={"thresholds": {"frame": 0.5}, "phrases": {}},
            keys={"frame": "thresholds.frame", "min_count": "thresholds.min_cue_count"},
            first_phrase="",
        )


def test_a_value_of_the_wrong_kind_names_the_file_and_the_key() -> None:
    expected = "en/comparisons.toml: openers: expected an array, found str"
    with pytest.raises(DataFileError, match=re.escape(expected)):
        word_lists("en/comparisons.toml", _Comparisons, table={"openers": "versus", "degrees": []})
    table = {"thresholds": {"frame": True, "min_cue_count": 3}, "phrases": {}}
    with pytest.raises(DataFileError, match=r"thresholds\.frame: expected a number, found bool"):
        word_lists(
            "en/cues.toml",
            _Thresholds,
            table=table,
            keys={"frame": "thresholds.frame", "min_count": "thresholds.min_cue_count"},
            first_phrase="",
        )


def test_keys_and_given_fields_must_be_fields_of_the_dataclass() -> None:
    with pytest.raises(TypeError, match="_Comparisons has no field closers"):
        word_lists("en/comparisons.toml", _Comparisons, keys={"closers": "openers"})


def test_word_set_reads_one_list() -> None:
    factive = word_set("en/noun_clauses.toml", "factive")
    assert factive == frozenset(data_toml("en/noun_clauses.toml")["factive"])
    assert "fact" in factive
    with pytest.raises(DataFileError, match=re.escape("en/noun_clauses.toml: opinion: missing")):
        word_set("en/noun_clauses.toml", "opinion")
