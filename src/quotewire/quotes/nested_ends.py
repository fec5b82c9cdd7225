"""A report nested at the end of another statement's content, which PolNeAR keeps inside it.

"Trump attacked *the state's town halls, which he said could not be corrupted*": the parse gives
"attacked" the object with its relative clause, and "said" its own clause. PolNeAR never lets
two contents overlap, and where the inner report closes the outer content it mostly leaves
the inner one unannotated and keeps it in the outer content (train 1-840, main's nested
predictions: a report in a relative clause 64 unannotated against 25 annotated, a noun cue 39
against 17, a verb without a source inside the outer content 83 against 13). A report with a
source of its own written inside the outer content ("said *Coulter tweeted that ...*"), a
participle (", saying ...") and a verb conjoined to the one before ("and told ...") go both
ways, and stay.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotewire.data_files import word_set
from quotewire.quotes.linking import Statement
from quotewire.quotes.marks import QuotedSpan, within_quotation

_RELATIVE_WORDS = word_set("en/clause_words.toml", "relative_words")
_COORDINATORS = word_set("en/clause_words.toml", "clause_coordinators")
# characters the inner report may stop short of the outer content's end: a closing punctuation
# mark, a closing quotation mark
_CLOSING_CHARACTERS_ALLOWED = 2


def without_closing_inner_reports(
    statements: list[Statement], quoted: list[QuotedSpan]
) -> list[Statement]:
    """``statements`` less the reports nested at the end of another's content (see the module
    docstring). A report of quoted words stays: they are its source's own."""
    outers = [s for s in statements if s.kind != "direct" and s.frame is not None]
    return [
        s
        for s in statements
        if within_quotation(s.start, s.end, quoted)
        or not any(_closes(outer, s) for outer in outers if outer is not s)
    ]


def _closes(outer: Statement, inner: Statement) -> bool:
    """Whether ``inner`` is a report inside ``outer``'s content that runs to its end and is not
    one of the shapes that go both ways."""
    frame = inner.frame
    if frame is None or inner.kind == "direct" or inner.group == outer.group:
        return False
    cue = frame.cue
    if not (outer.start < cue.idx < outer.end) or inner.start <= outer.start:
        return False
    if inner.end < outer.end - _CLOSING_CHARACTERS_ALLOWED:
        return False
    if cue.tag_ == "VBG" or _after_coordinator(cue):
        return False
    source = frame.speaker
    if source is not None and cue.pos_ in ("VERB", "AUX") and source.left_edge.idx <= outer.start:
        return False  # the outer content is the inner report's whole clause: "X states that ..."
    if source is not None and outer.start < source.idx < cue.idx:
        return _after_relative_word(source) and not _opens_with_verb(inner)
    return True


def _after_coordinator(cue: Token) -> bool:
    """The cue follows "and"/"but", adverbs and auxiliaries between ("and later told")."""
    i = cue.i - 1
    while i >= 0 and cue.doc[i].pos_ in ("ADV", "AUX", "PART"):
        i -= 1
    return i >= 0 and cue.doc[i].lower_ in _COORDINATORS


def _opens_with_verb(inner: Statement) -> bool:
    """The inner report's first word is a verb: the relative word is its subject ("a rule
    change that he said *would make* it harder"), a shape the gold annotates as often as not."""
    assert inner.frame is not None
    doc = inner.frame.cue.doc
    after = doc[inner.frame.cue.i :]
    first = next((t for t in after if t.idx >= inner.start and not t.is_punct), None)
    return first is not None and first.pos_ in ("VERB", "AUX")


def _after_relative_word(source: Token) -> bool:
    """The inner source opens a relative clause ("*which he* said", "a bill *that critics*
    called") or is the relative word itself ("critics *who* say")."""
    first = source.left_edge
    if first.lower_ in _RELATIVE_WORDS:
        return True
    before = first.doc[first.i - 1] if first.i > 0 else None
    return before is not None and before.lower_ in _RELATIVE_WORDS and before.dep_ != "mark"
