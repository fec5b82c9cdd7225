"""The agent of a passive cue that the parser hung elsewhere: "Al-Muteiri was confirmed as one
of the passengers *by the Kuwaiti Assistant Foreign Minister*", "Clinton was declared the
winner in three primaries *by news organizations*", "Trump and Cruz are both seen as
candidates who would best handle a crisis *by about a quarter of voters*".

The small parser attaches a late "by" phrase to the nearest noun or verb before it ("one",
"winner", "handle") as a plain ``prep`` instead of the passive verb's ``agent``, so the cue
reads as agentless and credits no one
(:func:`~quotewire.quotes.uncredited_sources.credits_source`). A "by" phrase after the cue,
inside its clause and hung on a verb or on what the passive declares its subject ("the
winner", "as one of ..."), whose noun names people or an organisation is the agent. A "by"
phrase of means or time ("by saying", "by Tuesday", "by ten points") names no one, nor one
inside a clause with an agent or subject of its own, nor one on a noun of an event ("the
attack by ...").
"""

from __future__ import annotations

from spacy.tokens import Token

from quotewire.quotes.question_nouns import may_ask
from quotewire.quotes.relative_subjects import is_relative_subject

_NOT_AGENTS = ("DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "QUANTITY", "GPE", "LOC")
_NOUNS = ("NOUN", "PROPN")
_QUANTITIES = ("quarter", "third", "half", "majority", "minority", "percent", "share", "number")


def misplaced_agent(verb: Token) -> Token | None:
    """The noun of a "by" phrase the parser hung below the passive ``verb`` as a ``prep``
    (see the module docstring), or None."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    for token in verb.subtree:
        if token.i <= verb.i or token.dep_ != "prep" or token.lower_ != "by":
            continue
        if _inside_own_clause(token, verb) or not _on_predicate(token.head, verb):
            continue
        noun = next((c for c in token.children if c.dep_ == "pobj"), None)
        if noun is not None and names_people(noun):
            return noun
    return None


def stranded_agent(by: Token) -> Token | None:
    """The noun of an agent "by" the parser left without its object, having made the phrase
    after it the subject of the passive's clause ("are said by *U.S. officials* to be presumed
    dead": "officials" the subject of "presumed"), when it names people or an organisation."""
    verb = by.head
    for clause in verb.children:
        if clause.dep_ not in ("ccomp", "xcomp") or clause.i < by.i:
            continue
        for noun in clause.children:
            if noun.dep_ in ("nsubj", "nsubjpass") and noun.left_edge.i == by.i + 1:
                return noun if names_people(noun) else None
    return None


def _on_predicate(word: Token, verb: Token) -> bool:
    """Whether the word a "by" phrase hangs on is a verb or what the passive declares its
    subject ("declared *the winner* by", "confirmed as *one* of the passengers by"; the parser
    may read "the winner" as an object, which a passive cannot have), not a
    noun of an event elsewhere in the clause ("asked about the claim of credit for *the
    attack* by an American Muslim": the attacker, not the asker)."""
    if word.pos_ in ("VERB", "AUX"):
        return True
    if word.dep_ in ("oprd", "attr", "dobj") and word.head == verb:
        return True  # a passive takes no object: a dobj is the predicate misread
    return word.dep_ == "pobj" and word.head.lower_ == "as" and word.head.head == verb


def _inside_own_clause(token: Token, verb: Token) -> bool:
    """Whether a clause between ``token`` and ``verb`` has a subject or agent of its own: a
    passive verb, or one whose subject is not a relative word ("candidates *who* would best
    handle a crisis by about a quarter of voters" is still the outer passive's phrase)."""
    for ancestor in token.ancestors:
        if ancestor == verb:
            return False
        if ancestor.pos_ not in ("VERB", "AUX"):
            continue
        for child in ancestor.children:
            if child.dep_ in ("nsubjpass", "agent", "auxpass"):
                return True
            if child.dep_ == "nsubj" and not is_relative_subject(child):
                return True
    return True


def names_people(noun: Token) -> bool:
    """Whether a noun names people or an organisation
    (:func:`~quotewire.quotes.question_nouns.may_ask`), or a quantity of them ("about a
    quarter *of voters*"); not a time or a sum ("by Tuesday", "by $10 million")."""
    if noun.pos_ not in _NOUNS:
        return False
    if noun.lower_ in _QUANTITIES:
        part = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        whole = next((c for c in part.children if c.dep_ == "pobj"), None) if part else None
        return whole is not None and names_people(whole)
    return noun.ent_type_ not in _NOT_AGENTS and may_ask(noun)
