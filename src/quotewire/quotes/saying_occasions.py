"""A clause of time after a verb of saying tells when the saying happened, not what was said.

"'Absolutely,' he said *when asked by a reporter* if that remains his view", "Sarandon told
MSNBC Monday *when asked about* concerns that ...", "'Are you O.K.?' he said, *when a protester
seemed to stumble*": the parser hangs the "when" clause on the verb of saying as ``advcl`` with
"when" as its ``advmod`` (not a ``mark``, which ``content_candidates.is_circumstantial``
already reads as a clause of time). The clause has a subject of its own, or a question inside
it, so it passed for the reported clause. A "when" clause that belongs to the report hangs
on the reported verb instead ("The mayor said when she took office the city was broke":
``ccomp`` "broke" holds it), and so does the one after a set-in cue ("In the early 1990s, Ms.
Ripert said, when she was earning ..., a boss invited her to lunch"). Only verbs of saying:
"was shocked *when he heard* about ...", "remembers *when* officers showed up" report the
clause, and PolNeAR annotates it.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotewire.quotes.cues import load_cue_lexicon

_TIME_ADVERBS = frozenset({"when", "whenever"})


def is_occasion_of_saying(clause: Token) -> bool:
    """Whether ``clause``, a dependent of a verb of saying, is an adverbial clause after it
    opened by the wh-adverb "when": the occasion of the saying (see the module docstring)."""
    cue = clause.head
    if clause.dep_ != "advcl" or clause.i < cue.i:
        return False
    opener = clause.left_edge
    if opener.lower_ not in _TIME_ADVERBS or opener.dep_ != "advmod" or opener.head != clause:
        return False
    return load_cue_lexicon().is_speech(cue.lower_)
