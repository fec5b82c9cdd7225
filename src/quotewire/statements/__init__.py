"""One statement across many outlets: normalisation, clustering (MinHash LSH + winnowing with
verification), syndication, provenance. See docs/statements.md.

In memory (no database)::

    collection = StatementCollection()
    collection.add(articles)                  # Article objects with ids and quotes
    for statement in collection.statements():
        print(statement.independent_outlets, statement.first_seen.outlet, statement.text)

Over a store: ``quotewire.statements.service.Statements(store)`` (not imported here, so that
``speakers.identity`` can use this package's helpers without an import cycle).
"""

from quotewire.statements.collection import StatementCollection
from quotewire.statements.provenance import Appearance, Statement
from quotewire.statements.syndication import SyndicationLink

__all__ = ["Appearance", "Statement", "StatementCollection", "SyndicationLink"]
