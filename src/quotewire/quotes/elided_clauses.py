"""A reported clause cut down to the word that stands for it: a question's wh-word ("Cook said
Carter stopped the practice, but Cook *did not say when*."; "it did not explain *why*, but
..."), or an answer ("half *said so* in the earlier poll", "asked if he was ever bullied, the
senator *said no*", "26 percent *said the same*").

The rest of the clause is understood from the sentence before, so what the source said (or
would not say) is the word alone, and the gold annotates it so (counts in
``data/en/elided_clauses.toml``). The parser hangs the word on the verb as an adverb, an
interjection or a noun phrase, which is no dependent that reports (or one the lexicon scores
low: "said *the same*"), so no candidate covered it: :func:`elided_clause` has
:func:`~quotewire.quotes.content_candidates.content_candidates` offer it as the verb's clause,
and :func:`is_elided_clause` has the frame finder keep it after a verb of saying.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from quotewire.data_files import word_lists
from quotewire.quotes.cues import CueLexicon

# adjuncts of the verb that may follow an answer ("said *so* in December", "say *so* publicly")
_ADJUNCTS = frozenset({"prep", "advmod", "npadvmod"})


def elided_clause(child: Token) -> bool:
    """Whether ``child`` stands alone for a clause after its verb: its words (the child and
    its subtree) are a listed wh-word or answer after the verb, closed by punctuation or by
    "and"/"but" ("did not say *when*.", "*said yes* and took ...", "did not explain *why*, but
    ..."), or, for an answer, by an adjunct of the verb ("*said so* in December"; not "said *no
    to the Iraq war*", whose preposition says what the answer is to and is annotated with it).
    A comma closes any listed word only before "but": after a wh-word the question may go on
    ("described *how, growing up, Rafael turned into Rafaelito*", "would not say *when, or if,*
    the Senate will vote")."""
    if child.i < child.head.i:
        return False
    words = " ".join(t.lower_ for t in child.subtree)
    listed = elided_words()
    question = words in listed.questions
    if not question and words not in listed.answers:
        return False
    doc = child.doc
    end = child.right_edge.i + 1
    if end == len(doc):
        return True
    follower = doc[end]
    if follower.lower_ in listed.closers:
        return True
    if follower.text == ",":
        return end + 1 < len(doc) and doc[end + 1].lower_ == "but"
    adjunct = follower.head == child.head and follower.dep_ in _ADJUNCTS
    return not question and adjunct and follower.lower_ != "to"


def is_elided_clause(cue: Token, key: str, tokens: list[Token], lexicon: CueLexicon) -> bool:
    """Whether a candidate is a clause a verb of saying reports in the one word that stands
    for it (see the module docstring). The frame model, which never saw such a candidate,
    scores it below the threshold (negated, as it often is: "did not say *when*"), so the frame
    finder lifts it to the threshold as it does the other reported shapes the model cannot
    see."""
    if key != "ccomp" or not lexicon.is_speech(cue.lower_):
        return False
    top = [t for t in tokens if t.head == cue]
    return len(top) == 1 and elided_clause(top[0])


@dataclass(frozen=True, slots=True)
class ElidedWords:
    questions: frozenset[str]  # wh-words that stand for a question ("did not say *when*")
    answers: frozenset[str]  # words that stand for a clause said before ("said *so*")
    closers: frozenset[str]  # what may close such a word: punctuation, "and", "but"


@lru_cache(maxsize=1)
def elided_words() -> ElidedWords:
    return word_lists("en/elided_clauses.toml", ElidedWords)
