"""Where a mention stands, and what that tells coreference (:mod:`quotewire.speakers.coref`):
how salient it is for a later "he"/"she", the clause subject a "they" refers to, the gender a
subject's own pronouns tell, the sentence boundaries of a Doc parsed only in part, and an
entity cut at a paragraph break."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotewire.nlp.docs import is_line_break
from quotewire.quotes.misparsed_subjects import opens_paragraph
from quotewire.speakers.lexicon import PeopleLexicon, load_people_lexicon
from quotewire.speakers.source_heads import is_inverted_object

_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_OWN_PRONOUNS = ("his", "her", "himself", "herself")
_CLAUSE_DEPS = ("ccomp", "advcl", "relcl", "acl", "xcomp", "csubj", "parataxis", "conj")
# how a clause hangs from the one around it, and how the parser attaches the adjective or noun
# that carries it ("made clear that they ...", "are so brazen that they ...")
_EMBEDDED_CLAUSE_DEPS = ("ccomp", "advcl", "conj", "xcomp", "csubj", "acomp", "attr", "oprd")
_MAIN_CLAUSE_DEPS = ("ROOT", "conj")
SOURCE_SALIENCE = 2.0


def salience(token: Token) -> float:
    """How likely a later "he"/"she" refers back to this mention: the subject of a main clause
    ("Bob Gunnell says Ali was accompanied ... He says") far more than the subject of a clause
    inside it, and both more than an object; the possessor of a subject ("The woman's
    enthusiasm was obvious") half as much as that subject; a name in apposition to a subject
    ("HUD spokeswoman Donna White confirmed", "Her spokesman, Brian Fallon, said") as much as
    that subject, for the parser makes the role noun the subject and hangs the name on it."""
    if token.dep_ == "poss" and token.head.dep_ in _SUBJECT_DEPS:
        return 0.5 * salience(token.head)  # "The woman's enthusiasm was obvious"
    if token.dep_ == "appos" and token.head.dep_ in _SUBJECT_DEPS:
        return salience(token.head)
    if token.dep_ not in _SUBJECT_DEPS or is_inverted_object(token):
        return 0.0
    # a subject opening its paragraph is its main clause's, even where the parser ran the
    # sentence on from the paragraph before and hung its verb there
    main = token.head.dep_ in _MAIN_CLAUSE_DEPS or opens_paragraph(token)
    return SOURCE_SALIENCE if main else 1.0


def main_subject_between(antecedent: Token, pronoun: Token) -> bool:
    """True when a noun other than an organisation's name is the subject of a main clause
    between ``antecedent`` and ``pronoun`` ("the Obama administration has never blamed ...,
    just as *it* has never"): that subject, not an organisation mentioned before it, is what
    an "it" most likely refers to, even when it is a group the clusters do not hold."""
    doc = antecedent.doc
    start = antecedent.i + 1
    while start < pronoun.i and doc[start].ent_iob_ == "I":
        start += 1  # the rest of the antecedent's own name
    for token in doc[start : pronoun.i]:
        if (
            token.dep_ in _SUBJECT_DEPS
            and token.head.dep_ in _MAIN_CLAUSE_DEPS
            and token.pos_ in ("NOUN", "PROPN")
            and token.ent_type_ != "ORG"
        ):
            return True
    return False


def followed_by_coordinated_person(first: Token) -> bool:
    """True when the name opening at ``first`` is followed by "and" and another person's name,
    titles allowed ("Hillary Clinton and Senator Elizabeth Warren"). Read from the words, not
    the parse: the sentence before a "they" is often one the parser did not see."""
    doc = first.doc
    i = first.i
    while i + 1 < len(doc) and doc[i + 1].ent_type_ == "PERSON" and doc[i + 1].ent_iob_ == "I":
        i += 1
    if i + 2 >= len(doc) or doc[i + 1].lower_ != "and":
        return False
    for token in doc[i + 2 : i + 5]:
        if token.ent_type_ == "PERSON":
            return True
        if not token.is_title:
            return False
    return False


def governing_subject(pronoun: Token) -> Token | None:
    """The plural noun subject of the clause a "they" is embedded in ("Nearly half said they
    prefer ...", "the fact-checkers are so brazen that they ridicule ..."; a free relative
    under a preposition, "Democrats focused on what they said was ..."), or of the clause whose
    object a "their" owns ("Some endorsers have their own ideas for ..."): within one sentence
    that is what "they" refers to."""
    if pronoun.dep_ == "poss" and pronoun.head.dep_ == "dobj":
        return _plural_noun(_first_subject(pronoun.head.head))
    if pronoun.dep_ not in _SUBJECT_DEPS:
        return None
    clause = pronoun.head
    while clause.head != clause and (
        clause.dep_ in _EMBEDDED_CLAUSE_DEPS or _free_relative_under_preposition(clause)
    ):
        clause = clause.head
        if clause.dep_ == "prep":
            clause = clause.head
        subject = _first_subject(clause)
        if subject is not None:
            return _plural_noun(subject)
    return None


def _first_subject(clause: Token) -> Token | None:
    return next((c for c in clause.children if c.dep_ in _SUBJECT_DEPS), None)


def _plural_noun(subject: Token | None) -> Token | None:
    """A subject "they" can refer to: a common noun, a number or adjective heading a group,
    a plural proper noun ("Democrats"), a share of a group ("*Some* of those surveyed shared
    their concerns"); not a single name."""
    if subject is not None and subject.pos_ in ("NOUN", "PROPN", "NUM", "ADJ"):
        return subject if subject.tag_ != "NNP" else None
    if subject is not None and _share_of_group(subject):
        return subject
    return None


def _share_of_group(subject: Token) -> bool:
    """Whether a subject is a share with the group it is taken from ("*Some* of those
    surveyed", "*Many* of the delegates"), which the tagger reads as a determiner or pronoun."""
    return subject.lower_ in load_people_lexicon().partitives and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in subject.children
    )


def _free_relative_under_preposition(clause: Token) -> bool:
    """'pointed at *what they called* ...': a clause opened by "what", the object of a
    preposition on the verb of the clause around it."""
    return (
        clause.dep_ == "pcomp" and clause.head.dep_ == "prep" and clause.left_edge.lower_ == "what"
    )


def own_pronoun_gender(subject: Token, people: PeopleLexicon) -> str | None:
    """The gender a subject's own possessive or reflexive tells ("Clinton tweeted her thanks",
    "Smith found himself alone"): a pronoun in the subject's clause, outside any clause of its
    own and with no other person named before it there."""
    if subject.dep_ not in _SUBJECT_DEPS:
        return None
    verb = subject.head
    genders: set[str] = set()
    for token in own_pronouns_after(subject, verb):
        if token.lower_ in ("his", "her") and token.dep_ != "poss":
            continue  # "Smith thanked her": someone else
        path = [token, *token.ancestors]
        inner = path[: path.index(verb)] if verb in path else path
        if any(t.dep_ in _CLAUSE_DEPS for t in inner):
            continue
        between = verb.doc[subject.i + 1 : token.i]
        if any(t.ent_type_ == "PERSON" for t in between):
            continue
        gender = people.gender_of_word(token.lower_)
        if gender is not None:
            genders.add(gender)
    return genders.pop() if len(genders) == 1 else None


def own_pronouns_after(subject: Token, verb: Token) -> list[Token]:
    """The possessives and reflexives ("his", "herself") of ``verb``'s subtree after
    ``subject``, in order: read from the verb's span after the subject (a subtree lies within
    its edges), membership checked for these few words only, since walking the whole subtree
    (one Python generator per token) cost more than the rest of the rule."""
    after = verb.doc[max(subject.i + 1, verb.left_edge.i) : verb.right_edge.i + 1]
    return [t for t in after if t.lower_ in _OWN_PRONOUNS and (t == verb or verb.is_ancestor(t))]


def last_line(span: Span) -> Span:
    """An entity without what the recogniser ran into it across a paragraph break ("Dodd-Frank
    Act.\n\nSanders" is Sanders)."""
    breaks = [t.i for t in span if is_line_break(t)]
    if not breaks or breaks[-1] + 1 >= span.end:
        return span
    return span.doc[breaks[-1] + 1 : span.end]


def sentence_starts(doc: Doc, regions: list[tuple[int, int]]) -> list[int]:
    """Sentence starts, or paragraph starts where the Doc has no sentence boundaries. (A Doc
    parsed only in part, ``nlp/selective.py``, has rough boundaries in the sentences the
    parser did not see.)"""
    if doc.has_annotation("SENT_START"):
        try:
            return [sentence.start_char for sentence in doc.sents]
        except ValueError:  # some tokens carry no boundary information
            pass
    return [start for start, _ in regions]
