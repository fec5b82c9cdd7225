"""quotewire as a spaCy pipeline component: ``nlp.add_pipe("quotewire")``.

The component reads the Doc's text layout (headline, date line, headers, credits), finds the
quotations and their speakers, and sets ``doc._.quotes`` (list of :class:`~quotewire.types.Quote`)
and ``doc._.speakers`` (list of :class:`~quotewire.types.Speaker`), offsets into ``doc.text``.
It needs a parser and an entity recogniser earlier in the pipeline.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from quotewire.attribution import attribute_doc, resolve_dates
from quotewire.read.layout import parse_layout

for _name in ("quotes", "speakers"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


class QuotewireComponent:
    """Adds ``doc._.quotes`` and ``doc._.speakers``."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        layout = parse_layout(doc.text)
        quotes, speakers = attribute_doc(doc, layout)
        resolve_dates(quotes, layout.published)
        doc._.quotes = quotes
        doc._.speakers = speakers
        return doc


@Language.factory(
    "quotewire",
    assigns=["doc._.quotes", "doc._.speakers"],
    requires=["token.dep", "token.head", "doc.ents"],
)
def make_quotewire_component(nlp: Language, name: str) -> QuotewireComponent:
    return QuotewireComponent(nlp, name)
