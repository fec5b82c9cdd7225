"""Which tokens of a recognised name are the name itself.

The recogniser's PERSON and ORG spans carry more than the name: honorifics and role words
before it ("Rear Admiral Harris"), a possessive ending, post-nominal letters, a verb of saying
run into it ("Stated Stone"), a headline's other words ("Obama To Asians Worried"). A source
mention (:mod:`~quotewire.speakers.mentions`) and the article's index of people
(:mod:`~quotewire.speakers.coref`) both take the name from these tokens.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotewire.data_files import word_set
from quotewire.nlp.docs import opens_sentence
from quotewire.nlp.punctuation import is_dash
from quotewire.quotes.cues import load_cue_lexicon
from quotewire.speakers.lexicon import PeopleLexicon

ARTICLES = ("the", "a", "an")  # the one list of English articles, for every module that skips them
POSSESSIVE_ENDINGS = ("'s", "’s", "'", "’")
# Lower-case words that belong to a surname ("Ursula *von der* Leyen", "Marine *Le* Pen"): the
# list that also splits names for merging speakers across articles (speakers/names.py).
NAME_PARTICLES = word_set("en/name_variants.toml", "particles.words")


def _before_owner_after_dash(tokens: list[Token]) -> list[Token]:
    """The name before a dash that opens an aside on its owner ("Deborah Jordan Reynolds *-
    Santilli's* girlfriend and co-host"): the recogniser ran the two names into one, and a
    possessive after the dash begins another phrase. A dateline in capitals before the dash
    ("CLEVELAND - Donald Trump's campaign") is left to the callers."""
    if not tokens:
        return tokens
    doc = tokens[0].doc
    for i, token in enumerate(tokens[1:], start=1):
        if not is_dash(token) or all(t.is_upper or not t.is_alpha for t in tokens[:i]):
            continue
        after = doc[token.i + 1 : min(tokens[-1].i + 2, len(doc))]
        if any(t.text in POSSESSIVE_ENDINGS for t in after):
            return tokens[:i]
    return tokens


def clean_name(
    tokens: list[Token], people: PeopleLexicon, *, strip_roles: bool = True
) -> list[Token]:
    """Name tokens without honorifics, leading role words, articles, a possessive ending,
    post-nominal letters ("Margaret Beckett *MP*"), a bracket the span leaves open or a dash
    before a word in lower case (the recogniser ran "the Tax Policy Center *- half* a
    percentage point" into one organisation: a name does not go on in lower case after a dash;
    a dateline's dash before the name, "CLEVELAND - Donald Trump", is left to the callers).

    An organisation's name keeps its role words (``strip_roles=False``): they are its own
    ("The *White* House", "the *Justice* Department", "*Press* TV" were "House", "Department"
    and "TV"); only a person's name has a title in front."""
    tokens = _before_owner_after_dash(tokens)
    tokens = [t for t in tokens if t.text not in POSSESSIVE_ENDINGS]
    opening = next((i for i, t in enumerate(tokens) if t.text == "("), None)
    if opening and not any(t.text == ")" for t in tokens[opening:]):
        tokens = tokens[:opening]  # "National Hurricane Center (NHC": the span left it open
    dash = next(
        (
            i
            for i, t in enumerate(tokens[:-1])
            if i and is_dash(t) and tokens[i + 1].is_lower and tokens[i + 1].is_alpha
        ),
        None,
    )
    if dash:
        tokens = tokens[:dash]
    while tokens and (
        tokens[0].lower_ in people.honorifics
        or tokens[0].lower_ in ARTICLES
        or tokens[0].is_space
        or (strip_roles and tokens[0].lower_ in people.roles and len(tokens) > 1)
    ):
        tokens = tokens[1:]
    while tokens and (
        tokens[-1].is_punct
        or tokens[-1].is_space
        or tokens[-1].lower_ in ("jr", "jr.", "sr", "sr.")
        or (tokens[-1].lower_ in people.post_nominals and tokens[-1].is_upper and len(tokens) > 2)
    ):
        tokens = tokens[:-1]
    # the tagger knows a verb the recogniser took for a name ("Conceding that ..., he warned")
    while tokens and tokens[0].pos_ == "VERB":
        tokens = tokens[1:]
    if len(tokens) > 1 and _inverted_verb(tokens[0], people):
        tokens = tokens[1:]  # "Stated Stone: ..." read as one name
    while tokens and tokens[-1].pos_ == "VERB":
        tokens = tokens[:-1]
    return tokens


def untitled(name: str, people: PeopleLexicon) -> str:
    """A written name without the honorifics and role words that open it ("Rear Admiral
    Harris" -> "Harris"), as :func:`clean_name` cleans tokens; the last word always stays."""
    words = name.split()
    while len(words) > 1 and (
        words[0].lower() in people.honorifics or words[0].lower() in people.roles
    ):
        words = words[1:]
    return " ".join(words)


def _inverted_verb(token: Token, people: PeopleLexicon) -> bool:
    """A past-tense verb of saying opening its sentence before a name, as in an inverted
    attribution ("Stated Stone:", "Added Smith,"), that the recogniser ran into the name: no
    given name ends so except the ones the name lists know ("Ted", "Jared"). Other words in
    "-ed" open names of bodies ("United Airlines", "Planned Parenthood")."""
    return (
        opens_sentence(token)
        and token.lower_.endswith("ed")
        and people.gender_of_name(token.text) is None
        and load_cue_lexicon().is_speech(token.lower_)
    )


def surname_read_as_adverb(word: Token) -> bool:
    """Whether a capitalised word the tagger read as an adverb, for its "-ly" ending or
    because it is one too ("said *Skelly*", "*Rather* states"), is the surname of a person the
    article names (Bill Skelly, Dan Rather). A capitalised adverb opening its sentence
    ("Separately, ...") is an adverb."""
    if word.tag_ != "RB" or not word.text.istitle() or opens_sentence(word):
        return False
    return any(e.label_ == "PERSON" and e[-1].text == word.text for e in word.doc.ents)


def person_name(entity: list[Token], head: Token, people: PeopleLexicon) -> list[Token]:
    """The name tokens of a PERSON entity, cleaned (see :func:`clean_name`), with a given name
    the recogniser left out in front ("Billie" of "Billie Jean King"). A title that is also a
    given name is the title there ("*Major* Murad Khan", "Crown *Prince* Mohammed"): it is
    the role, as "General" is."""
    tokens = clean_name(_name_segment(entity, head, people), people)
    while tokens and tokens[0].i > 0:
        before = tokens[0].doc[tokens[0].i - 1]
        if before.tag_ != "NNP" or people.gender_of_name(before.text) is None:
            break
        if before.lower_ in people.roles or before.lower_ in people.honorifics:
            break
        tokens = [before, *tokens]
    return tokens


def _name_segment(entity: list[Token], head: Token, people: PeopleLexicon) -> list[Token]:
    """The part of a (title-case) entity that can be a name: NER reads "Obama To Asians
    Worried" in a headline as one PERSON; names do not run across stop words."""
    segments: list[list[Token]] = [[]]
    for token in entity:
        if (
            token.is_stop
            and token.lower_ not in NAME_PARTICLES
            and not _surname_after_given_name(token, entity, people)
        ) or token.lower_ in people.name_breakers:
            segments.append([])
        else:
            segments[-1].append(token)
    for segment in segments:
        if head in segment:
            return segment
    return max(segments, key=len)


def _surname_after_given_name(token: Token, entity: list[Token], people: PeopleLexicon) -> bool:
    """Whether a stop word ends the entity as the surname after a given name ("George *Will*",
    "Theresa *May*", "Dan *Rather*"): a headline's stop word follows no given name ("Obama
    *To* Asians Worried") or ends no name ("Hillary *Will* Win"). Its tag tells nothing: the
    tagger reads the "Will" of "George Will reignited ..." as a modal even inside the name."""
    if token.i != entity[-1].i or token.i == entity[0].i or not token.text.istitle():
        return False
    return people.gender_of_name(token.doc[token.i - 1].text) is not None
