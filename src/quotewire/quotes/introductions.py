"""The source of a quotation introduced by a whole clause ending in a colon.

'Former candidate Jeb Bush broke down exactly what was wrong with the image to the Dutch
newspaper NRC Handelsblad: "..."', 'The Illinois Board of Elections was conclusive in its
findings: "..."': whatever the verb, and however far it stands from the colon, the subject of
the clause the colon closes is the one quoted. The colon may also end the paragraph before a
quotation that opens the next one.

Only a subject that can speak counts: a name, an organisation, a person pronoun, or a noun
naming a person or body ("the committee", "the spokeswoman"); "it gets better:" or "The timing
of his surge doesn't surprise pollster Daron Shaw:" name no source.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from quotewire.nlp.docs import is_line_break
from quotewire.nlp.punctuation import DASHES_OR_HYPHEN
from quotewire.quotes.frames import find_speaker
from quotewire.quotes.trailing import source_adverbs
from quotewire.speakers.inherited import inherited_source
from quotewire.speakers.lexicon import PeopleLexicon, load_people_lexicon
from quotewire.speakers.written_before import SOURCE_PRONOUNS

_PERSON_PRONOUNS = ("he", "she")
_SOURCE_ENTITIES = ("PERSON", "ORG", "NORP")
_SENTENCE_ENDS = (".", "!", "?")
_QUESTION_AUX = ("do", "does", "did", "would", "will", "can", "could", "should")
_QUESTION_AUX_TAGS = ("VBP", "VBZ", "VBD", "MD", "VB")
_LABEL_WORDS = 3
_CREDIT_WORDS = 4  # "More from the report"
_NOT_NAMES = ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "EVENT")


def colon_clause_source(
    doc: Doc, colon: int, is_quoted: Callable[[int], bool], people: PeopleLexicon
) -> tuple[Token, Token] | None:
    """The main verb and the source of the clause ended by the colon at character ``colon``,
    or None when the clause has no subject that can speak."""
    return _clause_source(doc, colon, is_quoted, lambda t: _can_speak(t, people), SOURCE_PRONOUNS)


def sentence_before_source(
    doc: Doc, stop: int, is_quoted: Callable[[int], bool]
) -> tuple[Token, Token] | None:
    """The main verb and subject of the sentence ended by the full stop (or ! or ?) at
    character ``stop``, when the subject is a named person or organisation or "he"/"she": a
    quotation with no cue right after 'Valastro praised Christie's leadership.' is his."""
    return _clause_source(doc, stop, is_quoted, _is_named, _PERSON_PRONOUNS)


def question_asker(
    you: Token, is_quoted: Callable[[int], bool], people: PeopleLexicon
) -> Token | None:
    """The one who asks a question put to "you" ("Do *you* think ...?", "Who do *you* think
    will win?"): what "you" thinks is asked, not stated, so the source of its cue is the
    asker. That is a transcript label opening the paragraph ("TAPPER: Do you think ...?") or
    the subject of a clause ending in a colon before the question ("David Muir asked
    Republicans a simple question: Who do you think ...?"); None when neither is written."""
    if you.lower_ != "you" or you.i == 0 or not _is_question(you):
        return None
    doc = you.doc
    i = you.i - 1
    while i >= 0 and doc[i].text != ":":
        if is_line_break(doc[i]) or doc[i].text in _SENTENCE_ENDS:
            return None
        i -= 1
    if i < 0:
        return None
    label = _transcript_label(doc[i])
    if label is not None:
        return label
    found = colon_clause_source(doc, doc[i].idx, is_quoted, people)
    return found[1] if found is not None else None


def _is_question(you: Token) -> bool:
    """Whether "you" is the subject of a question: an auxiliary right before it ("do you",
    "would you") and a question mark closing its sentence."""
    before = you.nbor(-1)
    if before.tag_ not in _QUESTION_AUX_TAGS or before.lower_ not in _QUESTION_AUX:
        return False
    end = next((t for t in you.doc[you.i : you.sent.end] if t.text in _SENTENCE_ENDS), None)
    return end is not None and end.text == "?"


def _transcript_label(colon: Token) -> Token | None:
    """The last word of an upper-case name opening the paragraph before ``colon``
    ("TAPPER:", "JAKE TAPPER:")."""
    doc = colon.doc
    i = colon.i - 1
    while i >= 0 and doc[i].is_alpha and doc[i].is_upper:
        i -= 1
    first = i + 1
    if first == colon.i or colon.i - first > _LABEL_WORDS:
        return None
    if i >= 0 and not is_line_break(doc[i]):
        return None
    return doc[colon.i - 1]


def _clause_source(
    doc: Doc,
    end: int,
    is_quoted: Callable[[int], bool],
    speaks: Callable[[Token], bool],
    pronouns: tuple[str, ...],
) -> tuple[Token, Token] | None:
    tokens = doc.char_span(end, end + 1, alignment_mode="expand")
    if tokens is None or not len(tokens):
        return None
    mark = tokens[0]
    if not mark.dep_:
        return _unparsed_source(mark, is_quoted, pronouns)
    credited = _dash_credit(mark, speaks)
    if credited is not None:
        return credited
    verb = _clause_root(mark)
    if verb is None:
        return _credit_source(mark, speaks)
    speaker = find_speaker(verb) or inherited_source(verb, is_quoted)
    if speaker is None or is_quoted(speaker.idx) or speaker.i > mark.i:
        return None
    if speaker.sent != mark.sent or not (speaker.lower_ in pronouns or speaks(speaker)):
        return None
    return verb, speaker


def _credit_source(
    mark: Token, speaks: Callable[[Token], bool], start: int | None = None
) -> tuple[Token, Token] | None:
    """The source named by a credit line without a verb before the colon ('From the report:',
    'From Bush's Facebook post:', 'More from Jones:'): the object of the "from" that opens its
    sentence (or, from token ``start``, the credit after a dash), when it names someone or
    what someone put out (a message noun's possessor is its source,
    :mod:`quotewire.speakers.mentions`). The preposition stands for the cue."""
    if mark.text != ":":
        return None
    first = mark.sent.start if start is None else start
    words = [t for t in mark.sent if first <= t.i < mark.i and not t.is_space and not t.is_punct]
    opener = next((t for t in words[:2] if t.lower_ == "from"), None)
    if opener is None or words[0].lower_ not in ("from", "more"):
        return None
    source = next((c for c in opener.children if c.dep_ == "pobj"), None)
    if source is None or source.i > mark.i or any(t.pos_ in ("VERB", "AUX") for t in words):
        return None
    if not (speaks(source) or source.lower_ in load_people_lexicon().message_nouns):
        return None
    return opener, source


def _dash_credit(mark: Token, speaks: Callable[[Token], bool]) -> tuple[Token, Token] | None:
    """The source of a credit line a dash sets off right before the colon, after the writer's
    sentence and not that sentence's subject: a name ('The interplay has been important -
    Philip Bump: "..."', '... are problematic - Pew Research: "..."', the tagger often taking
    a name's words for common nouns) or a "from" credit ('... representative - More from the
    report: "..."'). The dash (or "from") stands for the cue."""
    dash = _credit_dash(mark)
    if dash is None:
        return None
    label = mark.doc[dash.i + 1 : mark.i]
    if label[0].lower_ in ("from", "more"):
        return _credit_source(mark, speaks, dash.i + 1)
    if len(label) > _LABEL_WORDS or not all(t.pos_ == "PROPN" or t.is_title for t in label):
        return None
    source = label[-1]
    unparsed_name = len(label) > 1 and all(t.is_title for t in label)
    return (dash, source) if speaks(source) or unparsed_name else None


def _credit_dash(colon: Token) -> Token | None:
    """The dash before a colon with at most :data:`_CREDIT_WORDS` words and no other
    punctuation between them, not opening the sentence."""
    if colon.text != ":":
        return None
    doc = colon.doc
    i = colon.i - 1
    while i > colon.sent.start + 1 and colon.i - i <= _CREDIT_WORDS and not doc[i].is_punct:
        i -= 1
    if i == colon.i - 1 or doc[i].text not in DASHES_OR_HYPHEN or doc[i].i <= colon.sent.start:
        return None
    return doc[i]


def _clause_root(mark: Token) -> Token | None:
    """The verb heading the words before the colon: the sentence's root, or the verb the
    parser hung on the quotation after the colon ('was conclusive in its findings: "... is
    unnecessary."' parsed with "is" as the root)."""
    sentence = mark.sent
    for token in sentence:
        if token.i >= mark.i:
            break
        outside = token.head == token or not sentence.start <= token.head.i < mark.i
        if outside and token.pos_ in ("VERB", "AUX"):
            return token
    return None


def _is_named(token: Token) -> bool:
    """A name: the recogniser's person or organisation, or any capitalised proper noun (a
    surname it took for a place, "Valastro praised ...", a country that speaks)."""
    if token.ent_type_ in ("PERSON", "ORG"):
        return True
    return token.pos_ == "PROPN" and token.is_title and token.ent_type_ not in _NOT_NAMES


def _can_speak(token: Token, people: PeopleLexicon) -> bool:
    if token.pos_ == "PRON":
        return False
    if token.ent_type_ in _SOURCE_ENTITIES or token.pos_ == "PROPN":
        return token.ent_type_ not in ("DATE", "TIME", "GPE", "LOC")
    return people.is_person_noun(token.text) or token.lower_ in people.organisation_nouns


def _unparsed_source(
    mark: Token, is_quoted: Callable[[int], bool], pronouns: tuple[str, ...]
) -> tuple[Token, Token] | None:
    """In a sentence the parser did not see: a person pronoun or a name opening the sentence
    ("He then listed the qualities ...:"), or opening the main clause after a fronted one
    ("When Wallace died in 1998, President Clinton released the following statement:"),
    before a lower-case word, is its subject."""
    doc = mark.doc
    first = mark.sent[0]
    if is_quoted(first.idx) or first.i + 1 >= mark.i:
        return None
    if first.lower_ not in pronouns and first.ent_type_ not in ("PERSON", "ORG"):
        first = _main_clause_start(first, mark)
    last = first
    if first.lower_ not in pronouns:
        if first.ent_type_ not in ("PERSON", "ORG") or first.ent_iob_ != "B":
            return None
        while last.i + 1 < mark.i and doc[last.i + 1].ent_iob_ == "I":
            last = doc[last.i + 1]
    verb = doc[last.i + 1]
    adverbs = source_adverbs()
    while verb.i + 1 < mark.i and (verb.lower_ in adverbs or verb.lower_.endswith("ly")):
        verb = doc[verb.i + 1]
    return (verb, last) if verb.is_lower and verb.is_alpha else None


def _main_clause_start(first: Token, mark: Token) -> Token:
    """The word after the comma that closes a fronted clause ("When Wallace died in 1998,
    *President* Clinton ..."), past title words before a name; ``first`` when there is none."""
    doc = mark.doc
    comma = next((t for t in doc[first.i : mark.i] if t.text == ","), None)
    if comma is None or comma.i + 2 >= mark.i:
        return first
    start = doc[comma.i + 1]
    while start.i + 1 < mark.i and start.is_title and not start.ent_type_:
        following = doc[start.i + 1]
        if following.ent_type_ != "PERSON" and not (following.is_title and not following.ent_type_):
            break
        start = following
    return start
