"""The web pages in headless Chromium (Debian's chromium through Playwright): search, open
an article, see its statements highlighted in speaker colours, scripts in articles never
run, the paste page extracts live. Screenshots go to test-artifacts/."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any, Iterator

import pytest

from conftest import REPO, need
from quotewire.store.db import connect
from quotewire.store.ingest import ingest
from quotewire.store.synthetic import generate_articles
from test_server_api import hostile_article
from test_server_uvicorn import LiveServer

pytestmark = [pytest.mark.browser, pytest.mark.model]

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = REPO / "test-artifacts"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        need(False, "playwright (python) is not installed")
    path = CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium")
    need(bool(path), "Debian's chromium is not installed (apt-get install chromium)")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=path, args=ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory, sample_text: str, extractor: Any) -> Iterator[LiveServer]:
    from quotewire.server import create_app

    from quotewire.model import Article

    db = tmp_path_factory.mktemp("browser") / "c.db"
    sample = extractor(Article(text=sample_text, id="tass-lavrov", outlet="TASS", date="2015-11-19",
                             title="Lavrov hopes that no one will have to wait for new troubles"))
    conn = connect(db)
    ingest(conn, [sample, hostile_article()])
    ingest(conn, generate_articles(50, seed=6))
    conn.close()
    with LiveServer(create_app(db)) as server:
        yield server


def test_web_browser_search_open_article_highlights(browser: Any, live: LiveServer) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(f"{live.url}/")
    page.fill("input[name=q]", "terror*")
    page.click("details summary")
    page.fill("input[name=outlet]", "TASS")
    page.click("button[type=submit]")
    page.wait_for_selector(".hit")
    assert page.locator(".hit mark").count() > 0
    page.screenshot(path=str(ARTIFACTS / "search.png"), full_page=False)
    page.locator(".hit a[href^='/articles/tass-lavrov']").first.click()
    page.wait_for_selector(".text .st")
    highlighted = page.locator(".text .st")
    assert highlighted.count() > 0
    statements = page.locator(".side .statement")
    assert statements.count() > 0
    colours = page.eval_on_selector_all(
        ".text .st", "els => [...new Set(els.map(e => getComputedStyle(e).backgroundColor))]")
    assert colours and all(c not in ("rgba(0, 0, 0, 0)", "transparent") for c in colours)
    cue = page.locator(".text .cue").first
    assert cue.evaluate("e => getComputedStyle(e).textDecorationLine") == "underline"
    greyed = page.locator(".text .ex")
    if greyed.count():
        assert greyed.first.evaluate("e => getComputedStyle(e).color") == "rgb(154, 160, 166)"
    page.screenshot(path=str(ARTIFACTS / "article-desktop.png"), full_page=True)
    page.set_viewport_size({"width": 390, "height": 844})
    page.reload()
    page.wait_for_selector(".text .st")
    overflow = page.evaluate("document.scrollingElement.scrollWidth")
    assert overflow <= 392, f"page is {overflow}px wide on a 390px phone"
    page.screenshot(path=str(ARTIFACTS / "article-phone.png"), full_page=False)
    assert not errors, errors
    page.close()


def test_web_browser_article_script_never_runs(browser: Any, live: LiveServer) -> None:
    page = browser.new_page()
    page.goto(f"{live.url}/articles/hostile%3C1%3E")
    page.wait_for_selector(".text")
    assert page.evaluate("window.PWNED") is None
    assert "<script>window.PWNED = 1</script>" in page.inner_text(".text")
    assert page.locator(".text script, .text img, .text b").count() == 0
    assert page.title().startswith("<script>alert(1)</script>")
    page.close()


def test_web_browser_paste_extracts_live(browser: Any, live: LiveServer, sample_text: str) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{live.url}/paste")
    page.fill("#paste-text", "\n\n".join(sample_text.split("\n\n")[:6]))
    page.wait_for_selector("#paste-result .statement", timeout=60_000)
    assert page.locator("#paste-result .text .st").count() > 0
    page.screenshot(path=str(ARTIFACTS / "paste.png"), full_page=True)
    page.close()
