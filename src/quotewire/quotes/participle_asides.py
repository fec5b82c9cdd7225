"""Which participle clause after a comma closing a reported clause is still reported.

"The campaign said it raised $21 million in January*, bringing its total to almost $95
million*"; "polls showed Clinton ahead*, earning 51 percent of the support ...*"; "they expect
the group to stay out of the race*, choosing instead to shore up vulnerable House
Republicans*": the participle goes on with the reported proposition (its consequence, its
manner), and PolNeAR annotates it as part of the content. A participle that is itself a cue
word (", saying ...", ", remarking that ...", ", citing ...", ", adding ...") is a second
attribution, the writer reporting another act of the source, and stays out.

Read on the boundary errors of train articles 1-600 (a prediction overlaps the annotation
and stops at such a participle, or runs on into it): the gold keeps a participle that is no cue
word 22 times and leaves one out 3 times ("putting them on a pathway ...", "throwing a wrench
..."); it leaves out the cue-word participles (", saying", ", remarking") all 3 times. The cut
stays where the participle holds another attribution (a cue word, a reported clause: the gold
contents never overlap, so the inner one is annotated instead), where the parser hung it
across a relative clause on the verb before (", who held a rally ..., drawing 1,000 people":
its guess), and where the reported clause stands before its cue.
The ninth round kept every participle hung on a verb of the reported clause and lost on two
train slices; the cue-word and nested-attribution tests are what separate the two sides.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotewire.quotes.cues import CueLexicon


def is_aside(start: Token, participle: Token, cue: Token, lexicon: CueLexicon) -> bool:
    """Whether a participle clause set off by a comma at the end of a reported clause is an
    aside to cut (see the module docstring): its verb or a word in it is a cue word, or it
    reports a clause, so it holds an attribution of its own ("..., contrasting her record with
    what the governor *said* ...", "..., believing that ..."), or the reported clause
    stands before its cue, where a participle after it describes the source ('"...," Bill
    Eastland, wearing a cowboy hat, said')."""
    if start != participle:
        return False  # an object or adverb before the participle: not a participle clause
    if participle.i < cue.i or lexicon.is_cue_word(participle.lower_):
        return True
    doc = participle.doc
    if any(t.dep_ == "relcl" for t in doc[participle.head.i + 1 : participle.i]):
        return True  # hung across a relative clause, on a verb before it: the parser's guess
    for token in participle.subtree:
        if lexicon.is_cue_word(token.lower_):
            return True
        if token.pos_ in ("VERB", "AUX") and any(c.dep_ == "ccomp" for c in token.children):
            return True
    return False
