"""Verification: are two index candidates really one statement?

The index only proposes pairs; this step decides, on a word alignment of the two normal forms
(rapidfuzz's Levenshtein opcodes over word sequences). Two forms are one statement when

* they are identical;
* the shorter is a substantial contiguous part of the longer (a trimmed quote): the words the
  longer one has before or after the shorter one are free, words cut at an ellipsis or bracket
  are free;
* they are near-duplicates: a few words changed, inserted or dropped.

Whatever the overlap, a changed word that carries meaning keeps them apart: a negation added
or dropped, a different number, a different name, an antonym ("rose"/"fell"). Such a pair is a
*conflict*: clustering never puts its two forms in one statement, even through a third form
(a trimmed quote can be part of both a quote and its distractor).

The same words by two speakers are not one statement either: forms whose speakers are named
differently (``NormalForm.speaker``, the folded surname) are a conflict, and a form whose
speaker is not named joins a named one only when the words are distinctive enough to be
nobody else's (``MIN_UNNAMED_CONTENT_WORDS``): "a state of emergency" is said by many.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from quotewire.statements.normalise import (
    NormalForm,
    are_antonyms,
    is_content,
    is_negation,
    is_number,
)

MIN_TRIM_WORDS = 6
MIN_NEAR_WORDS = 4
NEAR_COVERAGE = 0.75
TRIM_COVERAGE = 0.85
MAX_EDIT_SHARE = 0.25
TRIM_CLOSENESS = 0.6
# Content words (not stop words) the shorter of two forms needs for a form without a named
# speaker to join a form with one: "null and void", "geographically ridiculous" (4) is one
# person's words, "a state of emergency" (2) anyone's.
MIN_UNNAMED_CONTENT_WORDS = 4


@dataclass(frozen=True, slots=True)
class Verdict:
    """The decision on one pair, with the reason kept as evidence."""

    same: bool
    reason: str
    coverage: float = 0.0
    closeness: float = 0.0
    conflict: bool = False

    @property
    def strength(self) -> tuple[float, float]:
        """How sure the join is: covered share of the shorter form, then length ratio."""
        return (self.coverage, self.closeness)


def verify(left: NormalForm, right: NormalForm) -> Verdict:
    """Decide whether two normal forms carry the same statement (words and speaker)."""
    verdict = verify_words(left, right)
    if left.speaker == right.speaker or not verdict.same:
        return verdict
    if left.speaker and right.speaker:
        # A conflict, so that no third form (one without a speaker) joins the two.
        return Verdict(False, "speakers differ", verdict.coverage, verdict.closeness, True)
    # The shorter form's content words; of two forms of one length, the fewer (either may be
    # "the shorter"), so that verify(a, b) == verify(b, a) here too.
    shortest = min(len(left), len(right))
    content = min(sum(map(is_content, f.tokens)) for f in (left, right) if len(f) == shortest)
    if content < MIN_UNNAMED_CONTENT_WORDS:
        reason = "too few distinctive words to join an unnamed speaker"
        return Verdict(False, reason, verdict.coverage, verdict.closeness)
    return verdict


def verify_words(left: NormalForm, right: NormalForm) -> Verdict:
    """Decide whether two normal forms carry the same words, whoever said them."""
    if left.tokens == right.tokens:
        return Verdict(True, "identical", 1.0, 1.0)
    # Equal lengths are ordered by their words, so that verify(a, b) == verify(b, a): the
    # statements must not depend on which form arrived first.
    short, long = sorted((left, right), key=lambda f: (len(f), f.tokens))
    if len(short) == 0:
        return Verdict(False, "empty")
    closeness = len(short) / len(long)
    if _contiguous_part(short.tokens, long.tokens):
        # Found directly: the alignment below may put the cut words in the middle ("you
        # want peace ..." against "you know what they say: you want peace ...", where the
        # first "you" aligns just as cheaply) and count them as edits.
        needed = MIN_TRIM_WORDS if closeness < TRIM_CLOSENESS else MIN_NEAR_WORDS
        if len(short) >= needed:
            return Verdict(True, "trimmed", 1.0, closeness)
    # An upper bound of the aligned words, cheaper than aligning: most candidates that share
    # an index key by chance fail here.
    long_words = set(long.tokens)
    if sum(1 for t in short.tokens if t in long_words) < NEAR_COVERAGE * len(short):
        return Verdict(False, "too few shared words", 0.0, closeness)
    ops = list(Levenshtein.opcodes(list(short.tokens), list(long.tokens)))
    while ops and ops[0].tag == "insert":
        ops.pop(0)
    while ops and ops[-1].tag == "insert":
        ops.pop()
    matched = 0
    edits = 0
    for op in ops:
        s_words = short.tokens[op.src_start : op.src_end]
        l_words = long.tokens[op.dest_start : op.dest_end]
        if op.tag == "equal":
            matched += len(s_words)
            continue
        if op.tag == "insert" and op.src_start in short.gaps:
            continue  # words the shorter form cut at an ellipsis or editorial bracket
        if op.tag == "delete" and op.dest_start in long.gaps:
            continue
        conflict = _meaning_conflict(short, op.src_start, s_words, long, op.dest_start, l_words)
        if conflict:
            return Verdict(False, conflict, matched / len(short), closeness, conflict=True)
        edits += max(len(s_words), len(l_words))
    coverage = matched / len(short)
    if closeness < TRIM_CLOSENESS:
        if matched < MIN_TRIM_WORDS or coverage < TRIM_COVERAGE:
            reason = "too little of the shorter quote in the longer"
            return Verdict(False, reason, coverage, closeness)
        reason = "trimmed" if edits == 0 else "trimmed and edited"
        return Verdict(True, reason, coverage, closeness)
    if matched < MIN_NEAR_WORDS or coverage < NEAR_COVERAGE:
        return Verdict(False, "too few shared words", coverage, closeness)
    if edits > max(2, MAX_EDIT_SHARE * len(short)):
        return Verdict(False, "too many changed words", coverage, closeness)
    return Verdict(True, "trimmed" if edits == 0 else "near-duplicate", coverage, closeness)


def _contiguous_part(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Whether ``short`` is a run of consecutive words of ``long``."""
    first = short[0]
    return any(
        long[i : i + len(short)] == short
        for i in range(len(long) - len(short) + 1)
        if long[i] == first
    )


def _meaning_conflict(
    short: NormalForm,
    s_start: int,
    s_words: tuple[str, ...],
    long: NormalForm,
    l_start: int,
    l_words: tuple[str, ...],
) -> str | None:
    """Why a changed stretch of words changes the meaning, or ``None`` if it does not."""
    if any(is_negation(w) for w in s_words) != any(is_negation(w) for w in l_words):
        return "negation differs"
    if any(is_negation(w) for w in s_words + l_words) and set(s_words) != set(l_words):
        return "negation differs"
    if any(is_number(w) for w in s_words + l_words):
        return "number differs"
    s_names = [i for i in range(s_start, s_start + len(s_words)) if i in short.names]
    l_names = [i for i in range(l_start, l_start + len(l_words)) if i in long.names]
    if s_names or l_names:
        return "name differs"
    if any(are_antonyms(a, b) for a in s_words for b in l_words):
        return "antonym"
    return None
