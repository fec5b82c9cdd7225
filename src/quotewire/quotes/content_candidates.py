"""Which dependents of a cue word could hold what it reports.

The parse hangs what a cue reports on it in several ways: a clause ("said *that ...*"), an
object ("denied *the report*"), a preposition's object ("called *for a recount*"), the subject
of a passive ("*X* was first reported by Y"), or the that-clause of a noun cue ("his assertion
*that ...*"). :func:`content_candidates` offers each, keyed as the cue lexicon keys them, for
the frame scorer to choose from (:mod:`quotewire.quotes.frames`) and for headline verbs
(:mod:`quotewire.quotes.headline_verbs`); :func:`is_circumstantial` keeps out the dependents
that only set the scene of the saying.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from spacy.tokens import Token

from quotewire.data_files import word_set
from quotewire.nlp.docs import is_line_break
from quotewire.quotes.content_ends import (
    has_subject,
    is_complement_clause,
    that_taken_for_object,
)
from quotewire.quotes.controlled_reports import with_addressee
from quotewire.quotes.elided_clauses import elided_clause
from quotewire.quotes.misreadings import COMPLEMENTISERS
from quotewire.quotes.noun_clauses import NOUN_CLAUSE_KEY, noun_clause
from quotewire.quotes.object_occasions import opens_occasion
from quotewire.quotes.saying_occasions import is_occasion_of_saying
from quotewire.quotes.sources import after_comma
from quotewire.quotes.stranded_subjects import clause_of_object

_CONTENT_DEPS = ("ccomp", "xcomp", "dobj", "attr", "oprd", "acomp", "advcl")
_LINE_CLOSERS = (".", ";", "!", "?")  # what closes a clause before a line break
_TIME_MARKS = ("when", "as", "after", "before", "while", "until", "once")


def content_candidates(token: Token) -> Iterator[tuple[str, list[Token]]]:
    """Dependents of ``token`` that could hold what it reports, keyed as the lexicon keys them:
    the dependency label, ``prep:<word>`` for a preposition's object ("called for X"),
    ``nsubjpass`` for the subject of a passive ("X was first reported by Y"), and
    ``dobj+prep:<word>`` for an object with the phrase that says what about it ("criticized
    Trump for embracing debt", "accused him of lying"; also a noun object whose "of" phrase the
    parser hung on the noun, "accuse *the government of betrayal*"), and ``acl:that`` for the
    that-clause of a noun ("his assertion that ...", :mod:`quotewire.quotes.noun_clauses`). A
    word that stands for a whole clause ("did not say *when*", "half said *so*",
    :mod:`quotewire.quotes.elided_clauses`) is offered as ``ccomp``, whatever its label. The
    infinitive of "called on/upon X to ..." begins at X
    (:func:`~quotewire.quotes.controlled_reports.with_addressee`)."""
    direct_object: Token | None = None
    for child in token.children:
        if child.dep_ in _CONTENT_DEPS and _on_a_later_line(token, child):
            continue
        if elided_clause(child):
            yield "ccomp", list(child.subtree)
            continue
        if child.dep_ in _CONTENT_DEPS:
            stranded = clause_of_object(child)
            if stranded is not None:
                yield "ccomp", list(token.doc[child.left_edge.i : stranded.right_edge.i + 1])
            elif not is_circumstantial(child) and not _stranded_on_cue(child):
                infinitive = child.dep_ == "xcomp"
                yield (
                    child.dep_,
                    with_addressee(token, child) if infinitive else list(child.subtree),
                )
            if child.dep_ == "dobj":
                direct_object = child
                role = _role_hung_on_object(child)
                if role is not None:
                    yield "dobj+prep:" + role.lower_, list(child.subtree)
        elif child.dep_ == "prep":
            objects = [t for c in child.children if c.dep_ in ("pobj", "pcomp") for t in c.subtree]
            clause = _clause_on_occasion(child)
            if clause is not None:
                yield "ccomp", list(clause.subtree)
            if objects:
                yield "prep:" + child.lower_, sorted(objects, key=lambda t: t.i)
                if direct_object is not None and child.i == direct_object.right_edge.i + 1:
                    doc = token.doc
                    span = doc[direct_object.left_edge.i : child.right_edge.i + 1]
                    yield "dobj+prep:" + child.lower_, list(span)
        elif child.dep_ == "nsubjpass":
            yield "nsubjpass", list(child.subtree)
        elif noun_clause(token, child):
            yield NOUN_CLAUSE_KEY, list(child.subtree)


def is_role_hung_on_object(key: str, tokens: list[Token]) -> bool:
    """Whether the candidate ``tokens`` under ``key`` is a noun object whose closing "of"
    phrase the parser hung on the noun (:func:`_role_hung_on_object`): the frame scorer
    takes it only from a cue the lexicon learned to report "X of Y" ("accused")."""
    if key != "dobj+prep:of" or not tokens:
        return False
    inside = {t.i for t in tokens}
    obj = next((t for t in tokens if t.head.i not in inside), None)
    if obj is None or obj.dep_ != "dobj" or obj.right_edge != tokens[-1]:
        return False
    return _role_hung_on_object(obj) is not None


def _role_hung_on_object(obj: Token) -> Token | None:
    """The "of" phrase closing a noun object that the parser hung on the noun instead of the
    cue ("accuse *the Israeli government of betrayal*"; with a pronoun it hangs it on the cue:
    "accused him of lying"): the object with the phrase that says what about it, offered as
    ``dobj+prep:of`` like the cue's own phrase (Wikinews tune15 had one)."""
    last = next((c for c in reversed(list(obj.children)) if c.i > obj.i), None)
    if last is None or last.dep_ != "prep" or last.lower_ != "of":
        return None
    return last if last.right_edge == obj.right_edge else None


def _on_a_later_line(cue: Token, clause: Token) -> bool:
    """Whether ``clause`` starts on a later line than ``cue``, after a line its cue's clause
    closed with a full stop or semicolon ("Okafor says the strike helps the city; ⏎ After the
    vote, the mayor and the union met again."): a headline's subtitle or the next line of a
    list, which the parser hung on the cue, is not what the cue reports. A colon before the
    break introduces what follows and is left alone."""
    doc = cue.doc
    if clause.left_edge.i <= cue.i:
        return False
    for i in range(cue.i + 1, clause.left_edge.i):
        if is_line_break(doc[i]) and doc[i - 1].text in _LINE_CLOSERS:  # i > cue.i >= 0
            return True
    return False


def _stranded_on_cue(clause: Token) -> bool:
    """Whether ``clause`` is the rest of a clause whose subject the parser made the cue's
    object (:func:`~quotewire.quotes.stranded_subjects.clause_of_object`): offered with it."""
    return any(clause_of_object(c) == clause for c in clause.head.children if c.i < clause.i)


def _clause_on_occasion(preposition: Token) -> Token | None:
    """A that-clause the parser hung on the noun of a phrase beside the cue ("says in a
    statement that the race will be ...", "said during a news conference that he may wait"):
    the clause is what the cue reports, not what the statement is. The parser may also take it
    for a relative clause; "that" opening a clause with a subject of its own, or taken for a
    second object in it after a preposition of occasion ("says in a new book that the president
    misled him"; not "It was *with* that grit that ..."), is no relative pronoun."""
    objects = [c for c in preposition.children if c.dep_ == "pobj"]
    # a place named in apposition ("at a popular Manchester, New Hampshire, breakfast spot")
    nouns = objects + [a for o in objects for a in o.children if a.dep_ == "appos"]
    for noun in nouns:
        for clause in noun.children:
            hung = clause.dep_ in ("acl", "ccomp", "relcl")
            misread = opens_occasion(preposition) and that_taken_for_object(clause)
            if hung and clause.i > noun.i and (is_complement_clause(clause) or misread):
                return clause
    return None


def is_circumstantial(child: Token) -> bool:
    """A dependent that sets the scene rather than reports anything: an adverbial clause
    before its verb ("Speaking at a rally, Trump called ...", "As he was becoming chairman, X
    told ..."; a reported clause fronted before "he said" has a subject of its own and no
    subordinator), a fronted clause the parser took for the reported one ("after the senator
    suspended his campaign, Cruz said ...", "Asked what he wants, Adelson said ..."), a clause
    of time after the cue ("said as he launched the process", "said when Boyle asked him") or
    of contrast after it ('described the ads as "repugnant" though Gilbert says ...': the
    writer's counterpoint, often another source's statement with a cue of its own), a
    participle clause after a comma, which is an aside or an attribution of its own ("he
    continued, citing the many Americans who ..."), or a punctuation mark the parser made a
    clause (a dateline "WASHINGTON ―")."""
    if child.is_punct:
        return True
    if child.dep_ not in ("advcl", "ccomp"):
        return False
    marks = [c.lower_ for c in child.children if c.dep_ == "mark"]
    if child.i > child.head.i:
        if child.dep_ != "advcl":
            # a clause of time the parser took for the complement ("said *as some booed*")
            return any(m in _TIME_MARKS for m in marks)
        aside = child.tag_ == "VBG" and after_comma(child.left_edge)
        timed = any(m in _TIME_MARKS for m in marks) or is_occasion_of_saying(child)
        contrast = any(m in _contrast_subordinators() for m in marks)
        return aside or timed or contrast
    subject = has_subject(child)
    if child.dep_ == "ccomp":
        participle = child.tag_ in ("VBN", "VBG") and not subject
        return participle or any(m not in COMPLEMENTISERS for m in marks)
    return bool(marks) or not subject


@lru_cache(maxsize=1)
def _contrast_subordinators() -> frozenset[str]:
    return word_set("en/subordinate_clauses.toml", "contrast_subordinators")
