"""Hand-built articles for statement tests: no model needed."""

from __future__ import annotations

from quotewire.read.layout import parse_layout
from quotewire.types import Article, Quote, Speaker

# A news report with one quotation, long enough for the body near-duplicate test (40 shingles).
BODY = [
    "MOSCOW - Russia's foreign minister spoke at length on Friday about the security treaty and "
    "the deployment of peacekeeping units to Kazakhstan at the request of its president.",
    '"The efforts that the organisation has made in recent years to create peacekeeping '
    'capabilities have been very effective and very much in demand," he said.',
    "He added that the potential of the peacekeeping forces had proved its efficiency to the "
    "whole world, and that the units would leave once their task was complete.",
    "The minister also said the allies would meet again in the spring to review the mission and "
    "to decide on the next steps for the joint forces of the treaty members.",
]


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
