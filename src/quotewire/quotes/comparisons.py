"""A poll's comparison after the reported part: "55 percent said *Mr. Trump would be better at
handling the economy*, compared with 41 percent for Mrs. Clinton".

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
