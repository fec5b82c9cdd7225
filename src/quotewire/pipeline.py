"""The front door: ``extract`` one article, ``extract_batch`` many (spaCy ``nlp.pipe``).

The steps, in order: layout (headline, date line, headers, credits, syndication) → language →
spaCy over the article (English) → attribution (quotes and speakers) → statement dates.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Literal, overload

from quotewire.attribution import attribute_doc, resolve_dates
from quotewire.errors import ExtractionError, QuotewireError
from quotewire.nlp.model import load_english
from quotewire.nlp.selective import pipe_selectively
from quotewire.options import Settings, load_settings
from quotewire.quotes.cues import load_cue_lexicon
from quotewire.read.layout import Layout, parse_layout
from quotewire.read.outlets import canonical_outlet
from quotewire.types import Article, Document, Quote, Speaker

# Bump when a change to extraction changes its output: stores re-extract older articles.
EXTRACTOR_VERSION = "0.2.0"
# Languages with an attribution engine; an article in another one gets a note and no quotes.
LANGUAGES = ("en", "ru")


@dataclass(slots=True)
class _Prepared:
    document: Document
    layout: Layout
    language: str


def extract(
    text: str,
    *,
    published: str | None = None,
    lang: str | None = None,
    id: str | None = None,
    title: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    settings: Settings | None = None,
) -> Article:
    """Find every statement in one article: who said what, when, on what occasion.

    ``published`` (ISO 8601) anchors relative dates ("on Friday"); without it the date line is
    used, and a date line without a year leaves the year unknown. ``lang`` skips detection.
    """
    _require_text(text)
    document = Document(
        id=id or content_id(text), text=text, title=title, published=published, url=url,
        outlet=outlet, language=lang,
    )  # fmt: skip
    return next(iter(extract_batch([document], settings=settings)))


@overload
def extract_batch(
    items: Iterable[Document | str],
    *,
    published: str | None = ...,
    lang: str | None = ...,
    settings: Settings | None = ...,
    return_errors: Literal[False] = ...,
) -> Iterator[Article]: ...


@overload
def extract_batch(
    items: Iterable[Document | str],
    *,
    published: str | None = ...,
    lang: str | None = ...,
    settings: Settings | None = ...,
    return_errors: Literal[True],
) -> Iterator[Article | ExtractionError]: ...


def extract_batch(
    items: Iterable[Document | str],
    *,
    published: str | None = None,
    lang: str | None = None,
    settings: Settings | None = None,
    return_errors: bool = False,
) -> Iterator[Article | ExtractionError]:
    """Extract many articles, in input order, running spaCy in batches.

    With ``return_errors`` an article that cannot be processed yields an
    :class:`ExtractionError` in its place and the batch goes on; otherwise it raises.
    """
    settings = settings or load_settings()
    prepared = (_prepare(item, published, lang, settings) for item in items)
    for result in _run(prepared, settings):
        if isinstance(result, ExtractionError) and not return_errors:
            raise result
        yield result


def content_id(text: str) -> str:
    """A stable id for a text without one: the first 16 hex digits of its SHA-1."""
    return "sha1:" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _require_text(value: object) -> None:
    """Bytes or a file object passed for the text are a caller's mistake, not a bad article:
    say what to pass instead of failing deep inside with an AttributeError."""
    if not isinstance(value, str):
        raise TypeError(
            f"quotewire extracts from text (str), not {type(value).__name__}: decode it first, "
            "or read files with quotewire.read.sources.read_sources, which detects the encoding"
        )


def _prepare(
    item: Document | str, published: str | None, lang: str | None, settings: Settings
) -> _Prepared | ExtractionError:
    if isinstance(item, Document):
        document = item
    else:
        _require_text(item)
        document = Document(id=content_id(item), text=item)
    try:
        if len(document.text) > settings.max_article_chars:
            raise ExtractionError(
                document.id,
                f"article has {len(document.text):,} characters, more than the limit of "
                f"{settings.max_article_chars:,} (settings.max_article_chars)",
            )
        layout = parse_layout(
            document.text, published=document.published or published, title=document.title
        )
        language = lang or document.language or settings.language or _detect(document.text)
        return _Prepared(document, layout, language)
    except ExtractionError as error:
        return error
    except (QuotewireError, ValueError) as error:
        return ExtractionError(document.id, str(error))


def _detect(text: str) -> str:
    from quotewire.nlp.language import detect_language

    return detect_language(text)


def _run(
    prepared: Iterable[_Prepared | ExtractionError], settings: Settings
) -> Iterator[Article | ExtractionError]:
    """Route each article to its language's attribution, keeping input order."""
    nlp = load_english()

    def english_inputs() -> Iterator[tuple[str, Any]]:
        for item in prepared:
            if isinstance(item, _Prepared) and item.language == "en":
                yield item.document.text, item
            else:
                yield "", item

    if settings.selective_parse:
        lexicon = load_cue_lexicon()
        docs = pipe_selectively(
            nlp, english_inputs(), lexicon.may_report, batch_size=settings.batch_size
        )
    else:
        docs = nlp.pipe(english_inputs(), as_tuples=True, batch_size=settings.batch_size)
    for doc, item in docs:
        if isinstance(item, ExtractionError):
            yield item
            continue
        try:
            if item.language == "en":
                quotes, speakers = attribute_doc(doc, item.layout)
            elif item.language == "ru":
                from quotewire.quotes.russian import attribute_russian

                quotes, speakers = attribute_russian(item.document.text, item.layout)
            else:
                quotes, speakers = [], []
                item.layout.notes.append(
                    f"language {item.language!r} is not supported: no quotes extracted"
                )
            yield _article(item, quotes, speakers)
        except QuotewireError as error:
            yield ExtractionError(item.document.id, str(error))
        except Exception as error:  # one broken article must not stop a batch
            yield ExtractionError(item.document.id, f"{type(error).__name__}: {error}")


def _article(item: _Prepared, quotes: list[Quote], speakers: list[Speaker]) -> Article:
    document, layout = item.document, item.layout
    resolve_dates(quotes, layout.published)
    title = document.title or (layout.title.text if layout.title else None)
    return Article(
        text=document.text,
        id=document.id,
        title=title,
        published=layout.published,
        language=item.language,
        url=document.url,
        outlet=canonical_outlet(document.outlet, document.url),
        paragraphs=layout.paragraphs,
        title_span=layout.title,
        dateline=layout.dateline,
        headers=layout.headers,
        credits=layout.credits,
        syndication=layout.syndication,
        quotes=sorted(quotes, key=lambda q: (q.start, q.end)),
        speakers=speakers,
        notes=layout.notes,
        extractor_version=EXTRACTOR_VERSION,
    )
