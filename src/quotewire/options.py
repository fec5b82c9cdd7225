"""One frozen settings object that flows through every step.

Precedence: defaults < config file (``quotewire.toml`` or ``$QUOTEWIRE_CONFIG``) < environment
(``QUOTEWIRE_*``) < explicit arguments (the CLI's flags).
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from quotewire.errors import SettingsError

DEFAULT_DB = "quotewire.db"


@dataclass(frozen=True, slots=True)
class Settings:
    """Options of the whole pipeline; change them with :func:`load_settings` or ``replace``."""

    db: str = DEFAULT_DB
    language: str | None = None
    batch_size: int = 32
    # Parse only sentences that may report speech (see nlp/selective.py); False parses all.
    selective_parse: bool = True
    jobs: int = 1
    max_article_chars: int = 1_000_000
    user_agent: str = "quotewire/0.1 (+https://example.invalid/quotewire; news quotation research)"
    fetch_timeout: float = 20.0

    def with_overrides(self, **values: Any) -> Settings:
        """Return a copy with every value that is not ``None`` replaced."""
        return replace(self, **{k: v for k, v in values.items() if v is not None})


_TRUE, _FALSE = ("1", "true", "yes", "on"), ("0", "false", "no", "off")


def _coerce(kind: str, raw: str, where: str) -> Any:
    """A ``QUOTEWIRE_*`` variable's text as the setting's type; an unreadable one is an error
    naming the variable (it used to be a ValueError traceback from every command)."""
    value = raw.strip().lower()
    try:
        if kind == "bool":
            if value not in _TRUE + _FALSE:
                raise ValueError(raw)
            return value in _TRUE
        if kind == "float":
            return float(value)
        if kind == "int":
            return int(value)
    except ValueError:
        raise SettingsError(f"{where}={raw!r}: expected {_KIND_WORDS[kind]}") from None
    return raw


def load_settings(config: str | Path | None = None, **overrides: Any) -> Settings:
    """Build the settings: defaults, then the config file, then ``QUOTEWIRE_*``, then overrides.

    The file's settings are the keys of its ``[quotewire]`` table. A file that is not TOML, an
    unknown key or a value of the wrong kind is a :class:`SettingsError` that names it: a
    misspelt setting silently ignored would look like a setting that does not work.
    """
    settings = Settings()
    path = Path(config or os.environ.get("QUOTEWIRE_CONFIG", "quotewire.toml"))
    if path.is_file():
        settings = settings.with_overrides(**_file_settings(path))
    from_env = {}
    for item in fields(Settings):
        name = f"QUOTEWIRE_{item.name.upper()}"
        raw = os.environ.get(name)
        if raw is not None:
            from_env[item.name] = _coerce(str(item.type), raw, name)
    return settings.with_overrides(**from_env).with_overrides(**overrides)


def _file_settings(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            document = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise SettingsError(f"{path}: cannot read the settings: {error}") from error
    kinds = {item.name: str(item.type) for item in fields(Settings)}
    misplaced = sorted(key for key in document if key in kinds)
    if misplaced:
        raise SettingsError(
            f"{path}: {', '.join(misplaced)}: settings go under a [quotewire] table"
        )
    table = document.get("quotewire", {})
    unknown = sorted(key for key in table if key not in kinds)
    if unknown:
        raise SettingsError(
            f"{path}: [quotewire] {', '.join(unknown)}: no such setting (known: {', '.join(kinds)})"
        )
    for key, value in table.items():
        if not _is_kind(value, kinds[key]):
            raise SettingsError(
                f"{path}: [quotewire] {key} = {value!r}: expected {_KIND_WORDS[kinds[key]]}"
            )
    return table


def _is_kind(value: Any, kind: str) -> bool:
    if kind == "bool":
        return isinstance(value, bool)
    if isinstance(value, bool):
        return False
    if kind == "int":
        return isinstance(value, int)
    if kind == "float":
        return isinstance(value, int | float)
    return isinstance(value, str)


_KIND_WORDS = {
    "bool": "true or false",
    "int": "a whole number",
    "float": "a number",
    "str": "a string",
    "str | None": "a string",
}
