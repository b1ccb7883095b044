"""End to end in a real headless Chromium (Debian's /usr/bin/chromium driven by Playwright).

Skipped where Chromium or Playwright is missing. Never run `playwright install`: it downloads
browsers; the system Chromium is used instead.
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    uvicorn = pytest.importorskip("uvicorn")
    from conftest import build_web_store

    from chancery.web import create_app

    db = tmp_path_factory.mktemp("browser") / "web.db"
    build_web_store(db).kw["bind"].dispose()
    port = _free_port()
    config = uvicorn.Config(create_app(str(db)), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not srv.started:
        if time.time() > deadline:
            pytest.fail("the web app did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        pytest.skip("chromium is not installed (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with sync_api.sync_playwright() as p:
        try:
            exe = CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium")
            b = p.chromium.launch(executable_path=exe, args=ARGS)
        except Exception as exc:  # noqa: BLE001 - a browser that cannot start here is a skip, not a failure
            pytest.skip(f"chromium does not start: {exc}")
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(base_url=server, viewport={"width": 1200, "height": 900})
    requests: list[str] = []
    pg = context.new_page()
    pg.on("request", lambda r: requests.append(r.url))
    pg.on("dialog", lambda d: pytest.fail(f"a dialog opened: {d.message}"))  # <script>alert(1)</script>
    yield pg
    assert all(u.startswith(server) or u.startswith("data:") for u in requests), requests  # nothing external
    context.close()


def test_timeline_filter_event_person(page):
    page.goto("/")
    assert page.locator("ol.events li.event").count() == 4
    assert page.locator("figure.chart svg rect").count() >= 3
    page.select_option("select[name=year]", "2024")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**/?year=2024*")
    assert page.locator("ol.events li.event").count() == 2
    page.click("text=ASEAN Senior Officials' Meeting (SOM)")
    page.wait_for_url("**/events/ev-som")
    assert "ASEAN Senior Officials" in page.locator("h1").inner_text()
    highlighted = page.locator("article.source mark.m-part").all_inner_texts()
    assert any(t.startswith("L'ambassadeur Vu Ho") for t in highlighted)
    # the highlight is visible: a coloured background
    bg = page.locator("article.source mark.m-part").first.evaluate("e => getComputedStyle(e).backgroundColor")
    assert bg not in ("rgba(0, 0, 0, 0)", "transparent")
    page.click("table.participants a.person:has-text('Vu Ho')")
    page.wait_for_url("**/people/p-vu-ho")
    assert page.locator("h1").inner_text() == "Vu Ho"
    assert "chef par intérim de SOM ASEAN Vietnam" in page.content()


def test_search_hanoi_finds_the_article_with_hanoi_accented(page):
    page.goto("/")
    page.fill("header input[name=q]", "hanoi")
    page.press("header input[name=q]", "Enter")
    page.wait_for_url("**/search?q=hanoi")
    link = page.locator("a[href='/documents/fr-hanoi-2023']")
    assert link.count() == 1
    assert "Hanoï" in page.locator("li.hit-document mark").first.inner_text()
    link.click()
    page.wait_for_url("**/documents/fr-hanoi-2023")
    # the article's <script> is shown as text, never run
    assert "<script>alert(1)</script>" in page.locator("article.text").inner_text()


def test_phone_layout_has_no_horizontal_scroll(browser, server):
    context = browser.new_context(base_url=server, viewport={"width": 375, "height": 740}, is_mobile=True)
    pg = context.new_page()
    for url in ["/", "/events/ev-som", "/documents/vn-som-2024", "/people/p-vu-ho"]:
        pg.goto(url)
        width = pg.evaluate("document.documentElement.scrollWidth")
        assert width <= 380, (url, width)
    context.close()
