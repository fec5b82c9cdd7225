"""quotewire: who said what, when, on what occasion, and who reported it first.

>>> import quotewire
>>> article = quotewire.extract(text, published="2022-01-14")
>>> for quote in article.quotes:
...     print(quote.speaker, quote.cue, quote.text)
"""

from __future__ import annotations

__version__ = "0.1.0"

from quotewire.errors import (
    ExtractionError,
    InputError,
    QuotewireError,
    StoreError,
)
from quotewire.options import Settings, load_settings
from quotewire.pipeline import EXTRACTOR_VERSION, extract, extract_batch
from quotewire.store import Store
from quotewire.types import Article, Document, Mention, Quote, Span, Speaker

__all__ = [
    "EXTRACTOR_VERSION",
    "Article",
    "Document",
    "ExtractionError",
    "InputError",
    "Mention",
    "Quote",
    "QuotewireError",
    "Settings",
    "Span",
    "Speaker",
    "Store",
    "StoreError",
    "extract",
    "extract_batch",
    "load_settings",
]
