"""A source and its verb written right after a closing quotation mark, read without the parse.

'"What do you want from us?" Vitter demanded.' attributes the quotation to Vitter whatever the
verb: writers vary the verb ("barked", "sings", "quipped", "recently put it") far beyond any cue
lexicon, and the sentence after a closing "?" or "." holds no quotation mark or cue word, so
the selective parser (``nlp/selective.py``) leaves it untagged. The pattern is read from the
characters instead: a capitalised name (or he/she/they/I/we), optionally a party and state
("(D-Wash.)") or an apposition between commas ("Ramos, 58, told AFP"), an optional adverb, then
a lower-case word that looks like a verb, ending the clause or followed by a word that
continues an attribution ("told AFP", "barked and"). The name may come after a description
of its own ('"...," screenwriter Ned Farrow wrote': the tagger may read "screenwriter" as a
verb with the name its object, and the parse then has no frame), which opens with no word that
begins a clause. The inverted order ('"...," quipped Smith', '"...," railed Khadr's defence
attorney Dennis Edney') is read too.

When the words were tagged, a tagger's non-verb reading vetoes the verb.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from quotewire.data_files import data_toml, word_lists
from quotewire.nlp.docs import doc_text
from quotewire.nlp.punctuation import DASH_CHARACTERS
from quotewire.quotes.content_ends import FINITE_TAGS
from quotewire.quotes.cues import load_cue_lexicon
from quotewire.quotes.nesting import time_and_condition
from quotewire.speakers.name_tokens import ARTICLES

_SPACE = r"[ \t\u00a0]"
_NAME = rf"(?:[A-Z][\w'’.-]*{_SPACE}+){{0,3}}[A-Z][\w'’-]*"
# a description in lower case, which cannot open a new sentence: '"...," an angry Hollande
# retaliated', '"What if ...?" the 43-year-old asked', opened by an article or a quantifier
# ('"...!" some protesters chanted': ``quantifier_openers`` in trailing.toml)
_DESCRIPTION = r"(?:{openers}){space}+(?:[\w'’-]+{space}+){{0,2}}?[\w'’-]+"
# or a description that ends in the name, with or without an article: '"...," screenwriter Ned
# Farrow wrote', '"...?" former party adviser Dan Mole asked', '"...," the party's deputy
# leader Dan Mole said'
_DESCRIPTION_AND_NAME = rf"[a-z][\w'’-]*{_SPACE}+(?:[\w'’-]+{_SPACE}+){{0,3}}?{_NAME}"
# a possessor before such a description, after an inverted verb: '"...," railed *Khadr's
# defence attorney* Dennis Edney'
_POSSESSOR = rf"(?:[A-Z][\w.-]*['’]s?{_SPACE}+)"
# what a description's first word cannot be tagged: a word that opens a clause or a phrase
_NOT_DESCRIPTION_TAGS = ("IN", "CC", "TO", "MD", "WDT", "WP", "WRB", "PRP", "EX", "RB")
_APPOSITION = rf"(?:{_SPACE}*\([^()\n]{{1,30}}\))?(?:,[^,.!?;:\n\"“”]{{1,80}},)?"
_READ_AHEAD = 200
_DESCRIPTION_HEADS = ("NOUN", "PROPN", "NUM", "ADJ")
_CLAUSE_END = ".,;:!?)]" + DASH_CHARACTERS
_NOT_SOURCES = ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY")


@dataclass(frozen=True, slots=True)
class _Words:
    irregular: frozenset[str]
    pronouns: frozenset[str]
    adverbs: frozenset[str]
    not_verbs: frozenset[str]
    followers: frozenset[str]
    sentence_openers: frozenset[str]
    clause_openers: frozenset[str]
    own_object_openers: frozenset[str]
    source_first: re.Pattern[str]
    verb_first: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class TrailingSource:
    """The verb and the source's last word (the head a mention is read from)."""

    verb: Token
    source: Token


@lru_cache(maxsize=1)
def _words() -> _Words:
    lists = data_toml("en/trailing.toml")
    pronoun = "|".join(sorted({p for w in lists["pronouns"] for p in (w, w.capitalize())}))
    adverb = rf"(?:(?P<adverb>[a-z]+ly|{'|'.join(lists['adverbs'])}){_SPACE}+)?"
    openers = "|".join((*ARTICLES, *sorted(lists["quantifier_openers"])))
    description = _DESCRIPTION.format(openers=openers, space=_SPACE)
    source_first = re.compile(
        rf"[,;]?{_SPACE}*(?:as{_SPACE}+)?"
        rf"(?P<source>{_NAME}|{pronoun}|{_DESCRIPTION_AND_NAME}|{description})"
        rf"{_APPOSITION}(?P<stray>,)?{_SPACE}+{adverb}(?P<verb>[a-z]+)(?:{_SPACE}+it\b)?"
    )
    verb_first = re.compile(
        rf"[,;]?{_SPACE}*(?P<verb>[a-z]+){_SPACE}+"
        rf"(?P<source>{_POSSESSOR}?{_DESCRIPTION_AND_NAME}|{_NAME})"
    )
    return word_lists(
        "en/trailing.toml",
        _Words,
        table=lists,
        keys={"irregular": "irregular_verbs"},
        source_first=source_first,
        verb_first=verb_first,
    )


def source_adverbs() -> frozenset[str]:
    """Adverbs that may stand between a source and its verb ("Smith then said")."""
    return _words().adverbs


def sentence_openers() -> frozenset[str]:
    """Conjunctions that open a sentence of their own ("But", "And"), which no attribution
    after a closing mark does."""
    return _words().sentence_openers


def trailing_source(doc: Doc, close: int, limit: int) -> TrailingSource | None:
    """The source named right after the closing mark ending at ``close``, reading no further
    than ``limit`` (the paragraph's end) nor past a line break."""
    text = doc_text(doc)
    end = min(limit, close + _READ_AHEAD)
    newline = text.find("\n", close, end)
    if newline >= 0:
        end = newline
    words = _words()
    match = words.source_first.match(text, close, end)
    if match is not None and _comma_shape_holds(text, close, match, end, words):
        if _new_sentence_verb(text, close, match, words):
            return None
        found = _tokens(doc, match, words, inverted=False)
        if found is not None:
            return found
    match = words.verb_first.match(text, close, end)
    if match is not None and _ends_attribution(text, match.end(), end, words):
        return _tokens(doc, match, words, inverted=True)
    return None


def _ended_on_comma(text: str, close: int) -> bool:
    """Whether the quotation ended on a comma, inside its mark or right after it ('"...,"',
    '"...",'): the sentence goes on, so what follows is the quotation's attribution."""
    return text[close - 2 : close - 1] == "," or text[close : close + 1] == ","


def _comma_shape_holds(
    text: str, close: int, match: re.Match[str], end: int, words: _Words
) -> bool:
    """Whether the source and verb read after the closing mark end their attribution. After a
    quotation that ended on a comma two looser shapes hold as well: a stray comma between the
    source and a verb of saying ('"...," police official Mehrab Khan*,* told AP'), and a verb
    of telling whose listener is a plain noun ('"...", Hurd, 51, told *analysts*': "told"
    always has its listener next)."""
    stray = match.group("stray") is not None
    comma = _ended_on_comma(text, close)
    if stray and not (comma and load_cue_lexicon().is_speech(match.group("verb"))):
        return False
    if _ends_attribution(text, match.end(), end, words):
        return True
    return (
        comma
        and match.group("verb").lower() in load_cue_lexicon().telling
        and _lower_word_next(text, match.end(), end)
    )


def _lower_word_next(text: str, at: int, end: int) -> bool:
    return re.match(rf"{_SPACE}+[a-z]", text[at:end]) is not None


def _new_sentence_verb(text: str, close: int, match: re.Match[str], words: _Words) -> bool:
    """Whether the name and verb after a quotation that did not end on a comma open a sentence
    of their own: a verb outside the speech cues that goes on with its own object or complement
    ('"... a bit deeper." Caloundra *opened the game* with two tries', '"... #MAGA" MAGA *stands
    for* ...'). 'Vitter demanded.' ends its clause, and a speech verb ('Smith told the crowd')
    or a quotation ending on a comma ('"...," Obama reminded the audience') still attributes."""
    if _ended_on_comma(text, close):
        return False
    if load_cue_lexicon().is_speech(match.group("verb")):
        return False
    following = re.match(rf"{_SPACE}+([\w'’]+)", text[match.end() : match.end() + 40])
    return following is not None and following.group(1).lower() in words.own_object_openers


def _ends_attribution(text: str, at: int, end: int, words: _Words) -> bool:
    """The clause ends after the match, or goes on with an object or circumstance."""
    rest = text[at:end]
    stripped = rest.lstrip(" \t\u00a0")
    if not stripped or stripped[0] in _CLAUSE_END:
        return True
    if stripped is rest:
        return False  # the match ended inside a word
    following = re.match(r"[\w'’]+", stripped)
    if following is None:
        return False
    word = following.group()
    return word.lower() in words.followers or word[:1].isupper()


def _tokens(doc: Doc, match: re.Match[str], words: _Words, inverted: bool) -> TrailingSource | None:
    verb = doc.char_span(match.start("verb"), match.end("verb"), alignment_mode="expand")
    source = doc.char_span(match.start("source"), match.end("source"), alignment_mode="expand")
    if verb is None or source is None or len(verb) != 1 or not len(source):
        return None
    if not _is_verb(verb[0], words, inverted):
        return None
    if inverted and _is_participle(verb[0]):
        return None  # '"...", telling Bloomberg, "..."': a participle's name is its object
    head = source[-1]
    described = source[0].is_lower and source.text not in words.pronouns
    if described and not _is_description(source, verb[0], words):
        return None
    if head.lower_ in words.pronouns:
        return TrailingSource(verb[0], head) if len(source) == 1 else None
    # "Yesterday marked", "Monday's"; a tagged non-noun is no source, unless the parser made
    # it the verb's subject all the same ('"...," Trump shot back' with "Trump" tagged a verb)
    subject = head.dep_ == "nsubj" and head.head == verb[0] and head.is_title
    not_noun = bool(head.pos_) and head.pos_ not in ("PROPN", "NOUN") and not subject
    if head.ent_type_ in _NOT_SOURCES or not_noun:
        return None
    return TrailingSource(verb[0], head)


def _is_description(source: Span, verb: Token, words: _Words) -> bool:
    """A lower-case source is a description ending in a noun ("an angry Hollande", "the
    43-year-old", "some protesters"), with no word that continues a clause ("a phrase used
    by"), before a finite verb ("a term used by critics" is no attribution)."""
    if any(t.lower_ in words.followers for t in source[1:]):
        return False
    if source[0].lower_ not in ARTICLES and not _opens_bare_description(source[0], words):
        return False
    if source[-1].tag_ and source[-1].pos_ not in _DESCRIPTION_HEADS:
        return False
    return not verb.tag_ or verb.tag_ in FINITE_TAGS


def _opens_bare_description(first: Token, words: _Words) -> bool:
    """A description without an article opens with a modifier or a noun ("screenwriter",
    "former"), not a word that begins a clause ("when", "but") or a verb of saying ('"...,"
    said campaign manager Dan Mole, who ..., added' is inverted: the name is the source of
    "said")."""
    low = first.lower_
    openers = (words.followers, words.sentence_openers, words.clause_openers, time_and_condition())
    if any(low in listed for listed in openers):
        return False
    if load_cue_lexicon().is_speech(low) or low in words.irregular or low.endswith("ed"):
        return False
    return not first.tag_ or first.tag_ not in _NOT_DESCRIPTION_TAGS


def _is_verb(token: Token, words: _Words, inverted: bool) -> bool:
    low = token.lower_
    if low in words.not_verbs or low in words.adverbs:
        return False
    if token.tag_:
        return token.tag_.startswith("VB")
    if load_cue_lexicon().is_speech(low) or low in words.irregular:
        return True
    if inverted:
        return low.endswith("ed")
    return low.endswith("ed") or (low.endswith("s") and not low.endswith(("ss", "us", "is")))


def _is_participle(token: Token) -> bool:
    """An -ing form: it never comes before its subject, so the name after it is no inverted
    source ('"...," said Smith') but the participle's object."""
    return token.tag_ == "VBG" if token.tag_ else token.lower_.endswith("ing")
