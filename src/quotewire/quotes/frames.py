"""Attribution frames from the dependency parse: a cue, who it names, and what it reports.

A frame is found around each cue word (see :mod:`quotewire.quotes.cues`):

- a verb that governs a clause (``ccomp``): "X said (that) ...", "..., X said", "X told
  reporters ...";
- "according to X" attached to a clause;
- a verb of saying with a subject but no clause of its own: it can still attribute a quotation
  beside it ('"...," X said'; 'X said: "..."'), which :mod:`quotewire.quotes.direct` decides.

The speaker is found by :func:`quotewire.quotes.sources.find_speaker` (subjects, agents, owners of
noun and participle cues). A reported clause its cue cuts apart gives one frame per fragment, on
the same cue (:mod:`quotewire.quotes.fragments`).
Frames whose cue lies inside quoted text are the quoted person's own words and are skipped.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
from spacy.attrs import IS_ALPHA, LOWER
from spacy.tokens import Doc, Token

from quotewire.nlp.docs import doc_text, form_keys, is_form_in, sentence_of
from quotewire.quotes.comparisons import without_comparison
from quotewire.quotes.content_ends import (
    finite_tag,
    has_subject,
    is_complement_clause,
    is_contrast_clause,
    opened_by_that,
    without_closing_punctuation,
    without_framing_clause,
)
from quotewire.quotes.continuations import with_continuation
from quotewire.quotes.coordination import with_dangling_conjunct
from quotewire.quotes.cues import CueLexicon
from quotewire.quotes.fragments import continues_clause, leading_fragment, relative_fragment
from quotewire.quotes.frame_scores import frame_scorer
from quotewire.quotes.marks import QuotedSpan
from quotewire.quotes.misreadings import is_inverted_source, is_markup
from quotewire.quotes.noun_clauses import NOUN_CLAUSE_KEY, noun_clause
from quotewire.quotes.participle_asides import is_aside
from quotewire.quotes.second_acts import without_second_act
from quotewire.quotes.sources import after_comma, agent, before_closing_marks, find_speaker

_CONTENT_DEPS = ("ccomp", "xcomp", "dobj", "attr", "oprd", "acomp", "advcl")
_EDGE_TRIM = " \t\n,;:—–-"
_PARENTHETICAL_DEPS = ("parataxis", "conj")
_COMPLEMENTISERS = ("that", "whether", "if")
_TIME_MARKS = ("when", "as", "after", "before", "while", "until", "once")
_ASIDE_RELATIVES = ("which", "who", "whom", "whose", "where")
# A rest of a clause with a cue set into it ("His policy, Trump told CNN, would be "to go after
# them"") is one mixed statement when this many of its words are the writer's; with fewer ("is
# "doing much better""), the quotation stands alone as a direct quote beside the cue.
_MIXED_MIN_WORDS = 3


@dataclass(slots=True)
class Frame:
    """One attribution found in the parse; offsets are token indices unless named ``char``."""

    cue: Token
    cue_tokens: list[Token]
    speaker: Token | None
    content: tuple[int, int] | None  # character range of the reported clause
    prior: float
    verbatim: bool = False  # the content is the source's own words without marks (transcripts)

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
    for token in _reporting_words(doc, lexicon):
        region = allowed.find(token.idx)
        if region is None or inside_quotes.find(token.idx) is not None:
            continue
        if is_markup(token):
            continue
        phrase_frames = _according_to(token, lexicon, region)
        frame = phrase_frames[0] if phrase_frames else _verb_frame(token, lexicon, region)
        if frame is None:
            continue
        frames.append(frame)
        # the second side of a phrase cue set into its clause, unless the rest of its sentence
        # holds a quotation, which the linker reads with it (as one mixed statement)
        sentence_end = sentence_of(token).end_char
        frames += [
            f
            for f in phrase_frames[1:]
            if f.content is not None and not _touches((f.content[0], sentence_end), inside_quotes)
        ]
        frames += _fragments(frame, lexicon, region, inside_quotes)
        if frame.content is None and frame.speaker is not None:
            frame.content = _as_clause_content(frame.cue, region, inside_quotes)
        if frame.content is None and frame.speaker is not None:
            frames += _parenthetical_frames(frame, region, inside_quotes)
    return frames


def _fragments(
    frame: Frame, lexicon: CueLexicon, region: tuple[int, int], inside_quotes: _Regions
) -> list[Frame]:
    """The other fragments of what ``frame`` reports that its cue cuts off
    (:mod:`quotewire.quotes.fragments`), as frames on the same cue; quoted words are left to
    direct attribution."""
    spans = []
    leading = leading_fragment(frame, lexicon)
    if leading:
        spans.append(_char_range(leading, region))
    spans.append(relative_fragment(frame, lexicon))
    return [
        Frame(frame.cue, frame.cue_tokens, frame.speaker, span, frame.prior)
        for span in spans
        if span is not None and not _touches(span, inside_quotes)
    ]


def _reporting_words(doc: Doc, lexicon: CueLexicon) -> list[Token]:
    """The alphabetic tokens whose lower-case form may head a frame (``lexicon.may_report``),
    in order, found over the Doc's attribute array: a ``Token`` for every word of an article
    costs more than the few cue words it finds."""
    if not len(doc):
        return []
    rows = doc.to_array([IS_ALPHA, LOWER]).reshape(len(doc), 2)
    forms = form_keys(doc.vocab.strings, lexicon.reporting_forms)
    found = (rows[:, 0] != 0) & is_form_in(rows[:, 1], forms)
    return [doc[i] for i in np.flatnonzero(found).tolist()]


def _as_clause_content(
    cue: Token, region: tuple[int, int], inside_quotes: _Regions
) -> tuple[int, int] | None:
    """What a cue in an "as" clause reports: the clause it is set in ("As the Post reported,
    *he would need 55 percent*"; "But as Clyburn noted, *those voters will give him a look*").
    A quoted clause is left to the linker, which attributes it beside the cue."""
    if cue.dep_ != "advcl" or cue.head.pos_ not in ("VERB", "AUX"):
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children):
        return None
    clause = [t for t in cue.head.subtree if t.sent == cue.sent]
    if _has_words([t for t in clause if t.i < cue.left_edge.i and t.dep_ != "cc"]):
        return None  # set into its clause: the parenthetical rule reads both halves
    clause = [t for t in clause if t.i > cue.right_edge.i]
    content = _char_range(clause, region) if _has_words(clause) else None
    if content is None or _touches(content, inside_quotes):
        return None
    return content


def _parenthetical_frames(
    frame: Frame, region: tuple[int, int], inside_quotes: _Regions
) -> list[Frame]:
    """A verb of saying set into the clause it reports ("The plant, she said, is hanging on";
    "Prices will rise, said John Smith"): the parser hangs the cue on that clause
    (``parataxis``, or ``conj`` for a trailing inverted cue), so it has no clause of its own.
    The clause's words before the cue are its content, and so are the words after it (all of
    the clause when the cue opens it) unless they are (nearly) all a quotation, which the
    linker attributes beside the cue."""
    cue = frame.cue
    if cue.dep_ not in _PARENTHETICAL_DEPS or cue.head.pos_ not in ("VERB", "AUX"):
        return []
    if cue.dep_ == "conj" and not (frame.speaker.i > cue.i and cue.i > cue.head.i):
        return []
    own = {t.i for t in cue.subtree}
    clause = [t for t in cue.head.subtree if t.i not in own and t.sent == cue.sent]
    before = [t for t in clause if t.i < cue.left_edge.i]
    after = without_closing_punctuation([t for t in clause if t.i > cue.right_edge.i])
    rest = _char_range(after, region) if _has_words(after) else None
    quoted_rest = rest is not None and _touches(rest, inside_quotes)
    if quoted_rest and _words_outside(after, inside_quotes) < _MIXED_MIN_WORDS:
        rest = None
    if not _has_words(before):
        frame.content = rest  # the cue opens the sentence: "Trump told CNN, his policy ..."
        return []
    frame.content = _char_range(before, region)
    if rest is None:
        return []
    return [Frame(cue, frame.cue_tokens, frame.speaker, rest, frame.prior)]


def _words_outside(tokens: list[Token], quoted: _Regions) -> int:
    """How many words of ``tokens`` lie outside quoted text."""
    return sum(1 for t in tokens if t.is_alpha and quoted.find(t.idx) is None)


def _has_words(tokens: list[Token]) -> bool:
    return any(t.is_alpha for t in tokens)


def _touches(span: tuple[int, int], regions: _Regions) -> bool:
    """Whether ``span`` overlaps any of ``regions`` (quoted text, whose marks lie just outside
    each range, so the marks are tested too)."""
    i = bisect_right(regions.starts, span[1]) - 1
    return i >= 0 and regions.ranges[i][1] >= span[0]


def _according_to(token: Token, lexicon: CueLexicon, region: tuple[int, int]) -> list[Frame]:
    """'according to X' (and other phrase cues): the source is the object of the preposition.
    A phrase set into its clause ("*Other major cleavages*, according to the poll, *include
    ideology*") cuts what it reports in two fragments of one attribution, as PolNeAR
    annotates them: two frames on the one cue."""
    phrase = next((p for p, head in lexicon.phrases.items() if head == token.lower_), None)
    if phrase is None:
        return []
    words = phrase.split()
    doc = token.doc
    start = token.i - words.index(token.lower_)
    if start < 0 or start + len(words) > len(doc):
        return []
    if [t.lower_ for t in doc[start : start + len(words)]] != words:
        return []
    cue_tokens = list(doc[start : start + len(words)])
    source = next((t for t in cue_tokens[-1].children if t.dep_ == "pobj"), None)
    clause = token.head if token.head != token else None
    contents: list[tuple[int, int] | None] = [None]
    if clause is not None:
        # the clause on each side of the phrase, cut by position (the parser does not always
        # keep Y inside the phrase's subtree); a phrase hung on the last of conjoined clauses
        # reports them all ("A received 37 percent and B snagged 13 percent, according to the
        # results"), without a fronted scene-setting clause ("Boasting 108,000 residents, the
        # county leans ...")
        while (clause.dep_ == "conj" or is_contrast_clause(clause)) and clause.head.i < clause.i:
            clause = clause.head
        last = max(t.i for t in (source or cue_tokens[-1]).subtree)
        scene = {
            t.i
            for c in clause.children
            if c.i < clause.i and c.dep_ == "advcl" and c.pos_ == "VERB" and _circumstantial(c)
            for t in c.subtree
        }
        clause_tokens = [t for t in clause.subtree if t.i not in scene]
        before = [t for t in clause_tokens if t.i < start]
        after = [t for t in clause_tokens if t.i > last]
        contents = [_char_range(before if _has_words(before) else after, region)]
        if _has_words(before) and continues_clause(clause, after, last):
            contents.append(_char_range(without_closing_punctuation(after), region))
    return [Frame(token, cue_tokens, source, content, 0.9) for content in contents]


def content_candidates(token: Token) -> Iterator[tuple[str, list[Token]]]:
    """Dependents of ``token`` that could hold what it reports, keyed as the lexicon keys them:
    the dependency label, ``prep:<word>`` for a preposition's object ("called for X"),
    ``nsubjpass`` for the subject of a passive ("X was first reported by Y"), and
    ``dobj+prep:<word>`` for an object with the phrase that says what about it ("criticized
    Trump for embracing debt", "accused him of lying"), and ``acl:that`` for the that-clause
    of a noun ("his assertion that ...", :mod:`quotewire.quotes.noun_clauses`)."""
    direct_object: Token | None = None
    for child in token.children:
        if child.dep_ in _CONTENT_DEPS:
            if not _circumstantial(child):
                yield child.dep_, list(child.subtree)
            if child.dep_ == "dobj":
                direct_object = child
        elif child.dep_ == "prep":
            objects = [t for c in child.children if c.dep_ in ("pobj", "pcomp") for t in c.subtree]
            clause = _clause_on_occasion(child)
            if clause is not None:
                yield "ccomp", list(clause.subtree)
            if objects:
                yield "prep:" + child.lower_, sorted(objects, key=lambda t: t.i)
                if direct_object is not None and child.i == direct_object.right_edge.i + 1:
                    doc = token.doc
                    span = doc[direct_object.left_edge.i : child.right_edge.i + 1]
                    yield "dobj+prep:" + child.lower_, list(span)
        elif child.dep_ == "nsubjpass":
            yield "nsubjpass", list(child.subtree)
        elif noun_clause(token, child):
            yield NOUN_CLAUSE_KEY, list(child.subtree)


def _clause_on_occasion(preposition: Token) -> Token | None:
    """A that-clause the parser hung on the noun of a phrase beside the cue ("says in a
    statement that the race will be ...", "said during a news conference that he may wait"):
    the clause is what the cue reports, not what the statement is. The parser may also take it
    for a relative clause; "that" opening a clause with a subject of its own is no relative
    pronoun, so the clause is still the cue's complement."""
    objects = [c for c in preposition.children if c.dep_ == "pobj"]
    # a place named in apposition ("at a popular Manchester, New Hampshire, breakfast spot")
    nouns = objects + [a for o in objects for a in o.children if a.dep_ == "appos"]
    for noun in nouns:
        for clause in noun.children:
            hung = clause.dep_ in ("acl", "ccomp", "relcl")
            if hung and clause.i > noun.i and is_complement_clause(clause):
                return clause
    return None


def _circumstantial(child: Token) -> bool:
    """A dependent that sets the scene rather than reports anything: an adverbial clause
    before its verb ("Speaking at a rally, Trump called ...", "As he was becoming chairman, X
    told ..."; a reported clause fronted before "he said" has a subject of its own and no
    subordinator), a fronted clause the parser took for the reported one ("after the senator
    suspended his campaign, Cruz said ...", "Asked what he wants, Adelson said ..."), a clause
    of time after the cue ("said as he launched the process", "said when Boyle asked him"), a
    participle clause after a comma, which is an aside or an attribution of its own ("he
    continued, citing the many Americans who ..."), or a punctuation mark the parser made a
    clause (a dateline "WASHINGTON ―")."""
    if child.is_punct:
        return True
    if child.dep_ not in ("advcl", "ccomp"):
        return False
    marks = [c.lower_ for c in child.children if c.dep_ == "mark"]
    if child.i > child.head.i:
        if child.dep_ != "advcl":
            return False
        aside = child.tag_ == "VBG" and after_comma(child.left_edge)
        return aside or any(m in _TIME_MARKS for m in marks)
    subject = has_subject(child)
    if child.dep_ == "ccomp":
        participle = child.tag_ in ("VBN", "VBG") and not subject
        return participle or any(m not in _COMPLEMENTISERS for m in marks)
    return bool(marks) or not subject


def reported_tokens(cue: Token, key: str, tokens: list[Token], lexicon: CueLexicon) -> list[Token]:
    """The part of a candidate dependent that is reported: without a fronted wh-word, a
    conjoined verb continuing the cue's sentence, or a trailing aside; with what the parser
    hung on the cue right after it (:mod:`quotewire.quotes.continuations`) and the conjunct a
    closing coordinator announces (:mod:`quotewire.quotes.coordination`). Training scores the
    same tokens, so the learned probabilities describe what the pipeline reports."""
    if tokens[0].i < cue.i < tokens[-1].i:
        # a fronted wh-word ("what scientists think is necessary") is not reported
        tokens = [t for t in tokens if t.i > cue.i]
    tokens = without_second_act(cue, tokens, lexicon)
    tokens = without_comparison(cue, tokens)
    tokens = _with_object_role(cue, key, _without_cue_conjunct(cue, key, tokens), lexicon)
    tokens = with_continuation(cue, key, tokens)
    tokens = _with_conjoined_clause(cue, key, _with_fronted_condition(cue, key, tokens), lexicon)
    tokens = _without_trailing_aside(cue, _with_named_object(cue, key, tokens), lexicon)
    return without_framing_clause(with_dangling_conjunct(cue, tokens, lexicon.is_speech))


def _with_fronted_condition(cue: Token, key: str, tokens: list[Token]) -> list[Token]:
    """A reported clause with the condition set before it that the parser hung on the cue
    ("says *no matter what action Obama takes, "his word does not trump ..."*", "says, *win or
    lose in Tuesday's primary, he's staying in the race*"): a clausal dependent between the
    cue and a clause not opened by "that" (after "that", what comes before is the cue's:
    "said on Monday, as the votes were counted, that ..."), other than a to-infinitive
    ("promise to swell expenses"), which is the cue's own complement."""
    if key != "ccomp" or not tokens:
        return tokens
    head = next((t for t in tokens if t.head == cue), None)
    if head is None or opened_by_that(head):
        return tokens
    start = tokens[0].i
    fronted = [
        c
        for c in cue.children
        if cue.i < c.i
        and c.right_edge.i < start
        and c.dep_ in ("advcl", "advmod", "xcomp")
        and any(t.pos_ in ("VERB", "AUX") for t in c.subtree)
        and not any(t.dep_ == "aux" and t.lower_ == "to" for t in c.children)
    ]
    if not fronted:
        return tokens
    return list(cue.doc[fronted[0].left_edge.i : start]) + tokens


def _with_conjoined_clause(
    cue: Token, key: str, tokens: list[Token], lexicon: CueLexicon
) -> list[Token]:
    """A reported clause with the clause conjoined after it that the parser hung on the cue
    (or on the verb a participle cue hangs on) when it opens with "that" ("telling him that
    "we tell the truth" *and that he'd seen continued support*"), or is a verb without a
    subject inflected unlike the cue ("saying he was rooting for Manning *but would now root
    for North Carolina*"). A conjoined cue word ("and vowed ...") is an attribution of its own,
    a subject-less verb inflected like the cue continues the cue's sentence, and a clause with
    its own subject after "but" is as often the writer's ("but the turnout was higher"). Only
    the hand-written verbs of saying count as cue words here, so that training the learned
    lexicon does not depend on the lexicon installed when it runs."""
    if key != "ccomp" or not tokens:
        return tokens
    words = [t for t in tokens if not (t.is_punct or t.dep_ == "cc")]
    if not words:
        return tokens
    last = max(t.i for t in words)
    heads = [cue]
    if cue.dep_ == "advcl" and cue.tag_ == "VBG":
        heads.append(cue.head)
    doc = cue.doc
    for head in heads:
        for conj in head.children:
            if conj.dep_ != "conj" or conj.i <= last or lexicon.is_speech(conj.lower_):
                continue
            between = doc[last + 1 : conj.left_edge.i]
            joined = any(t.dep_ == "cc" for t in between)
            if not joined or not all(t.is_punct or t.dep_ == "cc" for t in between):
                continue
            inflected = finite_tag(conj) not in (finite_tag(cue), finite_tag(head))
            continues = conj.pos_ in ("VERB", "AUX") and not has_subject(conj) and inflected
            if opened_by_that(conj) or continues:
                joined_clause = without_closing_punctuation(
                    list(doc[last + 1 : conj.right_edge.i + 1])
                )
                return [t for t in tokens if t.i <= last] + joined_clause
    return tokens


def _with_named_object(cue: Token, key: str, tokens: list[Token]) -> list[Token]:
    """What a naming cue reports is the object with what it is called ("called *the DNC's
    suspension "arbitrary"*"); the parser splits that into an object and one or more
    predicates (``oprd``), each of which alone is only part of it."""
    if key != "oprd" or not tokens:
        return tokens
    parts = [c for c in cue.children if c.dep_ in ("dobj", "oprd") and c.i > cue.i]
    start = min([t.i for t in tokens] + [c.left_edge.i for c in parts])
    end = max([t.i for t in tokens] + [c.right_edge.i for c in parts])
    return list(cue.doc[start : end + 1])


def _with_object_role(
    cue: Token, key: str, tokens: list[Token], lexicon: CueLexicon
) -> list[Token]:
    """A reported object with the phrase right after it that says what it is reported for or
    as ("praised *Christie for his leadership*", "announced *a series of steps to tighten
    sales*"): the parser often hangs that phrase on the cue rather than on the object."""
    if key != "dobj" or not tokens:
        return tokens
    end = tokens[-1].i
    for child in cue.children:
        if child.left_edge.i != end + 1:
            continue
        role = child.dep_ == "prep" and child.lower_ in lexicon.object_roles
        purpose = (
            child.dep_ in ("advcl", "xcomp")
            and child.tag_ == "VB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        )
        if role or purpose:
            return tokens + list(child.subtree)
    return tokens


def _verb_frame(token: Token, lexicon: CueLexicon, region: tuple[int, int]) -> Frame | None:
    """The frame of a verb cue: its most likely reported dependent inside the cue's paragraph
    (when the parser runs a sentence across a paragraph break, the last sentence of the
    paragraph before may hang on the cue as a second clause: "... back of the queue."
    *Farage said the warning was indicative that ...*), or, for a verb of saying with a
    source, no clause at all."""
    best: tuple[float, str, list[Token]] | None = None
    source = find_speaker(token)
    score = frame_scorer(token, lexicon, source)
    for key, tokens in content_candidates(token):
        if not any(region[0] <= t.idx < region[1] for t in tokens):
            continue
        if is_inverted_source(token, key, tokens):
            continue
        if _holds_a_saying_participle(token, tokens, lexicon):
            continue
        prior = score(key, tokens)
        if prior >= lexicon.score_threshold and (best is None or prior > best[0]):
            best = (prior, key, tokens)
    speaker = _within(source, region)
    if best is not None and best[1] == "xcomp" and _reports_a_clause(token, best[2], lexicon):
        best = None
    if best is not None and best[1] == NOUN_CLAUSE_KEY and speaker is None:
        best = None  # an ownerless noun's clause ("the idea that ...") is mostly the writer's
    if best is not None:
        prior, key, tokens = best
        if key == "nsubjpass":
            speaker = agent(token)
        content = _char_range(reported_tokens(token, key, tokens, lexicon), region)
        if content is not None:
            return Frame(token, _cue_tokens(token, lexicon), speaker, content, prior)
    if not lexicon.is_speech(token.lower_) or speaker is None:
        return None
    prior = lexicon.prior(token.lower_)
    return Frame(
        token, _cue_tokens(token, lexicon), speaker, _answer(token, lexicon, region), prior
    )


def _holds_a_saying_participle(cue: Token, tokens: list[Token], lexicon: CueLexicon) -> bool:
    """Whether a candidate of a cue that is no verb of saying holds a participle of saying on
    a noun ("emailed *supporters saying: "…"*"): that participle's frame is the attribution,
    and the outer one would only repeat it with the writer's words around it."""
    if lexicon.is_speech(cue.lower_):
        return False
    return any(t.dep_ == "acl" and t.tag_ == "VBG" and lexicon.is_speech(t.lower_) for t in tokens)


def _reports_a_clause(cue: Token, complement: list[Token], lexicon: CueLexicon) -> bool:
    """Whether the verb of a cue's infinitive complement reports a clause of its own ("She
    appeared *to imply* that Trump could lead to more upheaval"): that verb's frame is the
    attribution, and the whole infinitive would only repeat it from one word earlier."""
    verb = next((t for t in complement if t.head == cue), None)
    if verb is None:
        return False
    return any(
        key == "ccomp" and lexicon.frame_prior(verb.lower_, key) >= lexicon.frame_threshold
        for key, _ in content_candidates(verb)
    )


def _answer(cue: Token, lexicon: CueLexicon, region: tuple[int, int]) -> tuple[int, int] | None:
    """A one-word answer or pro-form a verb of saying reports ("the candidate said *no*",
    "after half said *so*", "64 percent say *the same of Sanders*"): it stands for the
    clause, and annotators mark it as the content."""
    for child in cue.children:
        answers = child.i > cue.i and child.lower_ in lexicon.answer_words
        if answers and child.dep_ in ("advmod", "intj", "dobj", "attr"):
            return _char_range(list(child.subtree), region)
    return None


def _without_cue_conjunct(cue: Token, key: str, tokens: list[Token]) -> list[Token]:
    """The reported clause without a last conjoined verb that continues the cue's own
    sentence ("said that he was undergoing therapy and vowed to focus on ..."; "says he'd sit
    Putin down and tell him ... and tells the crowd ..."; "insists the GOP must be a party of
    ideas, and has championed ..."): it has no subject, is inflected like the cue (read from
    its first auxiliary: "has championed" like "insists"), and unlike the verb it is
    conjoined to (which it would otherwise continue, sharing its auxiliary)."""
    if key != "ccomp" or not tokens:
        return tokens
    head = next((t for t in tokens if t.head == cue), None)
    if head is None:
        return tokens
    cue_tag = finite_tag(cue)
    verb: Token | None = head
    while verb is not None:
        following = None
        for conj in verb.children:
            if conj.dep_ != "conj" or conj.i < verb.i:
                continue
            following = conj
            if (
                not has_subject(conj)
                and finite_tag(conj) == cue_tag
                and conj.tag_ != verb.tag_
                and conj.right_edge.i >= tokens[-1].i - 1
            ):
                cut = conj.left_edge.i
                cc = [c for c in verb.children if c.dep_ == "cc" and c.i < conj.i]
                if cc:
                    cut = min(cut, cc[-1].i)
                return [t for t in tokens if t.i < cut]
        verb = following
    return tokens


def _without_trailing_aside(cue: Token, tokens: list[Token], lexicon: CueLexicon) -> list[Token]:
    """The reported clause without an aside that closes it after a comma: a non-restrictive
    relative clause (", which the probe said were covered up"), a participle clause (",
    contrasting her respect for ... with ...") or a second attribution (", according to members
    who spoke"). They are the writer's or another source's words, not the reported content."""
    if len(tokens) < 3:
        return tokens
    words = [t for t in tokens if not t.is_punct]
    if not words:
        return tokens
    last = words[-1].i
    first = tokens[0].i
    for t in tokens:
        if t.i <= first + 1 or t.right_edge.i < last:
            continue
        start = t.left_edge
        separator = before_closing_marks(start)  # '"... by Cleveland," referring to ...'
        if separator <= first or start.doc[separator].text not in (",", "(", "—", "–", "--"):
            continue
        relative = t.dep_ == "relcl" and start.lower_ in _ASIDE_RELATIVES
        participle = t.dep_ == "advcl" and t.tag_ == "VBG" and is_aside(start, t, cue, lexicon)
        if relative or participle or start.lower_ in lexicon.phrase_heads:
            end = start.i if separator < start.i - 1 else separator
            return [x for x in tokens if x.i < end]
    return tokens


def _cue_tokens(token: Token, lexicon: CueLexicon) -> list[Token]:
    """The cue as written: auxiliaries and a particle ("has said", "pointed out")."""
    tokens = [token]
    for child in token.children:
        auxiliary = child.dep_ in ("aux", "auxpass", "neg") and 0 < token.i - child.i <= 3
        if auxiliary or (child.dep_ == "prt" and child.lower_ in lexicon.particles):
            tokens.append(child)
    tokens.sort(key=lambda t: t.i)
    if tokens[-1].i - tokens[0].i + 1 != len(tokens):
        return [token]
    return tokens


def _within(speaker: Token | None, region: tuple[int, int]) -> Token | None:
    """The source head inside the cue's paragraph: when the parser ran a sentence across a
    paragraph break ("12:15 p.m.\n\nPresident Obama says"), the subject it found may lie in
    the previous paragraph while the real source is the last word of the subject here."""
    if speaker is None or region[0] <= speaker.idx < region[1]:
        return speaker
    inside = [t for t in speaker.subtree if region[0] <= t.idx < region[1] and t.is_alpha]
    return inside[-1] if inside else None


def _char_range(tokens: list[Token], region: tuple[int, int]) -> tuple[int, int] | None:
    """Character range covering ``tokens`` within the cue's paragraph, trimmed of edge
    punctuation and space (the parser may run a sentence across a paragraph break)."""
    tokens = [t for t in tokens if region[0] <= t.idx < region[1]]
    if not tokens:
        return None
    doc = tokens[0].doc
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    text = doc_text(doc)
    while start < end and text[start] in _EDGE_TRIM:
        start += 1
    while end > start and text[end - 1] in _EDGE_TRIM:
        end -= 1
    return (start, end) if end > start else None
