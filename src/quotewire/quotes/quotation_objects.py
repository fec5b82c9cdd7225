"""Cut a mixed statement down to the quotation its cue introduces word for word.

'Sanders had said, "We'll see," when asked whether ...', 'He said "The Hispanics" and swears
Latinos love him', 'She declared "What a Super Tuesday!" and said ...': the parser hangs the
words after the closing mark on the quoted clause, so the cue's reported clause runs past the
quotation and linking makes one mixed statement of it. What the cue reports is the quotation
alone: it opens right after the cue and is closed off either by its own punctuation (a comma,
full stop, question or exclamation mark inside the marks), by "and" or "but" starting the
writer's next clause, or by a capitalised word starting the next sentence when the full stop
is missing ('saying "... or be confronted" However a speech ...'). PolNeAR annotates such
quotations as direct quotes.

A quotation that goes on into the writer's words ('said "the plan" would fail') stays mixed.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Token

from quotewire.nlp.docs import doc_text
from quotewire.quotes.linking import Statement
from quotewire.quotes.marks import QuotedSpan

_CUE_GAP = re.compile(r",? *")
_CLOSING_PUNCT = ",.!?"
# Part of speech of a word after the closing mark that starts the writer's next clause ("and",
# "but"); a subordinator ('says "..." because', 'despite') mostly goes on with the
# reported clause, which PolNeAR then annotates as one mixed quote.
_NEXT_CLAUSE_POS = "CCONJ"


def cut_at_closing_marks(
    statements: list[Statement], quoted: list[QuotedSpan], doc: Doc
) -> list[Statement]:
    """``statements`` with each mixed statement that opens with a whole quotation right after
    its cue cut down to that quotation (direct)."""
    opening = {q.open: q for q in quoted} | {q.start: q for q in quoted}
    result: list[Statement] = []
    for statement in statements:
        q = opening.get(statement.start)
        if q is not None and _quotes_word_for_word(statement, q, doc):
            statement = replace(statement, start=q.start, end=q.end, kind="direct")
        result.append(statement)
    return result


def _quotes_word_for_word(statement: Statement, q: QuotedSpan, doc: Doc) -> bool:
    """Whether the mixed ``statement`` is the quotation ``q``, opened right after the cue and
    closed off before the rest of the statement."""
    if statement.kind != "mixed" or statement.frame is None or statement.end <= q.close:
        return False
    cue = statement.frame.cue
    cue_end = cue.idx + len(cue.text)
    text = doc_text(doc)
    if cue_end > q.open or _CUE_GAP.fullmatch(text, cue_end, q.open) is None:
        return False
    content = text[q.start : q.end].rstrip(" '\"”’")
    if content[-1:] in _CLOSING_PUNCT:
        return True
    after = doc.char_span(q.close + 1, statement.end, alignment_mode="expand")
    following = (
        next((t for t in after if not t.is_punct and not t.is_space), None) if after else None
    )
    return following is not None and (
        following.pos_ == _NEXT_CLAUSE_POS or _starts_unmarked_sentence(following)
    )


def _starts_unmarked_sentence(word: Token) -> bool:
    """Whether the word after a closing mark starts the writer's next sentence although no
    full stop ended the quotation ('saying "... or be confronted" *However* a speech ...'): a
    capitalised word that is no name or pronoun (either may be the subject the writer's words
    go on with: 'called "the plan" Obama backed a failure'), followed by a word in lower case
    (not a title-cased headline)."""
    if not word.is_title or word.pos_ in ("PROPN", "PRON") or word.text == "I":
        return False
    # in a title-cased headline every word is capitalised ('‘No Idea’ If I Would Have ...')
    following = word.nbor() if word.i + 1 < len(word.doc) else None
    return following is not None and following.is_lower
