"""When and on what occasion a Russian quotation was said: a time expression («в пятницу»,
«вчера», «14 января») and an occasion («на пресс-конференции …», «в интервью …») in the
attribution clause around its cue. The pipeline resolves ``date_text`` to a date."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from quotewire.data_files import word_lists
from quotewire.nlp.russian import RussianText
from quotewire.quotes.carried_circumstances import speakers_words, within_ranges
from quotewire.types import Quote, Span


@dataclass(frozen=True, slots=True)
class _OccasionWords:
    """The word lists of ``data/ru/occasions.toml``, in their order."""

    weekdays: tuple[str, ...]
    days: tuple[str, ...]
    months: tuple[str, ...]
    events: tuple[str, ...]
    openers: tuple[str, ...]
    modifier_endings: tuple[str, ...]
    shifts: tuple[str, ...]


def _alternatives(words: tuple[str, ...], between: str = r"\s+") -> str:
    """The words as alternatives of a pattern; ``between`` joins the words of one alternative
    (any white space, or room for adjectives: «в эксклюзивном интервью»)."""
    return "|".join(between.join(re.escape(part) for part in w.split()) for w in words)


_WORDS = word_lists(
    "ru/occasions.toml",
    _OccasionWords,
    keys={
        "weekdays": "dates.weekdays",
        "days": "dates.days",
        "months": "dates.months",
        "events": "occasions.events",
        "openers": "occasions.openers",
        "modifier_endings": "occasions.modifier_endings",
        "shifts": "shifts.words",
    },
)
_DATE_WORDS = re.compile(
    rf"\b(?:(?:в|во)\s+(?:{_alternatives(_WORDS.weekdays)})|{_alternatives(_WORDS.days)}"
    rf"|\d{{1,2}}\s+(?:{_alternatives(_WORDS.months)})(?:\s+\d{{4}}\s+года)?)\b",
    re.IGNORECASE,
)
_TIME_SHIFT = re.compile(rf"\b(?:{_alternatives(_WORDS.shifts)}|\d{{4}}\s+год\w*)\b", re.IGNORECASE)
# up to two adjectives before the event noun («на совместной пресс-конференции»)
_MODIFIERS = rf"(?:[а-яё-]+(?:{'|'.join(_WORDS.modifier_endings)})\s+){{0,2}}"
_OPENERS = _alternatives(_WORDS.openers, between=rf"\s+{_MODIFIERS}")
_OCCASION = re.compile(
    rf"\b(?:на\s+{_MODIFIERS}(?:{_alternatives(_WORDS.events)})"
    rf"|{_OPENERS})"
    r"[^,.:;«»—]{0,80}",
    re.IGNORECASE,
)


def add_time_and_occasion(text: RussianText, quote: Quote, cue: Span) -> None:
    """The time expression and occasion in the attribution clause around the cue."""
    sentence = text.sentence_of(cue.start)
    if sentence is None:
        return
    lo, hi = sentence.start, sentence.end
    if quote.start <= cue.start:
        lo = max(lo, quote.end)
    else:
        hi = min(hi, quote.start)
    window = (max(lo, cue.start - 80), min(hi, cue.end + 80))
    date = _DATE_WORDS.search(text.text, *window)
    if date:
        quote.date_text = Span.of(text.text, date.start(), date.end())
    occasion = _OCCASION.search(text.text, window[0], hi)
    if occasion:
        end = _occasion_end(text, occasion.start(), occasion.end(), cue)
        quote.occasion = text.text[occasion.start() : end].strip()


def _occasion_end(text: RussianText, start: int, end: int, cue: Span) -> int:
    """Where the occasion the pattern found in ``[start, end)`` ends: before the cue and before
    the cue's subject, which the pattern runs on into («на пресс-конференции министр финансов
    Иван Петров заявил», «заявила на брифинге официальный представитель МИД Мария Захарова»).
    Other words after the event stay, whatever the parser hangs them on («в интервью агентству
    ТАСС», «на пресс-конференции в Белом доме»)."""
    if start < cue.start:
        end = min(end, cue.start)
    cue_words = text.token_range(cue.start, cue.end)
    if not cue_words:
        return end
    tokens = text.tokens
    sentence = text.sentences[tokens[cue_words[0]].sentence]
    subjects = [c for c in text.children(cue_words[0]) if tokens[c].rel.startswith("nsubj")]
    words = text.token_range(start, end)
    for index in words[1:]:
        if any(
            index == subject or text.hangs_on(index, subject, sentence.first, sentence.stop)
            for subject in subjects
        ):
            return tokens[index - 1].end
    return end


def russian_time_shift(text: RussianText, quotes: list[Quote]) -> Callable[[Quote, Quote], bool]:
    """Whether a Russian statement's sentence, outside its quoted words, puts it at another time
    than ``source``, the speaker's statement before it: a date, a year, or a word such as
    «позже», «ранее», «на прошлой неделе», or a cue in the future tense
    (:mod:`~quotewire.quotes.carried_circumstances`). The date ``source`` itself states is no
    other time («заявил в пятницу …, а также призвал …»), as in English; nor is a time inside
    the words of another direct quote of the sentence («Раньше мы так не делали», — добавил
    Петров и пообещал, что …), the speaker's time, not the narrator's; ``quotes`` are the
    article's statements."""
    quoted = speakers_words(quotes, ("direct",))

    def shifts_time(quote: Quote, source: Quote) -> bool:
        cue = quote.cue_span
        sentence = text.sentence_of(cue.start) if cue is not None else None
        if cue is None or sentence is None:
            return False
        cue_words = text.token_range(cue.start, cue.end)
        if any(text.tokens[i].feats.get("Tense") == "Fut" for i in cue_words):
            return True  # «скажет»: the words are still to be said
        outside = ((sentence.start, min(sentence.end, quote.start)),
                   (max(sentence.start, quote.end), sentence.end))  # fmt: skip
        stated = source.date_text
        return any(
            (stated is None or not (stated.start <= found.start() < stated.end))
            and not within_ranges(found.start(), quoted)
            for lo, hi in outside
            if lo < hi
            for pattern in (_DATE_WORDS, _TIME_SHIFT)
            for found in pattern.finditer(text.text, lo, hi)
        )

    return shifts_time
