"""Title Case headlines parsed in sentence case.

A headline in Title Case ("Conservative Icon Morton Blackwell Endorses Ted Cruz.") misleads the
small English model: it tags the capitalised verb as a proper noun and reads the whole line as
one name, so no cue word heads a clause and the attribution the headline states is lost. Such a
headline is parsed once more on its own, with the capitals of its common words taken away
("Conservative icon Morton Blackwell endorses Ted Cruz."), and its frames replace those of the
article's parse. A word keeps its capital when the body writes it capitalised and never in lower
case (names, "Super PAC"), or when it is an acronym or has capitals inside ("GOP", "McCain").
Lower-casing keeps every offset, so the frames map back onto the article's tokens by position.
Only the headline's characters are parsed again. A headline that holds a verb of judgement
(:mod:`~quotewire.quotes.headline_verbs`), in either case, is also parsed on its own with that
verb in the past tense, for that verb's frame.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from spacy.tokens import Doc, Token

from quotewire.nlp.docs import doc_text
from quotewire.nlp.model import load_english
from quotewire.quotes.cues import CueLexicon
from quotewire.quotes.frames import Frame, find_frames
from quotewire.quotes.headline_verbs import in_past_tense, is_judgement_verb, judgements
from quotewire.quotes.marks import find_quoted_spans
from quotewire.quotes.nesting import without_nested_beliefs
from quotewire.types import Span

_WORD = re.compile(r"[^\W\d_][\w’'.-]*")
_LONG_WORD = 4  # shorter words ("of", "to", "in") are lower case in many Title Case styles
_TITLE_CASE_SHARE = 0.8  # of the long words capitalised: a Title Case headline
_JUDGEMENT_PRIOR = 0.6  # 29 of the 31 verbs of judgement with an object on train are annotated
# word characters in runs joined by single full stops or hyphens, as a headline word's stem is
_CHAIN = re.compile(r"\w+(?:[.-]\w+)*")
_JOINER = re.compile(r"[.-]")


def is_title_case(headline: str) -> bool:
    """Whether most of the headline's longer words start with a capital."""
    words = [w for w in _WORD.findall(headline) if len(w) >= _LONG_WORD]
    if len(words) < 2:
        return False
    return sum(w[0].isupper() for w in words) >= _TITLE_CASE_SHARE * len(words)


def sentence_cased(headline: str, body: str, first_names: Collection[str]) -> str:
    """The headline with the capitals of its common words lowered (same length and offsets).
    The first word keeps its capital, as does a word the body writes only capitalised, and a
    known first name before such a word ("Barack" in "Barack Obama" when the body says
    "Obama")."""
    chars = list(headline)
    matches = list(_WORD.finditer(headline))[1:]
    forms = body_word_forms(body)
    keeps_next = False
    for match in reversed(matches):
        word = match.group(0).rstrip(".")
        keeps = _keeps_capital(word, body, forms) or (keeps_next and word.lower() in first_names)
        if word[0].isupper() and not keeps:
            chars[match.start()] = word[0].lower()
        keeps_next = word[0].isupper() and keeps
    return "".join(chars)


def body_word_forms(body: str) -> set[str]:
    """Every string the body writes between two non-word characters that a headline word can
    be compared with: each run of word characters, and each chain of such runs joined by single
    full stops or hyphens ("Self-funded", "Self", "funded"). Built once per article, so a
    headline word is looked up, not searched for."""
    forms = set()
    for chain in _CHAIN.finditer(body):
        runs = _JOINER.split(chain.group(0))
        joiners = _JOINER.findall(chain.group(0))
        for first in range(len(runs)):
            form = runs[first]
            forms.add(form)
            for last in range(first + 1, len(runs)):
                form += joiners[last - 1] + runs[last]
                forms.add(form)
    return forms


def _keeps_capital(word: str, body: str, body_forms: set[str]) -> bool:
    """An acronym, a word with capitals inside, or a word the body writes as a name: as
    written somewhere (between non-word characters) and never in lower case. A stem that is
    no chain of word characters ("Clinton." before a closing mark, "Campaign-") is searched
    for in the body, as the set holds no such strings."""
    if any(c.isupper() for c in word[1:]):
        return True
    stem = word.split("’")[0].split("'")[0]
    if _CHAIN.fullmatch(stem):
        return stem in body_forms and stem.lower() not in body_forms
    return _written(stem, body) and not _written(stem.lower(), body)


def _written(stem: str, body: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(stem)}(?!\w)", body) is not None


def headline_sentence_case(text: str, title: Span, first_names: Collection[str]) -> str | None:
    """The headline of ``text`` in sentence case (:func:`sentence_cased`), or ``None`` when it
    is not in Title Case. Computed once per article and passed to both readings of the
    headline that need it: the "Source: statement" headline's verb
    (:func:`quotewire.quotes.headline.headline_frame`) and :func:`with_title_case_frames`,
    since sentence-casing builds a set of the body's words."""
    headline = text[title.start : title.end]
    if not is_title_case(headline):
        return None
    return sentence_cased(headline, text[title.end :], first_names)


def title_case_frames(
    doc: Doc, title: Span, lexicon: CueLexicon, cased: str
) -> list[tuple[Frame, bool]]:
    """The frames of a Title Case headline read in sentence case (``cased``), on the article's
    tokens, each with whether its source is the phrase that opens the headline ("Conservative
    Icon Morton Blackwell" before "Endorses")."""
    small = load_english()(cased)
    region = [(0, len(cased))]
    frames = []
    quoted = find_quoted_spans(cased, region)
    for frame in without_nested_beliefs(
        find_frames(small, lexicon, region, quoted), lexicon, quoted
    ):
        mapped = _mapped(frame, doc, title.start)
        if mapped is not None:
            frames.append((mapped, _opens_headline(frame)))
    return frames + judgement_frames(doc, title, cased, [f for f, _ in frames], lexicon)


def judgement_frames(
    doc: Doc, title: Span, cased: str, frames: list[Frame], lexicon: CueLexicon
) -> list[tuple[Frame, bool]]:
    """The frames of the verbs of judgement in a headline (:mod:`~quotewire.quotes.
    headline_verbs`) on the article's tokens, each with whether its source opens the
    headline. They are read from a parse of the headline alone (``cased``: in sentence case)
    with those verbs in the past tense, whose tokens are the article's one for one; a word
    that already heads one of ``frames`` is left to it."""
    past = in_past_tense(cased)
    if past is None:
        return []
    small = load_english()(past)
    tokens = list(doc.char_span(title.start, title.end, alignment_mode="expand") or [])
    if len(tokens) != len(small) or any(
        a.text != b.text for a, b in zip(small, tokens, strict=True) if not is_judgement_verb(a)
    ):
        return []  # the past tense changed the tokenisation
    taken = {f.cue.i for f in frames}
    found = []
    for judgement in judgements(small, lexicon):
        cue = tokens[judgement.verb.i]
        if cue.i in taken:
            continue
        first, last = tokens[judgement.first.i], tokens[judgement.last.i]
        content = (first.idx, last.idx + len(last.text))
        frame = Frame(cue, [cue], tokens[judgement.speaker.i], content, _JUDGEMENT_PRIOR)
        source = judgement.speaker
        found.append((frame, source.i < judgement.verb.i and source.left_edge.i == 0))
    return found


def _opens_headline(frame: Frame) -> bool:
    """Whether the frame's source is the subject phrase the headline starts with."""
    speaker = frame.speaker
    return speaker is not None and speaker.i < frame.cue.i and speaker.left_edge.i == 0


def _mapped(frame: Frame, doc: Doc, offset: int) -> Frame | None:
    """The frame on the article's tokens at the same characters, or ``None`` where the two
    tokenisations disagree."""
    cue_tokens = [_token_at(doc, t, offset) for t in frame.cue_tokens]
    speaker = _token_at(doc, frame.speaker, offset) if frame.speaker is not None else None
    if any(t is None for t in cue_tokens) or (frame.speaker is not None and speaker is None):
        return None
    cue = _token_at(doc, frame.cue, offset)
    if cue is None:
        return None
    content = None
    if frame.content is not None:
        content = (frame.content[0] + offset, frame.content[1] + offset)
    return Frame(cue, cue_tokens, speaker, content, frame.prior, frame.verbatim)


def _token_at(doc: Doc, token: Token, offset: int) -> Token | None:
    """The article's token that starts where ``token`` starts and has its text."""
    span = doc.char_span(
        token.idx + offset, token.idx + offset + len(token.text), alignment_mode="expand"
    )
    if span is None or len(span) != 1 or span[0].idx != token.idx + offset:
        return None
    return span[0]


def with_title_case_frames(
    doc: Doc, title: Span, frames: list[Frame], lexicon: CueLexicon, cased: str | None
) -> tuple[list[Frame], list[Frame]]:
    """``frames`` with those of a Title Case headline replaced by its sentence-case frames (or,
    for a headline in sentence case, with the frames of its verbs of judgement added), and
    the new frames whose source is the phrase the headline opens with: their source is read
    from the headline's capitalised words, as for a "Source: statement" headline, since the
    article's parse of those words is the misreading (or missing). ``cased`` is the headline
    in sentence case, ``None`` when it is not in Title Case (:func:`headline_sentence_case`)."""
    if cased is None:
        headline = doc_text(doc)[title.start : title.end]
        title_frames = judgement_frames(doc, title, headline, frames, lexicon)
        kept = frames
    else:
        title_frames = title_case_frames(doc, title, lexicon, cased)
        kept = [f for f in frames if not title.start <= f.cue.idx < title.end]
    subjects = [f for f, opens in title_frames if opens]
    others = [f for f, opens in title_frames if not opens]
    return kept + others, subjects
