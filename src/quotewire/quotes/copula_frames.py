"""Frames of "be" and "have" whose content holds the writer's own wording around a quotation.

Linking makes a mixed statement of a frame's content when it overlaps a quotation and has
letters outside it. The learned frame model also opens frames on forms of "be" and "have"
(PolNeAR annotates some: 'His assumption was that "..."'), and most of their contents around a
quotation are the writer's predicate that borrows a term ('Jeb was better ..., even if he
reserved his passion for the cause of "comprehensive immigration reform"', 'the plan has a
"poison pill"'): no statement. Pooled over PolNeAR train, 16 such
mixed statements were predicted, 5 annotated, 4 of these a "that" clause, which is kept.
Other verbs that report nothing here ("took", "pushed") were counted and left to the frame
model: the gold annotates the borrowed wording of many verbs that are no verbs of saying.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotewire.quotes.cues import load_cue_lexicon
from quotewire.quotes.quoted_terms import word_list
from quotewire.speakers.lexicon import load_people_lexicon


def is_borrowed_wording(doc: Doc, cue: Token, start: int, end: int) -> bool:
    """Whether the content from ``start`` to ``end`` of a form of "be" or "have" is the
    writer's own predicate around a quotation ('Jeb was better ..., even if he reserved his
    passion for "immigration reform"', 'the plan has a "poison pill"'), not a report. A
    "that" clause is what the subject, a noun of saying, holds ('His assumption was that "as
    voters get more educated" ...'; the parse often gives no subject), unless the subject is
    "it": a cleft ('It was three years ago that ...'), whose clause is the writer's unless a
    message or a cue word stands before it ('it was a report by the paper that he "made up"
    the story', 'It was his claim that ...': what the report or claim said)."""
    if cue.lower_ not in word_list("copulas") and cue.lower_ not in word_list("possession_verbs"):
        return False
    if not doc.text[start:end].lstrip().lower().startswith("that "):
        return True
    subject = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ != "it":
        return False
    messages = load_people_lexicon().message_nouns
    cues = load_cue_lexicon()  # "It was his *claim* that he "made up" the story"
    return not any(
        c.dep_ == "attr" and (c.lower_ in messages or cues.is_cue_word(c.lower_))
        for c in cue.children
    )
