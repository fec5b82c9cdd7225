"""English attribution: who said what in one article Doc.

Stages (each its own module):

1. :mod:`~quotewire.quotes.marks` pairs quotation marks into quoted spans over the headline and
   body paragraphs (never section headers, credits or syndication lines).
2. :mod:`~quotewire.quotes.frames` finds attribution frames in the parse: cue, source, reported
   clause; :mod:`~quotewire.quotes.headline` adds "Source: statement" headlines.
3. :mod:`~quotewire.quotes.linking` decides direct / mixed / indirect statements and which frame
   each belongs to.
4. :mod:`quotewire.speakers` reads each source mention and resolves it by coreference.
5. Quotes get their cue, insertions, date expression and occasion, and a confidence.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quotewire.nlp.docs import doc_text
from quotewire.quotes.carried_circumstances import carry_circumstances
from quotewire.quotes.circumstances import circumstances
from quotewire.quotes.colon_split import cut_at_colons
from quotewire.quotes.controlled_reports import without_controlled_reports
from quotewire.quotes.cues import load_cue_lexicon
from quotewire.quotes.frames import Frame, find_frames
from quotewire.quotes.headline import (
    cut_at_headline_line,
    headline_frame,
    headline_mention,
    signature_frames,
    transcript_frames,
    without_sourceless_headline_quotes,
)
from quotewire.quotes.headline_case import headline_sentence_case, with_title_case_frames
from quotewire.quotes.headline_inverted import inverted_source_frames
from quotewire.quotes.insertions import find_insertions
from quotewire.quotes.linking import Statement, link_statements
from quotewire.quotes.marks import find_quoted_spans
from quotewire.quotes.mixed_ends import cut_before_dash_asides, extend_over_reasons
from quotewire.quotes.nested_ends import without_closing_inner_reports
from quotewire.quotes.nesting import (
    outside_transcript_turns,
    without_nested_beliefs,
    without_reported_reports,
    without_reports_of_no_clause,
    without_subordinate_reports,
)
from quotewire.quotes.quotation_objects import cut_at_closing_marks
from quotewire.quotes.quoted_terms import (
    is_dated_title,
    is_quoted_term,
    modifies_noun_after,
    names_a_work,
)
from quotewire.quotes.scene_changes import reported_sayings
from quotewire.quotes.time_shifts import english_quiet_paragraphs, english_time_shift
from quotewire.quotes.uncredited_sources import credits_source
from quotewire.quotes.verb_chains import light_verb_frames
from quotewire.speakers.clusters import Entity
from quotewire.speakers.coref import Coreference
from quotewire.speakers.lexicon import load_people_lexicon
from quotewire.speakers.mentions import SourceMention, describe
from quotewire.types import Mention, Quote, Span, Speaker

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from quotewire.read.layout import Layout

_HEADLINE_MAX_CHARS = 250
# "Headline; \nSubtitle.": a headline line closed by a semicolon, then its subtitle
_SUBTITLED_HEADLINE = re.compile(r"(?P<headline>[^\n;]+);[ \t\u00a0]*\n[^\n]+$")
# no-break spaces may stand at either side of the line break ('...ourselves.’”\u00a0\nSexton')
_PARAGRAPH_BREAK = re.compile(r"(?<=[.!?:\"”’])[ \t\u00a0]*\n[ \t\u00a0]*(?=[A-Z\"“‘'(])")

# How much each way of linking a statement to its cue is worth, before speaker resolution.
_LINK_CONFIDENCE = {
    "clause": 0.9,
    "beside": 0.95,
    "object": 0.7,
    "headline": 0.8,
    "verb": 0.6,
    "continues": 0.65,
    "none": 0.0,
}


def statement_regions(layout: Layout, text: str) -> list[tuple[int, int]]:
    """Character ranges where statements can be: the headline and the body paragraphs."""
    return [
        line
        for p in layout.paragraphs
        if p.kind in ("title", "body")
        for line in _paragraph_lines(text, p.start, p.end)
    ]


def _paragraph_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A paragraph cut at line breaks that end a sentence and start another: some sites
    separate paragraphs with one line break, which the layout keeps together (it cannot tell
    them from hard-wrapped lines), and a quotation never runs on past such a paragraph end
    unless reopened. A break inside a sentence (hard wrapping) does not cut."""
    lines = []
    for match in _PARAGRAPH_BREAK.finditer(text, start, end):
        lines.append((start, match.start()))
        start = match.end()
    lines.append((start, end))
    return lines


def attribute_english(doc: Doc, layout: Layout) -> tuple[list[Quote], list[Speaker]]:
    """Find the statements of an English article and resolve their speakers.

    ``doc`` covers the whole article text (offsets are the article's); it needs the parser and
    the entity recogniser on every paragraph in the layout's headline and body.
    """
    text = doc_text(doc)
    regions = statement_regions(layout, text)
    if not regions or not len(doc):
        return [], []
    quoted = find_quoted_spans(text, regions)
    lexicon = load_cue_lexicon()
    frames = find_frames(doc, lexicon, regions, quoted)
    frames += light_verb_frames(doc, lexicon, regions, quoted, frames)
    frames = without_nested_beliefs(frames, lexicon, quoted)
    frames = without_subordinate_reports(frames, lexicon)
    frames = without_reported_reports(frames, lexicon, quoted)
    frames = without_reports_of_no_clause(frames, lexicon, quoted)
    frames = without_controlled_reports(frames)
    people = load_people_lexicon()
    title = (layout.title.start, layout.title.end) if layout.title else None
    coref = Coreference(doc, regions, people, [(q.open, q.close) for q in quoted], title)
    colon_frames = transcript_frames(doc, _body(layout, text), coref.person_words())
    frames = outside_transcript_turns(frames, colon_frames)
    title_line = layout.title or _first_line(layout, text)
    cased = headline_sentence_case(text, title_line, people.first_names) if title_line else None
    headline = headline_frame(doc, title_line, cased)
    if headline is not None:
        colon_frames.append(headline)
    elif title_line is not None:
        frames, title_subjects = with_title_case_frames(doc, title_line, frames, lexicon, cased)
        colon_frames += title_subjects
        frames += inverted_source_frames(doc, title_line, frames, lexicon)
    frames += signature_frames(doc, quoted)
    statements = _one_per_span(link_statements(doc, quoted, frames + colon_frames, regions))
    statements = cut_at_colons(statements, quoted, text)
    statements = cut_at_closing_marks(statements, quoted, doc)
    statements = cut_before_dash_asides(statements, quoted, doc)
    statements = extend_over_reasons(statements, quoted, doc)
    statements = without_closing_inner_reports(statements, quoted)
    statements = [s for s in statements if not _is_term(doc, s)]
    statements = without_sourceless_headline_quotes(statements, title_line)
    statements = cut_at_headline_line(statements, text, title_line)
    sources = _resolve_sources(statements, coref, colon_frames, headline)
    quotes, speakers = _assemble(doc, statements, sources, headline)
    body = layout.body_regions()
    quiet = english_quiet_paragraphs(doc, quotes, body)
    shifts_time = english_time_shift(doc, quotes, layout.published)
    reported = reported_sayings(doc, quotes)
    carry_circumstances(quotes, shifts_time, body, layout.title, quiet, reported)
    return quotes, speakers


def _one_per_span(statements: list[Statement]) -> list[Statement]:
    """One statement per span: two ways of linking can reach the same words (a cue's clause and
    the object of that cue; each quotation inside one object), and a span reported twice is
    one statement found twice, never two. The first, linked by the surer rule, stays."""
    seen: set[tuple[int, int]] = set()
    kept = []
    for statement in statements:
        if (statement.start, statement.end) not in seen:
            seen.add((statement.start, statement.end))
            kept.append(statement)
    return kept


def _is_term(doc: Doc, statement: Statement) -> bool:
    """A direct statement that is quoted words inside the writer's phrase, or a title the
    writer dates in a parenthesis after it (:mod:`~quotewire.quotes.quoted_terms`)."""
    if statement.kind != "direct":
        return False
    cue = statement.frame.cue if statement.frame is not None else None
    return (
        is_quoted_term(doc, statement.start, cue)
        or modifies_noun_after(doc, statement.start, statement.end, cue)
        or is_dated_title(doc, statement.end)
        or names_a_work(doc, statement.start, statement.end, cue)
    )


def _first_line(layout: Layout, text: str) -> Span | None:
    """The article's first paragraph when it is a single short line before others: a
    headline the layout could not tell from a sentence because it ends in a full stop ("Sanders:
    Clinton Email Story Has Moved."). It still states what its source said when it reads
    "Source: statement", which :func:`~quotewire.quotes.headline.headline_frame` checks. A
    headline ended by a semicolon with its subtitle on the next line ("Poll: 3 battleground
    Senate races are tight; \\nCandidates locked in ...") is that first line without the
    semicolon: the subtitle is the writer's summary of the article."""
    body = [p for p in layout.paragraphs if p.kind in ("title", "body")]
    if len(body) < 2 or body[0] is not layout.paragraphs[0]:
        return None
    start, end = body[0].start, body[0].end
    match = _SUBTITLED_HEADLINE.match(text, start, end)
    if match is not None:
        end = match.end("headline")
    if "\n" in text[start:end] or end - start > _HEADLINE_MAX_CHARS:
        return None
    return Span(start, end, text[start:end])


def _body(layout: Layout, text: str) -> list[tuple[int, int]]:
    return [
        line
        for p in layout.paragraphs
        if p.kind == "body"
        for line in _paragraph_lines(text, p.start, p.end)
    ]


_Source = tuple[Entity | None, SourceMention, float]


def _resolve_sources(
    statements: list[Statement],
    coref: Coreference,
    colon_frames: list[Frame],
    headline: Frame | None,
) -> dict[int, _Source]:
    """Resolve each frame's source once, in text order (pronouns look back at earlier ones),
    also where the frame's statements do not credit it
    (:func:`~quotewire.quotes.uncredited_sources.credits_source`): it keeps its person in view
    of the pronouns after it."""
    frames = {id(s.frame): s.frame for s in statements if s.frame is not None}
    ordered = sorted(
        (f for f in frames.values() if f.speaker is not None), key=lambda f: f.speaker.idx
    )
    people = coref.people
    sources: dict[int, _Source] = {}
    for frame in ordered:
        if any(frame is f for f in colon_frames):
            mention = headline_mention(frame, people)
            kind = "headline" if frame is headline else mention.kind
            entity, confidence = coref.resolve(mention, recorded_as=kind)
            mention.kind = kind
        else:
            mention = describe(frame.speaker, people, frame.cue)
            entity, confidence = coref.resolve(mention)
        sources[id(frame)] = (entity, mention, confidence)
    return sources


def _drop_opening_time(quote: Quote, text: str) -> None:
    """Start reported words after the time that dates their saying ("Police said *on Monday*
    they believe ..."): the parser hung it on the reported clause, which then began with it."""
    date = quote.date_text
    if quote.kind != "indirect" or date is None or date.start != quote.start:
        return
    start = date.end
    while start < quote.end and (text[start].isspace() or text[start] == ","):
        start += 1
    if start < quote.end:
        quote.start, quote.text = start, text[start : quote.end]


def _assemble(
    doc: Doc,
    statements: list[Statement],
    sources: dict[int, _Source],
    headline: Frame | None,
) -> tuple[list[Quote], list[Speaker]]:
    text = doc_text(doc)
    speaker_ids: dict[int, str] = {}
    speakers: list[Speaker] = []
    quotes: list[Quote] = []
    for statement in statements:
        frame = statement.frame
        quote = Quote(
            start=statement.start,
            end=statement.end,
            text=text[statement.start : statement.end],
            kind=statement.kind,
            attribution_id=f"a{statement.group + 1}",
        )
        if statement.kind != "indirect":
            quote.insertions = find_insertions(text, statement.start, statement.end)
        confidence = (
            _LINK_CONFIDENCE[statement.link] * min(1.0, frame.prior + 0.1) if frame else 0.1
        )
        if frame is not None and statement.link != "continues":
            start, end = frame.cue_char
            quote.cue = text[start:end]
            quote.cue_span = Span(start, end, quote.cue)
            if frame is not headline:
                quote.date_text, quote.occasion = circumstances(frame.cue, statement.end)
                _drop_opening_time(quote, text)
        source = sources.get(id(frame)) if frame is not None else None
        if source is None or not credits_source(frame.cue, statement.kind):
            quote.confidence = min(confidence, 0.3)
            quotes.append(quote)
            continue
        entity, mention, speaker_confidence = source
        # A continued quotation has no cue of its own, so it shows no mention either (the
        # first quotation's is drawn once), unless coreference left that mention unresolved
        # ('"…," she said. "…"'): then it is all that names the speaker, for the second
        # quotation as for the first.
        if entity is None or statement.link != "continues":
            quote.speaker_mention = Mention(mention.start, mention.end, mention.text, mention.kind)
        quote.confidence = round(confidence * speaker_confidence, 3)
        if entity is not None:
            if entity.key not in speaker_ids:
                speaker_ids[entity.key] = f"s{len(speaker_ids) + 1}"
                speakers.append(
                    Speaker(speaker_ids[entity.key], entity.name, entity.kind, entity.role)
                )
            quote.speaker = entity.name
            quote.speaker_id = speaker_ids[entity.key]
            quote.speaker_role = entity.role
        quotes.append(quote)
    by_id = {s.id: s for s in speakers}
    for entity_key, speaker_id in speaker_ids.items():
        speaker = by_id[speaker_id]
        entity = next(e for e in _entities(sources) if e.key == entity_key)
        speaker.role = entity.role
        speaker.mentions = sorted(entity.mentions, key=lambda m: m.start)
    for quote in quotes:
        if quote.speaker_id:
            quote.speaker_role = by_id[quote.speaker_id].role
    return quotes, speakers


def _entities(sources: dict[int, _Source]) -> list[Entity]:
    return [entity for entity, _, _ in sources.values() if entity is not None]
