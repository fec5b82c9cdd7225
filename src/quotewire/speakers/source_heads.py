"""Which token heads a source: the parse's subject of a cue is often not the word the mention
should be read from, and this module puts the head back before
:func:`~quotewire.speakers.mentions.describe` reads the phrase around it.

The parser takes a dateline, a title or a scene before a name, a place in an opening phrase,
or an object after the verb for the subject; a description in apposition stands for the name
before it, and a coordination is credited to its first conjunct (:func:`source_head`).
"""

from __future__ import annotations

from spacy.tokens import Token

from quotewire.nlp.dates import TIME_ENTITIES
from quotewire.nlp.docs import sentence_of
from quotewire.nlp.punctuation import is_dash
from quotewire.speakers.lexicon import load_people_lexicon

_NAME_ENTS = ("PERSON",)
_SUBJECTS = ("nsubj", "nsubjpass")
_SMALL_CLAUSES = ("ccomp", "xcomp", "oprd")  # "made [it clear]"
_MAX_MAKE_CLIMB = 3  # conjuncts and participles between "made" and its subject
_DATELINE_MAX_TOKENS = 16
_DATELINE_ENTS = ("GPE", "LOC", "ORG", "NORP", "FAC")
_PLACE_ENTS = ("GPE", "LOC", "FAC", "DATE", "TIME")
_INVERTED_OBJECTS = ("nsubj", "dobj", "attr")  # how the parser reads a source after its verb


def entity_tokens(token: Token) -> list[Token]:
    """The tokens of the named entity ``token`` belongs to (empty when none)."""
    if not token.ent_type_:
        return []
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return list(doc[start:end])


def is_inverted_object(token: Token) -> bool:
    """True for a second subject after a verb whose subject stands before it ("he said Ryan"):
    the parser's reading of an object as an inverted subject. A subject the parser took from
    the quotation before the verb ('"... Every single *amendment*," said Cruz, who ...') is
    quoted words, and the name after the verb is the source."""
    verb = token.head
    return (
        token.dep_ in _SUBJECTS
        and token.i > verb.i
        and any(
            c.dep_ in _SUBJECTS and c.i < verb.i and c != token and not _closed_before(c, verb)
            for c in verb.children
        )
    )


def _closed_before(subject: Token, verb: Token) -> bool:
    """Whether a closing quotation mark stands between a subject and its verb."""
    return any(t.tag_ == "''" for t in subject.doc[subject.i + 1 : verb.i])


def _is_dateline(head: Token, dash: Token, sentence_start: int) -> bool:
    """A place or agency at the start of a sentence, before a dash ("CLEVELAND, July 19 (UPI)
    —"); a person before dashes ("Kall -- co-editor of a book -- said") is the source."""
    return (head.ent_type_ in _DATELINE_ENTS or head.is_upper) and (
        dash.i - sentence_start <= _DATELINE_MAX_TOKENS
    )


def _name_after_reflexive(head: Token) -> Token | None:
    """The name after a reflexive that the parser took for the subject, with the name hung on
    it as an apposition ("In the filing *itself* Ford also made this point, writing ..."): the
    reflexive stresses the noun before it, the name is the subject."""
    if head.tag_ != "PRP" or not head.lower_.endswith(("self", "selves")):
        return None
    return next((c for c in head.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)


def _name_before_day(head: Token) -> Token | None:
    """The name before the day it spoke that the parser made the subject's head ("Trump
    *Tuesday* said", "Broaddrick *Sunday night* recounted"): the name, read as a compound of
    the day, is the source. PolNeAR's annotators end the source before the day."""
    if head.ent_type_ not in TIME_ENTITIES:
        return None
    names = [
        c
        for c in head.lefts
        if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ not in TIME_ENTITIES
    ]
    return names[-1] if names else None


def _phrase_before_dash_aside(head: Token) -> Token | None:
    """The head of the phrase before an aside between dashes that the parser made the subject
    ("Just a quarter of the rules committee *– 28 members –* can ask", "Other prominent
    Republicans, like ... *― three former administration big shots ―* have said"): the aside
    restates the phrase before it, which is the source; PolNeAR's annotators keep the aside in
    that phrase (31 train source spans hold one) and never name the aside alone. A name in the
    aside ("The campaign manager — Corey Lewandowski — said") says who the phrase is and
    stays the source."""
    if head.pos_ not in ("NOUN", "NUM") or head.ent_type_:
        return None
    doc, phrase = head.doc, {t.i for t in head.subtree}
    opening = head.i - 1  # no verb between: the parser may hang the aside's first words elsewhere
    while opening >= 0 and not is_dash(doc[opening]) and doc[opening].pos_ not in ("VERB", "AUX"):
        opening -= 1
    closing = head.i + 1
    while closing < len(doc) and closing in phrase and not is_dash(doc[closing]):
        closing += 1
    if opening < 1 or closing >= len(doc) or not (is_dash(doc[opening]) and is_dash(doc[closing])):
        return None
    sentence = sentence_of(head) if doc.has_annotation("SENT_START") else None
    bound = sentence.start if sentence is not None else 0
    bound = max([bound, *(t.i + 1 for t in doc[bound:opening] if is_dash(t))])
    described = doc[opening - 1]  # climb to the phrase's head, not past a dateline's dash
    while bound <= described.head.i < opening and described.head != described:
        if described.pos_ in ("VERB", "AUX"):
            return None
        described = described.head
    if described.pos_ not in ("NOUN", "PROPN", "NUM", "PRON") or described.i < bound:
        return None
    dateline = described.is_upper or described.ent_type_ in ("GPE", "LOC")  # "WASHINGTON —"
    return None if dateline else described


def source_head(head: Token) -> Token:
    """The real head of a source the parser gave the wrong subject for.

    A dateline ("MACAU (Reuters) – Sheldon Adelson said", "CLEVELAND, July 19 (UPI) — Michael
    Mukasey told") is parsed as the subject of the first verb, with the person as a second
    subject or an apposition after the dash; a participle opening the sentence ("Conceding that
    ..., he warned") is taken for a proper noun; a place in an opening phrase ("Speaking in
    Salem, New Hampshire, Trump went after Bush") becomes a second subject; the object of a
    verb that already has its subject is read as an inverted one ("he said Ryan"); a long
    title or a scene before a name is taken for the subject's head ("Sirius XM Vice President
    for news and talk Dave Gorab called", "Saturday at the party convention Sen. Elizabeth
    Warren said"). In all of these the verb has a better subject. A description in apposition
    to a name ("Bill Skelly, a longtime RNC data operative, vouched"; "Elizabeth Arnold, 32, a
    former staff member who said") stands for the name. An aside between dashes made the head
    ("Just a quarter of the rules committee *– 28 members –* can ask") gives way to the phrase
    before it, and a day made the head of the name before it ("Trump *Tuesday* said") to the
    name. Two titles of one person joined by "and" ("said 7-Eleven Inc. *President* and Chief
    Executive Joseph DePinto") give way to the name after the second.
    """
    following = (
        _name_after_title(head)
        or _name_after_hyphenated_title(head)
        or _name_after_coordinated_titles(head)
    )
    if following is not None:
        return following
    stressed = _name_after_reflexive(head)
    if stressed is not None:
        return stressed
    described = _phrase_before_dash_aside(head) or _name_before_day(head)
    if described is not None:
        return described
    if head.dep_ == "appos" and head.ent_type_ not in _NAME_ENTS:
        described = head.head  # "Bill Skelly, *a longtime RNC data operative*, vouched"
        # a name the recogniser missed after a name in a fronted phrase is no description of
        # it ("In a message to *Clinton*, Tanden, head of the center, recounted ...": the
        # parser hung the subject on the phrase's object)
        misread_name = described.dep_ == "pobj" and head.pos_ == "PROPN"
        if described.ent_type_ in _NAME_ENTS and described.i < head.i and not misread_name:
            return described
    first = _first_conjunct(head)
    if first is not None:
        return first
    causer = _made_it_clear(head)
    if causer is not None:
        return causer
    verb = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)
    sentence = sentence_of(head) if head.doc.has_annotation("SENT_START") else None
    if sentence is None or verb is None:
        return head
    between = head.doc[head.i + 1 : min(verb.i, sentence.end)]  # head lies in the sentence
    dash = next((t for t in between if is_dash(t)), None)
    if dash is not None and _is_dateline(head, dash, sentence.start):
        after = [
            t
            for t in sentence
            if dash.i < t.i < verb.i
            and t.pos_ in ("PROPN", "NOUN", "PRON")
            and (
                (t.head == verb and t.dep_ in _SUBJECTS)
                or (t.dep_ == "appos" and t.head.i < dash.i)
            )
        ]
        return after[0] if after else head
    person = _person_closing_subject(head, verb)
    if person is not None:
        return person
    others = [c for c in verb.children if c.dep_ in _SUBJECTS and c != head]
    if head.head == verb and is_inverted_object(head):
        return others[0]
    if head.tag_ == "VBG" or any(c.dep_ in ("ccomp", "mark") for c in head.children):
        return others[0] if others else head
    named = [c for c in others if c.ent_type_ in _NAME_ENTS]
    agent = head.dep_ == "pobj" and head.head.lower_ == "by"  # "confirmed ... by the Minister"
    if named and not agent and head.ent_type_ not in _NAME_ENTS and head.pos_ == "PROPN":
        return named[0]  # "Tennis great Billie Jean King remembered": "Tennis" as a subject
    if head.ent_type_ in _PLACE_ENTS:  # "Speaking in Salem, New Hampshire, Trump went ..."
        later = [c for c in others if c.i > head.i]
        return later[-1] if later else head
    return head


def _first_conjunct(head: Token) -> Token | None:
    """The first of two coordinated names the parser hung on the second ("Donald Trump and
    House Speaker Paul Ryan pledged", "Trump" a modifier in the phrase of "Ryan" with "and"
    on it): a
    coordinated source is credited to its first conjunct, as PolNeAR does."""
    if head.ent_type_ not in _NAME_ENTS:
        return None
    for token in head.subtree:
        if token.i >= head.i:
            return None
        if token.ent_type_ in _NAME_ENTS and any(c.dep_ in ("cc", "conj") for c in token.children):
            return token
    return None


def _made_it_clear(head: Token) -> Token | None:
    """The subject of "make" in "he made it clear that ...": the parser makes the placeholder
    "it" the subject of the adjective cue, but the one who made it clear is the source. A
    "make" without a subject of its own, a conjunct ("Biden mocked the party and *made* it
    clear") or a participle ("Obama, *making* it clear that ..., stood"), has the subject of
    the verb it hangs on."""
    if head.lower_ != "it" or head.head.pos_ != "ADJ" or head.head.dep_ not in _SMALL_CLAUSES:
        return None
    verb = head.head.head
    for _ in range(_MAX_MAKE_CLIMB):
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c != head), None)
        if subject is not None or verb.dep_ not in ("conj", "advcl") or verb.head is verb:
            return subject
        verb = verb.head
    return None


def _person_closing_subject(head: Token, verb: Token) -> Token | None:
    """The last word of a person's name that ends the subject right before its verb (a
    parenthesised party tag aside) when the parse made another word of the subject its head.
    A name after a preposition or a possessive ("the wife of John Smith", "a spokesman for
    Clinton") is someone else than the subject, and is kept out."""
    if head.ent_type_ in _NAME_ENTS or head.head != verb or head.dep_ != "nsubj":
        return None
    if head.pos_ == "PRON" or head.i > verb.i:
        return None
    i = verb.i - 1
    doc = head.doc
    if doc[i].text == ")":
        while i > head.i and doc[i].text != "(":
            i -= 1
        i -= 1
    last = doc[i]
    if last.ent_type_ not in _NAME_ENTS or last.i <= head.i or not head.is_ancestor(last):
        return None
    first = entity_tokens(last)[0]
    before = doc[first.i - 1]
    if before.pos_ in ("ADP", "DET", "PART") or before.tag_ == "POS" or before.i < head.i:
        return None
    return last


def _name_after_title(head: Token) -> Token | None:
    """The last word of the name right after a title the parser took for the source ("said
    the Rev. Peter Wherry", where the sentence splitter ended a sentence at "Rev."). The
    tokenizer keeps abbreviated titles whole with their full stop
    (``data/en/title_abbreviations.toml``), so a title is one token ending in the stop."""
    doc = head.doc
    if head.ent_type_ in _NAME_ENTS or not head.text.endswith("."):
        return None
    after = head.i + 1
    if after >= len(doc):
        return None
    following = doc[after]
    if following.ent_type_ not in _NAME_ENTS or following.ent_iob_ != "B":
        return None
    return entity_tokens(following)[-1]


def _name_after_coordinated_titles(head: Token) -> Token | None:
    """The name after two titles of one person joined by "and" ('"...," said 7-Eleven Inc.
    *President* and Chief Executive Joseph DePinto'): the parser makes the first title the
    subject and the name its conjunct. A bare title (no article, no possessive, no name of its
    own) cannot be a second person beside the name — "the president and Senator Smith" are two —
    so when every word between "and" and the name is a title word, the name is the source."""
    people = load_people_lexicon()
    if head.ent_type_ in _NAME_ENTS or not people.is_person_noun(head.lower_):
        return None
    if any(c.dep_ in ("det", "poss") for c in head.children):
        return None
    coordinator = next((c for c in head.children if c.dep_ == "cc" and c.lower_ == "and"), None)
    name = next((c for c in head.children if c.dep_ == "conj"), None)
    if coordinator is None or name is None or name.ent_type_ not in _NAME_ENTS:
        return None
    first = entity_tokens(name)[0]
    titles = head.doc[coordinator.i + 1 : first.i]
    if not titles or not all(people.is_person_noun(t.lower_) for t in titles):
        return None
    return entity_tokens(name)[-1]


def _name_after_hyphenated_title(head: Token) -> Token | None:
    """The person a hyphenated title stands before ('"...," mused Blaze *co-host* Stu
    Burguiere'): the tokenizer splits "co-host", and the parser reads "co", the hyphen and the
    name as three dependents of the verb, the first of which was taken for the source."""
    if head.dep_ not in _INVERTED_OBJECTS or head.ent_type_ in _NAME_ENTS or head.i < head.head.i:
        return None
    for later in head.head.rights:
        if later.i <= head.i or later.dep_ not in _INVERTED_OBJECTS or later.text == "-":
            continue
        between = head.doc[head.i + 1 : later.i]
        glued = any(t.text == "-" and not t.nbor(-1).whitespace_ for t in between)
        if not glued or any(t.is_punct and t.text != "-" for t in between):
            return None
        named = later.pos_ == "PROPN" and any(t.ent_type_ in _NAME_ENTS for t in later.subtree)
        return later if named else None
    return None
