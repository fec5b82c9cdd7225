"""The files shipped under ``quotewire/data`` (word lists, learned tables), read by path.

Knowledge that is data lives there, one TOML or JSON file per use; the module that uses a file
reads it once (behind ``functools.lru_cache``) and keeps what it needs in a dataclass of its
own. Reading goes through these two functions, so that every file is found in the installed
package the same way."""

from __future__ import annotations

import tomllib
from importlib import resources
from typing import Any


def data_text(path: str) -> str:
    """The text of the file at ``path`` under ``quotewire/data`` ("en/cues.json")."""
    return resources.files("quotewire.data").joinpath(path).read_text(encoding="utf-8")


def data_toml(path: str) -> dict[str, Any]:
    """The TOML file at ``path`` under ``quotewire/data`` ("en/people.toml"), parsed."""
    return tomllib.loads(data_text(path))
