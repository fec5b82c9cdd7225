"""The store: articles, quotes and speakers in SQLite (default) or PostgreSQL. See docs/store.md."""

from quotewire.store.records import QuoteHit, SaveResult, SpeakerSummary, StoreStats
from quotewire.store.store import Store

__all__ = ["QuoteHit", "SaveResult", "SpeakerSummary", "Store", "StoreStats"]
