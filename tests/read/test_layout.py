"""The layout reader: headline, date line, headers, credits and syndication lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotewire.read.layout import parse_layout, split_paragraphs

EXAMPLE = Path(__file__).parents[2] / "examples" / "lavrov-csto.txt"


@pytest.fixture(scope="module")
def lavrov() -> str:
    return EXAMPLE.read_text(encoding="utf-8")


def test_reference_article_structure(lavrov: str) -> None:
    layout = parse_layout(lavrov)
    assert layout.title is not None
    assert layout.title.text.startswith("Lavrov: the situation in Kazakhstan")
    assert layout.dateline is not None and layout.dateline.text == "14 January"
    assert [h.text for h in layout.headers] == [
        "Attempts to undermine the situation in the CSTO countries",
        'GSV "Russia - Islamic world"',
    ]
    assert [c.text for c in layout.credits] == ["Photo: Creative Commons"]
    assert [(c.source, c.line.text) for c in layout.syndication] == [
        ("TASS", "Based on materials from TASS")
    ]
    for span in [layout.title, layout.dateline, *layout.headers, *layout.credits]:
        assert lavrov[span.start : span.end] == span.text


def test_year_is_never_invented(lavrov: str) -> None:
    layout = parse_layout(lavrov)
    assert layout.published == "--01-14"
    assert any("year is unknown" in note for note in layout.notes)
    given = parse_layout(lavrov, published="2022-01-14")
    assert given.published == "2022-01-14"
    assert not given.notes


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("January 14, 2022", "2022-01-14"),
        ("2022-01-14", "2022-01-14"),
        ("Friday, 14 Jan 2022 10:15", "2022-01-14"),
        ("14 January", "--01-14"),
        ("14 января 2022 года", "2022-01-14"),
    ],
)
def test_date_lines(line: str, expected: str) -> None:
    layout = parse_layout(
        f"Headline of the story\n\n{line}\n\nThe body says something. It goes on."
    )
    assert layout.published == expected
    assert layout.dateline is not None and layout.dateline.text == line


def test_headline_and_dateline_in_one_block() -> None:
    layout = parse_layout("Talks resume in Geneva\nJanuary 9, 2022\n\nDiplomats met on Sunday.")
    assert layout.title is not None and layout.title.text == "Talks resume in Geneva"
    assert layout.published == "2022-01-09"


def test_sentence_with_a_date_is_not_a_dateline() -> None:
    layout = parse_layout("Headline\n\nTalks resumed on 14 May in Geneva.\n\nMore text here.")
    assert layout.dateline is None and layout.published is None


@pytest.mark.parametrize(
    ("body", "source", "line"),
    [
        ("MOSCOW, Jan 14 (Reuters) - Russia said on Friday it was ready.", "Reuters",
         "MOSCOW, Jan 14 (Reuters) - "),
        ("The talks went well, the minister said. — AP", "AP", "— AP"),
        ("МОСКВА, 14 января. /ТАСС/. Лавров заявил, что переговоры прошли хорошо.", "TASS",
         "МОСКВА, 14 января. /ТАСС/. "),
    ],
)  # fmt: skip
def test_inline_syndication(body: str, source: str, line: str) -> None:
    layout = parse_layout(f"Headline\n\n{body}")
    assert [(c.source, c.line.text) for c in layout.syndication] == [(source, line)]


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("Source: Interfax", "Interfax"),
        ("© AFP", "AFP"),
        ("With AFP", "AFP"),
        ("По материалам ТАСС", "TASS"),
        ("— РИА Новости", "RIA Novosti"),
        ("Based on materials from TASS", "TASS"),
    ],
)
def test_syndication_lines(line: str, source: str) -> None:
    layout = parse_layout(f"Headline\n\nThe minister spoke at length, officials said.\n\n{line}")
    assert [c.source for c in layout.syndication] == [source]
    assert layout.paragraphs[-1].kind == "syndication"


def test_one_line_quotation_is_not_a_header() -> None:
    text = 'Headline\n\nFirst paragraph, he said.\n\n"We will win"\n\nLast paragraph here.'
    assert parse_layout(text).headers == []


def test_sentence_ending_in_a_quotation_is_not_a_header() -> None:
    text = (
        "Headline\n\nFirst paragraph, he said.\n\nHe added: “There is nothing we cannot do.”\n\n"
        "Pollster Sides With Bush On “Radical Islam.”\n\nLast paragraph here."
    )
    assert [h.text for h in parse_layout(text).headers] == [
        "Pollster Sides With Bush On “Radical Islam.”"
    ]


def test_paragraph_offsets_are_exact() -> None:
    text = "  A first block.\nstill first\n\n\n   Second block.  \n"
    paragraphs = split_paragraphs(text)
    assert [text[p.start : p.end] for p in paragraphs] == [
        "A first block.\nstill first",
        "Second block.",
    ]


def test_empty_and_whitespace_text() -> None:
    assert parse_layout("").paragraphs == []
    assert parse_layout(" \n\n \n").paragraphs == []


def test_a_reading_list_entry_is_a_credit_not_body_text() -> None:
    text = (
        "Arts roundup\n\n"
        'CLOSING—"The old theater will close in the spring," by the Gazette\'s Ann Lee: '
        '"The theater, which opened in 1921, will show its last film in May." http://x.co/1\n\n'
        '"A quiet museum gets a new wing," by Courier\'s Bo Park.\n\n'
        '"If there had not been that intervention" by the allies, she said, the war would go on.'
    )
    layout = parse_layout(text)
    kinds = [p.kind for p in layout.paragraphs]
    assert kinds == ["title", "credit", "credit", "body"]
    assert layout.credits[1].text.startswith('"A quiet museum')


def test_a_given_publication_date_that_is_not_a_date_is_ignored_with_a_note() -> None:
    layout = parse_layout(
        "Talks resume\n\n14 January 2022\n\nThe minister said so.", published="n/a"
    )
    assert layout.published == "2022-01-14"  # from the date line
    assert layout.notes == ["publication date ignored: not a date: 'n/a'"]
