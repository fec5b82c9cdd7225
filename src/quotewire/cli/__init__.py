"""The command line: a thin layer over the library. Each module registers one command family."""

from __future__ import annotations

import importlib

from quotewire.cli.app import main

# Each module adds its commands to ``main`` when imported.
COMMAND_MODULES = ("extract_cmd", "eval_cmd", "ingest_cmd", "serve_cmd", "statements_cmd")

for _module in COMMAND_MODULES:
    importlib.import_module(f"quotewire.cli.{_module}")

__all__ = ["main"]
