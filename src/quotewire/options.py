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


def _coerce(kind: type, raw: str) -> Any:
    if kind is bool or kind == "bool":
        return raw.strip().lower() in ("1", "true", "yes", "on")
    if kind is float or kind == "float":
        return float(raw)
    if kind is int or kind == "int":
        return int(raw)
    return raw


def load_settings(config: str | Path | None = None, **overrides: Any) -> Settings:
    """Build the settings: defaults, then the config file, then ``QUOTEWIRE_*``, then overrides."""
    settings = Settings()
    path = Path(config or os.environ.get("QUOTEWIRE_CONFIG", "quotewire.toml"))
    if path.is_file():
        with path.open("rb") as handle:
            table = tomllib.load(handle).get("quotewire", {})
        settings = settings.with_overrides(**{k: v for k, v in table.items() if k in _names()})
    from_env = {}
    for item in fields(Settings):
        raw = os.environ.get(f"QUOTEWIRE_{item.name.upper()}")
        if raw is not None:
            from_env[item.name] = _coerce(item.type, raw)  # type: ignore[arg-type]
    return settings.with_overrides(**from_env).with_overrides(**overrides)


def _names() -> set[str]:
    return {item.name for item in fields(Settings)}
