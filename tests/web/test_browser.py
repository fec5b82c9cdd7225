"""End to end in real headless Chromium: ingest a few real articles with the real pipeline,
run ``quotewire serve`` on a free local port, and use the pages as a reader would.

Needs Debian's Chromium at /usr/bin/chromium (``scripts/browser.sh`` installs it) and the
``playwright`` package; Playwright drives the system browser, it never downloads one. The
screenshots go to a temporary folder, or to ``$QUOTEWIRE_SCREENSHOTS`` (the README's pictures:
``QUOTEWIRE_SCREENSHOTS=docs/img .venv/bin/pytest tests/web -m browser``).
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
DATA = Path(__file__).parent.parent / "data" / "web"
REFERENCE = Path(__file__).parents[2] / "examples" / "lavrov-csto.txt"
RUN_CLI = "from quotewire.cli import main; main()"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="needs /usr/bin/chromium (scripts/browser.sh)"
    ),
]
playwright_api = pytest.importorskip("playwright.sync_api")


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", RUN_CLI, *args], capture_output=True, text=True, timeout=600
    )


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``quotewire serve`` over a store of the sample articles and the crafted one."""
    db = str(tmp_path_factory.mktemp("browser") / "web.db")
    ingest = _cli(
        "ingest", "-q", "--db", db, str(DATA / "sample.jsonl"), str(DATA / "injection.txt")
    )
    assert ingest.returncode == 0, ingest.stderr
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-c", RUN_CLI, "serve", "--db", db, "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(base, process)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


def _wait_until_up(base: str, process: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(
                f"quotewire serve exited: {process.stderr.read() if process.stderr else ''}"
            )
        try:
            with urllib.request.urlopen(base + "/api/speakers", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    pytest.fail("quotewire serve did not answer within 60 s")


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with playwright_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture()
def page(browser, server: str):  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.dialogs, page.errors = dialogs, errors
    yield page
    context.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = os.environ.get("QUOTEWIRE_SCREENSHOTS")
    path = Path(folder) if folder else tmp_path_factory.mktemp("screenshots")
    path.mkdir(parents=True, exist_ok=True)
    return path


def _speaker_href(server: str, name: str) -> str:
    """The page of the most quoted speaker whose name contains ``name``."""

    with urllib.request.urlopen(server + "/api/speakers?per_page=100") as response:
        speakers = json.load(response)["speakers"]
    return next(s["href"] for s in speakers if name in s["name"])


def test_search_finds_quotes_with_speaker_outlet_date_and_article_link(page, server, shots):
    page.goto(server + "/")
    page.fill("input[name=q]", "Sudanese government")
    page.click("button[type=submit]")
    page.wait_for_load_state()
    hits = page.locator("li.hit")
    assert hits.count() >= 2
    first = hits.first
    assert "sudanese government" in first.locator("mark.quote").inner_text().lower()
    assert first.locator("time").inner_text().startswith("2006-")
    assert first.locator("a.speaker").count() == 1
    page.screenshot(path=str(shots / "search.png"), full_page=True)
    first.locator("a[href^='/articles/']").click()
    page.wait_for_load_state()
    assert page.locator("article mark.quote").count() >= 1
    assert not page.errors


def test_speaker_page_draws_the_chart(page, server, shots):
    page.goto(server + _speaker_href(server, "Bush"))
    page.wait_for_selector("#timeline-chart")
    drawn = page.evaluate(
        """() => {
            const canvas = document.getElementById('timeline-chart');
            const context = canvas.getContext('2d');
            const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
            let painted = 0;
            for (let i = 3; i < pixels.length; i += 4) { if (pixels[i] > 0) painted++; }
            return painted;
        }"""
    )
    assert drawn > 500, "the quotes-over-time chart drew nothing"
    assert page.locator("ol.hits li.hit").count() >= 1
    assert page.locator("text=Quoted by").count() == 1
    page.screenshot(path=str(shots / "speaker.png"), full_page=True)
    assert not page.errors


def test_article_page_highlights_quotes_and_links_speakers(page, server, shots):
    page.goto(server + "/articles/enwn-39540")
    assert page.locator("mark.quote").count() >= 2
    assert page.locator("a.mention[href^='/speakers/']").count() >= 1
    assert page.locator("table.quotes tbody tr").count() >= 2
    page.screenshot(path=str(shots / "article.png"), full_page=True)
    assert not page.errors


def test_statement_page_shows_provenance(page, server, shots):
    page.goto(server + "/?q=%22exclusive+economic+zone%22")
    page.locator("a", has_text="in 2 articles").first.click()
    page.wait_for_selector("ol.timeline")
    entries = page.locator("ol.timeline > li")
    assert entries.count() == 2
    assert "first seen" in entries.first.inner_text()
    assert entries.first.locator("time").inner_text() == "2020-01-10"
    page.screenshot(path=str(shots / "statement.png"), full_page=True)
    assert not page.errors


def test_paste_page_annotates_without_storing(page, server, shots):
    page.goto(server + "/paste")
    page.fill("textarea[name=text]", REFERENCE.read_text(encoding="utf-8"))
    page.fill("input[name=published]", "2022-01-14")
    page.click("button[type=submit]")
    page.wait_for_selector("#result")
    result = page.locator("#result")
    assert result.locator("mark.quote").count() >= 3
    assert result.locator(".insertion", has_text="[the situation]").count() == 1
    assert "TASS" in result.locator(".syndication").inner_text()
    assert "Sergey Lavrov" in result.locator("table.quotes").inner_text()
    assert result.locator("p.para-title").count() == 1
    # The form and the top of the annotated result; the whole page is very long.
    clip = {"x": 0, "y": 0, "width": 1200, "height": 1300}
    page.screenshot(path=str(shots / "paste.png"), full_page=True, clip=clip)
    page.goto(server + "/paste")
    page.fill("textarea[name=text]", (DATA / "injection.txt").read_text(encoding="utf-8"))
    page.click("button[type=submit]")
    page.wait_for_selector("#result")
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert not page.dialogs
    with urllib.request.urlopen(server + "/api/speakers?per_page=100") as response:
        assert "Lavrov" not in response.read().decode(), "pasting stores nothing"


def test_crafted_article_runs_no_script(page, server):

    with urllib.request.urlopen(server + "/api/quotes?q=protect+border") as response:
        hits = json.load(response)["results"]
    assert hits, "the crafted article's quote is searchable"
    page.goto(server + hits[0]["article_href"])
    page.wait_for_load_state("load")
    for selector in ("mark.quote", "a.mention", "p.para", "td.statement"):
        for element in page.locator(selector).all():
            element.hover(timeout=2000)
    page.click("h1")
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert not page.dialogs
    assert page.locator("script:not([src])").count() == 0
    assert page.locator("img, iframe, svg").count() == 0
    assert "<script>" in page.locator("h1").inner_text()


def test_keyboard_users_skip_to_the_results_and_quote_links_land_on_their_quote(page, server):
    """The first Tab shows the skip link (the search page puts the cursor in its box instead);
    each hit's article link has an element to land on."""
    page.goto(server + "/speakers")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('href')") == "#main"
    box = page.locator(".skip-link").bounding_box()
    assert box is not None and box["x"] >= 0, "the focused skip link is on screen"
    page.goto(server + "/?q=president")
    assert page.evaluate("document.activeElement.name") == "q"
    assert page.locator("h1").count() == 1
    hrefs = page.locator("li.hit a[href^='/articles/']").evaluate_all(
        "links => links.map(link => link.getAttribute('href'))"
    )
    assert hrefs
    for href in hrefs[:8]:
        page.goto(server + href)
        assert page.locator(f"[id='{href.split('#', 1)[1]}']").count() == 1, href
        assert page.locator("h1").count() == 1
    assert not page.errors
