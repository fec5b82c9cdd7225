"""Frames of phrase cues: "according to X" and the like.

The source is the object of the phrase's preposition; what it reports is the clause the phrase
is attached to, or both fragments of it when the phrase is set inside ("*Other major
cleavages*, according to the poll, *include ideology*"). Called by
:func:`~quotewire.quotes.frames.find_frames` before it tries the cue as a verb.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotewire.quotes.content_candidates import is_circumstantial
from quotewire.quotes.content_ends import is_contrast_clause, without_closing_punctuation
from quotewire.quotes.cues import CueLexicon
from quotewire.quotes.fragments import continues_clause
from quotewire.quotes.frame_spans import SUBJECT_DEPS, Frame, char_range, has_words
from quotewire.quotes.misplaced_agents import names_people
from quotewire.quotes.set_in_cues import without_opening_conjunction
from quotewire.speakers.lexicon import load_people_lexicon


def according_to_frames(token: Token, lexicon: CueLexicon, region: tuple[int, int]) -> list[Frame]:
    """'according to X' (and other phrase cues): the source is the object of the preposition.
    A phrase set into its clause ("*Other major cleavages*, according to the poll, *include
    ideology*") cuts what it reports in two fragments of one attribution, as PolNeAR
    annotates them: two frames on the one cue."""
    phrase = next((p for p, head in lexicon.phrases.items() if head == token.lower_), None)
    if phrase is None:
        return []
    words = phrase.split()
    doc = token.doc
    start = token.i - words.index(token.lower_)
    if start < 0 or start + len(words) > len(doc):
        return []
    if [t.lower_ for t in doc[start : start + len(words)]] != words:
        return []
    cue_tokens = list(doc[start : start + len(words)])
    source = next((t for t in cue_tokens[-1].children if t.dep_ == "pobj"), None)
    clause = token.head if token.head != token else None
    contents: list[tuple[int, int] | None] = [None]
    if clause is not None and _closes_sentence_after_restrictive_clause(clause, start, source):
        clause = clause.sent.root
    if clause is not None and closes_reported_clause(clause, start, source, lexicon):
        clause = clause.head
    if clause is not None:
        # the clause on each side of the phrase, cut by position (the parser does not always
        # keep Y inside the phrase's subtree); a phrase hung on the last of conjoined clauses
        # reports them all ("A received 37 percent and B snagged 13 percent, according to the
        # results"), without a fronted scene-setting clause ("Boasting 108,000 residents, the
        # county leans ...")
        while (
            (clause.dep_ == "conj" or is_contrast_clause(clause))
            and clause.head.i < clause.i
            and not _opens_conjunct(clause, start)
        ):
            clause = clause.head
        last = max(t.i for t in (source or cue_tokens[-1]).subtree)
        if clause.dep_ in SUBJECT_DEPS and clause.head.i > last:
            clause = clause.head  # hung on the subject: "One of them, according to X, is ..."
        scene = {
            t.i
            for c in clause.children
            if c.i < clause.i and c.dep_ == "advcl" and c.pos_ == "VERB" and is_circumstantial(c)
            for t in c.subtree
        }
        clause_tokens = [t for t in clause.subtree if t.i not in scene]
        before = without_opening_conjunction([t for t in clause_tokens if t.i < start])
        after = [t for t in clause_tokens if t.i > last]
        contents = [char_range(before if has_words(before) else after, region)]
        if has_words(before) and continues_clause(clause, after, last):
            contents.append(char_range(without_closing_punctuation(after), region))
    return [Frame(token, cue_tokens, source, content, 0.9) for content in contents]


def _closes_sentence_after_restrictive_clause(
    clause: Token, start: int, source: Token | None
) -> bool:
    """Whether the phrase at ``start``, after a comma, closes the sentence of ``clause``, a
    restrictive relative clause (no comma before it) the parser hung it on ("The task
    force's job is to produce a report *that lays out a plan*, according to a press
    release."): a restrictive clause is part of the noun it defines and takes no attribution
    of its own, so the phrase reports the sentence (no such parse on train 1-840; Wikinews
    tune13 had one)."""
    if clause.dep_ != "relcl" or start == 0 or clause.doc[start - 1].text != ",":
        return False
    before = clause.left_edge.i - 1
    if before >= 0 and clause.doc[before].is_punct:
        return False
    end = max(t.i for t in source.subtree) if source is not None else start
    return all(t.is_punct or t.is_space for t in clause.doc[end + 1 : clause.sent.end])


def closes_reported_clause(
    clause: Token, start: int, source: Token | None, lexicon: CueLexicon
) -> bool:
    """Whether the phrase at ``start`` closes, with no comma before it, a clause another verb
    of saying reports, the parser having hung it on that clause ("Supporters of Mr Ortega
    have claimed *the verdict is 'politically motivated'* according to BBC reports"): the
    phrase names where the whole report was read, so it reports the cue's sentence, as
    "According to reports, Rather states that ..." does, and it is no part of the claim
    (``reported_extent``). Only a phrase whose object can speak (a name, a person, a body, a
    report) counts: "held *according to the rules*" says how (Wikinews tune15 had one)."""
    cue = clause.head
    if clause.dep_ != "ccomp" or cue.i > clause.i or not lexicon.is_speech(cue.lower_):
        return False
    if start <= clause.i or clause.doc[start - 1].text == ",":
        return False
    return source is not None and _can_speak(source)


def _can_speak(source: Token) -> bool:
    """Whether the object of a phrase cue, its head noun alone, names someone or something
    that says things: a person or a body (:func:`~quotewire.quotes.misplaced_agents.names_people`,
    no place: "according to *the laws of Texas*", "according to *Ohio law*" say how) or a
    message ("according to BBC *reports*")."""
    return names_people(source) or source.lower_ in load_people_lexicon().message_nouns


def _opens_conjunct(clause: Token, start: int) -> bool:
    """Whether a phrase cue at ``start`` opens a conjoined clause, right after its conjunction
    ("... all denied involvement, but *according to the BBC* the group later claimed ..."):
    there it reports that clause alone, not the one before the conjunction."""
    if clause.dep_ != "conj" or clause.left_edge.i != start:
        return False
    before = start - 1
    while before >= 0 and clause.doc[before].is_punct:
        before -= 1
    return before >= 0 and clause.doc[before].dep_ == "cc"
