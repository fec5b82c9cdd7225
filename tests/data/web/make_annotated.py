"""Build ``annotated.jsonl``: the web tests' articles with quotes marked by hand.

Reads the annotated records of ``sample.jsonl`` (Wikinews articles, CC BY 2.5, see
tests/data/ATTRIBUTION.md) and ``injection.txt`` (an article written for the tests, full of
markup that must stay inert),
finds each hand-listed quote, cue and speaker mention in the text, and writes ``Article``
dicts with offsets. Run it again after changing an annotation:

    .venv/bin/python tests/data/web/make_annotated.py
"""

from __future__ import annotations

import json
from pathlib import Path

from quotewire.types import Article, Mention, Paragraph, Quote, Span, Speaker

HERE = Path(__file__).parent
OUTLET = "Wikinews"
BUSH = ("George W. Bush", "President of the United States")
MITSOTAKIS = ("Kyriakos Mitsotakis", "Greek prime minister")
# Printed by two articles a day apart: one statement, first seen on 2020-01-10.
EEZ = (
    "The agreement assumes that our islands, including our biggest island Crete, does not have "
    "an exclusive economic zone, which goes against everything we know in international law"
)

# article id -> [(quote text, kind, speaker, role, mention text, cue, insertions)]
ANNOTATIONS: dict[str, list[tuple]] = {
    "enwn-39366": [
        (
            "I'm confident Tony Snow will make an outstanding addition to this White House staff. "
            "I am confident he will help you do your job.",
            "direct",
            *BUSH,
            "Bush",
            "said",
            (),
        ),
        (
            "These are times that are going to be very challenging.",
            "direct",
            "Tony Snow",
            "press secretary",
            "Snow",
            "said",
            (),
        ),
    ],
    "enwn-39540": [
        (
            "The slaughter of the people of Darfur must end.",
            "direct",
            "Tom Lantos",
            "founder of the Congressional Human Rights Caucus",
            "Tom Lantos",
            "said",
            (),
        ),
        ("The genocide in Sudan is unacceptable...", "direct", *BUSH, "Bush", "said", ()),
    ],
    "enwn-41649": [
        (
            "I look forward to working together with both the House of Representatives and the "
            "Senate to produce a bill for me to sign into law.",
            "direct",
            *BUSH,
            "President Bush",
            "said",
            (),
        ),
        (
            "the most contentious part",
            "mixed",
            "Bill Frist",
            "Senate Majority Leader",
            "He",
            "expects",
            (),
        ),
    ],
    "enwn-45624": [
        (
            "This bill would support the taking of innocent human life,",
            "direct",
            *BUSH,
            "Mr. Bush",
            "said",
            (),
        ),
        (
            "the veto amounted to saying 'no' to hope.",
            "direct",
            "Nancy Pelosi",
            "House minority leader",
            "Nancy Pelosi",
            "said",
            (),
        ),
    ],
    "enwn-57488": [
        (
            "The most painful aspect of the presidency is the fact that I know my decisions have "
            "caused young men and women to lose their lives,",
            "direct",
            *BUSH,
            "Bush",
            "said",
            (),
        ),
    ],
    "enwn-d4c395914b7f": [
        (EEZ, "direct", *MITSOTAKIS, "Kyriakos Mitsotakis", "added", ()),
    ],
    "enwn-30b42e810484": [
        (EEZ, "direct", *MITSOTAKIS, "Kyriakos Mitsotakis", "added", ()),
    ],
    "injection": [
        (
            'We will <script>window.__pwned = "quote"</script> [the ministry] protect '
            'the <img src=x onerror="window.__pwned=1"> border',
            "direct",
            'Ann <b onmouseover="window.__pwned=1">Bold</b>',
            "spokeswoman",
            'Ann <b onmouseover="window.__pwned=1">Bold</b>',
            "said",
            ("[the ministry]",),
        ),
    ],
}


def build(record: dict) -> Article:
    text = record["text"]
    quotes: list[Quote] = []
    speakers: dict[str, Speaker] = {}
    cursor = 0
    for quoted, kind, speaker, role, mention, cue, insertions in ANNOTATIONS[record["id"]]:
        start = text.index(quoted, cursor)
        end = start + len(quoted)
        cursor = end
        mention_span = _nearest(text, mention, start, end)
        cue_span = _nearest(text, cue, start, end)
        speaker_id = speakers.setdefault(
            speaker, Speaker(f"S{len(speakers) + 1}", speaker, "person", role)
        ).id
        mention_kind = "pronoun" if mention.lower() in {"he", "she", "they"} else "name"
        speakers[speaker].mentions.append(Mention(*mention_span, mention_kind))
        quotes.append(Quote(
            start=start, end=end, text=quoted, kind=kind, cue=cue,
            cue_span=Span(*cue_span), speaker=speaker, speaker_id=speaker_id,
            speaker_role=role, speaker_mention=Mention(*mention_span, mention_kind),
            confidence=0.9, date=record["published"],
            insertions=[Span.of(text, i, i + len(s)) for s in insertions
                        for i in [text.index(s, start)]],
        ))  # fmt: skip
    return Article(
        text=text,
        id=record["id"],
        title=record["title"],
        published=record["published"],
        language="en",
        url=record["url"],
        outlet=record.get("outlet", OUTLET),
        paragraphs=_paragraphs(text),
        quotes=quotes,
        speakers=list(speakers.values()),
        extractor_version="hand",
    )


def _nearest(text: str, words: str, start: int, end: int) -> tuple[int, int, str]:
    """The occurrence of ``words`` closest to the quote (the attribution next to it)."""
    found = []
    index = text.find(words)
    while index != -1:
        if index + len(words) <= start or index >= end:
            found.append(index)
        index = text.find(words, index + 1)
    best = min(found, key=lambda i: min(abs(i - start), abs(i - end)))
    return best, best + len(words), words


def _paragraphs(text: str) -> list[Paragraph]:
    paragraphs, offset = [], 0
    for block in text.split("\n\n"):
        if block.strip():
            paragraphs.append(Paragraph(offset, offset + len(block), "body"))
        offset += len(block) + 2
    return paragraphs


def main() -> None:
    records = [json.loads(line) for line in (HERE / "sample.jsonl").open(encoding="utf-8")]
    records = [record for record in records if record["id"] in ANNOTATIONS]
    records.append({
        "id": "injection", "title": 'Border talks <script>window.__pwned="title"</script>',
        "published": "2006-08-02", "url": "javascript:window.__pwned=1",
        "outlet": '<i onclick="window.__pwned=1">Evil Gazette</i>',
        "text": (HERE / "injection.txt").read_text(encoding="utf-8"),
    })  # fmt: skip
    with (HERE / "annotated.jsonl").open("w", encoding="utf-8") as out:
        for record in records:
            data = build(record).to_dict(include_text=True)
            out.write(json.dumps(data, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
