"""A passive "as" clause that closes its sentence and names who reported it: "Webb won the seat
by 7,200 votes, *as reported by the Washington Post*."; "the super PAC started reserving ad time
this week, *as first reported by the New York Times on Tuesday*."

The clause before it is the agent's report, as with a closing "according to X". The active
"as X reported" set into its clause is read by ``set_in_cues.as_clause_frames``; after its verb it
is an aside there, because an active "as" clause after the verb may be one of time or manner
("A met B, as the Times reported, and ..."). A subject-less passive with a "by" agent, set off
by a comma and closing the sentence, names the channel of everything before it; without the
comma, or with a clause of its own, it is part of its clause ("carrying out a dual mission as
declared by Erdogan, to purge ...": 1 false alarm on train when that was not required).

Not when the clause it closes is itself a verb of saying ('"...," Carson noted in an interview,
*as reported by BuzzFeed News*'): the report is then of a report, whose source is the one who
spoke, and PolNeAR annotates only that. Train 1-840: the one closing "as reported by" after a
plain clause is annotated; the one after a cue is not. Wikinews tune splits: 1 of 1 annotated.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotewire.quotes.cues import CueLexicon
from quotewire.quotes.frame_spans import SUBJECT_DEPS

_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "conj"})
_SENTENCE_STOPS = frozenset({".", "!", "?"})


def is_as_clause(cue: Token) -> bool:
    """Whether ``cue`` heads an "as" clause hung on a verb ("…, as reported by X", "as she
    said")."""
    return (
        cue.dep_ == "advcl"
        and cue.head.pos_ in ("VERB", "AUX")
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children)
    )


def closed_clause(cue: Token, lexicon: CueLexicon) -> list[Token] | None:
    """The words of the clause a closing "as reported by X" reports (all of the clause the
    "as" clause hangs on before it, in the cue's sentence), or ``None`` when ``cue`` is not
    the participle of such a clause."""
    if not is_as_clause(cue) or cue.tag_ != "VBN" or cue.i < cue.head.i:
        return None
    head = cue.head
    if lexicon.is_speech(head.lower_):
        return None
    children = list(cue.children)
    if any(c.dep_ in SUBJECT_DEPS for c in children) or not any(
        c.dep_ == "agent" for c in children
    ):
        return None
    if not _set_off(cue) or any(c.dep_ in _CLAUSE_DEPS for c in children):
        return None  # "a dual mission as declared by Erdogan, to purge ...": part of its clause
    start = cue.sent.start
    return [t for t in head.subtree if start <= t.i < cue.left_edge.i]


def _set_off(cue: Token) -> bool:
    """Whether the "as" clause of ``cue`` follows a comma and ends its sentence (the parser may
    run the sentence on across a paragraph break, so the stop after it is what counts)."""
    doc = cue.doc
    before, after = cue.left_edge.i - 1, cue.right_edge.i + 1
    closes = after == len(doc) or doc[after].text in _SENTENCE_STOPS
    return before >= 0 and doc[before].text == "," and closes
