"""The rest of a series the parser broke off after its first item.

"Clinton touted *her proposals to invest $275 billion in infrastructure, expand Social Security
benefits, and enable debt-free college*"; "Cruz supports *squeezing out undocumented immigrants
by tightening enforcement, temporarily freezing immigration levels and changing the 14th
Amendment*"; "experts said *money is needed to develop a vaccine, educate the public and learn
more about the virus*". The parser hangs the second item on the cue (a conjunct or an
adverbial clause of "touted", "supports", "said") instead of on the verb it continues, so the
reported part stopped at the first comma. The annotators take the whole series.

It is a series when, right after the reported part and a comma (a closing quotation mark may
follow it: 'is ready to "take on the Washington cartel," secure the border, strengthen the
military, and improve ...'), the cue has a verb of the same form as the reported part's last
verb (a bare infinitive after a to-infinitive, a gerund after a gerund) and that verb's
conjunct chain closes with "and"/"or" and one more verb of that form. It is not the cue's own
next act: a to-infinitive or a gerund is no finite form, and a verb inflected like the cue
("said ..., called ... and urged ...") or a cue word (", citing ... and saying ...") is left
out.

Read on the boundary errors of train articles 1-840 (a prediction stops at the first comma of
a series the annotation keeps): run on the six train slices, the rule makes 6 contents right
and none wrong. Series of nouns hang on other words than the cue
(an adverbial noun of the verb above it) and are not touched.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotewire.quotes.content_ends import without_closing_punctuation
from quotewire.quotes.cues import CueLexicon

_COORDINATORS = frozenset({"and", "or"})
# labels the parser gives the second item of the series when it hangs it on the cue
_ITEM_LABELS = frozenset({"conj", "advcl"})


def with_series_rest(cue: Token, tokens: list[Token], lexicon: CueLexicon) -> list[Token]:
    """``tokens`` (a reported dependent of ``cue``, in order) with the rest of the series
    their last verb opens, when the parser hung it on the cue (see the module docstring)."""
    words = [t for t in tokens if not t.is_punct]
    if not words:
        return tokens
    doc = cue.doc
    end = words[-1].i  # the comma may close the reported subtree ("needed ..., educate")
    last_verb = next((t for t in reversed(words) if t.pos_ == "VERB"), None)
    if last_verb is None or not _non_finite(last_verb):
        return tokens
    for item in cue.children:
        if item.i <= end or item.dep_ not in _ITEM_LABELS:
            continue
        # a comma between, and a closing quotation mark ('to "take on the cartel," secure ...')
        between = doc[end + 1 : item.left_edge.i]
        if not 0 < len(between) <= 2 or "," not in [t.text for t in between]:
            continue
        if not all(t.is_punct for t in between):
            continue
        if item.tag_ == last_verb.tag_ != cue.tag_ and _is_series(item, lexicon):
            rest = without_closing_punctuation(list(doc[end + 1 : item.right_edge.i + 1]))
            return [t for t in tokens if t.i <= end] + rest
    return tokens


def _non_finite(verb: Token) -> bool:
    """Whether ``verb`` is a to-infinitive or a gerund (a participle with no auxiliary: "is
    urging" is a finite clause, which a series of bare gerunds does not continue)."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VB":
        return any(c.lower_ == "to" for c in auxiliaries)
    return verb.tag_ == "VBG" and not auxiliaries


def _is_series(item: Token, lexicon: CueLexicon) -> bool:
    """Whether ``item`` opens a chain of conjuncts of its own form, none of them a cue word,
    whose last one follows "and"/"or"."""
    verb = item
    while True:
        if lexicon.is_cue_word(verb.lower_):
            return False
        following = next((c for c in verb.children if c.dep_ == "conj" and c.i > verb.i), None)
        if following is None:
            return False
        if following.tag_ != item.tag_:
            return False
        closing = any(
            c.dep_ == "cc" and c.lower_ in _COORDINATORS and verb.i < c.i < following.i
            for c in verb.children
        )
        if closing:
            return not lexicon.is_cue_word(following.lower_)
        verb = following
