"""The Russian NLP pipeline: Natasha (razdel + slovnet + navec + pymorphy), loaded once per process.

Why Natasha: its PyPI wheel carries everything the Russian engine needs, trained on news text,
with no download at run time: razdel (sentences and tokens, aware of «», initials and
abbreviations), slovnet's morphology tagger, dependency parser and PER/LOC/ORG tagger over the
navec news embeddings (about 35 MB together), and pymorphy's dictionary for lemmas and for
inflecting names back to the nominative (Лаврова -> Лавров). The alternatives are either not on
PyPI with weights (spaCy ru_core_news_sm downloads from GitHub; Stanza downloads from its hub)
or much slower (DeepPavlov). docs/russian.md has the measurements.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from quotewire.errors import ModelNotInstalledError

if TYPE_CHECKING:
    from natasha import Doc


@dataclass(frozen=True, slots=True)
class RussianPipeline:
    """The Natasha components; ``analyse`` runs them over one text."""

    segmenter: Any
    morph_vocab: Any
    morph_tagger: Any
    syntax_parser: Any
    ner_tagger: Any

    def analyse(self, text: str) -> Doc:
        """Sentences, tokens with morphology and dependencies, and PER/LOC/ORG spans."""
        from natasha import Doc

        doc = Doc(text)
        doc.segment(self.segmenter)
        doc.tag_morph(self.morph_tagger)
        doc.parse_syntax(self.syntax_parser)
        doc.tag_ner(self.ner_tagger)
        return doc

    def lemma(self, word: str) -> str:
        """The dictionary form of one word ("заявила" -> "заявить"), lower-cased."""
        return self.morph_vocab.parse(word)[0].normal_form


@lru_cache(maxsize=1)
def load_russian() -> RussianPipeline:
    """Return the Russian pipeline, built once per process from the models inside the wheels."""
    try:
        from natasha import (
            MorphVocab,
            NewsEmbedding,
            NewsMorphTagger,
            NewsNERTagger,
            NewsSyntaxParser,
            Segmenter,
        )
    except ImportError as error:
        raise ModelNotInstalledError(
            f"The Russian pipeline needs natasha ({error}); install it with pip install natasha"
        ) from error
    embedding = NewsEmbedding()
    return RussianPipeline(
        segmenter=Segmenter(),
        morph_vocab=MorphVocab(),
        morph_tagger=NewsMorphTagger(embedding),
        syntax_parser=NewsSyntaxParser(embedding),
        ner_tagger=NewsNERTagger(embedding),
    )
