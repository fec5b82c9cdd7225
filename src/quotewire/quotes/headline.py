"""Attributions written with punctuation instead of a verb: "Lavrov: the situation in
Kazakhstan has shown ..." in a headline, transcript paragraphs ("PENCE: Well, the question
really should be ..."), and signatures after a quotation ('"..." ― Steve Quinlan').

A headline that starts with a short name-like source followed by a colon states what the source
said, also with its topic, audience or occasion between ("Okafor on the Budget: ...", "Okafor
to Voters: ..." are Okafor's), or with a noun for the people around someone or for what someone
put out after the name ("Okafor camp: ...", "Gazette editorial: ..."); a kicker label before
the colon ("Breaking:", "Exclusive:") or a clause with a copula ("DEAL IS DONE:") is no source,
and a Title Case clause ("Okafor Addresses Strike: ...") has its subject as the source. A body
paragraph that starts with a capitalised name of a person of the article and a colon is a turn
of an interview transcript: a direct quote of that person. The source is resolved like any
other mention (so "Lavrov" finds "Sergey Lavrov" in the body). The parser often runs a headline
into the next paragraph, so the source is read from the capitalised words before the colon
rather than from the parse.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc, Token

from quotewire.data_files import word_set
from quotewire.nlp.docs import doc_text
from quotewire.nlp.punctuation import DASH_CHARACTERS, DASH_OR_HYPHEN_CHARACTERS
from quotewire.quotes.frames import Frame
from quotewire.quotes.linking import Statement
from quotewire.quotes.marks import QuotedSpan
from quotewire.speakers.lexicon import PeopleLexicon, load_people_lexicon
from quotewire.speakers.mentions import SourceMention
from quotewire.speakers.name_tokens import ARTICLES, clean_name
from quotewire.speakers.source_phrases import phrase_text
from quotewire.types import Span

_MAX_SOURCE_TOKENS = 6
# "Source on Topic: statement", "Source to Audience: ...", "Source at Occasion: ..."
_TOPIC_WORDS = ("on", "to", "at")
_LABELS = word_set("en/headline_labels.toml", "labels")
_SOURCE_NOUNS = word_set("en/headline_labels.toml", "source_nouns")
_STATEMENT_NOUNS = word_set("en/headline_labels.toml", "statement_nouns")
_MAX_LOWER_SOURCE_WORDS = 2  # a source noun and one modifier: "Democrats' new warning"
_COPULAS = ("is", "are")
_SIGNATURE = re.compile(
    rf"[ \t\u00a0]*[{DASH_CHARACTERS}][ \t\u00a0]*"
    r"(?P<name>[A-Z][\w.'’-]*(?:[ \u00a0][A-Z][\w.'’-]*){0,4})"
)
# a credit paragraph: a dash, a capitalised name and at most a short description after a comma
_CREDIT_LINE = re.compile(
    rf"[ \t\u00a0]*\n\s*[{re.escape(DASH_OR_HYPHEN_CHARACTERS)}][ \t\u00a0]?"
    r"(?P<name>[A-Z][\w.'’-]*(?:[ \u00a0][A-Z][\w.'’-]*){0,4})"
    r"(?:,[^\n,]{1,60})?[ \t\u00a0]*(?:\n|$)"
)
_TRANSCRIPT_SOURCE = re.compile(r"([A-Z][A-Z.'’\- ]{1,40}):\s+\S")


def headline_frame(doc: Doc, title: Span | None, cased: str | None) -> Frame | None:
    """A frame for a "Source: statement" headline, or ``None``; ``cased`` is the headline in
    sentence case, ``None`` when it is not in Title Case
    (:func:`~quotewire.quotes.headline_case.headline_sentence_case`)."""
    if title is None:
        return None
    colon = doc_text(doc).find(":", title.start, title.end)
    if colon < 0:
        return None
    source = doc.char_span(title.start, colon, alignment_mode="contract")
    cue = doc.char_span(colon, colon + 1, alignment_mode="expand")
    if source is None or cue is None:
        return None
    topic = next((t.i for t in source[1:] if t.lower_ in _TOPIC_WORDS), None)
    if topic is not None:  # "Gillibrand on Clinton's Speeches: '...'": the topic is no source
        source = doc[source.start : topic]
    if not 0 < len(source) <= _MAX_SOURCE_TOKENS:
        return None
    words = [t for t in source if t.is_alpha]
    if not words or words[0].lower_ in ARTICLES:
        return None  # a series or column name ("The Latest:", "The Ninth Circle:"), not a source
    if words[-1].lower_ in _LABELS:
        return None  # a kicker or feature label ("Breaking:", "Delegate Update:")
    if any(t.lower_ in _COPULAS for t in words):
        return None  # a clause about the source, not its name: "FIX IS IN:", "Bill is back:"
    verb = _verb_after_subject(words, title, cased)
    if verb is not None:  # "Trump Addresses Munich Attack:": the subject is the source
        words = words[: words.index(verb)]
    speaker = _source_head(words)
    if speaker is None:
        return None  # a name-like source is capitalised throughout; "Why it matters:" is not
    start = colon + 1
    end = title.end
    text = doc_text(doc)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in " .":
        end -= 1
    if end - start < 3:
        return None
    return Frame(cue[0], [cue[0]], speaker, (start, end), 1.0)


def _verb_after_subject(words: list[Token], title: Span, cased: str | None) -> Token | None:
    """The verb of a Title Case source that is a clause ("Trump *Addresses* Munich Attack",
    "Clinton Cash *Debunks* Hillary", "Woman *Steps* Forward With Bombshell Claim"): the
    first word after the opening one that the headline's sentence case lowers (the body never
    writes it only capitalised, as it writes a surname: "Jeff Sessions") and that ends in a
    present-tense "-s", with words after it; a source noun ("Trump Aides") is no verb. The
    parser reads such a short Title Case phrase as one name, so the form decides."""
    if cased is None:
        return None
    for word in words[1:-1]:
        form = word.lower_
        if (
            cased[word.idx - title.start].islower()
            and form.endswith("s")
            and not form.endswith("ss")
            and form not in _SOURCE_NOUNS
            and form not in _STATEMENT_NOUNS
        ):
            return word
    return None


def _source_head(words: list[Token]) -> Token | None:
    """The head of the source the words before a headline's colon name, or ``None`` when they
    name none. A name is capitalised throughout ("Former AG Mukasey"); capitalised words may
    be followed by a noun for the people around someone ("Clinton camp", "Trump aides"), the
    head, or for what someone put out ("WSJ editorial", "Republicans' reaction", "IG report"),
    whose source is the name before it, perhaps after one modifier ("Democrats' new
    warning"). A lower-case word before a capitalised one ("Sarah Silverman heckles Sanders
    supporters") or another last word ("Netanyahu and Obama", "Bill is back") names none."""
    capitalised = 0
    while capitalised < len(words) and words[capitalised].text[:1].isupper():
        capitalised += 1
    rest = words[capitalised:]
    if not rest:
        return words[-1] if words else None
    if not capitalised or len(rest) > _MAX_LOWER_SOURCE_WORDS:
        return None
    if not all(t.text.islower() for t in rest):
        return None
    if rest[-1].lower_ in _SOURCE_NOUNS:
        return rest[-1]
    if (
        rest[-1].lower_ in _STATEMENT_NOUNS
        or rest[-1].lower_ in load_people_lexicon().message_nouns
    ):
        return words[capitalised - 1]
    return None


def transcript_frames(
    doc: Doc, paragraphs: list[tuple[int, int]], person_words: set[str]
) -> list[Frame]:
    """Frames for paragraphs that start "NAME: words", where NAME (upper case) is the name of
    a person found elsewhere in the article (so "UPDATE:" or "WATCH:" are not speakers), or
    whose last word labels two or more paragraphs: a transcript names its speakers at every
    turn ("JAKE TAPPER: …", later "TAPPER: …"), also those the entity recogniser misses in
    upper case and the text names nowhere else (a recurring kicker, "UPDATE:", is none)."""
    frames = []
    text = doc_text(doc)
    labels = [
        (start, end, match)
        for start, end in paragraphs
        if (match := _TRANSCRIPT_SOURCE.match(text, start, end)) is not None
    ]
    turns = Counter(words[-1] for *_, match in labels if (words := match.group(1).split()))
    for start, end, match in labels:
        words = match.group(1).split()
        if not words or len(words) > 3:
            continue
        recurring = turns[words[-1]] >= 2 and words[-1].lower() not in _LABELS
        if words[-1].lower() not in person_words and not recurring:
            continue
        colon = match.end(1)
        source = doc.char_span(start, colon, alignment_mode="contract")
        cue = doc.char_span(colon, colon + 1, alignment_mode="expand")
        if source is None or cue is None or not len(source):
            continue
        content_start = colon + 1
        while content_start < end and text[content_start].isspace():
            content_start += 1
        frames.append(Frame(cue[0], [cue[0]], source[-1], (content_start, end), 0.9, verbatim=True))
    return frames


def signature_frames(doc: Doc, quoted: list[QuotedSpan]) -> list[Frame]:
    """Frames for a dash and a capitalised name right after a closing mark: the quotation's
    author, as readers' or social-media quotes are credited. A credit on the next paragraph
    reports its quotation itself (its frame's content), since nothing links across paragraphs
    by position; it needs a quotation that fills its own paragraph, so that "- Reuters." after
    a paragraph of the writer's prose stays a credit of the article."""
    frames = []
    text = doc_text(doc)
    for q in quoted:
        content = None
        match = _SIGNATURE.match(text, q.close)
        if match is None and _fills_paragraph(text, q):
            match = _CREDIT_LINE.match(text, q.close)
            content = (q.start, q.end)
        if match is None:
            continue
        dash = doc.char_span(q.close, match.start("name"), alignment_mode="expand")
        name = doc.char_span(match.start("name"), match.end("name"), alignment_mode="contract")
        if dash is None or name is None or not len(name):
            continue
        # the dash may share its token with the closing mark ("."―")
        marks = [t for t in dash if any(c in DASH_OR_HYPHEN_CHARACTERS for c in t.text)]
        words = [t for t in name if not t.is_punct]
        if marks and words:
            frames.append(Frame(marks[0], [marks[0]], words[-1], content, 0.8))
    return frames


def _fills_paragraph(text: str, q: QuotedSpan) -> bool:
    """Whether only white space stands between the paragraph's start and the opening mark."""
    line_start = text.rfind("\n", 0, q.open) + 1
    return not text[line_start : q.open].strip()


def without_sourceless_headline_quotes(
    statements: list[Statement], title: Span | None
) -> list[Statement]:
    """``statements`` without the quotations in the headline that no frame reports ("'Not a
    racist, guys.'", "'We are in shock': A town feels the spotlight"): a teaser whose speaker
    the body names, not a statement of the headline. PolNeAR annotates none of the three
    such headlines on train 1–840."""
    if title is None:
        return statements
    return [s for s in statements if s.frame is not None or not title.start <= s.start < title.end]


def cut_at_headline_line(
    statements: list[Statement], text: str, title: Span | None
) -> list[Statement]:
    """``statements`` whose cue and start are on the headline's line cut at that line's
    end: the line after a headline is its subtitle or the body's first sentence, which the
    parser runs the headline's clause into ("Okafor says the strike helps the city; \\nAfter
    the vote, ..."). The semicolon that closes a subtitled headline is no part of it. A
    statement whose cue is on a later line starts on the line after the headline: "Okafor
    cuts 200 staffers; \\nWin or not, candidate says, ..." reports "Win or not"."""
    line_end = text.find("\n", title.start) if title is not None else -1
    if line_end < 0:
        return statements  # no headline, or nothing after it
    result = []
    for s in statements:
        cue = s.frame.cue.idx if s.frame is not None else s.start
        if s.start < line_end < s.end and cue < line_end:
            end = len(text[s.start : line_end].rstrip(" \t\u00a0;"))
            s = replace(s, end=s.start + end) if end > 0 else s
        elif s.start < line_end < s.end:  # the cue is on the next line: it reports that line
            start = line_end + len(text[line_end : s.end]) - len(text[line_end : s.end].lstrip())
            s = replace(s, start=start) if start < s.end else s
        result.append(s)
    return result


def headline_mention(frame: Frame, people: PeopleLexicon) -> SourceMention:
    """The source of a headline frame, read as a name (role words before it become the role)."""
    doc = frame.cue.doc
    line_start = doc_text(doc).rfind("\n", 0, frame.cue.idx) + 1
    tokens = [t for t in doc.char_span(line_start, frame.cue.idx, alignment_mode="contract") or []]
    tokens = [t for t in tokens if not t.is_space and t.i <= frame.speaker.i]
    name = clean_name(tokens, people) or tokens[-1:]
    role = phrase_text([t for t in tokens if t.i < name[0].i and t.lower_ not in people.honorifics])
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    kind = "name" if len(name) > 1 else "surname"
    return SourceMention(
        start,
        end,
        doc_text(doc)[start:end],
        kind,
        frame.speaker,
        name=phrase_text(name),
        role=role or None,
    )
