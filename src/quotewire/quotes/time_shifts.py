"""The words of another time that stop a speaker's later statement from carrying the date and
occasion of their statement before it (:mod:`~quotewire.quotes.carried_circumstances`), in
English.

A story says once when and where its speaker spoke and quotes on; a sentence or a paragraph that
moves the story to another time ends that scene. :func:`english_time_shift` reads that off the
later statement's sentence (a time word, a date, a perfect or modal cue, a present cue after a
past one dated long before, a change of scene without a time from
:mod:`~quotewire.quotes.scene_changes`); :func:`english_quiet_paragraphs` finds the paragraphs
between two statements that name no other time. A time that is not the narrator's (the
speaker's description, quoted words, another speaker's statement, the reported clause) or a date
beyond the days of the news (background) does not count. Word lists: ``time_shift_words``,
``time_shift_nouns``, ``distant_time_words`` and ``time_shift_auxiliaries`` of
``data/en/occasions.toml``, and its time words
(:func:`~quotewire.quotes.circumstances.occasion_words`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from quotewire.nlp.dates import TIME_ENTITIES, UPDATE_DAYS, days_before_article
from quotewire.nlp.docs import sentence_of, tokens_of
from quotewire.quotes.carried_circumstances import speakers_words, within_ranges
from quotewire.quotes.circumstances import is_day, occasion_words
from quotewire.quotes.relative_conjuncts import TENSE_BY_TAG
from quotewire.quotes.scene_changes import changes_scene
from quotewire.types import Quote, Span

# What makes a paragraph between a speaker's statements another scene: a date, a time, an event.
_SCENE_ENTS = (*TIME_ENTITIES, "EVENT")


def english_time_shift(
    doc: Doc, quotes: list[Quote], published: str | None = None
) -> Callable[[Quote, Quote], bool]:
    """Whether an English statement's sentence, outside its reported words, puts it at another
    time than ``source``, the speaker's statement before it whose date and occasion it would
    carry (:mod:`~quotewire.quotes.carried_circumstances`): a time word or a date or time the
    recogniser found ("*Earlier this week on Wednesday*, Erdogan said"), an anaphoric time
    noun ("asked him *that same day*"), a perfect, future or modal auxiliary on its cue, or a
    present cue after ``source``'s past one dated beyond the days of the news ("told a news
    conference in June last year" … "says"). The time ``source`` itself states is no other
    time: both were said then ("announced *today* that … and sought to postpone …", "When announcing
    the shutdown *on Monday*, he called on …"), unless ``source`` is said in a clause the cue
    governs and dates itself before it ("*Despite telling* Macquarie Radio *earlier* this
    morning …, Iemma announced shortly after …"). A sign of another scene without a time does
    the same (:func:`~quotewire.quotes.scene_changes.changes_scene`: "in a statement" …
    "also *reports*", "at a press conference" … "*told CNN*", a relative clause describing a
    thing). A time that is not the narrator's does not count: one inside the cue's subject,
    which describes the speaker ("Mr Howard, the Prime Minister of Australia *for over ten years
    now*, said", "said Romney, *who was a successful businessman before entering politics*"),
    inside the words of another direct or mixed statement of the sentence ("content rated
    *X18+*" in a second quotation, "Hawaii's annexation *in 1900* … was "subordinated …,"
    Lingle said, asserting …"), in another speaker's statement ("he says, though Correa has
    *already* denied these charges") or in the clause the cue reports where it runs on past the
    statement's span ("said he will send the documents to the OAS, *who will meet on
    Tuesday*"); ``quotes`` are the article's statements, ``published`` the article's date (a
    full date a few days before it is of the news, "In a letter *dated May 15, 2006*")."""
    words = occasion_words()
    quoted = speakers_words(quotes, ("direct", "mixed"))

    def shifts_time(quote: Quote, source: Quote) -> bool:
        cue = tokens_of(doc, quote.cue_span)
        if cue is None or not len(cue):
            return False
        if changes_scene(cue, quote, source):
            return True
        if any(
            token.dep_ == "aux" and token.lower_ in words.time_shift_auxiliaries
            for word in cue
            for token in (word, *word.children)
        ):
            return True
        if (
            _tense(cue) == "present"
            and _tense(tokens_of(doc, source.cue_span)) == "past"
            and _names_distant_time(doc, source.date_text, published)
        ):
            return True
        stated = None if _set_before(doc, cue, source) else source.date_text
        others = _speaker_description(cue) | _other_speakers_statements(doc, cue, quote, quotes)
        others |= _reported_clause(cue, quote)
        return any(
            (
                token.ent_type_ in TIME_ENTITIES
                or token.lower_ in words.time_shift_words
                or (token.dep_ in ("npadvmod", "tmod") and token.lower_ in words.time_shift_nouns)
            )
            and not (quote.start <= token.idx < quote.end)
            and not (stated is not None and stated.start <= token.idx < stated.end)
            and token.i not in others
            and not within_ranges(token.idx, quoted)
            for token in sentence_of(cue[0])
        )

    return shifts_time


def _set_before(doc: Doc, cue: SpacySpan, source: Quote) -> bool:
    """Whether ``source`` is said in a clause that the cue governs and dates itself at another
    time with a word of another time ("earlier", "later", "already"; ``occasions.toml``
    ``time_shift_words``) ("*Despite telling* Macquarie Radio *earlier* this morning that …, Premier
    Iemma *announced* shortly after …"): its time is then another than the cue's, not one
    both were said at ("When announcing the shutdown on Monday, he called on …")."""
    dated = tokens_of(doc, source.date_text)
    source_cue = tokens_of(doc, source.cue_span)
    if dated is None or source_cue is None or not len(source_cue):
        return False
    shift_words = occasion_words().time_shift_words
    return any(t.lower_ in shift_words for t in dated) and cue.root.is_ancestor(source_cue.root)


def _speaker_description(cue: SpacySpan) -> set[int]:
    """The token indices of the cue's subject phrase that describe the speaker as a noun does
    ("Mr Howard, *the Prime Minister of Australia for over ten years now*"): its apposition, or
    a relative clause that gives the speaker a noun as one does ("said Romney, *who was a
    successful businessman before entering politics*"); a time there is the speaker's, not the
    time of the saying. A time under a verb in that phrase may be the saying's ("The minister,
    *speaking on Tuesday*, said") and is left out, and so is a day the parser hung on the name
    itself ("Trump *Tuesday* said")."""
    return {
        token.i
        for word in cue
        for subject in word.children
        if subject.dep_ in ("nsubj", "nsubjpass")
        for description in subject.children
        if _names_speaker_as_noun(description)
        for token in description.subtree
        if not _under_verb(token, description)
    }


def _names_speaker_as_noun(phrase: Token) -> bool:
    """An apposition on the speaker, or a relative clause whose verb is "be" with a noun
    ("who was *a successful businessman*"), which reads as one; not "who was in Paris on
    Tuesday", where the time may be the saying's, nor "Trump *Tuesday* said"."""
    if phrase.dep_ == "appos":
        return True
    return (
        phrase.dep_ == "relcl"
        and phrase.pos_ == "AUX"
        and any(child.dep_ == "attr" for child in phrase.children)
    )


def _reported_clause(cue: SpacySpan, quote: Quote) -> set[int]:
    """The token indices of the clause the cue reports, where it runs on past the statement's
    span ("said he will send the documents to the Organization of American States, *who will
    meet in Washington on Tuesday*"): what the speaker said, a time there is what they spoke
    of."""
    return {
        token.i
        for clause in cue.root.children
        if clause.dep_ == "ccomp"
        and any(quote.start <= token.idx < quote.end for token in clause.subtree)
        for token in clause.subtree
    }


def _other_speakers_statements(
    doc: Doc, cue: SpacySpan, quote: Quote, quotes: list[Quote]
) -> set[int]:
    """The token indices of the statements of other speakers in the cue's sentence: each such
    cue verb's clause, unless it holds this cue ("A representative … may have been involved, he
    says, though Correa has *already* denied these charges"). A time there is when that other
    speaker spoke or what they spoke of, not when this speaker did."""
    sentence = sentence_of(cue[0])
    found: set[int] = set()
    for other in quotes:
        if other.speaker_id is None or other.speaker_id == quote.speaker_id:
            continue
        other_cue = tokens_of(doc, other.cue_span)
        if other_cue is None or not len(other_cue) or sentence_of(other_cue.root) != sentence:
            continue
        clause = {token.i for token in other_cue.root.subtree}
        if not clause & {word.i for word in cue}:
            found |= clause
    return found


def _under_verb(token: Token, top: Token) -> bool:
    """Whether a verb lies on the path from ``token`` up to ``top`` (``token`` itself included,
    ``top`` not)."""
    while token != top:
        if token.pos_ in ("VERB", "AUX"):
            return True
        token = token.head
    return False


def _tense(cue: SpacySpan | None) -> str | None:
    """ "past" or "present" for a cue whose verb of saying is a finite verb without an
    auxiliary ("told", "says"), else None: a present "says" after "told a news conference in
    June last year" reports what the speaker says now, another time."""
    verb = cue.root if cue else None
    if verb is None or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    return TENSE_BY_TAG.get(verb.tag_)


def _names_distant_time(doc: Doc, date_text: Span | None, published: str | None) -> bool:
    """Whether a statement's date lies beyond the days of the news ("in June *last year*",
    "in *2004*", "*last month*"), not a day of them ("on Wednesday", "today", "*May 15, 2006*"
    in an article of May 19, 2006): only after such a date is a present cue ("says",
    "claims") another time; after "said Wednesday" it is the journalist's present of the same
    news."""
    dated = tokens_of(doc, date_text)
    if dated is None or _is_day_of_news(dated, published):
        return False
    # The whole date the recogniser found, which the parser may have split ("in June" with
    # "last year" its own dependent).
    tokens = list(dated) + [
        t for e in doc.ents if e.start < dated.end and dated.start < e.end for t in e
    ]
    return _names_distant_words(tokens)


def _is_day_of_news(dated: SpacySpan, published: str | None) -> bool:
    """Whether a date entity in ``dated`` names a full day ("May 15, 2006") no more than
    ``UPDATE_DAYS`` before the article: its year does not make it distant."""
    for ent in dated.ents:
        if ent.label_ == "DATE" and is_day(ent.root):
            days = days_before_article(ent.text, published)
            if days is not None and 0 <= days <= UPDATE_DAYS:
                return True
    return False


def _names_distant_words(tokens: Iterable[Token]) -> bool:
    """Whether a time's words put it beyond the days of the news: a year ("*2004*", "last
    *year*") or months (``distant_time_words``)."""
    distant = occasion_words().distant_time_words
    return any(t.lower_ in distant or (t.like_num and len(t.text) == 4) for t in tokens)


def _distant_dates(doc: Doc) -> set[int]:
    """The token indices of the dates beyond the days of the news: a date entity that names a
    year or months itself or through another date entity on the same word ("the *7 July* bomb
    attacks in London *last year*", which the parser hangs on "attacks" in two pieces)."""
    dates = [ent for ent in doc.ents if ent.label_ == "DATE"]
    distant_heads = {ent.root.head.i for ent in dates if _names_distant_words(ent)}
    return {
        token.i
        for ent in dates
        if _names_distant_words(ent) or ent.root.head.i in distant_heads
        for token in ent
    }


def english_quiet_paragraphs(
    doc: Doc, quotes: list[Quote], body: list[tuple[int, int]]
) -> set[int]:
    """The body paragraphs that put the story at no other time: no date, time or named event
    and no word of another time ("earlier", "later") outside the quoted words of a direct
    statement. A speaker's later statement carries over them
    (:mod:`~quotewire.quotes.carried_circumstances`): narration about the news or another
    speaker's reply between a speech and its last quotations ("Amongst those dismissed was …",
    a questioner's "Do you realize, Mr. Mulroney, …") leaves the speech where it was, while
    "*Two days earlier*, Schreiber testified …" or "*Yesterday's* announcement …" is another
    scene. Quoted words are the speaker's, not the story's time ("… over *a matter of weeks*"),
    and a date beyond the days of the news is background, not a scene the story moves to ("She
    was speaking as head of the commission … established after the 7 July bomb attacks in
    London *last year*", "After the war *in 1999*, Kosovo was put under …")."""
    words = occasion_words()
    quoted = speakers_words(quotes, ("direct",))
    background = _distant_dates(doc)
    timed = [
        token.idx
        for token in doc
        if (token.ent_type_ in _SCENE_ENTS or token.lower_ in words.time_shift_words)
        and token.i not in background
        and not within_ranges(token.idx, quoted)
    ]
    return {
        index
        for index, (start, end) in enumerate(body)
        if not any(start <= at < end for at in timed)
    }
