"""Small hand-built articles with known quotes, speakers and layout, for the store tests."""

from __future__ import annotations

from quotewire.types import Article, Mention, Paragraph, Quote, Span, Speaker, SyndicationCredit


def _quote(text: str, words: str, kind: str, speaker: str | None, **fields: object) -> Quote:
    start = text.index(words)
    return Quote(start, start + len(words), words, kind, speaker=speaker, **fields)  # type: ignore[arg-type]


def lavrov_article(
    version: str = "0.1.0", url: str | None = "https://example.org/lavrov"
) -> Article:
    title = "Lavrov warns of NATO expansion"
    body = (
        'Russian Foreign Minister Sergey Lavrov said on Friday: "NATO expansion threatens '
        'stability in Europe." He added that Moscow was ready for talks.'
    )
    credit = "Based on reporting by TASS."
    text = f"{title}\n\n{body}\n\n{credit}"
    name_at = text.index("Sergey Lavrov")
    friday = text.index("on Friday")
    quotes = [
        _quote(
            text,
            "NATO expansion threatens stability in Europe.",
            "direct",
            "Sergey Lavrov",
            cue="said",
            speaker_id="s1",
            speaker_role="Foreign Minister",
            confidence=0.91,
            date="2022-01-14",
            date_text=Span.of(text, friday, friday + 9),
            occasion=None,
            cue_span=Span.of(text, name_at + 14, name_at + 18),
            speaker_mention=Mention(name_at, name_at + 13, "Sergey Lavrov", "name"),
        ),
        _quote(
            text,
            "Moscow was ready for talks",
            "indirect",
            "Sergey Lavrov",
            cue="added",
            speaker_id="s1",
            speaker_role="Foreign Minister",
            confidence=0.7,
            insertions=[],
        ),
    ]
    body_start = text.index(body)
    return Article(
        text=text,
        id="lavrov-1",
        title=title,
        published="2022-01-16",
        language="en",
        url="https://example.org/lavrov",
        outlet="Example News",
        paragraphs=[
            Paragraph(0, len(title), "title"),
            Paragraph(body_start, body_start + len(body), "body"),
            Paragraph(text.index(credit), len(text), "syndication"),
        ],
        title_span=Span.of(text, 0, len(title)),
        syndication=[SyndicationCredit("TASS", Span.of(text, text.index(credit), len(text)))],
        quotes=quotes,
        speakers=[
            Speaker(
                "s1", "Sergey Lavrov", "person", "Foreign Minister",
                [Mention(name_at, name_at + 13, "Sergey Lavrov", "name")],
            )
        ],
        notes=["hand-built for tests"],
        extractor_version=version,
    )  # fmt: skip


def merkel_article(published: str = "2006-03-02", outlet: str = "Daily Planet") -> Article:
    text = (
        'Chancellor Angela Merkel said: "Climate change is the challenge of our time." '
        'Environment groups said the climate plan was too weak. "We need action on the '
        'climate now, not in ten years," said Anna Schmidt of Greenpeace.'
    )
    return Article(
        text=text,
        id=f"merkel-{published}",
        title="Merkel on climate",
        published=published,
        language="en",
        url=f"https://planet.example/merkel/{published}",
        outlet=outlet,
        paragraphs=[Paragraph(0, len(text), "body")],
        quotes=[
            _quote(text, "Climate change is the challenge of our time.", "direct",
                   "Angela Merkel", speaker_role="Chancellor", cue="said", confidence=0.9),
            _quote(text, "the climate plan was too weak", "indirect", "Environment groups",
                   cue="said", confidence=0.5),
            _quote(text, "We need action on the climate now, not in ten years,", "direct",
                   "Anna Schmidt", speaker_role="Greenpeace", cue="said", confidence=0.8),
        ],
        speakers=[Speaker("s1", "Angela Merkel", role="Chancellor"),
                  Speaker("s2", "Environment groups", kind="group"),
                  Speaker("s3", "Anna Schmidt", role="Greenpeace")],
        extractor_version="0.1.0",
    )  # fmt: skip


def unattributed_article() -> Article:
    """No URL: identified by its text. One quote with no speaker."""
    text = 'Residents called the decision "a betrayal of the whole valley" at the meeting.'
    return Article(
        text=text,
        id="valley",
        language="en",
        quotes=[_quote(text, "a betrayal of the whole valley", "direct", None, confidence=0.3)],
        extractor_version="0.1.0",
    )


def accented_article() -> Article:
    """A speaker and an outlet written with accents, which users often type without."""
    text = 'Íngrid Betancourt said: "Freedom is a gift that must be shared."'
    return Article(
        text=text,
        id="betancourt",
        published="2008-07-04",
        language="en",
        url="https://pagina.example/betancourt",
        outlet="Página/12",
        paragraphs=[Paragraph(0, len(text), "body")],
        quotes=[_quote(text, "Freedom is a gift that must be shared.", "direct",
                       "Íngrid Betancourt", cue="said", speaker_id="s1", confidence=0.9)],
        speakers=[Speaker("s1", "Íngrid Betancourt")],
        extractor_version="0.1.0",
    )  # fmt: skip
