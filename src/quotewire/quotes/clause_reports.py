"""Verbs that report a clause but rarely an object.

Some verbs of asserting and advising report what follows them only when it is a clause with
a subject of its own: "Clinton has long *maintained* that she complied with the rules", "the
panel *recommends* the government withdraw a brigade", "her parents *contend* that she is
viable". Their object is mostly no statement at all ("Clinton *maintains* a wide lead",
"he *recommended* a different firm", "*contend* with"), so they are no verbs of saying
(``cues.toml`` ``speech``, which would weigh their objects too), and they are too rare with a
clause in the training news for the learned lexicon to score that clause as reported.
"advise" is one of them ("*advised* him that the order was within constitutional bounds"),
and so is its object and infinitive, a request like "urged X to" ("*advised* residents of
her city *to make plans*", Wikinews tune, tune9 and tune14; its object alone is mostly whom
a consultant works for: "*advises* big corporations on mergers", "has *advised* Mrs.
Clinton"). :func:`is_reported_clause` lifts such a clause to the frame threshold, and
:func:`is_unlearned_dependent` keeps their other dependents out unless the learned lexicon
has the verb report them ("*recommended* a different firm" is marked in train).
"""

from __future__ import annotations

from spacy.tokens import Token

from quotewire.quotes.content_ends import has_subject, opened_by_that
from quotewire.quotes.cues import CueLexicon


def is_reported_clause(cue: Token, key: str, tokens: list[Token], lexicon: CueLexicon) -> bool:
    """Whether ``tokens`` are the complement clause of a verb that reports only clauses
    (``cues.toml`` ``clause_reporting``): after the cue, with a subject of its own, and opened
    by "that" or headed by a bare verb ("recommends the state *withdraw*"). A clause the parser
    hung on the cue without "that" ("*has long maintained they were not marked*", "decided not
    to recommend indicting Clinton *even though he found* ...", a concessive "Though Clinton
    maintains a lead, a narrower victory *would* ...") is too often the parser's guess. An
    infinitive after the object of "advise" counts too (:func:`is_object_infinitive`)."""
    if key in ("xcomp", "advcl") and cue.lower_ in lexicon.object_infinitive_reporting:
        return is_object_infinitive(cue, tokens)
    if key != "ccomp" or cue.lower_ not in lexicon.clause_reporting:
        return False
    verb = next((t for t in tokens if t.head == cue), None)
    if verb is None or verb.i < cue.i or verb.pos_ not in ("VERB", "AUX") or not has_subject(verb):
        return False
    marks = [c for c in verb.children if c.dep_ == "mark"]
    return opened_by_that(verb) if marks else verb.tag_ == "VB" and not _auxiliaries(verb)


def is_object_infinitive(cue: Token, tokens: list[Token]) -> bool:
    """Whether ``tokens`` are a to-infinitive after the cue's direct object ("advised
    *residents* to make plans"): what the object is asked to do. Without an object the
    infinitive is the subject's own act or a passive's ("was advised to find a deputy"). The
    parser hangs the infinitive as a complement or as a clause of purpose, either way."""
    verb = next((t for t in tokens if t.head == cue), None)
    if verb is None or verb.tag_ != "VB":
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    return any(c.dep_ == "dobj" and c.i < verb.i for c in cue.children)


def _auxiliaries(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("aux", "auxpass")]


def is_unlearned_dependent(cue: Token, key: str, tokens: list[Token], lexicon: CueLexicon) -> bool:
    """Whether a dependent of a clause-reporting verb is neither its reported clause nor one the
    learned lexicon has it report (a (form, key) prior at the frame threshold): the frame model
    would otherwise weigh a clause of concession ("decided not to recommend indicting Clinton
    *even though he found* ...") or an object ("*maintains* a large lead") as a report."""
    if cue.lower_ not in lexicon.clause_reporting:
        return False
    if is_reported_clause(cue, key, tokens, lexicon):
        return False
    return lexicon.frame_prior(cue.lower_, key) < lexicon.frame_threshold
