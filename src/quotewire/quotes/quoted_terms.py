"""Quoted words that are a term, a name or a label inside the writer's sentence, not a quotation.

Linking attributes a quotation by what stands beside it; a quotation written inside the
writer's own noun phrase or after a preposition ('sent to the "end of the line"', 'pinned the
delay on "careless contractors."', 'the founder of "Farmers for Clean Water."'), as the
predicate of the writer's clause ('the bridge is "almost finished."') or after a naming
participle ('a course called "Memory"', 'the blogger known as "Nightjar"'), or running
straight into the noun it modifies ('the "Orange Is the New Black" star', '"Save Our Parks"
rallies') or dated in a parenthesis after it ('"Yes to minaret ban" (2009)') is the writer's
wording that borrows someone's words or names a thing. Readers
(and PolNeAR's annotators) do not take it for a statement unless a verb of saying introduces
it right there ('referred to Okafor as "a bright leader"', 'chants of "We want more"').
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Token

from quotewire.data_files import word_set
from quotewire.nlp.docs import doc_text, token_index_at
from quotewire.quotes.cues import load_cue_lexicon
from quotewire.quotes.occasion_quotes import title_cased

# Tags of words that put what follows inside the writer's phrase: determiners, prepositions
# and subordinators, "to", possessives.
_PHRASE_TAGS = frozenset({"DT", "IN", "TO", "PRP$", "POS"})
_OPENING_MARKS = frozenset("\"'“‘«")
_CLOSING_MARKS = frozenset("\"'”’»")
# What ends a quoted sentence or clause: a quotation ending so is no modifier of what follows.
_CLOSING_PUNCT = frozenset(".,!?;:…")
_COMMON_NOUN_TAGS = ("NN", "NNS")
# Subordinators that open a reported clause rather than a phrase ('said that "..."').
_CLAUSE_OPENERS = frozenset({"that", "if", "whether"})
# How many words before the quotation a verb of saying still introduces it ('referred to
# Okafor as "..."').
_CUE_REACH = 4
# A parenthesis right after a closing mark (a comma or full stop may stand between) that holds
# a year: '"Yes to minaret ban" (2009)', '"..." (St. Gallen election poster 2003)'.
_DATED_AFTER = re.compile(r"[\"'”’»]+[,.]?[ \t]*\([^()\n]{0,60}\b(?:1[5-9]|20)\d\d\)")


@cache
def word_list(name: str) -> frozenset[str]:
    return word_set("en/quoted_terms.toml", name)


def is_quoted_term(doc: Doc, start: int, cue: Token | None) -> bool:
    """Whether the quotation whose content starts at ``start`` is a term or name inside the
    writer's sentence rather than a statement (see the module docstring); ``cue`` is the word
    it was attributed by, if any."""
    before = _word_before(doc, start)
    if before is None:
        return False
    if _names(before):
        return True
    in_phrase = before.tag_ in _PHRASE_TAGS and before.lower_ not in _CLAUSE_OPENERS
    if not in_phrase and not _is_copula(before):
        return False
    return not _introduced_by_speech(before, cue)


def _word_before(doc: Doc, start: int) -> Token | None:
    """The word right before the opening mark of the quotation that starts at ``start``, in
    the same sentence; None when the quotation opens its sentence or paragraph."""
    if doc_text(doc)[max(0, start - 1) : start] not in _OPENING_MARKS:
        return None
    i = token_index_at(doc, start) - 1
    while i >= 0 and (doc[i].is_quote or doc[i].is_space):
        if "\n" in doc[i].text:
            return None
        i -= 1
    if i < 0 or doc[i].is_punct or doc[i].is_sent_end:
        return None
    return doc[i]


def _is_copula(word: Token) -> bool:
    """A form of "be" as a verb: what follows is the predicate of the writer's clause."""
    return word.tag_.startswith("VB") and word.lower_ in word_list("copulas")


def _names(word: Token) -> bool:
    """A naming participle without a subject of its own ('a course *called*', '*known* as')."""
    participle = word.nbor(-1) if word.lower_ == "as" and word.i > 0 else word
    if participle.lower_ not in word_list("naming_participles") or participle.tag_ != "VBN":
        return False
    if participle.lower_ == "known" and participle is word:
        return False  # 'known "..."' is not a naming
    return not any(c.dep_ == "nsubj" for c in participle.children)


def _introduced_by_speech(word: Token, cue: Token | None) -> bool:
    """Whether the quotation's own cue or a verb of saying stands within a few words before
    ``word``."""
    lexicon = load_cue_lexicon()
    first = max(0, word.i - _CUE_REACH)
    return any(t == cue or lexicon.is_speech(t.lower_) for t in word.doc[first : word.i + 1])


def modifies_noun_after(doc: Doc, start: int, end: int, cue: Token | None) -> bool:
    """Whether the quotation from ``start`` to ``end`` runs, without punctuation, straight
    into a lower-case common noun after its closing mark: it is that noun's modifier, a title
    or slogan naming a thing ('the "Orange Is the New Black" star Dascha Polanco'), not a
    statement. Not when its cue stands right before it ('a message reading "Thank you"
    moments after ...') or the noun is a subject ('"..." officials said')."""
    before = _word_before(doc, start)
    if cue is not None and before == cue:
        return False
    text = doc_text(doc)
    if end < 1 or text[end - 1] in _CLOSING_PUNCT or text[end : end + 1] not in _CLOSING_MARKS:
        return False
    i = token_index_at(doc, end)
    while i < len(doc) and doc[i].is_quote and not doc[i].whitespace_:
        i += 1
    if i >= len(doc) or not doc[i].is_quote or doc[i].whitespace_ != " " or i + 1 >= len(doc):
        return False
    noun = doc[i + 1]
    return noun.is_lower and noun.tag_ in _COMMON_NOUN_TAGS and not noun.dep_.startswith("nsubj")


def is_dated_title(doc: Doc, end: int) -> bool:
    """Whether the quotation whose content ends at ``end`` is followed, after its closing
    mark, by a parenthesis that holds a year: the writer dates a title, a slogan or a poster
    ('"Free pass for all? No." (2007)', '"Gone With the Wind" (1939)'), which is cited, not
    reported. Pooled over PolNeAR train, 8 quotations stand so and none is annotated; the
    Wikinews tune splits have none."""
    return _DATED_AFTER.match(doc_text(doc), end) is not None


def names_a_work(doc: Doc, start: int, end: int, cue: Token | None) -> bool:
    """Whether the quotation from ``start`` to ``end`` is the title of the work or programme
    named by the common noun right before its opening mark, a comma maybe between ('the
    podcast "Here's the Thing."', 'The anti-Trump spot, "Trumpcare," links ...'): its words are
    title-cased, and no verb of saying (nor its own cue) stands just before the noun."""
    text = doc_text(doc)
    if text[max(0, start - 1) : start] not in _OPENING_MARKS:
        return False
    i = token_index_at(doc, start) - 1
    while i >= 0 and (doc[i].is_quote or doc[i].is_space) and "\n" not in doc[i].text:
        i -= 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    if i < 0 or doc[i].lower_ not in word_list("work_nouns") or doc[i].tag_ not in ("NN", "NNS"):
        return False
    if _introduced_by_speech(doc[i], cue):
        return False
    return title_cased(text[start:end].split(), load_cue_lexicon().title_minor_words)
