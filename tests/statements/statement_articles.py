"""Hand-built articles for statement tests: no model needed."""

from __future__ import annotations

from quotewire.read.layout import parse_layout
from quotewire.types import Article, Quote, Speaker


def make_article(
    article_id: str,
    outlet: str,
    published: str | None,
    body: list[str],
    *,
    speaker: str | None = None,
    title: str = "A headline about the talks",
) -> Article:
    """An article whose quotes are the double-quoted passages of ``body`` paragraphs."""
    text = title + "\n\n" + "\n\n".join(body)
    layout = parse_layout(text, published=published)
    quotes = []
    start = 0
    while (open_at := text.find('"', start)) >= 0:
        close_at = text.find('"', open_at + 1)
        quotes.append(
            Quote(
                open_at + 1,
                close_at,
                text[open_at + 1 : close_at],
                "direct",
                speaker=speaker,
                speaker_id="s1" if speaker else None,
            )
        )
        start = close_at + 1
    speakers = [Speaker("s1", speaker)] if speaker else []
    return Article(
        text=text,
        id=article_id,
        published=published,
        outlet=outlet,
        url=f"https://{outlet.lower().replace(' ', '')}.example/{article_id}",
        paragraphs=layout.paragraphs,
        syndication=layout.syndication,
        quotes=quotes,
        speakers=speakers,
    )
