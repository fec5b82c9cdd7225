"""Shared helpers: run the English attribution engine on a small hand-written article."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from quotewire.read.layout import parse_layout
from quotewire.types import Quote, Speaker


@pytest.fixture(scope="session")
def attribute() -> Callable[[str], tuple[list[Quote], list[Speaker]]]:
    """``attribute(text)`` -> (quotes, speakers), through the real spaCy model."""
    from quotewire.nlp.model import load_english
    from quotewire.quotes.english import attribute_english

    nlp = load_english()

    def run(text: str) -> tuple[list[Quote], list[Speaker]]:
        return attribute_english(nlp(text), parse_layout(text))

    return run
