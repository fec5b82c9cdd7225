"""The source written right before a verb cue that has no subject anywhere in its clause.

The small parser often hangs a cue's subject elsewhere, or not at all, when something stands
between the two: an aside in parentheses ("Sen. Chris Murphy (a Connecticut Democrat ...)
*says*"), an aside between dashes ("Mr. Bush - in a line that seemed directed at Mr. Trump -
*declared*"), an apposition, a participle or prepositional aside ('Bill Eastland, wearing
"Ted Cruz" pins, *said*'), or a "who" clause and a time ("Beck, who supported Cruz ..., last
week *said*"). :func:`written_before` reads the words before the cue back to the start of
its clause; :mod:`quotewire.speakers.inherited` asks it after the parse's own links, before a
source across paragraphs or the governing verb's.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from quotewire.nlp.dates import TIME_ENTITIES
from quotewire.nlp.docs import is_line_break
from quotewire.nlp.punctuation import CLAUSE_BREAKS, is_dash
from quotewire.quotes.misparsed_subjects import opens_paragraph
from quotewire.speakers.lexicon import load_people_lexicon

SOURCE_POS = ("PROPN", "NOUN", "PRON")
SOURCE_PRONOUNS = ("he", "she", "they", "i", "we")  # pronouns that can name who spoke
MAX_ASIDE_TOKENS = 40  # how far back a "who" clause before a subject-less cue is looked for
_NOT_SOURCE_DEPS = ("pobj", "dobj", "dative", "poss", "npadvmod", "attr")
_CLAUSE_STOPS = CLAUSE_BREAKS | {"(", ")"}


def written_before(cue: Token, is_quoted: Callable[[int], bool]) -> Token | None:
    """A verb cue with no subject anywhere in its clause: the name or pronoun right before it
    (across commas, adverbs and an aside in parentheses: "Sen. Chris Murphy (a Connecticut
    Democrat so boyish he has been mistaken for a junior staffer) *says*") is its source,
    whatever the parser made of it; else a person named earlier in the same clause, before an
    apposition ('Col. Steven Warren, a military spokesman in Baghdad, said' with "Warren" hung
    on a date before it)."""
    if cue.pos_ != "VERB" or any(c.dep_ in ("nsubj", "expl") for c in cue.children):
        return None
    i = cue.i - 1
    doc = cue.doc
    start = cue.sent.start
    while i >= start and (doc[i].text == "," or doc[i].tag_ == "RB"):
        i -= 1
    if i > start and doc[i].text == ")":
        i = _before_parenthesis(doc, i, start)
    if i < start:
        return None
    if i > start and is_dash(doc[i]):
        named = _named_before_dashes(doc, i, start, is_quoted)
        if named is not None:
            return named
    before = doc[i]
    if _names_source(before, is_quoted):
        return before
    described = _noun_before_relative_aside(cue, is_quoted)
    if described is not None:
        return described
    for token in reversed(doc[start:i]):
        if stops_clause(token) or (is_quoted(token.idx) and not _in_aside(token)):
            return None
        if token.pos_ in ("VERB", "AUX") and not _in_aside(token):
            return None
        # a person's name is never an adverbial noun: "npadvmod" there is a lost subject
        lost = token.dep_ == "npadvmod" and token.pos_ == "PROPN" and not is_quoted(token.idx)
        # nor is a name opening its paragraph an object of a verb in the paragraph before
        opening = token.dep_ == "dobj" and token.head.i < token.i and opens_paragraph(token)
        if opening and token.pos_ == "PROPN" and token.ent_type_ in ("", "PERSON"):
            return token  # "De Blasio, speaking on WOR710, called Trump ..." (no entity)
        if token.ent_type_ == "PERSON" and (lost or _names_source(token, is_quoted)):
            after = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if after is None or after.ent_iob_ != "I":
                return token
    return None


def _before_parenthesis(doc: Doc, close: int, start: int) -> int:
    """The index of the word before the parenthesis that ``close`` ends (within the sentence
    from ``start``), or ``start - 1`` when it opens nowhere there."""
    for i in range(close - 1, start - 1, -1):
        if doc[i].text == ")":
            return start - 1  # nested or unbalanced: no aside read
        if doc[i].text == "(":
            return i - 1
    return start - 1


def _named_before_dashes(
    doc: Doc, close: int, start: int, is_quoted: Callable[[int], bool]
) -> Token | None:
    """The name or pronoun right before an aside between dashes that ends at ``close`` ("Mr.
    Bush - in a line that seemed directed at Mr. Trump - *declared* ...", "Donald Trump - who
    previously said he would ... - *said*"): the parser, reading the aside as the clause, often
    leaves the verb after it without a subject. Only a name the aside opens right after is
    taken, or a role noun whose phrase ends there ("A representative for the Ivanka Trump
    brand - a 12-employee business ... - *noted*"); no opening dash in the sentence outside
    quotation marks gives none."""
    for i in range(close - 1, start, -1):
        if not is_dash(doc[i]) or is_quoted(doc[i].idx):
            continue
        before = doc[i - 1]
        while before.dep_ == "pobj" and before.head.dep_ == "prep" and before.head.i < before.i:
            before = before.head.head  # "A representative for the ... brand"
        if _names_source(before, is_quoted):
            return before
        if before.pos_ == "NOUN" and before.lower_ in load_people_lexicon().roles:
            return None if is_quoted(before.idx) else before
        return None
    return None


def _noun_before_relative_aside(cue: Token, is_quoted: Callable[[int], bool]) -> Token | None:
    """The person a "who" clause between commas describes, when that clause ends right before
    the cue or before a time phrase or adverb in front of it ("*Beck*, who supported Sen. Ted
    Cruz ... and virulently opposed Trump during the primaries, *last week said* ..."): the
    parser, running the sentence on from the paragraph before, hung the name and the cue on a
    verb there, but a name, its relative clause and a verb without a subject stand in this
    order only when the name is the verb's subject. The clause may hold no subject of its own
    ("who said *he* ..." could be what the cue continues) and no quotation or break."""
    doc = cue.doc
    i = cue.i - 1
    while i > 0 and (doc[i].tag_ == "RB" or doc[i].ent_type_ in TIME_ENTITIES):
        i -= 1
    if i <= 0 or doc[i].text != ",":
        return None
    for j in range(i - 1, max(cue.sent.start, i - MAX_ASIDE_TOKENS), -1):
        word = doc[j]
        if stops_clause(word) or is_line_break(word) or is_quoted(word.idx):
            return None
        if word.tag_ in ("``", "''"):
            return None
        if word.lower_ == "who" and word.tag_ == "WP":
            noun = doc[j - 2] if j >= 2 and doc[j - 1].text == "," else None
            if noun is None or noun.ent_type_ != "PERSON" or noun.pos_ != "PROPN":
                return None
            return None if is_quoted(noun.idx) else noun
        if word.dep_ in ("nsubj", "nsubjpass", "expl"):
            return None
    return None


def _in_aside(token: Token) -> bool:
    """Whether the token is in a participle or prepositional aside opened by a comma ('Bill
    Eastland, *wearing a cowboy hat and "Ted Cruz" campaign pins*, said', 'Margaret Sullivan,
    *in an attempt to draw attention to ...*, wrote'), which stands between a subject and its
    verb without being either."""
    doc = token.doc
    for i in range(token.i, token.sent.start, -1):
        word = doc[i]
        if word.text == ",":
            return False
        opener = word.tag_ in ("VBG", "VBN") or (word.tag_ == "IN" and word.pos_ == "ADP")
        if opener and doc[i - 1].text == ",":
            return True
    return False


def _names_source(token: Token, is_quoted: Callable[[int], bool]) -> bool:
    if token.pos_ not in SOURCE_POS or token.dep_ in _NOT_SOURCE_DEPS or is_quoted(token.idx):
        return False
    if token.pos_ == "PRON":
        return token.lower_ in SOURCE_PRONOUNS
    return token.pos_ == "PROPN" or token.ent_type_ in ("PERSON", "ORG", "NORP")


def stops_clause(token: Token) -> bool:
    """A colon, semicolon, parenthesis or dash (a spaced hyphen too): the words before it are
    another clause."""
    return token.text in _CLAUSE_STOPS or is_dash(token)
