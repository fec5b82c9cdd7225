"""Two fixes to spaCy's English tokenizer: quotation marks glued to the words around them,
and abbreviated titles split from their full stop.

Web text drops the space around quotation marks often enough to matter ('Ryan said,“Look,
…', 'paranoia,”Clinton said', 'Clinton:"We learned …'). spaCy's English tokenizer splits a
quotation mark off only at the start or end of a whitespace-separated chunk, so such a chunk
stays one token ('said,“Look'): the cue, the mark and the quotation's first word are lost
to every later stage. These infixes split the mark, and the punctuation before it, from
the words it is glued to when a letter follows — the case that cannot be an inch mark or
a mark at a chunk's edge, which spaCy already handles.

spaCy keeps "Gen.", "Sen." or "Rev." whole but splits "Capt.", "Sgt." or "Lt." into the word and
a full stop, which the parser then reads as the end of a sentence: "said Navy Capt. Jeff
Davis" loses its source to the next sentence. The titles listed in
``data/en/title_abbreviations.toml`` are kept as one token.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.attrs import ORTH
from spacy.lang.char_classes import ALPHA
from spacy.util import compile_infix_regex

from quotewire.data_files import data_toml

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


def keep_title_abbreviations(nlp: Language) -> Language:
    """Make ``nlp``'s tokenizer keep the listed abbreviated titles whole; returns ``nlp``."""
    for title in data_toml("en/title_abbreviations.toml")["abbreviations"]:
        nlp.tokenizer.add_special_case(title, [{ORTH: title}])
    return nlp
