"""Quotation marks glued to the words around them.

Web text drops the space around quotation marks often enough to matter ('Ryan said,“Look,
…', 'paranoia,”Clinton said', 'Clinton:"We learned …'). spaCy's English tokenizer splits a
quotation mark off only at the start or end of a whitespace-separated chunk, so such a chunk
stays one token ('said,“Look'): the cue, the mark and the quotation's first word are lost
to every later stage. These infixes split the mark, and the punctuation before it, from
the words it is glued to when a letter follows — the case that cannot be an inch mark or
a mark at a chunk's edge, which spaCy already handles.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.lang.char_classes import ALPHA
from spacy.util import compile_infix_regex

if TYPE_CHECKING:
    from spacy.language import Language

_MARKS = '"“”'
_GLUED_QUOTE_INFIXES = (
    # the comma, colon or full stop between a word and a glued quotation mark
    rf"(?<=[{ALPHA}0-9)\]])[,:;.!?](?=[{_MARKS}][{ALPHA}])",
    # the quotation mark itself, between a word (or that punctuation) and a letter
    rf"(?<=[{ALPHA}0-9,:;.!?)\]])[{_MARKS}](?=[{ALPHA}])",
)


def split_glued_quotes(nlp: Language) -> Language:
    """Make ``nlp``'s tokenizer split quotation marks glued between words; returns ``nlp``."""
    infixes = list(nlp.Defaults.infixes) + list(_GLUED_QUOTE_INFIXES)
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    return nlp
