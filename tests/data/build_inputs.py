"""Build the reader fixtures in tests/data/inputs/ from four Wikinews articles of the shared corpus.

Run once by hand (``python tests/data/build_inputs.py [corpus.jsonl]``); the tests use
the files it writes and never read the corpus. Each file keeps the articles' attribution
(CC BY 2.5, see tests/data/ATTRIBUTION.md).
"""

from __future__ import annotations

import html
import json
import sys
from pathlib import Path

HERE = Path(__file__).parent / "inputs"
CORPUS = Path("/work/shared/corpus/wikinews-en.jsonl")
IDS = ("enwn-1003", "enwn-4865", "enwn-5215", "enwn-5356")
KEEP = ("id", "lang", "title", "published", "url", "text", "license", "attribution")


def paragraphs_html(text: str) -> str:
    return "\n".join(f"<p>{html.escape(p.strip())}</p>" for p in text.split("\n\n") if p.strip())


def page(record: dict) -> str:
    title = html.escape(record["title"])
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} - Wikinews, the free news source</title>
<link rel="canonical" href="{record["url"]}">
<meta property="og:site_name" content="Wikinews">
<meta name="author" content="Wikinews contributors">
<meta property="article:published_time" content="{record["published"]}T12:00:00Z">
<!-- {html.escape(record["attribution"])} -->
</head>
<body>
<nav><ul><li><a href="/wiki/Main_Page">Main page</a></li>
<li><a href="/wiki/Politics">Politics</a></li><li><a href="/wiki/World">World</a></li></ul></nav>
<main><article>
<h1>{title}</h1>
<p class="published">{record["published"]}</p>
{paragraphs_html(record["text"])}
</article></main>
<aside><h2>Related news</h2><ul><li><a href="/wiki/Other">Another story</a></li></ul></aside>
<footer><p>{html.escape(record["attribution"])}</p></footer>
</body>
</html>
"""


def rss(records: list[dict]) -> str:
    items = []
    for number, record in enumerate(records):
        body = paragraphs_html(record["text"])
        field = (
            f"<content:encoded><![CDATA[{body}]]></content:encoded>"
            if number == 0
            else f"<description>{html.escape(body)}</description>"
        )
        items.append(f"""  <item>
    <title>{html.escape(record["title"])}</title>
    <link>{record["url"]}</link>
    <guid>{record["url"]}</guid>
    <pubDate>{_rfc822(record["published"])}</pubDate>
    <dc:rights>{html.escape(record["attribution"])}</dc:rights>
    {field}
  </item>""")
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Wikinews</title>
  <link>https://en.wikinews.org/</link>
  <description>Wikinews, the free news source (CC BY 2.5)</description>
{chr(10).join(items)}
</channel>
</rss>
"""


def atom(records: list[dict]) -> str:
    entries = []
    for record in records:
        entries.append(f"""  <entry>
    <title>{html.escape(record["title"])}</title>
    <link href="{record["url"]}"/>
    <id>{record["url"]}</id>
    <updated>{record["published"]}T12:00:00Z</updated>
    <author><name>Wikinews contributors</name></author>
    <rights>{html.escape(record["attribution"])}</rights>
    <content type="html">{html.escape(paragraphs_html(record["text"]))}</content>
  </entry>""")
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Wikinews</title>
  <id>https://en.wikinews.org/</id>
  <updated>2005-03-04T12:00:00Z</updated>
{chr(10).join(entries)}
</feed>
"""


def _rfc822(day: str) -> str:
    from datetime import datetime

    return datetime.fromisoformat(day).strftime("%a, %d %b %Y 12:00:00 +0000")


def main(corpus: Path) -> None:
    found = {}
    with corpus.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record["id"] in IDS:
                found[record["id"]] = {key: record[key] for key in KEEP}
    records = [found[i] for i in IDS]
    (HERE / "article.html").write_text(page(records[1]), encoding="utf-8")
    (HERE / "article.txt").write_text(
        records[0]["title"] + "\n\n" + records[0]["text"] + "\n", encoding="utf-8"
    )
    (HERE / "wikinews.rss").write_text(rss(records[:2]), encoding="utf-8")
    (HERE / "wikinews.atom").write_text(atom(records[2:]), encoding="utf-8")
    with (HERE / "wikinews-sample.jsonl").open("w", encoding="utf-8") as out:
        for record in records[:3]:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        as_html = {k: v for k, v in records[3].items() if k not in ("id", "text")}
        as_html["html"] = page(records[3])
        out.write(json.dumps(as_html, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS)
