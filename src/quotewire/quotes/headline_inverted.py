"""Headlines that name their source after the statement: "Transit plan will fail, Okafor
says.", "Dunn Is A 'Natural Born Citizen,' Board Of Election Finds.", "American dream
survives, poll finds; ". A headline drops the article and the object clause's "that", so the
parser reads the closing "Source verbs" as a relative clause, an apposition or a parataxis and
finds no frame. All six train headlines that end in a comma, a source of up to four words and
a cue verb in the present tense are annotated so, three of them missed by the parse.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from quotewire.nlp.docs import doc_text
from quotewire.quotes.cues import CueLexicon
from quotewire.quotes.frames import Frame
from quotewire.types import Span

# "<statement>, <source of one to four words> <verb>s" at the end of the headline
_INVERTED = re.compile(
    r",[’'”\"]?[ \u00a0](?P<source>(?:[\w.'’-]+[ \u00a0]){1,4})(?P<verb>[A-Za-z]+s)"
    r"[.!]?[ \t\u00a0;]*$"
)
_INVERTED_PRIOR = 0.9
_OF = "of"  # "Board Of Election": the source's head comes before its "of" phrase


def inverted_source_frames(
    doc: Doc, title: Span, frames: list[Frame], lexicon: CueLexicon
) -> list[Frame]:
    """The frame of a headline that ends in ", Source verbs" whose verb is a cue word and
    heads no frame yet: the text before the comma is what the source said."""
    text = doc_text(doc)
    match = _INVERTED.search(text, title.start, title.end)
    if match is None or not lexicon.is_cue_word(match.group("verb").lower()):
        return []
    cue = doc.char_span(match.start("verb"), match.end("verb"))
    source = doc.char_span(match.start("source"), match.end("source"), alignment_mode="contract")
    if cue is None or source is None or any(f.cue.i == cue[0].i for f in frames):
        return []
    words = [t for t in source if not t.is_space]
    of = next((i for i, t in enumerate(words) if t.lower_ == _OF), len(words))
    if of == 0:
        return []
    content_end = match.start()
    return [Frame(cue[0], [cue[0]], words[of - 1], (title.start, content_end), _INVERTED_PRIOR)]
