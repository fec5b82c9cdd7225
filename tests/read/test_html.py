"""HTML pages through trafilatura: main text as blank-line paragraphs, metadata, errors."""

from __future__ import annotations

from pathlib import Path

from quotewire.options import Settings
from quotewire.read.html import extract_page
from quotewire.read.ids import document_id
from quotewire.read.sources import read_sources


def test_the_fixture_page(inputs: Path, settings: Settings, split) -> None:
    docs, errors = split(read_sources([str(inputs / "article.html")], settings))
    assert errors == []
    (doc,) = docs
    assert doc.title == "North Korea has no further interest in negotiations with United States"
    assert doc.published == "2005-02-19"
    assert doc.url == "https://en.wikinews.org/wiki/?curid=4865"  # the canonical link
    assert doc.outlet == "Wikinews"
    assert doc.language == "en"  # <html lang="en">
    assert doc.extra["author"] == "Wikinews contributors"
    assert doc.id == document_id(url=doc.url)
    assert doc.origin == str(inputs / "article.html")


def test_paragraphs_are_separated_by_blank_lines_without_page_furniture(
    inputs: Path, settings: Settings
) -> None:
    (doc,) = read_sources([str(inputs / "article.html")], settings)
    paragraphs = doc.text.split("\n\n")
    assert len(paragraphs) >= 3
    assert any(p.startswith("Xinhua quoted an unnamed North Korean spokesman") for p in paragraphs)
    assert not doc.text.startswith(doc.title)  # the headline is the title, not a paragraph
    for furniture in ("Main page", "Related news", "Licensed under CC BY"):
        assert furniture not in doc.text
    assert "#" not in doc.text and "**" not in doc.text  # plain text, no markdown


def test_line_breaks_stay_inside_a_paragraph_and_lists_are_one_block() -> None:
    page = extract_page(
        "<html><body><article>"
        "<p>The statement read:<br>“We regret the incident.”</p>"
        "<p>The ministry listed its demands, which it said were not negotiable:</p>"
        "<ul><li>an apology</li><li>an inquiry</li></ul>"
        "</article></body></html>"
    )
    assert page is not None
    assert page.text == (
        "The statement read:\n“We regret the incident.”\n\n"
        "The ministry listed its demands, which it said were not negotiable:\n\n"
        "an apology\nan inquiry"
    )


def test_a_page_without_an_article(tmp_path: Path, settings: Settings, split) -> None:
    path = tmp_path / "menu.html"
    path.write_text(
        "<html><head><title>Home</title></head><body><nav><ul>"
        "<li><a href='/world'>World</a></li><li><a href='/sport'>Sport</a></li>"
        "</ul></nav><script>var tracking = 1;</script></body></html>",
        encoding="utf-8",
    )
    docs, errors = split(read_sources([str(path)], settings))
    assert docs == []
    assert str(errors[0]).startswith(f"{path}: no article text found in the HTML")


def test_a_declared_legacy_charset(tmp_path: Path, settings: Settings, split) -> None:
    html = (
        '<html lang="ru-RU"><head><meta charset="windows-1251"><title>Лавров</title></head>'
        "<body><article>"
        "<p>Министр иностранных дел России Сергей Лавров заявил журналистам в пятницу, "
        "что переговоры были «полезными и откровенными».</p></article></body></html>"
    )
    path = tmp_path / "ru.html"
    path.write_bytes(html.encode("cp1251"))
    docs, errors = split(read_sources([str(path)], settings))
    assert errors == []
    assert "Сергей Лавров" in docs[0].text
    assert docs[0].extra["encoding"] == "windows-1251 (declared)"
    assert docs[0].language == "ru"


def test_without_canonical_link_the_id_hashes_the_text(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "plain.html"
    path.write_text(
        "<html><body><article><p>The mayor said on Monday that the bridge would reopen "
        "next week after repairs.</p></article></body></html>",
        encoding="utf-8",
    )
    (doc,) = read_sources([str(path)], settings)
    assert doc.url is None
    assert doc.id == document_id(content=doc.text)
