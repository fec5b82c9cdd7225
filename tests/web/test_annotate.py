"""Cutting article text into highlighted pieces: offsets, nesting, clipping, no HTML built."""

from __future__ import annotations

from quotewire.types import Article, Mention, Paragraph, Quote, Span
from quotewire.web.annotate import annotate

TEXT = 'Talks go on\n\n"We will [the ministry] stay," Ann Bold said on Friday.'


def _article(**quote_fields: object) -> Article:
    start = TEXT.index("We will")
    end = TEXT.index('," Ann')
    fields = {
        "start": start, "end": end, "text": TEXT[start:end], "kind": "direct",
        "speaker": "Ann Bold",
        "speaker_mention": Mention(TEXT.index("Ann"), TEXT.index(" said"), "Ann Bold"),
        "cue_span": Span.of(TEXT, TEXT.index("said"), TEXT.index("said") + 4),
        "insertions": [Span.of(TEXT, TEXT.index("[the"), TEXT.index("] ") + 1)],
        **quote_fields,
    }  # fmt: skip
    return Article(
        text=TEXT,
        paragraphs=[Paragraph(0, 11, "title"), Paragraph(13, len(TEXT), "body")],
        quotes=[Quote(**fields)],  # type: ignore[arg-type]
    )


def test_pieces_cover_each_paragraph_exactly_and_keep_their_kind():
    paragraphs = annotate(_article())
    assert [p["kind"] for p in paragraphs] == ["title", "body"]
    assert "".join(piece["text"] for piece in paragraphs[1]["pieces"]) == TEXT[13:]
    assert paragraphs[0]["pieces"] == [
        {"text": "Talks go on", "quote": None, "quote_kind": None, "insertion": False,
         "cue": False, "mention": False, "href": None, "starts_quote": False, "also_starts": []}
    ]  # fmt: skip


def test_quote_insertion_cue_and_mention_are_marked():
    pieces = annotate(_article(), lambda quote: "/speakers/Ann%20Bold")[1]["pieces"]
    by_text = {piece["text"]: piece for piece in pieces}
    assert by_text["We will "]["quote"] == 1 and by_text["We will "]["starts_quote"]
    assert by_text["[the ministry]"]["insertion"] and by_text["[the ministry]"]["quote"] == 1
    assert by_text[" stay"]["quote"] == 1 and not by_text[" stay"]["starts_quote"]
    assert by_text["Ann Bold"]["mention"] and by_text["Ann Bold"]["href"] == "/speakers/Ann%20Bold"
    assert by_text["said"]["cue"] and by_text["said"]["quote"] is None


def test_markup_in_text_stays_plain_text_in_pieces():
    text = 'x <script>alert(1)</script> "<img onerror=alert(1)>," she said'
    start = text.index("<img")
    article = Article(
        text=text,
        quotes=[Quote(start, start + len("<img onerror=alert(1)>"), "", "direct")],
    )
    pieces = annotate(article)[0]["pieces"]
    assert "".join(p["text"] for p in pieces) == text
    assert [p["text"] for p in pieces if p["quote"]] == ["<img onerror=alert(1)>"]


def test_offsets_outside_the_text_are_clipped_and_unknown_kinds_shown_as_direct():
    article = Article(
        text="short text",
        quotes=[Quote(6, 500, "text", "rumour")],  # type: ignore[arg-type]
    )
    pieces = annotate(article)[0]["pieces"]
    assert [(p["text"], p["quote_kind"]) for p in pieces] == [("short ", None), ("text", "direct")]


def test_without_layout_blank_lines_make_paragraphs():
    article = Article(text="One.\n\nTwo.\n\n\n\nThree.")
    assert [p["pieces"][0]["text"] for p in annotate(article)] == ["One.", "Two.", "Three."]


def test_a_quote_across_a_paragraph_break_is_marked_in_both():
    text = "Aa bb.\n\nCc dd."
    article = Article(text=text, quotes=[Quote(3, 11, text[3:11], "indirect")])
    paragraphs = annotate(article)
    assert [p["text"] for p in paragraphs[0]["pieces"] if p["quote"]] == ["bb."]
    assert [p["text"] for p in paragraphs[1]["pieces"] if p["quote"]] == ["Cc "]
