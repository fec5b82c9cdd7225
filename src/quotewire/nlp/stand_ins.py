"""Characters the small English model misreads, parsed as the ones they stand for.

The Washington Post and HuffPost type their dashes as a horizontal bar "―" (U+2015), which
the model hardly saw in training: it tags a spaced bar as a verb, so "Reynolds ― a professor
at Yale ― said" gets the bar for its subject and speaker, and its tokenizer does not split a
bar glued to a word ("senator―who"). The rules already read the bar as a dash
(``nlp/punctuation.py``); the parse should too. So the model reads a copy of the text with
each stand-in replaced by its one-character equivalent (the em dash "—"): the same length, so
every offset holds. The Doc handed on is then rebuilt over the article's own characters with
the annotations of the parsed copy, so that quote texts and speaker names show what the
article wrote.
"""

from __future__ import annotations

from spacy.attrs import (
    DEP,
    ENT_ID,
    ENT_IOB,
    ENT_KB_ID,
    ENT_TYPE,
    HEAD,
    LEMMA,
    MORPH,
    NORM,
    POS,
    SENT_START,
    TAG,
)
from spacy.tokens import Doc

# character -> the one the model reads in its place (same length: offsets hold)
_PARSED_AS = str.maketrans({"―": "—"})
# The annotations a parsed Doc carries over to another Doc with the same tokens (spaCy's
# DocBin attributes, without ORTH and SPACY); SENT_START comes last.
ANNOTATIONS = (NORM, TAG, HEAD, DEP, ENT_IOB, ENT_TYPE, ENT_KB_ID, ENT_ID, LEMMA, MORPH, POS,
               SENT_START)  # fmt: skip


def text_to_parse(text: str) -> str:
    """``text`` with each stand-in character replaced by the one the model should read."""
    return text.translate(_PARSED_AS)


def with_original_text(doc: Doc, text: str) -> Doc:
    """``doc``, parsed from :func:`text_to_parse` of ``text``, over ``text``'s own characters:
    the same tokens and annotations. ``doc`` itself when nothing was replaced."""
    if len(doc) == 0 or text_to_parse(text) == text:
        return doc
    words = [text[token.idx : token.idx + len(token)] for token in doc]
    spaces = [bool(token.whitespace_) for token in doc]
    restored = Doc(doc.vocab, words=words, spaces=spaces)
    rows = doc.to_array(list(ANNOTATIONS))
    restored.from_array(list(ANNOTATIONS), rows)
    # Setting the parse sets sentence boundaries from it alone; put back the Doc's own ones
    # (the selective parse marks those of the sentences the parser did not see).
    restored.from_array([SENT_START], rows[:, -1:])
    return restored
