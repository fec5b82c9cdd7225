"""RSS and Atom feeds: each entry is one article; broken feeds are used when they can be."""

from __future__ import annotations

from pathlib import Path

from quotewire.options import Settings
from quotewire.read.ids import document_id
from quotewire.read.sources import read_sources

PAGE = (
    "<html><head><title>Bridge to reopen</title></head><body><article>"
    "<p>The mayor said on Monday that the bridge would reopen next week after repairs.</p>"
    "<p>“Traffic will flow again,” she told the city council.</p></article></body></html>"
)


def rss(items: str, title: str = "City Desk") -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{title}</title><link>https://city.example/</link><language>en-gb</language>"
        f"{items}</channel></rss>"
    )


def test_the_rss_fixture(inputs: Path, settings: Settings, split) -> None:
    path = inputs / "wikinews.rss"
    docs, errors = split(read_sources([str(path)], settings))
    assert errors == []
    assert [d.title for d in docs] == [
        "Israeli army kills three Egyptians in border incident",
        "North Korea has no further interest in negotiations with United States",
    ]
    first, second = docs
    assert first.published == "2004-11-18T12:00:00+00:00"
    assert first.url == "https://en.wikinews.org/wiki/?curid=1003"
    assert first.id == document_id(url=first.url)
    assert first.outlet == "Wikinews"
    assert first.origin == f"{path}#1"
    assert first.text.startswith("GAZA - The Israeli Army")
    assert len(first.text.split("\n\n")) == 4  # content:encoded paragraphs
    assert second.text.startswith("Xinhua quoted")  # from the escaped <description>


def test_the_atom_fixture(inputs: Path, settings: Settings, split) -> None:
    docs, errors = split(read_sources([str(inputs / "wikinews.atom")], settings))
    assert errors == []
    assert [d.url for d in docs] == [
        "https://en.wikinews.org/wiki/?curid=5215",
        "https://en.wikinews.org/wiki/?curid=5356",
    ]
    assert docs[1].published == "2005-03-04T12:00:00+00:00"
    assert docs[1].extra["author"] == "Wikinews contributors"
    assert "Giuliana Sgrena was freed" in docs[1].text


def test_the_same_article_has_the_same_id_in_a_feed_and_a_jsonl(inputs: Path, settings) -> None:
    from_feed = {d.url: d.id for d in read_sources([str(inputs / "wikinews.atom")], settings)}
    from_jsonl = {
        d.url: d.id for d in read_sources([str(inputs / "wikinews-sample.jsonl")], settings)
    }
    url = "https://en.wikinews.org/wiki/?curid=5356"
    assert from_feed[url] == from_jsonl[url]


def test_broken_xml_with_entries_is_used(tmp_path: Path, settings: Settings, split) -> None:
    feed = rss(
        "<item><title>Bridge & tunnel</title><link>http://127.0.0.1:9/bridge</link>"
        "<description>The mayor said the bridge would reopen.</description></item>"
    ).replace("</channel></rss>", "")
    path = tmp_path / "broken.rss"
    path.write_text(feed, encoding="utf-8")
    docs, errors = split(read_sources([str(path)], settings))
    assert errors == []
    assert docs[0].text == "The mayor said the bridge would reopen."
    assert docs[0].title == "Bridge & tunnel"


def test_broken_xml_without_entries_is_an_error(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "broken.xml"
    path.write_text("<?xml version='1.0'?><rss><channel><title>x</ti", encoding="utf-8")
    (error,) = read_sources([str(path)], settings)
    assert str(error).startswith(f"{path}: not a readable feed (")


def test_a_feed_without_entries(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "quiet.rss"
    path.write_text(rss(""), encoding="utf-8")
    (error,) = read_sources([str(path)], settings)
    assert str(error) == f"{path}: feed has no entries"


def test_link_only_entries_are_fetched(tmp_path: Path, settings: Settings, server, split) -> None:
    server.routes["/bridge"] = server_route(PAGE)
    items = (
        f"<item><title>Bridge to reopen</title><link>{server.url('/bridge')}</link>"
        "<pubDate>Mon, 06 May 2024 09:30:00 +0000</pubDate></item>"
        f"<item><title>Gone</title><link>{server.url('/gone')}</link></item>"
        "<item><title>Nothing at all</title></item>"
    )
    path = tmp_path / "links.rss"
    path.write_text(rss(items), encoding="utf-8")
    docs, errors = split(read_sources([str(path)], settings))
    (doc,) = docs
    assert doc.text.startswith("The mayor said on Monday")
    assert doc.title == "Bridge to reopen"
    assert doc.published == "2024-05-06T09:30:00+00:00"
    assert doc.outlet == "City Desk"
    assert doc.language == "en"  # the channel's en-gb
    assert doc.id == document_id(url=server.url("/bridge"))
    assert [str(e) for e in errors] == [
        f"{path}#2: HTTP 404 Not Found ({server.url('/gone')})",
        f"{path}#3: feed entry has no content, summary or link",
    ]


def test_a_feed_url(settings: Settings, server, inputs: Path, split) -> None:
    from read_http_server import Route

    server.routes["/feed"] = Route(
        (inputs / "wikinews.rss").read_bytes(), "application/rss+xml; charset=utf-8"
    )
    docs, errors = split(read_sources([server.url("/feed")], settings))
    assert errors == []
    assert [d.origin for d in docs] == [server.url("/feed#1"), server.url("/feed#2")]
    assert docs[0].url == "https://en.wikinews.org/wiki/?curid=1003"


def server_route(html: str):
    from read_http_server import Route

    return Route(html.encode("utf-8"))
