"""Three fixes to spaCy's English tokenizer: quotation marks glued to the words around them,
a hyphen glued to the name after it, and abbreviated titles split from their full stop.

Web text drops the space around quotation marks often enough to matter ('Ryan said,“Look,
…', 'paranoia,”Clinton said', 'Clinton:"We learned …'). spaCy's English tokenizer splits a
quotation mark off only at the start or end of a whitespace-separated chunk, so such a chunk
stays one token ('said,“Look'): the cue, the mark and the quotation's first word are lost
to every later stage. These infixes split the mark, and the punctuation before it, from
the words it is glued to when a letter follows — the case that cannot be an inch mark or
a mark at a chunk's edge, which spaCy already handles.

A credit or a list item often glues a hyphen, standing in for a dash, to the capitalised name
that follows it ("-President Obama", "-Philip Bump illustrates …"). spaCy splits an em dash
off a chunk's start but not a hyphen, so "-President" stays one token: the dash becomes part
of the speaker's name and the parser reads an unknown word where the title or first name is.
A hyphen (or a run of them) at the start of a chunk is split off when a capital letter
follows; a minus before a number and a suffix such as "-based" stay as they are.

spaCy keeps "Gen.", "Sen." or "Rev." whole but splits "Capt.", "Sgt." or "Lt." into the word and
a full stop, which the parser then reads as the end of a sentence: "said Navy Capt. Jeff
Davis" loses its source to the next sentence. The titles listed in
``data/en/title_abbreviations.toml`` are kept as one token.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.attrs import ORTH
from spacy.lang.char_classes import ALPHA, ALPHA_UPPER
from spacy.util import compile_infix_regex, compile_prefix_regex

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

# hyphens that open a chunk before a capital letter: a dash glued to a name
_DASH_BEFORE_CAPITAL_PREFIX = rf"-+(?=[{ALPHA_UPPER}])"


def split_glued_quotes(nlp: Language) -> Language:
    """Make ``nlp``'s tokenizer split quotation marks glued between words; returns ``nlp``."""
    infixes = list(nlp.Defaults.infixes) + list(_GLUED_QUOTE_INFIXES)
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    return nlp


def split_dashes_before_names(nlp: Language) -> Language:
    """Make ``nlp``'s tokenizer split a hyphen glued to the start of a capitalised word;
    returns ``nlp``."""
    prefixes = [_DASH_BEFORE_CAPITAL_PREFIX, *nlp.Defaults.prefixes]
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    return nlp


def keep_title_abbreviations(nlp: Language) -> Language:
    """Make ``nlp``'s tokenizer keep the listed abbreviated titles whole; returns ``nlp``."""
    for title in data_toml("en/title_abbreviations.toml")["abbreviations"]:
        nlp.tokenizer.add_special_case(title, [{ORTH: title}])
    return nlp
