"""The files shipped under ``quotewire/data`` (word lists, learned tables), read by path.

Knowledge that is data lives there, one TOML or JSON file per use; the module that uses a file
reads it once (behind ``functools.lru_cache``) and keeps what it needs in a dataclass of its
own. Reading goes through these functions, so that every file is found in the installed
package the same way, and :func:`word_lists` fills such a dataclass from its TOML file, field
by field (:func:`word_set` reads a single list), so that a module writes down only what it
builds on top of the lists and a bad edit to a file is reported by file and key."""

from __future__ import annotations

import dataclasses
import tomllib
from collections.abc import Mapping
from importlib import resources
from typing import TYPE_CHECKING, Any, TypeVar, get_origin, get_type_hints

from quotewire.errors import DataFileError

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

T = TypeVar("T", bound="DataclassInstance")

# The field types a TOML value is converted to: the parsed types each is read from, by name.
_CONVERSIONS: dict[type, tuple[tuple[type, ...], str]] = {
    frozenset: ((list,), "an array"),
    tuple: ((list,), "an array"),
    dict: ((dict,), "a table"),
    float: ((int, float), "a number"),
    int: ((int,), "an integer"),
}


def data_text(path: str) -> str:
    """The text of the file at ``path`` under ``quotewire/data`` ("en/cues.json")."""
    return resources.files("quotewire.data").joinpath(path).read_text(encoding="utf-8")


def data_toml(path: str) -> dict[str, Any]:
    """The TOML file at ``path`` under ``quotewire/data`` ("en/people.toml"), parsed."""
    return tomllib.loads(data_text(path))


def word_lists(
    path: str,
    cls: type[T],
    /,
    *,
    keys: Mapping[str, str] | None = None,
    table: Mapping[str, Any] | None = None,
    **given: Any,
) -> T:
    """The dataclass ``cls`` filled from the TOML file at ``path`` under ``quotewire/data``.

    Each field is read from the key of its own name, or from the dotted key ``keys`` gives for
    it ("organisations.media" for ``media_nouns``), and converted to the field's type: a list
    becomes a ``frozenset`` or ``tuple``, a table a ``dict``, a number an ``int`` or ``float``;
    a field of any other type takes the value as parsed. Fields in ``given`` are what the
    caller builds itself (patterns, inverted tables) and are passed as they are. ``table`` is
    the file already parsed, for a caller that also reads it for ``given``.

    A key missing from the file, or holding the wrong kind of value, raises
    :class:`~quotewire.errors.DataFileError` naming the file and the key.
    """
    names = [f.name for f in dataclasses.fields(cls)]
    renamed = dict(keys or {})
    unknown = sorted(set(renamed).union(given) - set(names))
    if unknown:
        raise TypeError(f"{cls.__name__} has no field {', '.join(unknown)}")
    parsed = data_toml(path) if table is None else table
    hints = get_type_hints(cls)
    values = dict(given)
    for name in names:
        if name not in given:
            key = renamed.get(name, name)
            values[name] = _converted(_value_at(parsed, key, path), hints[name], path, key)
    return cls(**values)


def word_set(path: str, key: str) -> frozenset[str]:
    """The one word list at the dotted ``key`` of the TOML file at ``path``, for a module that
    needs no more than that; a missing key raises :class:`~quotewire.errors.DataFileError`."""
    return _converted(_value_at(data_toml(path), key, path), frozenset, path, key)


def _value_at(parsed: Mapping[str, Any], key: str, path: str) -> Any:
    """The value at the dotted ``key`` of the parsed file ``path``."""
    value: Any = parsed
    for part in key.split("."):
        if not isinstance(value, Mapping) or part not in value:
            raise DataFileError(path, key, "missing")
        value = value[part]
    return value


def _converted(value: Any, hint: Any, path: str, key: str) -> Any:
    """``value`` as the field type ``hint`` (see :func:`word_lists`)."""
    kind = get_origin(hint) or hint
    if kind not in _CONVERSIONS:
        return value
    accepted, wanted = _CONVERSIONS[kind]
    if not isinstance(value, accepted) or isinstance(value, bool):
        raise DataFileError(path, key, f"expected {wanted}, found {type(value).__name__}")
    return kind(value)
