"""Attribution frames from the dependency parse: a cue, who it names, and what it reports.

A frame is found around each cue word (see :mod:`quotewire.quotes.cues`):

- a verb that governs a clause (``ccomp``): "X said (that) ...", "..., X said", "X told
  reporters ...";
- "according to X" attached to a clause;
- a verb of saying with a subject but no clause of its own: it can still attribute a quotation
  beside it ('"...," X said'; 'X said: "..."'), which :mod:`quotewire.quotes.direct` decides.

The speaker is the cue's subject, inherited along ``conj``/``advcl``/``xcomp`` chains ("He
smiled, adding that ..."), the agent of a passive, or the noun a relative clause hangs on.
Frames whose cue lies inside quoted text are the quoted person's own words and are skipped.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from quotewire.quotes.cues import CueLexicon
from quotewire.quotes.marks import QuotedSpan

_CLAUSE_DEPS = ("ccomp",)
_INHERIT_SUBJECT = ("conj", "advcl", "xcomp", "pcomp")
_EDGE_TRIM = " \t\n,;:—–-"
_SUBJECTS = ("nsubj", "nsubjpass", "csubj")


@dataclass(slots=True)
class Frame:
    """One attribution found in the parse; offsets are token indices unless named ``char``."""

    cue: Token
    cue_tokens: list[Token]
    speaker: Token | None
    content: tuple[int, int] | None  # character range of the reported clause
    prior: float

    @property
    def cue_char(self) -> tuple[int, int]:
        first, last = self.cue_tokens[0], self.cue_tokens[-1]
        return first.idx, last.idx + len(last.text)


class _Regions:
    """Fast membership of character offsets in sorted, disjoint ranges."""

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        self.ranges = sorted(ranges)
        self.starts = [a for a, _ in self.ranges]

    def find(self, offset: int) -> tuple[int, int] | None:
        i = bisect_right(self.starts, offset) - 1
        if i >= 0 and offset < self.ranges[i][1]:
            return self.ranges[i]
        return None


def find_frames(
    doc: Doc,
    lexicon: CueLexicon,
    regions: list[tuple[int, int]],
    quoted: list[QuotedSpan],
) -> list[Frame]:
    """Every attribution frame whose cue lies in ``regions`` and outside quoted text."""
    allowed = _Regions(regions)
    inside_quotes = _Regions([(q.start, q.end) for q in quoted])
    frames: list[Frame] = []
    for token in doc:
        if not token.is_alpha or allowed.find(token.idx) is None:
            continue
        if inside_quotes.find(token.idx) is not None:
            continue
        frame = _according_to(token, lexicon) or _verb_frame(token, lexicon)
        if frame is not None:
            frames.append(frame)
    return frames


def _according_to(token: Token, lexicon: CueLexicon) -> Frame | None:
    """'according to X' (and other phrase cues): the source is the object of the preposition."""
    phrase = next((p for p, head in lexicon.phrases.items() if head == token.lower_), None)
    if phrase is None:
        return None
    words = phrase.split()
    doc = token.doc
    start = token.i - words.index(token.lower_)
    if start < 0 or start + len(words) > len(doc):
        return None
    if [t.lower_ for t in doc[start : start + len(words)]] != words:
        return None
    cue_tokens = list(doc[start : start + len(words)])
    source = next((t for t in cue_tokens[-1].children if t.dep_ == "pobj"), None)
    clause = token.head if token.head != token else None
    content = None
    if clause is not None:
        excluded = {t.i for t in token.subtree}
        content = _char_range([t for t in clause.subtree if t.i not in excluded], clause.sent)
    return Frame(token, cue_tokens, source, content, 0.9)


def _verb_frame(token: Token, lexicon: CueLexicon) -> Frame | None:
    if token.pos_ not in ("VERB", "AUX") and token.lower_ not in lexicon.speech:
        return None
    prior = lexicon.prior(token.lower_)
    if prior <= 0.0:
        return None
    clauses = [c for c in token.children if c.dep_ in _CLAUSE_DEPS]
    content = None
    if clauses and lexicon.governs_clause(token):
        tokens = [t for c in clauses for t in c.subtree]
        content = _char_range(tokens, token.sent)
    elif not lexicon.is_speech(token.lower_):
        return None
    speaker = find_speaker(token)
    if content is None and speaker is None:
        return None
    return Frame(token, _cue_tokens(token, lexicon), speaker, content, prior)


def _cue_tokens(token: Token, lexicon: CueLexicon) -> list[Token]:
    """The cue as written: auxiliaries and a particle ("has said", "pointed out")."""
    tokens = [token]
    for child in token.children:
        if child.dep_ in ("aux", "auxpass", "neg") and child.i < token.i and token.i - child.i <= 3:
            tokens.append(child)
        elif child.dep_ == "prt" and child.lower_ in lexicon.particles:
            tokens.append(child)
    tokens.sort(key=lambda t: t.i)
    if tokens[-1].i - tokens[0].i + 1 != len(tokens):
        return [token]
    return tokens


def find_speaker(cue: Token) -> Token | None:
    """The token heading the source of ``cue``, following the parse."""
    current = cue
    for _ in range(4):
        for child in current.children:
            if child.dep_ in _SUBJECTS and child.dep_ != "csubj":
                if child.dep_ == "nsubjpass":
                    agent = _agent(current)
                    return agent
                return child
        agent = _agent(current)
        if agent is not None:
            return agent
        if current.dep_ == "relcl" and current.head.pos_ in ("PROPN", "NOUN", "PRON"):
            return current.head
        if current.dep_ in _INHERIT_SUBJECT and current.head != current:
            current = current.head
            continue
        return None
    return None


def _agent(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            return next((t for t in child.children if t.dep_ == "pobj"), None)
    return None


def _char_range(tokens: list[Token], sentence) -> tuple[int, int] | None:
    """Character range covering ``tokens``, trimmed of edge punctuation and space."""
    if not tokens:
        return None
    doc = tokens[0].doc
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    text = doc.text
    while start < end and text[start] in _EDGE_TRIM:
        start += 1
    while end > start and text[end - 1] in _EDGE_TRIM:
        end -= 1
    return (start, end) if end > start else None
