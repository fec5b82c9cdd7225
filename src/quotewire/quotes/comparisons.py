"""A poll's comparison or figures after the reported part: "55 percent said *Mr. Trump would
be better at handling the economy*, compared with 41 percent for Mrs. Clinton".

When a counted group is the source (a percentage, a majority, half of the voters), the parser
hangs a comparison set off by a comma on the verb of the reported clause, so the content runs
on into it. The comparison is the writer's: it sets the group's answer beside another group's
or an earlier poll's ("..., down from 47 percent in 2009", "..., double the number who said the
same of Mr. Trump"). The words are data (``data/en/comparisons.toml``).

Read on the gold of train articles 1-600: after a verb cue with a counted source, the gold
leaves such a comparison out 9 times and keeps it once, where the poll is named as an outer
attribution ("In a CNN/ORC poll released Monday, 31% ... said ..., compared with 23% of
Democrats"), which is why a fronted phrase or "according to" stops the cut; with any other
source it keeps it
about as often as it leaves it out ("noted that Latinos and Blacks have a more difficult time
staying on the air, compared to their white counterparts"; "reported a profit of $1.78 per
share, well above the $1.11 analysts expected" left out), and after "according to" it keeps
it 8 times of 8, so only counted sources are cut.

The other way round after a verb of a poll's finding ("show", "find"): the figures the parser
hangs on the cue after a comma ("showed *Mr. Trump leading Mr. Cruz, 45 percent to 18
percent*", "showed *Clinton with a lead, earning 51 percent of the support*") are the finding
and stay in (kept 28 times, left out once on the gold of train articles 1-840).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from quotewire.data_files import word_lists
from quotewire.quotes.content_ends import without_closing_punctuation


@dataclass(frozen=True)
class _Words:
    openers: frozenset[str]
    degrees: frozenset[str]
    quantities: frozenset[str]
    finding_verbs: frozenset[str]
    figure_units: frozenset[str]


@lru_cache(maxsize=1)
def _words() -> _Words:
    return word_lists("en/comparisons.toml", _Words)


def without_comparison(cue: Token, tokens: list[Token]) -> list[Token]:
    """``tokens`` (a reported dependent after its cue, in order) without a closing comparison
    set off by a comma when the cue's subject is a counted group (see the module docstring)."""
    words = [t for t in tokens if not t.is_punct]
    if len(words) < 3 or words[0].i < cue.i or not _counted_source(cue):
        return tokens
    lists = _words()
    doc = cue.doc
    for comma in tokens:
        if comma.text != "," or comma.i <= words[0].i or comma.i + 1 >= len(doc):
            continue
        opener = doc[comma.i + 1]
        if opener.lower_ in lists.degrees and comma.i + 2 < len(doc):
            opener = doc[comma.i + 2]
        if opener.lower_ in lists.openers:
            return without_closing_punctuation([t for t in tokens if t.i < comma.i])
    return tokens


def with_finding_figures(cue: Token, tokens: list[Token]) -> list[Token]:
    """``tokens`` (a reported dependent after a verb of finding, "show" or "find") with the
    figures the parser hung on the cue after a comma right behind them: "a poll showed *Mr.
    Trump leading Mr. Cruz, 45 percent to 18 percent, among evangelicals*", "showed *Clinton
    with a lead in New York, earning 51 percent of the support*". The numbers are the finding
    itself, not the writer's aside (a phrase opened by a phrase cue, ", according to ...", is
    an attribution of its own and stays out)."""
    lists = _words()
    if not tokens or tokens[0].i < cue.i or cue.lower_ not in lists.finding_verbs:
        return tokens
    doc = cue.doc
    words = without_closing_punctuation(tokens)  # the parser may hang the comma on the clause
    comma = words[-1].i + 1 if words else len(doc)
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return tokens
    for child in cue.children:
        if child.left_edge.i != comma + 1 or child.left_edge.lower_ == "according":
            continue
        if _holds_figure(list(child.subtree), lists.figure_units):
            return words + without_closing_punctuation(list(doc[comma : child.right_edge.i + 1]))
    return tokens


def _holds_figure(tokens: list[Token], units: frozenset[str]) -> bool:
    """Whether ``tokens`` give a poll's figure: a number with a unit ("45 percent", "32%",
    "a 4-point lead") or two numbers set against each other ("52 to 38", "32-25")."""
    for i, token in enumerate(tokens):
        if not token.like_num and token.tag_ != "CD":
            continue
        after = tokens[i + 1 : i + 3]
        if any(t.lower_ in units or t.lower_.split("-")[-1] in units for t in after):
            return True
        if "-" in token.text or (len(after) == 2 and after[0].lower_ == "to" and after[1].like_num):
            return True
    return False


def _counted_source(cue: Token) -> bool:
    """Whether the cue's subject counts people (a number or a word of proportion in it) and
    the poll is not named around it as an outer attribution ("*In* a CNN/ORC poll released
    Monday, 31% of Republicans said ...", "... said ..., *according to* the survey"): the gold
    then annotates the outer attribution, comparison and all."""
    quantities = _words().quantities
    subject = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not any(t.like_num or t.lower_ in quantities for t in subject.subtree):
        return False
    fronted = any(c.dep_ == "prep" and c.i < subject.left_edge.i for c in cue.children)
    return not fronted and not any(t.lower_ == "according" for t in cue.sent)
