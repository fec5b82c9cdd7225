"""Build the labelled syndication / statement set ``articles.jsonl`` from the shared corpus.

Usage (from the repository root; needs the shared corpus):
    .venv/bin/python tests/data/syndication/build_set.py /work/shared/corpus

Real Wikinews articles (CC BY 2.5) play the originals, each under one outlet name. From them the
script derives, deterministically, articles whose truth is known:

* credited republications (a credit line or wire lead naming the original's outlet), one
  paragraph dropped, some quotes trimmed or lightly edited, published a day later;
* uncredited copies (near-duplicate bodies), two paragraphs dropped, quotes edited;
* independent reports: another outlet's article that quotes the same words (trimmed or edited)
  inside text of its own (background paragraphs taken from an unrelated corpus article);
* distractor articles: quotes that share most words with an original quote but differ in
  meaning (negation added, a number changed, a name changed);
* republications crediting an agency whose original is not in the set;
* the real cross-article cluster of ``wikinews-en-shared-quotes.json``.

Every record keeps the source article's ``attribution`` and says what was changed. Labels:
``quotes[].label`` (same label = same statement), ``truth_original`` (the stored article this
one republishes, or null), ``truth_republication`` (true for any republication, credited or
detected).
"""

from __future__ import annotations

import json
import random
import re
import sys
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).parent
OUTPUT = HERE / "articles.jsonl"
QUOTE = re.compile(r"\"([^\"\n]+)\"|“([^”\n]+)”")
ORIGINALS = 36
OUTLETS = ("Wikinews", "TASS", "Reuters", "AFP", "AP")
CREDITS = {
    "Wikinews": ["Based on materials from Wikinews.", "Source: Wikinews"],
    "TASS": ["Based on materials from TASS", "по материалам ТАСС", "— TASS"],
    "Reuters": ["lead"],
    "AFP": ["© AFP 2020", "With AFP"],
    "AP": ["Source: AP", "— AP"],
}
EDITS = {
    "biggest": "largest",
    "important": "significant",
    "very": "really",
    "big": "large",
    "think": "believe",
    "believe": "think",
    "help": "assist",
    "people": "citizens",
    "country": "nation",
    "said": "stated",
    "government": "administration",
    "want": "wish",
}
NEGATABLE = (" will ", " is ", " are ", " was ", " has ", " can ", " should ", " would ")
OTHER_NAMES = ("Germany", "Brazil", "Johnson", "Martinez", "Canada", "Tokyo", "Nairobi")
SHORTEST_QUOTE_WORDS = 4


def main(corpus: Path) -> None:
    records = [json.loads(line) for line in (corpus / "wikinews-en.jsonl").open(encoding="utf-8")]
    shared = json.loads((corpus / "wikinews-en-shared-quotes.json").read_text(encoding="utf-8"))
    real_ids = [a["id"] for c in shared["clusters"] for a in c["articles"]]
    by_id = {r["id"]: r for r in records}
    usable = [r for r in records if _usable(r) and r["id"] not in real_ids]
    usable.sort(key=lambda r: r["id"])
    step = max(1, len(usable) // (ORIGINALS * 2))
    originals = usable[::step][:ORIGINALS]
    chosen = {r["id"] for r in originals}
    fillers = [r for r in usable if r["id"] not in chosen][: ORIGINALS * 2 + 2]
    out: list[dict] = []
    for index, record in enumerate(originals):
        rng = random.Random(record["id"])
        outlet = OUTLETS[index % len(OUTLETS)]
        original = _original(record, outlet)
        out.append(original)
        variant = index % 3
        if variant == 0:
            out.append(_credited_copy(original, record, rng, index))
        elif variant == 1:
            out.append(_uncredited_copy(original, record, rng))
        else:
            out.append(_independent_report(original, record, fillers[index], rng))
        if index % 2 == 0:
            out.append(_distractor(original, record, fillers[ORIGINALS + index], rng))
    for number, record in enumerate(fillers[ORIGINALS * 2 :]):
        out.append(_unstored_original_copy(record, number))
    for record_id in real_ids:
        out.append(_original(by_id[record_id], "Wikinews", shared_labels=True))
    with OUTPUT.open("w", encoding="utf-8") as handle:
        for item in out:
            item.pop("_paragraphs")
            handle.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"{len(out)} articles -> {OUTPUT}")


def _usable(record: dict) -> bool:
    paragraphs = record["text"].split("\n\n")
    quotes = [q for q in _quotes_in(record["text"]) if len(q.split()) >= 8]
    return (
        record.get("published") is not None
        and 1200 <= len(record["text"]) <= 5000
        and len(paragraphs) >= 5
        and 2 <= len(quotes) <= 6
    )


def _quotes_in(text: str) -> list[str]:
    return [m.group(1) or m.group(2) for m in QUOTE.finditer(text)]


def _assemble(title: str, paragraphs: list[list[tuple[str, str | None]]]) -> tuple[str, list]:
    """Join paragraphs made of (text, quote label or None) pieces; record the quote offsets."""
    text = title + "\n\n"
    quotes = []
    for number, pieces in enumerate(paragraphs):
        if number:
            text += "\n\n"
        for piece, label in pieces:
            if label is not None:
                quotes.append(
                    {
                        "start": len(text),
                        "end": len(text) + len(piece),
                        "text": piece,
                        "kind": "direct",
                        "label": label,
                    }
                )
            text += piece
    return text, quotes


def _split(paragraph: str, labels: list[str | None]) -> list[tuple[str, str | None]]:
    """A paragraph as pieces; quoted words get the next label (None: not a tracked quote)."""
    pieces: list[tuple[str, str | None]] = []
    last = 0
    for match in QUOTE.finditer(paragraph):
        inner_start, inner_end = match.span(1) if match.group(1) else match.span(2)
        label = labels.pop(0)
        pieces.append((paragraph[last:inner_start], None))
        pieces.append((paragraph[inner_start:inner_end], label))
        last = inner_end
    pieces.append((paragraph[last:], None))
    return pieces


def _original(record: dict, outlet: str, *, shared_labels: bool = False) -> dict:
    paragraphs = []
    seen: dict[str, str] = {}
    for number, paragraph in enumerate(record["text"].split("\n\n")):
        labels = []
        for k, quote in enumerate(_quotes_in(paragraph)):
            tracked = len(quote.split()) >= SHORTEST_QUOTE_WORDS
            name = _shared_label(quote) if shared_labels else f"{record['id']}#{number}.{k}"
            # The same words quoted twice in one article are one statement.
            name = seen.setdefault(_words(quote), name)
            labels.append(name if tracked else None)
        paragraphs.append(_split(paragraph, labels))
    paragraphs = _unify_contained(paragraphs)
    text, quotes = _assemble(record["title"], paragraphs)
    url = (
        record["url"]
        if outlet == "Wikinews"
        else f"https://{outlet.lower()}.example/{record['id']}"
    )
    return _record(
        record,
        record["id"],
        outlet,
        record["published"],
        url,
        text,
        quotes,
        None,
        False,
        "relabelled as published by " + outlet,
        paragraphs,
    )


def _unify_contained(paragraphs: list) -> list:
    """A quote printed again inside a longer quote of the same article is the same statement."""
    tracked = [(_words(t), lb) for pieces in paragraphs for t, lb in pieces if lb]
    rename: dict[str, str] = {}
    for words, label in tracked:
        for other_words, other_label in tracked:
            inside = f" {words} " in f" {other_words} " and words != other_words
            if inside and len(words.split()) >= 6:
                rename[label] = other_label
    return [[(t, rename.get(lb, lb) if lb else lb) for t, lb in pieces] for pieces in paragraphs]


def _words(quote: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", "", quote.lower()).split())


def _shared_label(quote: str) -> str:
    return "shared:" + " ".join(_words(quote).split()[:6])


def _record(
    source: dict,
    id_: str,
    outlet: str,
    published: str,
    url: str,
    text: str,
    quotes: list,
    original: str | None,
    republication: bool,
    change: str,
    paragraphs: list,
) -> dict:
    return {
        "id": id_,
        "outlet": outlet,
        "published": published,
        "url": url,
        "title": source["title"],
        "text": text,
        "quotes": [q for q in quotes if q["label"] is not None],
        "truth_original": original,
        "truth_republication": republication,
        "derived_from": source["id"],
        "attribution": source["attribution"] + f" Changed for a test set: {change}. "
        "See tests/data/ATTRIBUTION.md.",
        "_paragraphs": paragraphs,
    }


def _edit_quote(quote: str, rng: random.Random) -> str:
    """Trim a long quote or change one ordinary word; names, numbers and negations stay."""
    words = quote.split(" ")
    roll = rng.random()
    if roll < 0.35 and len(words) >= 14:
        return " ".join(words[2:-3]).strip(" ,;")
    if roll < 0.7:
        for i, word in enumerate(words):
            if word in EDITS and i > 0:
                words[i] = EDITS[word.lower()]
                return " ".join(words)
        for i, word in enumerate(words[1:-1], start=1):
            if word.lower() in ("that", "the", "very", "really", "also", "just"):
                return " ".join(words[:i] + words[i + 1 :])
    return quote


def _copy_paragraphs(original: dict, rng: random.Random, drop: int, edit: bool) -> list:
    paragraphs = [list(p) for p in original["_paragraphs"]]
    droppable = [i for i in range(1, len(paragraphs)) if not any(lb for _, lb in paragraphs[i])]
    droppable = droppable or list(range(1, len(paragraphs)))
    for i in sorted(rng.sample(droppable, min(drop, len(droppable) - 1)), reverse=True):
        del paragraphs[i]
    if edit:
        paragraphs = [
            [(_edit_quote(t, rng) if lb else t, lb) for t, lb in pieces] for pieces in paragraphs
        ]
    return paragraphs


def _later(day: str, days: int) -> str:
    return (date.fromisoformat(day) + timedelta(days=days)).isoformat()


def _credited_copy(original: dict, record: dict, rng: random.Random, index: int) -> dict:
    outlet = original["outlet"]
    credit = CREDITS[outlet][index // 3 % len(CREDITS[outlet])]
    paragraphs = _copy_paragraphs(original, rng, drop=1, edit=True)
    if credit == "lead":
        first_text, first_label = paragraphs[0][0]
        paragraphs[0][0] = ("WASHINGTON (Reuters) - " + first_text, first_label)
    else:
        paragraphs.append([(credit, None)])
    text, quotes = _assemble(record["title"], paragraphs)
    return _record(
        record,
        f"{record['id']}-courier",
        "Daily Courier",
        _later(original["published"], 1),
        f"https://courier.example/{record['id']}",
        text,
        quotes,
        original["id"],
        True,
        f"republished with the credit line '{credit}', a paragraph dropped, quotes edited",
        paragraphs,
    )


def _uncredited_copy(original: dict, record: dict, rng: random.Random) -> dict:
    paragraphs = _copy_paragraphs(original, rng, drop=2, edit=True)
    text, quotes = _assemble(record["title"], paragraphs)
    return _record(
        record,
        f"{record['id']}-ledger",
        "Morning Ledger",
        original["published"],
        f"https://ledger.example/{record['id']}",
        text,
        quotes,
        original["id"],
        True,
        "copied without credit, two paragraphs dropped, quotes edited",
        paragraphs,
    )


def _filler_paragraphs(filler: dict) -> list:
    return [[(p, None)] for p in filler["text"].split("\n\n")[:8] if not QUOTE.search(p)]


def _independent_report(original: dict, record: dict, filler: dict, rng: random.Random) -> dict:
    tracked = [(t, lb) for pieces in original["_paragraphs"] for t, lb in pieces if lb]
    picked = tracked[:2]
    paragraphs = [
        [
            ('Officials repeated their position this week. One of them said: "', None),
            (_edit_quote(t, rng), lb),
            ('"', None),
        ]
        for t, lb in picked
    ]
    paragraphs += _filler_paragraphs(filler)
    text, quotes = _assemble("Report: " + record["title"], paragraphs)
    return _record(
        record,
        f"{record['id']}-post",
        "Evening Post",
        _later(original["published"], 1),
        f"https://post.example/{record['id']}",
        text,
        quotes,
        None,
        False,
        "quotes reused in an independent report with background from "
        f"{filler['id']} ({filler['url']})",
        paragraphs,
    )


def _distort(quote: str, rng: random.Random) -> str | None:
    """A quote that shares the words but not the meaning, or None if no change applies."""
    numbers = re.findall(r"\d+", quote)
    if numbers:
        return quote.replace(numbers[0], str(int(numbers[0]) * 2 + 1), 1)
    for verb in NEGATABLE:
        if verb in quote:
            return quote.replace(verb, verb.rstrip() + " not ", 1)
    names = re.findall(r"(?<=\s)[A-Z][a-z]{3,}", quote)
    if names:
        return quote.replace(names[0], rng.choice(OTHER_NAMES), 1)
    return None


def _distractor(original: dict, record: dict, filler: dict, rng: random.Random) -> dict:
    paragraphs = []
    for number, (text, label) in enumerate(
        (t, lb) for pieces in original["_paragraphs"] for t, lb in pieces if lb
    ):
        changed = _distort(text, rng)
        if changed and changed != text and len(paragraphs) < 3:
            paragraphs.append(
                [
                    ('A spokesperson was quoted as saying: "', None),
                    (changed, f"distractor:{label}:{number}"),
                    ('"', None),
                ]
            )
    paragraphs += _filler_paragraphs(filler)
    text, quotes = _assemble("Analysis: " + record["title"], paragraphs)
    return _record(
        record,
        f"{record['id']}-observer",
        "Weekly Observer",
        _later(original["published"], 2),
        f"https://observer.example/{record['id']}",
        text,
        quotes,
        None,
        False,
        "quotes altered in meaning (negation, number, name) as distractors, background "
        f"from {filler['id']} ({filler['url']})",
        paragraphs,
    )


def _unstored_original_copy(record: dict, number: int) -> dict:
    base = _original(record, "Daily Courier")
    credit = ("Based on materials from TASS", "(Interfax)")[number % 2]
    paragraphs = [*base["_paragraphs"], [(credit, None)]]
    text, quotes = _assemble(record["title"], paragraphs)
    return _record(
        record,
        f"{record['id']}-credited",
        "Daily Courier",
        record["published"],
        f"https://courier.example/{record['id']}",
        text,
        quotes,
        None,
        True,
        f"credited to an agency whose original is not in the set ('{credit}')",
        paragraphs,
    )


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/corpus"))
