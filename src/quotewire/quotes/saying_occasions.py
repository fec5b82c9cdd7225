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
clause, and PolNeAR annotates it. Nor after an object or a clause the verb reports first,
which the "when" clause closes ("tried *to ask* a question about immigration *when Trump shot
back* that ..."). Nor when the clause's verb is future or modal: then it is an indirect
question, what was said ("told reporters *when the plant would reopen*", "announced when the
vote will take place").
"""

from __future__ import annotations

from spacy.tokens import Token

from quotewire.quotes.circumstances import occasion_words
from quotewire.quotes.cues import load_cue_lexicon
from quotewire.quotes.object_occasions import opens_occasion

_REPORTING_DEPS = frozenset({"dobj", "ccomp", "xcomp", "attr", "oprd", "acomp", "prep", "dative"})


def is_occasion_of_saying(clause: Token) -> bool:
    """Whether ``clause``, a dependent of a verb of saying, is an adverbial clause after it
    opened by the wh-adverb "when": the occasion of the saying (see the module docstring)."""
    cue = clause.head
    if clause.dep_ != "advcl" or clause.i < cue.i:
        return False
    words = occasion_words()
    opener = clause.left_edge
    if opener.lower_ not in words.saying_time_adverbs:
        return False
    if opener.dep_ != "advmod" or opener.head != clause:
        return False
    if any(c.dep_ == "aux" and c.lower_ in words.question_modals for c in clause.children):
        return False
    lexicon = load_cue_lexicon()
    if not lexicon.is_speech(cue.lower_):
        return False
    return not any(_is_said_before(c, clause, cue.lower_ in lexicon.telling) for c in cue.rights)


def _is_said_before(dependent: Token, clause: Token, telling: bool) -> bool:
    """Whether ``dependent`` of the verb of saying, before ``clause``, may be what it reports:
    then the "when" clause closes that report ("*recalled* sitting in on focus groups *when he
    worked* for the campaign", "*suggests* a broader difference *when it comes to* ..."). The
    object of a verb of telling is who hears the words ("told *MSNBC* Monday when asked"), and
    so is a "to" phrase ("said *to reporters* when asked"); a phrase of occasion is where it was
    said ("said *in an interview* when asked")."""
    if dependent.i >= clause.i or dependent.dep_ not in _REPORTING_DEPS:
        return False
    if dependent.dep_ == "prep" and (dependent.lower_ == "to" or opens_occasion(dependent)):
        return False
    return not (telling and dependent.dep_ in ("dobj", "dative"))
