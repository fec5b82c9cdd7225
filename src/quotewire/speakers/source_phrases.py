"""How far a source's noun phrase reaches, and its words as written.

A source is named by its noun phrase: the head with its pre-modifiers (:func:`noun_phrase`,
"Russian Foreign Minister Sergey Lavrov", "Nearly half") and, for a group, its post-modifiers
too (:func:`full_phrase`, "six million people who lost their insurance"). What the parser ran
into the phrase is left out: a dateline, a verb read as an adjective, the day the source
spoke, a clause that reports rather than names, an aside a bracket opened.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotewire.nlp.dates import TIME_ENTITIES
from quotewire.nlp.docs import doc_text, is_line_break, with_closing_mark
from quotewire.nlp.punctuation import CLAUSE_BREAKS, is_dash
from quotewire.quotes.subordinate_cue_clauses import fronting_subordinators
from quotewire.speakers.lexicon import load_people_lexicon

_LEFT_DEPS = (
    "compound", "amod", "det", "predet", "poss", "nmod", "flat", "nummod", "case", "punct",
)  # fmt: skip
_QUANTITY_ENTS = ("CARDINAL", "PERCENT", "QUANTITY")
_QUANTITY_DEPS = ("quantmod", "advmod")
_PERFECT_AUXILIARIES = ("has", "have", "had")


def phrase_text(tokens: list[Token]) -> str:
    if not tokens:
        return ""
    doc = tokens[0].doc
    return doc_text(doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]


def role_text(tokens: list[Token]) -> str:
    """Role words as written, trimmed of punctuation at the edges."""
    while tokens and (tokens[0].is_punct or tokens[0].is_space):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens = tokens[:-1]
    return phrase_text(tokens)


def noun_phrase(head: Token) -> list[Token]:
    """The head with its pre-modifiers (titles, names, determiners), without appositions."""
    left = head.i
    quantity = head.pos_ == "NUM" or head.ent_type_ in _QUANTITY_ENTS
    for child in head.lefts:
        if (
            child.dep_ in _LEFT_DEPS
            or (quantity and child.dep_ in _QUANTITY_DEPS)
            or _approximates_share(child, head)
        ):
            left = min(left, child.left_edge.i)  # "Nearly half", "Six in 10"
    right = head.i
    for child in head.rights:
        if child.dep_ in ("compound", "flat") and child.i == right + 1:
            right = child.i
    tokens = list(head.doc[left : right + 1])
    breaks = [t.i for t in tokens if _breaks_phrase(t) and t.i < head.i]
    if breaks:  # the parser ran a dateline or a previous paragraph into the phrase
        tokens = [t for t in tokens if t.i > breaks[-1]]
    while tokens and tokens[0] != head and _opens_no_phrase(tokens[0]):
        tokens = tokens[1:]
    while tokens and tokens[0] != head and _time_before_name(tokens[0], head):
        tokens = tokens[1:]  # "On Friday Ford Motor Company announced": the day names no one
    if tokens and tokens[0] != head and _perfect_participle(tokens[0], head):
        tokens = tokens[1:]
    verbs = [t.i for t in tokens if t.i < head.i and _verb_read_as_modifier(t)]
    if verbs:
        tokens = [t for t in tokens if t.i > verbs[-1]]
    return tokens or [head]


def _approximates_share(child: Token, head: Token) -> bool:
    """Whether ``child`` is an approximator on a word for a share of people ("*Nearly* all of
    the Democratic mayors", "*almost* everyone"): the parser tags "all" and "everyone" as no
    number, but the approximator is part of the share as it is of "Nearly half"."""
    people = load_people_lexicon()
    share = head.lower_ in people.partitives or head.lower_ in people.universal_pronouns
    return share and child.dep_ in _QUANTITY_DEPS and child.lower_ in people.approximators


def _verb_read_as_modifier(token: Token) -> bool:
    """Whether a word before the head is the verb whose object the phrase is, which the parser
    took for an adjective of it ("This *angered* Sudanese authorities who said ...": the group
    is "Sudanese authorities"): a modifier has no subject and is no past tense."""
    if token.dep_ != "amod":
        return False
    return token.tag_ == "VBD" or any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)


def _time_before_name(token: Token, head: Token) -> bool:
    return token.ent_type_ in TIME_ENTITIES and head.ent_type_ in ("PERSON", "ORG")


def _perfect_participle(token: Token, head: Token) -> bool:
    """Whether the phrase's first word is the participle of a perfect the tagger read as an
    adjective of the object ("The announcement has *outraged* environment activists who
    warn ...": the group is "environment activists"): an -ed word right after "has", "have"
    or "had", which the parser made the verb whose object the phrase is."""
    if token.i == 0 or token.tag_ not in ("JJ", "VBN") or not token.lower_.endswith("ed"):
        return False
    have = token.doc[token.i - 1]
    return have.lower_ in _PERFECT_AUXILIARIES and head.head == have and head.dep_ == "dobj"


def _opens_no_phrase(token: Token) -> bool:
    """Punctuation, or an adverb that qualifies the sentence rather than names the group
    ("*Ultimately* 54.6 percent of the electorate", "*how* many political experts"), unlike
    "Nearly half" or "Only about 4 in 10"; or a subordinator the parser hung on a quantifier
    that is its clause's subject ("*after* half said so")."""
    if token.is_punct or token.is_space or token.tag_ == "WRB":
        return True
    if token.tag_ == "IN" and token.lower_ in fronting_subordinators():
        return True
    return token.tag_ == "RB" and token.lower_ in load_people_lexicon().sentence_adverbs


def _breaks_phrase(token: Token) -> bool:
    return is_line_break(token) or token.text in CLAUSE_BREAKS or is_dash(token)


def full_phrase(head: Token, cue: Token | None = None) -> list[Token]:
    """The whole noun phrase with its post-modifiers ("six million people who lost their
    insurance"): how a group of sources is named. Left out: a modifying clause that holds a
    reported clause of its own ("some commentators who have suggested that ..." is named
    "some commentators") or stands between commas ("The complaint, which was filed in May,"),
    an apposition after a comma, mostly the parser running on into the next phrase ("early
    results of exit polls, majorities of voters"; a name only after a share of the group,
    "critics, many of them conservative Catholics"), and an adjective phrase between commas
    ("insiders, long dismissive of attempts to block Trump,")."""
    after_comma = [
        child
        for child in head.subtree
        if child.i > head.i and child.doc[max(0, child.left_edge.i - 1)].text == ","
    ]  # at any depth: ", which ..." may hang on a name inside the phrase ("a report from the
    # SITE Intelligence Group, which tracks ...")
    reporting = [
        child
        for child in head.subtree
        if child.i > head.i
        and child.dep_ == "relcl"
        and child.head != head
        and any(c.dep_ == "ccomp" for c in child.children)
    ]  # a relative clause that reports, on a name inside the phrase with no comma before it
    # ("local farmer, Hashim Assafi *who also said that ...*")
    cut = {
        t.i
        for child in [*head.rights, *after_comma, *reporting]
        if (
            child.dep_ in ("relcl", "acl")
            and (
                _holds_reported_clause(child)
                or child.doc[max(0, child.left_edge.i - 1)].text == ","
            )
        )
        or (  # "The film *― which weaves together …* ― explores": said of it, not its name
            child.dep_ == "relcl"
            and child.left_edge.tag_ in ("WDT", "WP")
            and is_dash(child.doc[max(0, child.left_edge.i - 1)])
        )
        or (
            child.dep_ == "appos"
            and (child.pos_ != "PROPN" or _partitive(child.left_edge))
            and child.doc[max(0, child.left_edge.i - 1)].text == ","
        )
        or (child.dep_ == "amod" and child.doc[max(0, child.left_edge.i - 1)].text == ",")
        or _time_phrase(child)
        or _manner_aside(child, head)
        for t in child.subtree
    }
    if cue is not None and cue.i > head.i and head.is_ancestor(cue):
        # the phrase's own cue says, it does not name; nor does the clause that holds it
        # ("A president who authorized the raid ... and *who hoped* ...")
        clause = cue
        while clause.head != head:
            clause = clause.head
        cut |= {t.i for t in (clause if clause.i > head.i else cue).subtree}
    tokens = [t for t in head.subtree if t.i not in cut]
    start = noun_phrase(head)[0].i
    start = min([start, *(c.i for c in head.lefts if _pairs_conjuncts(c, start))])
    tokens = [t for t in tokens if t.i >= start]
    if tokens and cue is not None and _misread_participle(head, cue):
        # "Majorities of Democrats *going to the polls Tuesday* say": the participle phrase
        # the parser took for the verb modifies the group and is part of its name
        last = tokens[-1].i
        tokens += [t for t in head.head.subtree if last < t.i < cue.i]
    tokens += _place_of_quantifier_read_as_adverb(head, cue)
    tokens = _before_unclosed_bracket(tokens, head)
    tokens += _second_subject_after_conjunction(tokens, head)
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space) and not _closes_quotation(tokens):
        tokens = tokens[:-1]
    return with_closing_mark(tokens)


def _closes_quotation(tokens: list[Token]) -> bool:
    """Whether the phrase's last word is a quotation mark closing one opened in the phrase
    ('3 percent of self-identified "liberals*"*'): a name must not end inside a quotation."""
    return tokens[-1].is_quote and sum(t.is_quote for t in tokens) % 2 == 0


def _second_subject_after_conjunction(tokens: list[Token], head: Token) -> list[Token]:
    """The second of two coordinated subjects that the parser made a subject of the verb of
    its own ("*89% of young Democrats and 83% of young Republicans* endorse ...", "just 1
    percent of Democrats and 3 percent of Republicans say"): the phrase ended in the "and",
    which names no one; the annotators keep both conjuncts as the source."""
    if not tokens or tokens[-1].dep_ != "cc" or tokens[-1].head != head:
        return []
    after = tokens[-1].i + 1
    for sibling in head.head.children:
        if sibling is not head and sibling.dep_ == head.dep_ and sibling.left_edge.i == after:
            return list(head.doc[after : sibling.right_edge.i + 1])
    return []


def _pairs_conjuncts(token: Token, start: int) -> bool:
    """Whether a word right before the phrase opens a pair of conjuncts ("*Both* the council
    and the government called for ..."): "both", "either" or "neither" belongs to the group's
    name, as the annotators write it ("both the candidate and her staff")."""
    return token.dep_ == "preconj" and token.i == start - 1


def _partitive(first: Token) -> bool:
    """Whether an aside opens with a share of the group ("*many of* them conservative
    Catholics", "*some of* whom ..."): it describes the members, it does not name the group."""
    following = first.nbor(1) if first.i + 1 < len(first.doc) else None
    partitives = load_people_lexicon().partitives
    return first.lower_ in partitives and following is not None and following.lower_ == "of"


def _holds_reported_clause(clause: Token) -> bool:
    """Whether a modifying clause on a source holds a clause of its own ("some commentators who
    have *suggested that* ...", "critics who *claim to* know"): what they said, not who they
    are. An infinitive after a verb of leave only says whether the source may speak ("an
    official who was not *authorized to speak* publicly"), which PolNeAR keeps in the name."""
    permission = clause.lower_ in load_people_lexicon().permission_verbs
    return any(c.dep_ == "ccomp" or (c.dep_ == "xcomp" and not permission) for c in clause.children)


def _before_unclosed_bracket(tokens: list[Token], head: Token) -> list[Token]:
    """The phrase without an aside opened by a bracket after the head that the phrase does not
    close ("A 2010 YouTube video *(above*", "exit polls *(a sizable margin ...*"): the parser
    hung the bracket's first words on the noun and not the rest; a name cut inside a bracket
    matches no one's. A bracket the phrase closes stays ("Rep. Raul Grijalva (D-Ariz.)"), and
    so does an aside between dashes, which PolNeAR's annotators keep in the source's phrase."""
    for token in tokens:
        if token.i <= head.i or token.text != "(":
            continue
        if not any(t.text == ")" and t.i > token.i for t in tokens):
            return [t for t in tokens if t.i < token.i]
    return tokens


def _time_phrase(child: Token) -> bool:
    """Whether a phrase hung on a source's noun says when it spoke, not who: "According to
    officials *on Saturday*", "the report *on Wednesday*", the parser hanging the day of the
    statement on the group's name. Other phrases of time tell which source ("an executive at
    the foundation *in 2009*", "another study *from 2011*") and stay."""
    if child.dep_ != "prep" or child.lower_ != "on":
        return False
    return any(c.dep_ == "pobj" and c.ent_type_ in TIME_ENTITIES for c in child.children)


def _manner_aside(child: Token, head: Token) -> bool:
    """Whether a phrase hung on a source's noun is an aside between commas on how it spoke,
    not who it is ("A spokeswoman for the ministry*, on condition of anonymity,* said", "A
    spokesman*, in a statement,* said"): a preposition whose object names nothing (no proper
    noun in it). "A spokesman*, for the ministry,*" names whose, and stays."""
    if child.dep_ != "prep" or child.head != head:
        return False
    doc = child.doc
    first, last = child.left_edge.i, child.right_edge.i
    if (
        first == 0
        or doc[first - 1].text != ","
        or last + 1 >= len(doc)
        or doc[last + 1].text != ","
    ):
        return False
    return not any(t.pos_ == "PROPN" or t.ent_type_ for t in child.subtree)


def _misread_participle(head: Token, cue: Token) -> bool:
    """Whether the parser made the participle after the source its verb and hung the cue on
    it (the shape :mod:`~quotewire.speakers.inherited` reads the source of)."""
    participle = head.head
    return (
        head.dep_ == "nsubj"
        and cue.dep_ == "dep"
        and cue.head == participle
        and participle.tag_ in ("VBG", "VBN")
        and head.i < participle.i < cue.i
        and not any(c.dep_ == "aux" for c in participle.children)
    )


def _place_of_quantifier_read_as_adverb(head: Token, cue: Token | None) -> list[Token]:
    """The phrase after a quantifier the parser made an adverb of a preposition it hung on the
    cue ("*most* in Miami want": "most" an adverb of "in"): the preposition's phrase says
    whose most, and is part of the source's name
    (:func:`~quotewire.quotes.misparsed_subjects.quantifier_read_as_adverb`)."""
    preposition = head.head
    if cue is None or head.dep_ not in ("advmod", "npadvmod") or preposition.dep_ != "prep":
        return []
    if preposition.head != cue or preposition.i != head.i + 1:
        return []
    return [token for token in preposition.subtree if token != head]
