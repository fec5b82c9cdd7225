"""Attribution frames from the dependency parse: a cue, who it names, and what it reports.

A frame is found around each cue word (see :mod:`quotewire.quotes.cues`):

- a verb that governs a clause (``ccomp``): "X said (that) ...", "..., X said", "X told
  reporters ...";
- "according to X" attached to a clause;
- a verb of saying with a subject but no clause of its own: it can still attribute a quotation
  beside it ('"...," X said'; 'X said: "..."'), which :mod:`quotewire.quotes.direct` decides.

The speaker is found by :func:`quotewire.quotes.sources.find_speaker` (subjects, agents, owners of
noun and participle cues). A reported clause its cue cuts apart gives one frame per fragment, on
the same cue (:mod:`quotewire.quotes.fragments`); how much of a candidate dependent is reported is
read by :mod:`quotewire.quotes.reported_extent`.
Frames whose cue lies inside quoted text are the quoted person's own words and are skipped.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from spacy.attrs import IS_ALPHA, LOWER
from spacy.tokens import Doc, Token

from quotewire.nlp.docs import doc_text, form_keys, is_form_in, sentence_of
from quotewire.nlp.punctuation import DASH_OR_HYPHEN_CHARACTERS
from quotewire.quotes import declared_subjects as declared
from quotewire.quotes.clause_reports import is_reported_clause, is_unlearned_dependent
from quotewire.quotes.closing_passive_reports import closed_clause, is_as_clause
from quotewire.quotes.content_candidates import content_candidates, is_circumstantial
from quotewire.quotes.content_ends import is_contrast_clause, without_closing_punctuation
from quotewire.quotes.cues import CueLexicon
from quotewire.quotes.fragments import (
    clause_before_closing_cue,
    conjunct_after_set_in_cue,
    continues_clause,
    is_clause_head,
    is_relative_report,
    is_scene_before_set_in_cue,
    is_second_act_after_set_in_cue,
    is_unjoined_after_comma,
    leading_fragment,
    reason_after_closing_cue,
    relative_fragment,
    without_reporting_scenes,
    words_before_set_in_cue,
)
from quotewire.quotes.frame_scores import frame_scorer
from quotewire.quotes.hung_relatives import hung_relative_word, is_relative_object
from quotewire.quotes.interrupted_subjects import interrupted_subject
from quotewire.quotes.marks import QuotedSpan
from quotewire.quotes.misreadings import (
    adjacent_clause,
    is_added_thing,
    is_aspectual,
    is_clause_across_break,
    is_impersonal_say,
    is_inverted_source,
    is_markup,
    is_quoted_as_saying,
    is_quoted_person,
    is_refusal,
    is_sentence_idiom,
    is_set_in_cue,
    is_unlearned_quoting_dependent,
    with_later_clauses,
)
from quotewire.quotes.noun_clauses import NOUN_CLAUSE_KEY
from quotewire.quotes.reported_extent import reported_tokens
from quotewire.quotes.sources import agent, find_speaker
from quotewire.quotes.uncredited_sources import quoted_as_saying

_EDGE_TRIM = " \t\n,;:" + DASH_OR_HYPHEN_CHARACTERS
# dependents before an "as" clause that do not belong to what it reports
_LINKING_DEPS = ("cc", "mark", "preconj")
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl")
_ADVERB_MAX_WORDS = 2
# a verb with one of these has a complement of its own, so its "as" is one of time
_OWN_COMPLEMENT_DEPS = ("xcomp", "ccomp")
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


class Regions:
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
    allowed = Regions(regions)
    inside_quotes = Regions([(q.start, q.end) for q in quoted])
    frames: list[Frame] = []
    for token in _reporting_words(doc, lexicon):
        region = allowed.find(token.idx)
        if region is None or inside_quotes.find(token.idx) is not None:
            continue
        if is_markup(token) or is_sentence_idiom(token, lexicon) or is_aspectual(token, lexicon):
            continue
        if (
            is_quoted_as_saying(token, lexicon)
            or is_impersonal_say(token)
            or is_refusal(token, lexicon)
        ):
            continue
        interrupted = _interrupted_subject_frames(token, lexicon, region, inside_quotes)
        if interrupted:
            frames += interrupted
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
            frames += _as_clause_frames(frame, lexicon, region, inside_quotes)
        if frame.content is None and frame.speaker is not None:
            frames += _parenthetical_frames(frame, lexicon, region, inside_quotes)
    return without_reporting_scenes(frames)


def _interrupted_subject_frames(
    cue: Token, lexicon: CueLexicon, region: tuple[int, int], inside_quotes: Regions
) -> list[Frame]:
    """The two fragments of a verb of saying set between the subject it reports and that
    subject's predicate ("*The contrast with Trump*, said Doyle, *would be clear*";
    :mod:`quotewire.quotes.interrupted_subjects`), as frames on the cue naming the source
    beside it. A predicate that is (nearly) all a quotation is left to the linker, which
    attributes the quotation beside the cue. A participle set in that way describes the
    subject, who is the source of the predicate ("*Judge X*, writing for the majority, *said
    ...*"), so it reports neither part."""
    if not lexicon.is_speech(cue.lower_) or cue.pos_ not in ("VERB", "AUX") or cue.tag_ == "VBG":
        return []
    cue_tokens = _cue_tokens(cue, lexicon)
    found = interrupted_subject(cue_tokens)
    if found is None:
        return []
    subject = _char_range(found.subject, region)
    if subject is None or _touches(subject, inside_quotes):
        return []
    speaker = _within(found.source, region)
    prior = lexicon.prior(cue.lower_)
    rest = _reported_rest(without_closing_punctuation(found.predicate), region, inside_quotes)
    contents = [subject] if rest is None else [subject, rest]
    return [Frame(cue, cue_tokens, speaker, content, prior) for content in contents]


def _fragments(
    frame: Frame, lexicon: CueLexicon, region: tuple[int, int], inside_quotes: Regions
) -> list[Frame]:
    """The other fragments of what ``frame`` reports that its cue cuts off
    (:mod:`quotewire.quotes.fragments`), as frames on the same cue; quoted words are left to
    direct attribution."""
    spans = []
    spans.append(_char_range(leading_fragment(frame, lexicon), region))
    spans.append(relative_fragment(frame, lexicon))
    spans.append(_char_range(hung_relative_word(frame, lexicon) or [], region))
    spans.append(_char_range(declared.other_declared_part(frame) or [], region))
    spans.append(_char_range(reason_after_closing_cue(frame, lexicon), region))
    conjunct = without_closing_punctuation(conjunct_after_set_in_cue(frame, lexicon))
    if conjunct:
        spans.append(_char_range(conjunct, region))
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


def _as_clause_frames(
    frame: Frame, lexicon: CueLexicon, region: tuple[int, int], inside_quotes: Regions
) -> list[Frame]:
    """What a cue in an "as" clause reports: the clause it is set in ("As the Post reported,
    *he would need 55 percent*"; "But as Clyburn noted, *those voters will give him a look*"),
    set as ``frame``'s content. An "as" clause set into its clause after a subject or a fronted
    phrase cuts it in two fragments, which PolNeAR annotates both ("*Spicer* -- as Clinton's
    campaign noted -- *even promoted Sanders*"; "*Just a few weeks ago*, as Western Journalism
    reported, *Thor and Beck were discussing* ..."): the second comes back as a frame on the
    same cue. A clause (nearly) all quoted is left to the linker, which attributes the quotation
    beside the cue; one with a few words of the writer's is a mixed statement ("As The Daily
    Caller reported, *the star "gave between $1,001 and $5,000" to the Clintons*"). A closing
    passive "as reported by X" reports its whole clause
    (:mod:`quotewire.quotes.closing_passive_reports`)."""
    cue = frame.cue
    closed = closed_clause(cue, lexicon)
    if closed is not None:
        kept = _set_in_words(closed, cue.head)
        content = _char_range(without_closing_punctuation(kept), region) if kept else None
        if content is not None and not _touches(content, inside_quotes):
            frame.content = content
        return []
    if not is_as_clause(cue):
        return []
    clause = [t for t in cue.head.subtree if t.sent == cue.sent]
    after = without_closing_punctuation([t for t in clause if t.i > cue.right_edge.i])
    content = _reported_rest(after, region, inside_quotes)
    if content is None:
        return []
    before = _set_in_words([t for t in clause if t.i < cue.left_edge.i], cue.head)
    if before is None:
        return []
    if not before:
        frame.content = content
        return []
    if cue.i > cue.head.i:
        return []  # after its verb ("A met B that day, as the Times reported, and ..."): an aside
    if any(c.dep_ in _OWN_COMPLEMENT_DEPS for c in cue.children):
        return []  # "as" of time: "In the meantime, as Kerry *continues to pursue* diplomacy"
    leading = _char_range(before, region)
    if leading is None or _touches(leading, inside_quotes):
        return []
    frame.content = leading
    return [Frame(cue, frame.cue_tokens, frame.speaker, content, frame.prior)]


def _set_in_words(before: list[Token], head: Token) -> list[Token] | None:
    """The words of a clause before an "as" clause set into it that are its first fragment:
    none when they only tie the sentence to the one before ("*But* as Clyburn noted, ...";
    "... and *that* the result, as he explained, was ..."), which PolNeAR leaves out; ``None``
    when they are only a short sentence adverb ("*Of course*, as X observed, ..."), after which
    the annotated extent varies too much on train to report anything."""
    linking = {t.i for c in head.children if c.dep_ in _LINKING_DEPS for t in c.subtree}
    kept = [t for t in before if t.i not in linking]
    if not _has_words(kept):
        return []
    adverbs = {
        t.i
        for c in head.children
        if c.i < head.i and c.dep_ not in _SUBJECT_DEPS and _words(c.subtree) <= _ADVERB_MAX_WORDS
        for t in c.subtree
    }
    if all(t.i in adverbs or not t.is_alpha for t in kept) and _words(kept) <= _ADVERB_MAX_WORDS:
        return None
    return kept


def _reported_rest(
    after: list[Token], region: tuple[int, int], inside_quotes: Regions
) -> tuple[int, int] | None:
    """The characters of the clause after a set-in cue, as its content: ``None`` when it has no
    words, or is (nearly) all quoted, which the linker attributes beside the cue; with enough
    words of the writer's around a quotation it is a mixed statement."""
    rest = _char_range(after, region) if _has_words(after) else None
    if rest is None or not _touches(rest, inside_quotes):
        return rest
    return rest if _words_outside(after, inside_quotes) >= _MIXED_MIN_WORDS else None


def _words(tokens: Iterable[Token]) -> int:
    return sum(1 for t in tokens if t.is_alpha)


def _parenthetical_frames(
    frame: Frame, lexicon: CueLexicon, region: tuple[int, int], inside_quotes: Regions
) -> list[Frame]:
    """A verb of saying set into the clause it reports ("The plant, she said, is hanging on";
    "Prices will rise, said John Smith"): the parser hangs the cue on that clause
    (``parataxis``, or ``conj`` for a trailing inverted cue), so it has no clause of its own.
    The clause's words before the cue are its content, and so are the words after it (all of
    the clause when the cue opens it) unless they are (nearly) all a quotation, which the
    linker attributes beside the cue."""
    cue = frame.cue
    closing = _char_range(clause_before_closing_cue(cue, frame.speaker), region)
    if closing is not None and not _touches(closing, inside_quotes):
        frame.content = closing  # "A, she said." hung on A as an adverbial clause
    if not is_set_in_cue(cue, lexicon) or not is_clause_head(cue.head):
        return []
    inverted = frame.speaker.i > cue.i > cue.head.i
    if cue.dep_ == "conj" and not (inverted or is_unjoined_after_comma(cue, frame.speaker)):
        return []
    own = {t.i for t in cue.subtree}
    clause = [t for t in cue.head.subtree if t.i not in own and t.sent == cue.sent]
    before = _without_opening_conjunction([t for t in clause if t.i < cue.left_edge.i])
    if is_scene_before_set_in_cue(before, cue.head, lexicon):
        before = []
    after = without_closing_punctuation([t for t in clause if t.i > cue.right_edge.i])
    if is_second_act_after_set_in_cue(cue, after, lexicon):
        after = []
    rest = _reported_rest(after, region, inside_quotes)
    if not _has_words(before):
        # the parser starts the clause after the cue ("*all of whom*, she explained, needed
        # ..."), or the cue opens the sentence ("Trump told CNN, his policy ...")
        before = words_before_set_in_cue(cue, frame.speaker)
        leading = _char_range(before, region) if _has_words(before) else None
        if leading is None or _touches(leading, inside_quotes):
            frame.content = rest
            return []
    frame.content = _char_range(before, region)
    if rest is None:
        return []
    return [Frame(cue, frame.cue_tokens, frame.speaker, rest, frame.prior)]


def _without_opening_conjunction(before: list[Token]) -> list[Token]:
    """The words of a clause before a cue set into it, or none when they are only a
    conjunction that ties the sentence to the one before ("*But*, he noted, ..."; "*And*,
    according to the poll, ..."): PolNeAR leaves such a word out (8 times against 3 on train
    151-450)."""
    if all(t.dep_ == "cc" or not t.is_alpha for t in before):
        return []
    return before


def _words_outside(tokens: list[Token], quoted: Regions) -> int:
    """How many words of ``tokens`` lie outside quoted text."""
    return sum(1 for t in tokens if t.is_alpha and quoted.find(t.idx) is None)


def _has_words(tokens: list[Token]) -> bool:
    return any(t.is_alpha for t in tokens)


def _touches(span: tuple[int, int], regions: Regions) -> bool:
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
        while (
            (clause.dep_ == "conj" or is_contrast_clause(clause))
            and clause.head.i < clause.i
            and not _opens_conjunct(clause, start)
        ):
            clause = clause.head
        last = max(t.i for t in (source or cue_tokens[-1]).subtree)
        if clause.dep_ in _SUBJECT_DEPS and clause.head.i > last:
            clause = clause.head  # hung on the subject: "One of them, according to X, is ..."
        scene = {
            t.i
            for c in clause.children
            if c.i < clause.i and c.dep_ == "advcl" and c.pos_ == "VERB" and is_circumstantial(c)
            for t in c.subtree
        }
        clause_tokens = [t for t in clause.subtree if t.i not in scene]
        before = _without_opening_conjunction([t for t in clause_tokens if t.i < start])
        after = [t for t in clause_tokens if t.i > last]
        contents = [_char_range(before if _has_words(before) else after, region)]
        if _has_words(before) and continues_clause(clause, after, last):
            contents.append(_char_range(without_closing_punctuation(after), region))
    return [Frame(token, cue_tokens, source, content, 0.9) for content in contents]


def _opens_conjunct(clause: Token, start: int) -> bool:
    """Whether a phrase cue at ``start`` opens a conjoined clause, right after its conjunction
    ("... all denied involvement, but *according to the BBC* the group later claimed ..."):
    there it reports that clause alone, not the one before the conjunction."""
    if clause.dep_ != "conj" or clause.left_edge.i != start:
        return False
    before = start - 1
    while before >= 0 and clause.doc[before].is_punct:
        before -= 1
    return before >= 0 and clause.doc[before].dep_ == "cc"


def _verb_frame(token: Token, lexicon: CueLexicon, region: tuple[int, int]) -> Frame | None:
    """The frame of a verb cue: its most likely reported dependent inside the cue's paragraph
    (when the parser runs a sentence across a paragraph break, the last sentence of the
    paragraph before may hang on the cue as a second clause: "... back of the queue."
    *Farage said the warning was indicative that ...*), or, for a verb of saying with a
    source, no clause at all."""
    best: tuple[float, str, list[Token]] | None = None
    source = find_speaker(token)
    score = frame_scorer(token, lexicon, source)
    adjacent = adjacent_clause(token)
    declared_subject = declared.declared_subject(token)
    for key, tokens in content_candidates(token):
        if not any(region[0] <= t.idx < region[1] for t in tokens):
            continue
        if is_inverted_source(token, key, tokens):
            continue
        if is_clause_across_break(token, tokens, paragraph_start=region[0]):
            continue
        if _holds_a_saying_participle(token, tokens, lexicon):
            continue
        if is_unlearned_dependent(token, key, tokens, lexicon):
            continue
        if is_added_thing(token, key, lexicon):
            continue
        if is_unlearned_quoting_dependent(token, key, tokens, lexicon):
            continue
        if (tokens := declared.reported_part(declared_subject, key, tokens)) is None:
            continue  # "who was declared the winner"
        if adjacent is not None and key == "ccomp":
            if adjacent not in tokens:
                continue  # a second clause the parser hung on the cue (misreadings)
            tokens = with_later_clauses(token, adjacent, tokens, lexicon)
        prior = score(key, tokens)
        if prior < lexicon.score_threshold and (
            is_relative_report(token, key, tokens, lexicon)
            or is_relative_object(token, key, tokens, lexicon)
            or is_reported_clause(token, key, tokens, lexicon)
            or is_quoted_person(token, key, tokens, lexicon)
            or (key == "prep:as" and quoted_as_saying(token))
            or declared.is_declared_part(declared_subject, key)
        ):
            prior = lexicon.score_threshold
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
