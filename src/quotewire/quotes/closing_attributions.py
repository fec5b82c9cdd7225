"""A reported part that runs on into another source's attribution: "Solyom has said *that the
revelations have created a "moral crisis"*, and the Fidesz party said that they plan to
boycott Parliament", "some reports suggest *he may be released in the morning* although his
physician has stated the stay may be three or four days".

The parser hangs the second clause, a verb of saying with a subject of its own, on the verb of
the reported clause (as a conjunct or as a clause of concession), so the subtree
:mod:`quotewire.quotes.frames` reports runs on into it. That clause is an attribution of its
own, which the pipeline finds from its own cue; it is no part of what the first source said.
:mod:`quotewire.quotes.second_acts` cuts the first source's next act (a verb without a
subject); this module cuts a verb of saying with a subject of its own. A conjunct opened by
"that" ("said that X and that the police said Y") and a clause of reason or condition
("because the minister said so") stay: they belong to what is reported.
:func:`without_reporting_contrast` cuts a closing "while"/"whereas" clause that holds such an
attribution deeper inside ("while the mayor has gained support by saying that ...").
"""

from __future__ import annotations

from spacy.tokens import Token

from quotewire.data_files import word_set
from quotewire.quotes.content_ends import (
    APPOSITION_MARKS,
    has_subject,
    is_contrast_clause,
    opened_by_that,
    without_closing_punctuation,
)
from quotewire.quotes.cues import CueLexicon

# subordinators of a clause of concession or contrast, which the writer adds beside a report
_CONCESSIONS = frozenset({"although", "though", "while", "whereas"})
_COORDINATORS = word_set("en/clause_words.toml", "clause_coordinators")


def without_closing_attribution(
    cue: Token, tokens: list[Token], lexicon: CueLexicon
) -> list[Token]:
    """``tokens`` (a reported dependent after its cue, in order) without a closing clause that
    is another source's attribution (see the module docstring), and without the coordinator
    and punctuation before it."""
    words = [t for t in tokens if not t.is_punct]
    if len(words) < 4 or words[0].i < cue.i:
        return tokens
    inside = {t.i for t in tokens}
    first, last = words[0].i, words[-1].i
    for verb in words:
        if verb.i <= first + 1 or verb.right_edge.i < last or verb.head.i not in inside:
            continue
        if _attribution_of_its_own(verb, lexicon):
            cut = verb.left_edge.i
            before = verb.doc[cut - 1]
            if verb.dep_ == "conj" and before.lower_ in _COORDINATORS and before.i > first:
                cut = before.i
            if any(t.lower_ == "that" for t in verb.doc[cut : verb.i]):
                continue  # "... and that said will should be ...": still the reported clause
            if cut <= first + 1:
                return tokens
            return without_closing_punctuation([t for t in tokens if t.i < cut])
    return tokens


def _attribution_of_its_own(verb: Token, lexicon: CueLexicon) -> bool:
    """Whether ``verb`` is a verb of saying with its own subject, conjoined to the reported
    clause without "that" or opening a clause of concession in it."""
    if not lexicon.is_speech(verb.lower_) or not has_subject(verb):
        return False
    if verb.dep_ == "conj":
        return not opened_by_that(verb)
    if verb.dep_ == "advcl":
        marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
        return bool(marks & _CONCESSIONS)
    return False


def without_reporting_contrast(cue: Token, tokens: list[Token], lexicon: CueLexicon) -> list[Token]:
    """``tokens`` (a reported dependent after its cue) without a clause of contrast that
    closes them and holds an attribution of its own ("argue *that the rules are rigged*,
    while the mayor has gained support by saying that ...", "said *the school would be
    worse*, while nine in 10 said ...", "accused each other *of stalling the budget* while
    teachers warned ..."): opened by "while" or "whereas", with a subject of its own and a
    verb of saying inside. Gold contents never overlap, so the inner report is annotated on
    its own and the outer content ends before the clause (and the comma or dash before it).
    A contrast without one ("found that 28 percent backed A, while 23 percent favored B") is
    part of the finding and stays, as it does before a phrase cue that follows both
    (:func:`is_contrast_clause`)."""
    if not tokens or tokens[0].i < cue.i:
        return tokens
    words = [t for t in tokens if not t.is_punct]
    if len(words) < 3:
        return tokens
    inside = {t.i for t in tokens}
    last = words[-1].i
    for token in tokens:
        if token.head.i not in inside or token.right_edge.i < last:
            continue
        if not (is_contrast_clause(token) and has_subject(token)):
            continue
        mark = token.doc[token.left_edge.i - 1]
        cut = mark.i if mark.text in APPOSITION_MARKS else token.left_edge.i
        if cut <= words[0].i + 1:
            continue
        if any(t.pos_ == "VERB" and lexicon.is_speech(t.lower_) for t in token.subtree):
            return [t for t in tokens if t.i < cut]
    return tokens
