"""When and on what occasion a Russian quotation was said: a time expression («в пятницу»,
«вчера», «14 января») and an occasion («на пресс-конференции …», «в интервью …») in the
attribution clause around its cue. The pipeline resolves ``date_text`` to a date."""

from __future__ import annotations

import re

from quotewire.nlp.russian import RussianText
from quotewire.types import Quote, Span

_DATE_WORDS = re.compile(
    r"\b(?:(?:в|во)\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)"
    r"|вчера|сегодня|позавчера|накануне|\d{1,2}\s+(?:января|февраля|марта|апреля|мая|июня|июля"
    r"|августа|сентября|октября|ноября|декабря)(?:\s+\d{4}\s+года)?)\b",
    re.IGNORECASE,
)
_OCCASION = re.compile(
    r"\b(?:на\s+(?:пресс-конференции|брифинге|заседании|встрече|суде|допросе|форуме|саммите"
    r"|съезде|митинге|церемонии|совещании|переговорах)|в\s+интервью|выступая)[^,.:;«»—]{0,80}",
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
        quote.occasion = text.text[occasion.start() : occasion.end()].strip()
