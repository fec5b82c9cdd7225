"""Attribution frames from the dependency parse: a cue, who it names, and what it reports.

A frame is found around each cue word (see :mod:`quotewire.quotes.cues`):

- a verb that governs a clause (``ccomp``): "X said (that) ...", "..., X said", "X told
  reporters ...";
- "according to X" attached to a clause;
- a verb of saying with a subject but no clause of its own: it can still attribute a quotation
  beside it ('"...," X said'; 'X said: "..."'), which :mod:`quotewire.quotes.linking` decides
  (the reading beside the marks is :mod:`quotewire.quotes.beside`).

The speaker is found by :func:`quotewire.quotes.sources.find_speaker` (subjects, agents, owners of
noun and participle cues). A reported clause its cue cuts apart gives one frame per fragment, on
the same cue (:mod:`quotewire.quotes.fragments`); how much of a candidate dependent is reported is
read by :mod:`quotewire.quotes.reported_extent`.
Frames whose cue lies inside quoted text are the quoted person's own words and are skipped.

:class:`Frame` and the character spans frames are built from are
:mod:`~quotewire.quotes.frame_spans`; the frames of a cue set into the clause it reports
(parentheticals, "as" clauses) are :mod:`~quotewire.quotes.set_in_cues`, those of "according
to X" :mod:`~quotewire.quotes.phrase_cue_frames`.
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import IS_ALPHA, LOWER
from spacy.tokens import Doc, Token

from quotewire.nlp.docs import form_keys, is_form_in, sentence_of
from quotewire.quotes import declared_subjects as declared
from quotewire.quotes.clause_reports import is_reported_clause, is_unlearned_dependent
from quotewire.quotes.content_candidates import content_candidates, is_role_hung_on_object
from quotewire.quotes.content_ends import without_closing_punctuation
from quotewire.quotes.controlled_reports import controls_saying
from quotewire.quotes.cues import CueLexicon
from quotewire.quotes.elided_clauses import is_elided_clause
from quotewire.quotes.feelings import is_feeling_passive
from quotewire.quotes.fragments import (
    conjunct_after_set_in_cue,
    is_relative_report,
    leading_fragment,
    reason_after_closing_cue,
    relative_fragment,
    without_reporting_scenes,
)
from quotewire.quotes.frame_scores import frame_scorer
from quotewire.quotes.frame_spans import Frame, Regions, char_range, touches
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
    is_refusal,
    is_sentence_idiom,
    with_later_clauses,
)
from quotewire.quotes.noun_clauses import NOUN_CLAUSE_KEY
from quotewire.quotes.phrase_cue_frames import according_to_frames
from quotewire.quotes.quoting_verbs import (
    is_quoted_as_saying,
    is_quoted_person,
    is_unlearned_quoting_dependent,
    quoted_as_saying,
)
from quotewire.quotes.reported_extent import reported_tokens
from quotewire.quotes.set_in_cues import (
    as_clause_frames,
    parenthetical_frames,
    reported_rest,
)
from quotewire.quotes.sources import agent, find_speaker


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
        phrase_frames = according_to_frames(token, lexicon, region)
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
            if f.content is not None and not touches((f.content[0], sentence_end), inside_quotes)
        ]
        frames += _fragments(frame, lexicon, region, inside_quotes)
        if frame.content is None and frame.speaker is not None:
            frames += as_clause_frames(frame, lexicon, region, inside_quotes)
        if frame.content is None and frame.speaker is not None:
            frames += parenthetical_frames(frame, lexicon, region, inside_quotes)
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
    subject = char_range(found.subject, region)
    if subject is None or touches(subject, inside_quotes):
        return []
    speaker = _within(found.source, region)
    prior = lexicon.prior(cue.lower_)
    rest = reported_rest(without_closing_punctuation(found.predicate), region, inside_quotes)
    contents = [subject] if rest is None else [subject, rest]
    return [Frame(cue, cue_tokens, speaker, content, prior) for content in contents]


def _fragments(
    frame: Frame, lexicon: CueLexicon, region: tuple[int, int], inside_quotes: Regions
) -> list[Frame]:
    """The other fragments of what ``frame`` reports that its cue cuts off
    (:mod:`quotewire.quotes.fragments`), as frames on the same cue; quoted words are left to
    direct attribution."""
    spans = []
    spans.append(char_range(leading_fragment(frame, lexicon), region))
    spans.append(relative_fragment(frame, lexicon))
    spans.append(char_range(hung_relative_word(frame, lexicon) or [], region))
    spans.append(char_range(declared.other_declared_part(frame) or [], region))
    spans.append(char_range(reason_after_closing_cue(frame, lexicon), region))
    conjunct = without_closing_punctuation(conjunct_after_set_in_cue(frame, lexicon))
    if conjunct:
        spans.append(char_range(conjunct, region))
    return [
        Frame(frame.cue, frame.cue_tokens, frame.speaker, span, frame.prior)
        for span in spans
        if span is not None and not touches(span, inside_quotes)
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
        if is_role_hung_on_object(key, tokens) and (
            lexicon.frame_prior(token.lower_, key) < lexicon.frame_threshold
        ):
            continue  # "show *an understanding of economics*": no cue of "X of Y"
        if is_added_thing(token, key, lexicon):
            continue
        if key == "nsubjpass" and is_feeling_passive(token):
            continue  # "Clinton officials were thrilled with ...": the feeler, not the content
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
            or is_elided_clause(token, key, tokens, lexicon)
        ):
            prior = lexicon.score_threshold
        if prior >= lexicon.score_threshold and (best is None or prior > best[0]):
            best = (prior, key, tokens)
    speaker = _within(source, region)
    if (
        best is not None
        and best[1] == "xcomp"
        and not controls_saying(token, best[2], lexicon)
        and _reports_a_clause(token, best[2], lexicon)
    ):
        best = None
    if best is not None and best[1] == NOUN_CLAUSE_KEY and speaker is None:
        best = None  # an ownerless noun's clause ("the idea that ...") is mostly the writer's
    if best is not None:
        prior, key, tokens = best
        if key == "nsubjpass":
            speaker = agent(token)
        content = char_range(reported_tokens(token, key, tokens, lexicon), region)
        if content is not None:
            return Frame(token, _cue_tokens(token, lexicon), speaker, content, prior)
    if not lexicon.is_speech(token.lower_) or speaker is None:
        return None
    prior = lexicon.prior(token.lower_)
    return Frame(
        token, _cue_tokens(token, lexicon), speaker, _answer(token, lexicon, region), prior
    )


def _holds_a_saying_participle(cue: Token, tokens: list[Token], lexicon: CueLexicon) -> bool:
    """Whether a candidate holds a participle of saying whose frame is the attribution. For any
    cue: a candidate that opens with such a participle ("responded *by saying* there were
    "..."") reports, through it, what follows it on its own. For a cue that is no verb of
    saying: a candidate with a participle of saying on a noun ("emailed *supporters saying:
    "…"*"), where the outer frame would only repeat the participle's with the writer's words
    around it."""
    if _opens_with_a_saying_participle(tokens, lexicon):
        return True
    if lexicon.is_speech(cue.lower_):
        return False
    return any(t.dep_ == "acl" and t.tag_ == "VBG" and lexicon.is_speech(t.lower_) for t in tokens)


def _opens_with_a_saying_participle(tokens: list[Token], lexicon: CueLexicon) -> bool:
    """Whether ``tokens`` open with a participle of saying that is an adverbial clause or the
    object of "by" ("responded *by saying* ...")."""
    first = tokens[0] if tokens else None  # not after an opening mark: '"Saying that ...'
    if first is None or first.tag_ != "VBG" or not lexicon.is_speech(first.lower_):
        return False
    # "was quoted as saying" is the quoting verb's own frame (reported_extent)
    return first.dep_ == "advcl" or (first.dep_ == "pcomp" and first.head.lower_ == "by")


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
            return char_range(list(child.subtree), region)
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
