"""Verbs of judgement in headlines: "Clinton *blasts* Trump over 'deportation force' idea",
"Obama *rips* rhetoric over 'radical Islam'", "Saudi prince *mocks* Trump on Twitter".

A headline sums up what someone said about someone with a verb that judges its object, in the
present tense of headlines. PolNeAR annotates such a headline as an attribution with the object
as its content, with a phrase after it that says what about ("on abortion", "over Brexit"): on
train 1–840 this module's parse finds such a verb with a subject and an object in 31 headlines,
29 of them annotated there ("Trump rips Joe Scarborough." and "Bolton and Gorka Slam 'Neocons
For Hillary.'" are not). Two things lose them: the learned cue lexicon rarely sees the present
tense forms ("trashes", "whacks" and "rebuffs" not once), and the small parser reads a headline
in the present tense badly ("Clinton blasts Trump over ..." makes "Trump" the verb). So the
headline is parsed once more with each listed verb put in the past tense ("Clinton blasted
Trump over ..."), the form the parser knows from news prose; a listed verb that this parse
makes a verb with a subject and a direct object, or an object after "at" ("swiped at Trump"),
reports that object. An object that is a reflexive pronoun ("Carson defends himself against
claims ...") is no statement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from quotewire.data_files import data_toml
from quotewire.nlp.docs import with_closing_mark
from quotewire.quotes.content_candidates import content_candidates
from quotewire.quotes.cues import CueLexicon
from quotewire.quotes.reported_extent import reported_tokens
from quotewire.quotes.sources import find_speaker

PAST_TENSES: dict[str, str] = data_toml("en/headline_labels.toml")["judgement_verbs"]
_PAST_FORMS = frozenset(PAST_TENSES.values())
_WORD = re.compile(r"[^\W\d_]+")
_OBJECT_KEYS = ("dobj", "prep:at")
_TOPIC_PREPOSITIONS = frozenset(data_toml("en/headline_labels.toml")["judgement_topics"])
_REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves", "myself", "ourselves"})


@dataclass(frozen=True, slots=True)
class Judgement:
    """A verb of judgement in a parse of a headline: the verb, its source's head, and the
    first and last words of what it judges (tokens of that parse)."""

    verb: Token
    speaker: Token
    first: Token
    last: Token


def in_past_tense(headline: str) -> str | None:
    """The headline with each listed verb of judgement in the past tense, or ``None`` when
    it holds none. The first letter keeps its case ("Slams" -> "Slammed")."""
    changed = False

    def past(match: re.Match[str]) -> str:
        nonlocal changed
        word = match.group(0)
        form = PAST_TENSES.get(word.lower())
        if form is None:
            return word
        changed = True
        return word[0] + form[1:]

    rewritten = _WORD.sub(past, headline)
    return rewritten if changed else None


def is_judgement_verb(token: Token) -> bool:
    """Whether ``token`` (of a parse of :func:`in_past_tense`) is one of the listed verbs."""
    return token.lower_ in _PAST_FORMS


def judgements(doc: Doc, lexicon: CueLexicon) -> list[Judgement]:
    """The verbs of judgement that ``doc`` (a headline with them in the past tense, see
    :func:`in_past_tense`) parses as verbs with a subject and an object."""
    found = []
    for token in doc:
        if token.pos_ != "VERB" or not is_judgement_verb(token):
            continue
        speaker = find_speaker(token)
        judged = _judged_words(token, lexicon)
        if speaker is not None and judged is not None:
            found.append(Judgement(token, speaker, judged[0], judged[-1]))
    return found


def _judged_words(verb: Token, lexicon: CueLexicon) -> list[Token] | None:
    """What the verb judges: its object with the phrase saying what for ("blasted Trump *for
    skipping debate*"), as for any reported object."""
    candidates: dict[str, list[Token]] = {}
    for key, tokens in content_candidates(verb):
        candidates.setdefault(key, tokens)  # the first object, not a noun the parser hung after
    for key in _OBJECT_KEYS:
        tokens = candidates.get(key)
        if not tokens or (len(tokens) == 1 and tokens[0].lower_ in _REFLEXIVES):
            continue
        words = _trimmed(reported_tokens(verb, key, tokens, lexicon))
        if words:
            return with_closing_mark(_trimmed(_with_topic(verb, words)))
    return None


def _trimmed(tokens: list[Token]) -> list[Token]:
    """``tokens`` without punctuation at either edge, other than quotation marks."""
    start, end = 0, len(tokens)
    while start < end and tokens[start].is_punct and not tokens[start].is_quote:
        start += 1
    while end > start and tokens[end - 1].is_punct and not tokens[end - 1].is_quote:
        end -= 1
    return tokens[start:end]


def _with_topic(verb: Token, words: list[Token]) -> list[Token]:
    """The judged words with the phrase right after them that says what about
    ("rebuffed Trump *on 'exception' to ban*", "ripped rhetoric *over 'radical Islam'*"),
    which the parser hangs on the verb: the annotators keep it with the object."""
    for child in sorted(verb.children, key=lambda t: t.i):
        if child.i <= words[-1].i or child.dep_ != "prep":
            continue
        if child.lower_ not in _TOPIC_PREPOSITIONS or child.i != _trimmed(words)[-1].i + 1:
            break
        words = words + list(child.subtree)
    return words
