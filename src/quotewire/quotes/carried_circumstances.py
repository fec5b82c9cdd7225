"""The date and occasion a speaker's later statements share with the one that states them.

A news story says once when and where its speaker spoke and then quotes on: "Lavrov said *on
Friday at a press conference* …", then '"…," Lavrov said.', "He added that …". Those later
statements state no date or occasion of their own, but a reader takes them as said there. So a
statement whose words state neither carries the date and occasion of the same speaker's
statement before it that stated one (``Quote.circumstances_from`` names that statement), and a
headline statement those of its speaker's first statement when that is in the lead paragraph
(both report the news of the day).

They are carried only while the story stays with the speaker and its time: through paragraphs
that each hold a statement of theirs, or that put the story at no other time (no date, time,
event or word of another time outside quoted words: narration about the news, another
speaker's reply; a date beyond the days of the news, "in 1999", "last year", is background).
A paragraph that does ends the scene ("During the 2004 election campaign Mr
Howard indicated …" / "However yesterday's announcement …" / "He also explained …": the third
was not said during the campaign). Nor is anything carried
over a change of time: a statement whose sentence puts it at another time ("Barak *later* told
Israeli television", "*Earlier this week*, Erdogan said", "has said", "will tell") carries
nothing and ends the scene; the time the statement carried from states itself is no other
("announced *today* that … and sought to postpone …"). Nor across speakers: who else spoke
where is not said.

The carrying is the same in both languages; what shifts the time and which paragraphs are
quiet is each language's. English (``time_shifts.english_time_shift``): time words, dates, a
perfect, future or modal auxiliary, a present cue after a distant past one, and a change of
scene without a time (another medium or addressee, :mod:`~quotewire.quotes.scene_changes`);
its quiet paragraphs come from ``time_shifts.english_quiet_paragraphs``. Russian
(``russian_occasion.russian_time_shift``): words, dates, years, a future tense; it passes no
quiet paragraphs, so only the next paragraph with a statement of the speaker's carries there.
The Russian finder reads no headline, so only English headline statements take what the lead
states.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Collection

from quotewire.types import Quote, Span


def speakers_words(quotes: list[Quote], kinds: tuple[str, ...]) -> list[tuple[int, int]]:
    """The character ranges of the statements of ``kinds`` ("direct", "mixed"): the speaker's
    words, whose times are the speaker's, not the story's (read by each language's time
    shift)."""
    return [(q.start, q.end) for q in quotes if q.kind in kinds]


def within_ranges(offset: int, ranges: list[tuple[int, int]]) -> bool:
    """Whether the character ``offset`` lies in one of ``ranges``."""
    return any(start <= offset < end for start, end in ranges)


def carry_circumstances(
    quotes: list[Quote],
    shifts_time: Callable[[Quote, Quote], bool],
    body: list[tuple[int, int]],
    headline: Span | None,
    quiet: Collection[int] = (),
    reported_sayings: Collection[str] = (),
) -> None:
    """Give each statement that states no date or occasion those of its speaker's statement
    before it (see the module's docstring). ``body`` is the article's body paragraphs, in
    order; ``shifts_time(quote, source)`` tells a statement said at another time than the
    statement ``source`` it would carry from; ``headline`` is the
    headline, whose statements take what the speaker's first statement in the lead states;
    ``quiet`` are the indices of body paragraphs that put the story at no other time (see
    :func:`~quotewire.quotes.time_shifts.english_quiet_paragraphs`), which end no scene;
    none when the language reads none. ``reported_sayings`` are the ``attribution_id`` of
    statements told inside the words of another of the speaker's (see
    :func:`~quotewire.quotes.scene_changes.reported_sayings`): a past saying the speaker
    reports starts no scene and ends the one before it, since the words after it may be from
    either time."""
    starts = [start for start, _ in body]
    scenes: dict[str, tuple[Quote, int]] = {}
    first_in_body: dict[str, tuple[Quote, int]] = {}
    in_headline: list[tuple[Quote, str]] = []
    for quote in sorted(quotes, key=lambda q: (q.start, q.end)):
        speaker = quote.speaker_id
        if speaker is None:
            continue
        if headline is not None and headline.start <= quote.start < headline.end:
            in_headline.append((quote, speaker))
            continue
        paragraph = bisect_right(starts, quote.start) - 1
        first_in_body.setdefault(speaker, (quote, paragraph))
        scene = scenes.pop(speaker, None)
        if _states_circumstances(quote):
            if quote.attribution_id not in reported_sayings:
                scenes[speaker] = (quote, paragraph)
        elif (
            scene is not None
            and all(p in quiet for p in range(scene[1] + 1, paragraph))
            and not shifts_time(quote, scene[0])
        ):
            _carry(scene[0], quote)
            scenes[speaker] = (scene[0], paragraph)
    for quote, speaker in in_headline:
        source, paragraph = first_in_body.get(speaker, (None, -1))
        in_lead = source is not None and paragraph == 0
        if in_lead and _states_circumstances(source) and not _states_circumstances(quote):
            _carry(source, quote)


def resolve_carried_dates(quotes: list[Quote]) -> None:
    """Give a statement whose circumstances were carried the date of the statement they were
    carried from, once that one's date is resolved."""
    dates = {q.attribution_id: q.date for q in quotes if _states_circumstances(q)}
    for quote in quotes:
        if quote.circumstances_from is not None and quote.date is None:
            quote.date = dates.get(quote.circumstances_from)


def carried_from(quotes: list[Quote], quote: Quote) -> int | None:
    """The index in ``quotes`` of the statement whose date and occasion ``quote`` carries (the
    first of its attribution that states them), or None when it states its own or none."""
    if quote.circumstances_from is None:
        return None
    return next(
        (i for i, q in enumerate(quotes)
         if q.attribution_id == quote.circumstances_from and q.circumstances_from is None),
        None,
    )  # fmt: skip


def _states_circumstances(quote: Quote) -> bool:
    """Whether the words around the statement's own cue state a date or occasion (a carried
    occasion is not stated)."""
    stated = quote.date_text is not None or quote.occasion is not None
    return stated and quote.circumstances_from is None


def _carry(source: Quote, quote: Quote) -> None:
    quote.occasion = source.occasion
    quote.circumstances_from = source.attribution_id
