"""One statement across many outlets: normalisation, clustering (MinHash LSH + winnowing with
verification), syndication, provenance. See docs/statements.md.

In memory (no database)::

    collection = StatementCollection()
    collection.add(articles)                  # Article objects with ids and quotes
    for statement in collection.statements():
        print(statement.independent_outlets, statement.first_seen.outlet, statement.text)

Over a store: ``quotewire.statements.service.Statements(store)``.

The names below are loaded on first use: ``speakers.identity`` uses this package's helpers
(``constrained``, ``normalise``) and ``form_speaker`` uses ``speakers.identity``, so importing
the package must not import the collection eagerly.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from quotewire.statements.collection import StatementCollection
    from quotewire.statements.provenance import Appearance, Statement
    from quotewire.statements.syndication import SyndicationLink

__all__ = ["Appearance", "Statement", "StatementCollection", "SyndicationLink"]
_HOMES = {
    "StatementCollection": "collection",
    "Appearance": "provenance",
    "Statement": "provenance",
    "SyndicationLink": "syndication",
}


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        return getattr(import_module(f"quotewire.statements.{_HOMES[name]}"), name)
    raise AttributeError(f"module 'quotewire.statements' has no attribute {name!r}")
