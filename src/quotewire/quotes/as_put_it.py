"""The idioms "as X put it" and "as X said" before a quotation: the quotation is X's.

"As Tom Baker, professor of law at Yale, put it, "..."" credits the quotation to the subject
of "put", but "put" is no verb of saying, so no cue frame reads it, and the parser often
takes "As Tom Baker" for a preposition and its object. Another cue later in the clause ("put
it in her memo to staff *explaining* the deal") would otherwise take the quotation.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from quotewire.data_files import word_set


@lru_cache(maxsize=1)
def _put_forms() -> frozenset[str]:
    return word_set("en/trailing.toml", "put_forms")


def as_put_it_source(verb: Token) -> Token | None:
    """The source of an "as X put it" clause ('As Tom Baker, professor of law at Yale and
    author of "Another Constitution," *put it*, "..."'): the quotation after it is X's, as
    every one of the eight on train is. The parser often reads "As X" as a preposition and
    its object, leaving "put" with no subject; the object of that "as" is then the source.
    Tried before the other verbs of the stretch, which would give the quotation to a noun
    before a participle ('put it in her memo to *staff explaining* the deal, "..."')."""
    if verb.lower_ not in _put_forms() or not any(
        c.dep_ == "dobj" and c.lower_ == "it" for c in verb.rights
    ):
        return None
    subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    marker = next((c for c in verb.lefts if c.dep_ in ("mark", "prep") and c.lower_ == "as"), None)
    if marker is None:
        return None
    if subject is None:
        subject = next((c for c in marker.children if c.dep_ == "pobj"), None)
    return subject


def opens_with_as(cue: Token) -> bool:
    """Whether a cue's clause opens with "as" ('But, *as* Mr. Sykes *said*, "..."', however the
    parser hung it; ``closing_passive_reports.is_as_clause`` wants it hung on a verb): it
    introduces the quotation right after it as its own, so a cue after the quotation's closing
    mark ('"..." Therefore any attempt to debunk it, *he said*, is hopeless') reports the next
    sentence, not the quotation. On train the eight quotations right after "as X said,"
    (noted, put it, told ...) are all X's."""
    return any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.lefts)


def inside_as_put_it(cue: Token) -> bool:
    """Whether a cue hangs inside an "as X put it" clause ('put it in her memo to *staff
    explaining* the deal, "..."'): the quotation after the clause is X's, not the cue's."""
    return any(as_put_it_source(verb) is not None for verb in cue.ancestors)
