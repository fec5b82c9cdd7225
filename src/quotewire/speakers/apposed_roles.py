"""The role a phrase apposed to a name gives ("Mr Howard, *the Prime Minister of Australia*
for over ten years now, said"; "Volodymyr Zhukovskyy, *23*, said"), or the office a name is
apposed to ("*the director of the museum*, Hans Westra"; "*the president of Afghanistan*,
Hamid Karzai").

The apposition describes the person, but not all of it is an office: a phrase of time on it
("for over ten years", "since 2005") says how long the office was held, and an age or another
number is no role at all. An office before the name keeps its "of" phrase (the role was
"director"), not a bracketed aside ("The general secretary of the RMT union (National Union of
Rail, Maritime and Transport Workers), Mick Cash"). Found by the answers audit
(docs/statements.md, round four): a role "Prime Minister of Australia for over ten years" on
every quote of one speaker, "23", "director", and no role for Karzai.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotewire.quotes.circumstances import is_time
from quotewire.speakers.lexicon import load_people_lexicon
from quotewire.speakers.name_tokens import ARTICLES

_ASIDES = ("relcl", "acl", "appos")
_STATING_COPULAS = ("is", "was")
_SERVED_PREPOSITIONS = ("for", "of", "at")
# a negation or a coordination: "is not a candidate", "an Aymara Indian and former coca farmer"
_NOT_AN_OFFICE = ("not", "no", "and", "or")
_NAMED_BODIES = ("WORK_OF_ART", "EVENT", "FAC", "PRODUCT")


def apposed_role(appos: Token) -> list[Token]:
    """The words of ``appos``'s phrase that name the person's office: without the article that
    opens it, the phrases of time and the relative clauses hung on it; none when no word has a
    letter (an age), nor for a list after a colon the parser took for an apposition
    ("according to Robert Weller of the Associated Press: Metacafe, iFilm, ...")."""
    if appos.left_edge.i > 0 and appos.doc[appos.left_edge.i - 1].text == ":":
        return []
    left_out = {t.i for child in appos.children if _is_time_phrase(child) for t in child.subtree}
    # a relative clause says what the person did or where they are now, not the office:
    # "a former deputy secretary of state *who is now at the Center for ...*"
    left_out |= {t.i for r in appos.subtree if r.dep_ == "relcl" for t in r.subtree}
    words = [
        t
        for t in appos.subtree
        if t.i not in left_out and not (t.i == appos.left_edge.i and t.lower_ in ARTICLES)
    ]
    if not any(t.is_alpha for t in words):
        return []
    return words


def _is_time_phrase(child: Token) -> bool:
    """A dependent of the apposition that tells a time: "for over ten years", "since 2005"."""
    if child.dep_ == "prep":
        return any(o.dep_ == "pobj" and is_time(o) for o in child.children)
    return child.dep_ in ("npadvmod", "advmod") and is_time(child)


def office_before_name(office: Token, name: Token, first: int | None = None) -> list[Token]:
    """The words of ``office``'s phrase before ``name`` apposed to it ("the director of the
    museum, Hans Westra"), from token ``first`` on (where the office's noun phrase begins):
    without the article, the clauses and appositions hung on the office, and any words in
    brackets."""
    left_out = {t.i for child in office.children if child.dep_ in _ASIDES for t in child.subtree}
    first = office.left_edge.i if first is None else first
    words = [t for t in office.subtree if first <= t.i < name.left_edge.i and t.i not in left_out]
    words = _outside_brackets(words)
    while words and words[0].lower_ in ARTICLES:
        words = words[1:]
    return words


def office_of_apposed_name(name: Token, roles: frozenset[str]) -> list[Token]:
    """The office a name is apposed to when the name has no role of its own ("an attempt on
    the life of the president of Afghanistan, Hamid Karzai"): the parser hangs the name on
    the office or on the office's "of" object, "Afghanistan"."""
    if name.dep_ != "appos":
        return []
    office = name.head
    while office.lower_ not in roles and office.dep_ == "pobj" and office.head.lower_ == "of":
        office = office.head.head
    if office.lower_ not in roles or office.i > name.i or office.pos_ != "NOUN":
        return []
    return office_before_name(office, name)


def _outside_brackets(words: list[Token]) -> list[Token]:
    depth = 0
    kept = []
    for token in words:
        if token.text == "(":
            depth += 1
        elif token.text == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            kept.append(token)
    return kept


def stated_role(name: list[Token], roles: frozenset[str], copulas: frozenset[str]) -> list[Token]:
    """The office a copula gives the name, in its own clause ("Sean Tipton *is a spokesperson
    for the association*") or in a relative clause on it ("John Smith, *who was the county's
    sheriff*, said"): the words of the predicate noun, when it is a role word, without the
    clauses and appositions hung on it. A negated copula ("is not a candidate") states none.
    A sentence the parser did not see is read by its words (:func:`_stated_in_words`)."""
    root = name[-1]
    if not root.dep_:
        return _stated_in_words(root, roles)
    verbs = [c for c in root.children if c.dep_ == "relcl" and _has_relative_subject(c)]
    if root.dep_ == "nsubj" and root.head.i > root.i and root.head.dep_ == "ROOT":
        verbs.append(root.head)  # not in a reported clause: "said Mr. Trump was a candidate ..."
    for verb in verbs:
        if verb.lower_ not in copulas or any(c.dep_ == "neg" for c in verb.children):
            continue
        office = next((c for c in verb.children if c.dep_ == "attr" and c.i > verb.i), None)
        if office is None or office.lower_ not in roles or office.pos_ not in ("NOUN", "PROPN"):
            continue
        asides = {t.i for c in office.children if c.dep_ in _ASIDES for t in c.subtree}
        return _outside_brackets([t for t in apposed_role(office) if t.i not in asides])
    return []


def _stated_in_words(last: Token, roles: frozenset[str]) -> list[Token]:
    """:func:`stated_role` in a sentence with no parse (only sentences with a cue are): the
    name, ", who" at most, "is"/"was", an article or none, at most four words before a
    lower-case role word that ends the noun phrase, with no negation or coordination on the
    way, and the organisation it serves when one follows with "for", "of" or "at" ("Sean
    Tipton is a spokesperson for the American Society ...")."""
    doc = last.doc
    i = last.i + 1
    if doc[i : i + 2].text.lower() == ", who":
        i += 2
    if i >= len(doc) or doc[i].lower_ not in _STATING_COPULAS:
        return []
    first = _past_article(doc, i + 1)
    for k in range(first, min(first + 5, len(doc))):
        word = doc[k]
        if word.is_punct or word.is_sent_start or word.lower_ in _NOT_AN_OFFICE:
            return []
        if word.is_lower and word.lower_ in roles and not _modifies_next(word):
            return list(doc[first : _served_organisation_end(word)])
    return []


def office_taken_as(last: Token, roles: frozenset[str]) -> list[Token]:
    """The office a name is given with "as" after a participle of taking office, read by the
    words as :func:`_stated_in_words` reads a copula's: the name, "is"/"was", at most three
    words, the participle ("sworn", "appointed"; ``office_taking_participles`` in
    ``data/en/people.toml``), at most five words with no punctuation, "as", an article or
    none, and the title up to its last role word or capitalised word, with the country or
    organisation it serves after "of"/"for" ("Ana Ruiz was today sworn in for a second term
    as *Prime Minister of Spain*")."""
    doc = last.doc
    i = last.i + 1
    if i >= len(doc) or doc[i].lower_ not in _STATING_COPULAS:
        return []
    participles = load_people_lexicon().office_taking_participles
    verb = next(
        (k for k in range(i + 1, min(i + 5, len(doc))) if doc[k].lower_ in participles), None
    )
    if verb is None or any(doc[k].is_punct for k in range(i + 1, verb)):
        return []
    as_at = next(
        (k for k in range(verb + 1, min(verb + 7, len(doc))) if doc[k].lower_ == "as"), None
    )
    if as_at is None or any(doc[k].is_punct for k in range(verb + 1, as_at)):
        return []
    first = _past_article(doc, as_at + 1)
    end = first
    while (
        end < len(doc)
        and (doc[end].lower_ in roles or doc[end].is_title)
        and not doc[end].ent_type_
    ):
        end += 1
    if end == first or doc[end - 1].lower_ not in roles:
        return []
    return list(doc[first : _served_organisation_end(doc[end - 1], ("ORG", "GPE"))])


def _modifies_next(word: Token) -> bool:
    """Whether a role word modifies a lower-case word after it ("former *coca farmer*"): the
    noun the phrase ends in is that word's, not an office."""
    following = word.nbor(1) if word.i + 1 < len(word.doc) else None
    return (
        following is not None
        and following.is_alpha
        and following.is_lower
        and following.lower_ not in _SERVED_PREPOSITIONS
    )


def _served_organisation_end(office: Token, kinds: tuple[str, ...] = ("ORG",)) -> int:
    """The end of "for/of/at (the) ORGANISATION" after ``office``, or just after the office;
    ``kinds`` are the entity types served (a country too for an office taken: "Prime Minister
    *of Spain*")."""
    doc = office.doc
    k = office.i + 1
    if k >= len(doc) or doc[k].lower_ not in _SERVED_PREPOSITIONS:
        return office.i + 1
    k += 1
    if k < len(doc) and doc[k].lower_ in ARTICLES and doc[k].ent_iob_ != "B":
        k += 1
    if k >= len(doc) or doc[k].ent_type_ not in kinds or doc[k].ent_iob_ != "B":
        return office.i + 1
    k += 1
    while k < len(doc) and doc[k].ent_iob_ == "I":
        k += 1
    return k


def _has_relative_subject(verb: Token) -> bool:
    return any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in verb.children)


def affiliation(name: Token, last: Token) -> list[Token]:
    """The organisation named right after a person's name with "of" ("Richard Spencer *of The
    Daily Telegraph*", "Patrick Ribeiro *of Synergie police union*"): who the person speaks
    for, the role users read when the text gives no office. Kept with its "of", as written;
    ``last`` is the name's last word, which the phrase must follow at once."""
    for prep in name.children:
        if prep.dep_ != "prep" or prep.lower_ != "of" or prep.i != last.i + 1:
            continue
        organisation = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if organisation is None or not _names_organisation(organisation):
            continue
        asides = {t.i for c in organisation.children if c.dep_ in _ASIDES for t in c.subtree}
        words = [t for t in prep.subtree if t.i not in asides]
        cut = next((k for k, t in enumerate(words) if t.text == ","), len(words))
        return _outside_brackets(words[:cut])
    return []


def _names_organisation(noun: Token) -> bool:
    """Whether a noun is, or is compounded with, an organisation's name ("The Daily
    *Telegraph*", "*Synergie* police union"). The recogniser tags a newspaper's or a building's
    name as a work, an event or a facility as often as an organisation; a person, a place or
    a time is no affiliation ("Smith of Ohio" is where Smith is from)."""
    compounds = [c for c in noun.children if c.dep_ == "compound"]
    if noun.ent_type_ == "ORG" or any(c.ent_type_ in ("ORG", "NORP") for c in compounds):
        return True
    return noun.pos_ == "PROPN" and noun.ent_type_ in _NAMED_BODIES


def only_a_mood(words: list[Token]) -> bool:
    """Whether the words before a name only say how the person was ("An *outraged* Maria
    Lopez said", "a *visibly shaken* Smith", "an *emotional* Hirsi Ali"): participles, adverbs
    and adjectives of feeling hold no office, so they are no role. The tagger also reads
    person nouns as adjectives ("*ecologist* Chip Taylor", "*feminist*"), which stay roles, as
    does "former"."""
    return bool(words) and all(t.is_lower and _tells_a_mood(t) for t in words)


def _tells_a_mood(token: Token) -> bool:
    if token.tag_ in ("VBN", "VBD") or token.tag_.startswith("RB"):
        return True
    moods = load_people_lexicon().mood_adjectives
    return token.tag_ == "JJ" and (token.lower_.endswith("ed") or token.lower_ in moods)


def _past_article(doc: Doc, i: int) -> int:
    """Token ``i``, or the one after it when ``i`` is an article (where a title's words begin
    after "is"/"was" or "as")."""
    return i + 1 if i < len(doc) and doc[i].lower_ in ARTICLES else i
