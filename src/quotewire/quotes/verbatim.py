"""Quotations written right after a verb that takes words verbatim as its object.

'Some chanted "USA! USA!"', 'a sign which read "Teachers 4 Okafor"', 'ended his list by saying
"Too many."', 'had said, "We'll see,"': the verb leaves no doubt that the quoted words are
someone's (or something's) own words, however short or title-like they look. Linking's other
rules need a sentence-like quotation there, because after most verbs a short quoted phrase is
a term the writer borrows ('calling them "very boring tax returns"'); the verbs listed in
``data/en/quoted_terms.toml`` (``verbatim_verbs``; word forms, as the pipeline has no
lemmatizer) do not take terms.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from quotewire.nlp.docs import doc_text, token_index_at
from quotewire.quotes.quoted_terms import word_list
from quotewire.quotes.sources import issuer

_GAP = re.compile(r",? +")
_RELATIVE_WORDS = frozenset({"which", "that", "who"})
# Links that hand the verb's missing subject up to the verb or noun it depends on ('punctuated
# his list by saying', 'a hat reading', 'wanted to shout').
_SUBJECT_FROM_HEAD = frozenset({"xcomp", "advcl", "pcomp", "pobj", "prep", "conj", "acl"})


def verbatim_source(doc: Doc, open_: int) -> tuple[Token, Token] | None:
    """The verb taking words verbatim written just before the opening mark at ``open_`` (a
    comma may stand between) and who or what it is said of; None otherwise, also when the
    parse names no subject (the other rules then decide)."""
    verb = _word_before_mark(doc, open_)
    if verb is None or verb.lower_ not in _verbs():
        return None
    if not verb.tag_.startswith("VB") and not verb.lower_.endswith("ing"):
        return None  # 'the answer "..."'; the tagger reads some participles as nouns
    if _GAP.fullmatch(doc_text(doc), verb.idx + len(verb), open_) is None:
        return None  # markup such as '<tweet id="...">'
    subject = _subject(verb)
    return None if subject is None else (verb, subject)


def _verbs() -> frozenset[str]:
    return word_list("verbatim_verbs")


def _word_before_mark(doc: Doc, open_: int) -> Token | None:
    """The word before the opening mark, skipping one comma, in the same paragraph."""
    i = token_index_at(doc, open_)
    if i == len(doc):
        return None
    i -= 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    if i < 0 or "\n" in doc_text(doc)[doc[i].idx : open_]:
        return None
    return doc[i]


def _subject(verb: Token) -> Token | None:
    """The verb's subject; a relative pronoun stands for the noun it follows ('the sign, which
    read'); a verb without a subject of its own takes that of the word it depends on."""
    word = verb
    while True:
        subject = next((c for c in word.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            if subject.lower_ in _RELATIVE_WORDS and word.dep_ == "relcl":
                # 'the sign, which read': the sign, or whoever put it up ('Pelletier hoisted
                # a sign that read')
                return issuer(word.head) or word.head
            return subject
        if word.dep_ == "acl":
            return word.head  # 'a hat reading "..."': the hat
        if word.dep_ not in _SUBJECT_FROM_HEAD or word.head is word:
            return None
        word = word.head
