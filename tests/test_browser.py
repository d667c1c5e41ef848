"""The site as a reader uses it, in a real (headless, system) Chromium driven by Playwright.

Four small sites are built once per module: the seed in Indonesian and in English, a site
whose sheet carries script payloads, and the seed plus a second article in which Turkey is
neutral (so the country pages must show that the articles disagree). They are served from
one local HTTP server on 127.0.0.1; every request to any other host is aborted and recorded,
because the published site must work offline.

Screenshots of the five main pages go to tests/screenshots/ (git-ignored): `<lang>-<page>.png`
full page, and `tour-<page>.png` (English, first screen) for the README tour in assets/tour/.
"""
from __future__ import annotations

import functools
import http.server
import re
import shutil
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlparse

import pytest

from .conftest import ROOT, Project, dedent
from .test_security import PAYLOADS, hostile_sheet

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = ROOT / "tests" / "screenshots"
ARTICLE = "articles/aliyev-armenia-harus-tinggalkan-wilayah/"
PAGES = {  # name -> path: the five pages a reader lands on
    "overview": "",
    "conflict": "conflicts/nagorno-karabakh/",
    "country": "countries/tr/",
    "person": "people/recep-tayyip-erdogan/",
    "article": ARTICLE,
}
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-default-apps", "--disable-extensions", "--mute-audio",
]

try:
    from playwright.sync_api import sync_playwright
except ImportError:  # pragma: no cover - depends on the machine
    sync_playwright = None

if sync_playwright is None:
    pytest.skip("playwright is not installed (pip install -e '.[test]')", allow_module_level=True)
if not CHROMIUM.exists():
    pytest.skip("/usr/bin/chromium is missing (apt-get install chromium; `make test` does it)",
                allow_module_level=True)


# A second article on the same conflict, by hand: Turkey calls for talks and takes no side.
NEUTRAL_TEXT = ("ANKARA - Turki menyerukan gencatan senjata di Nagorno-Karabakh. "
                "\"Kami meminta kedua pihak untuk segera kembali ke meja perundingan,\" "
                "kata Menteri Luar Negeri Turki Mevlut Cavusoglu.\n")
NEUTRAL_QUOTE = "Kami meminta kedua pihak untuk segera kembali ke meja perundingan,"
NEUTRAL_SHEET = f"""\
article:
  id: turki-serukan-gencatan-senjata
  file: turki-netral.txt
  title: Turki Serukan Gencatan Senjata di Nagorno-Karabakh
  source: Contoh
  published: 2020-10-20
  language: id
conflict:
  id: nagorno-karabakh
  name: Nagorno-Karabakh
  parties: [AZ, AM]
quotes:
  - id: q1
    speaker: Mevlut Cavusoglu
    role: Menteri Luar Negeri Turki
    country: TR
    text: {NEUTRAL_QUOTE}
    kind: direct
    span: [{NEUTRAL_TEXT.index(NEUTRAL_QUOTE)}, {NEUTRAL_TEXT.index(NEUTRAL_QUOTE) + len(NEUTRAL_QUOTE)}]
    reviewed: false
stances:
  - id: tr
    country: TR
    position: neutral
    calls_for: [ceasefire, negotiations]
    evidence: [q1]
    reviewed: false
"""


def _build(root: Path, kind: str) -> Path:
    language = "en" if kind == "en" else "id"
    project = Project(root, language=language)
    if kind in ("id", "en", "disputed"):
        project.with_seed()
    if kind == "disputed":
        project.article("turki-netral.txt", NEUTRAL_TEXT)
        project.sheet("turki-serukan-gencatan-senjata.yaml", NEUTRAL_SHEET)
    if kind == "hostile":
        project.article("hostile.txt", "".join(PAYLOADS) + "\n" + "Some words. " * 20)
        project.sheet("hostile.yaml", hostile_sheet())
    result = project.mkdocs_build(strict=kind != "hostile")
    assert result.returncode == 0, f"{kind}: {result.stderr}"
    return project.root / "site"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """Build the four sites (in parallel) and serve them as /<kind>/ on 127.0.0.1."""
    root = tmp_path_factory.mktemp("browser")
    kinds = ["id", "en", "hostile", "disputed"]
    with ThreadPoolExecutor(len(kinds)) as pool:
        sites = dict(zip(kinds, pool.map(lambda k: _build(root / k, k), kinds)))
    www = root / "www"
    www.mkdir()
    for kind, site in sites.items():
        site.rename(www / kind)

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(www)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}/", www
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as p:
        # A persistent context is the only way to give Chromium a fresh --user-data-dir.
        context = p.chromium.launch_persistent_context(
            str(profile), executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS,
            viewport={"width": 1200, "height": 850}, locale="en-US")
        yield context
        context.close()


class Reader:
    """One tab that records everything a reader should never see happen."""

    def __init__(self, context, base: str):
        self.base = base
        self.host = urlparse(base).netloc
        self.page = context.new_page()
        self.console_errors: list[str] = []
        self.failed: list[str] = []
        self.foreign: list[str] = []
        self.dialogs: list[str] = []
        page = self.page
        page.route("**/*", self._route)
        page.on("console", lambda m: m.type == "error" and self.console_errors.append(m.text))
        page.on("pageerror", lambda e: self.console_errors.append(f"uncaught: {e}"))
        page.on("requestfailed", lambda r: self.failed.append(f"{r.url} ({r.failure})"))
        page.on("response", lambda r: r.status >= 400 and self.failed.append(f"{r.url} -> {r.status}"))
        page.on("dialog", self._dialog)

    def _route(self, route):
        url = route.request.url
        parsed = urlparse(url)
        if parsed.scheme in ("data", "blob", "about") or parsed.netloc == self.host:
            route.continue_()
        else:
            self.foreign.append(url)
            route.abort()

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def open(self, path: str, idle: bool = True):
        self.page.goto(self.base + path, wait_until="load")
        if idle:  # search index, fonts, images: everything a reader's browser fetches
            self.page.wait_for_load_state("networkidle")
        return self.page

    def assert_clean(self, what: str):
        problems = {"console errors": self.console_errors, "failed requests": self.failed,
                    "requests to other hosts": self.foreign, "dialogs": self.dialogs}
        problems = {k: v for k, v in problems.items() if v}
        assert not problems, f"{what}: {problems}"

    def close(self):
        self.page.close()


@pytest.fixture
def reader(browser, server):
    base, _ = server
    readers: list[Reader] = []

    def make(kind: str = "id") -> Reader:
        readers.append(Reader(browser, f"{base}{kind}/"))
        return readers[-1]

    yield make
    for r in readers:
        r.close()


def in_view(page, selector: str) -> dict:
    """The element's box, the viewport and the sticky header's bottom edge."""
    return page.eval_on_selector(selector, """el => {
        const r = el.getBoundingClientRect();
        const header = document.querySelector('.md-header');
        return {top: r.top, bottom: r.bottom, height: window.innerHeight,
                header: header ? header.getBoundingClientRect().bottom : 0};
    }""")


def search(page, query: str) -> None:
    """Type into Material's search box as a person does (it listens to key events)."""
    box = page.locator("input.md-search__input")
    box.click()
    box.fill("")
    box.press_sequentially(query, delay=15)


# --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("language", ["id", "en"])
def test_main_pages_load_offline_and_cleanly(reader, language):
    SCREENSHOTS.mkdir(exist_ok=True)
    r = reader(language)
    for name, path in PAGES.items():
        page = r.open(path)
        assert page.locator("article h1").count() == 1, f"{name}: no heading"
        assert "{:" not in page.locator("article").inner_text(), f"{name}: Markdown left unrendered"
        assert page.evaluate("document.documentElement.lang") == language
        page.screenshot(path=str(SCREENSHOTS / f"{language}-{name}.png"), full_page=True)
        if language == "en":  # the README tour: first screen; the article at a quote
            if name in ("article", "conflict"):
                r.open(path + ("#q10" if name == "article" else "#map"))
            page.screenshot(path=str(SCREENSHOTS / f"tour-{name}.png"))
        # Every image and stylesheet really loaded (a broken SVG would not log an error).
        broken = page.evaluate("""[...document.images].filter(i => !i.complete || i.naturalWidth === 0)
                                  .map(i => i.src)""")
        assert broken == [], f"{name}: images that did not load: {broken}"
        r.assert_clean(f"{language} {name}")


@pytest.mark.parametrize("query, expected", [
    ("Erdogan", "people/recep-tayyip-erdogan/"),
    ("Aliyev", "people/ilham-aliyev/"),
    ("Pakistan", "countries/pk/"),
])
def test_search_finds_the_right_page(reader, query, expected):
    r = reader("id")
    page = r.open("")
    search(page, query)
    page.wait_for_selector(".md-search-result__item a", timeout=10_000)
    hrefs = page.eval_on_selector_all(".md-search-result__item a", "as => as.map(a => a.href)")
    pages = list(dict.fromkeys(re.split("[?#]", h)[0] for h in hrefs))  # distinct, in rank order
    assert r.base + expected in pages[:3], f"{query}: {pages}"
    r.assert_clean(f"search {query}")


@pytest.mark.parametrize("path, quote", [
    ("people/recep-tayyip-erdogan/", "q10"),
    ("countries/tr/", "q9"),
    ("countries/pk/", "q21"),
])
def test_a_quote_link_lands_on_the_highlighted_sentence(reader, path, quote):
    r = reader("id")
    page = r.open(path)
    link = page.locator(f"article a.fs-goto[href$='{ARTICLE}#{quote}']").first
    link.scroll_into_view_if_needed()
    with page.expect_navigation():
        link.click()
    page.wait_for_load_state("networkidle")
    assert page.url == r.base + ARTICLE + "#" + quote
    target = page.evaluate("document.querySelector(':target') && document.querySelector(':target').id")
    assert target == quote
    style = page.eval_on_selector(f"#{quote}", "el => { const s = getComputedStyle(el);"
                                  " return [el.tagName, s.outlineStyle, s.backgroundColor]; }")
    assert style[0] == "MARK" and style[1] == "solid", style
    box = in_view(page, f"#{quote}")
    assert box["top"] >= box["header"] - 1 and box["bottom"] <= box["height"], box
    r.assert_clean(f"provenance {path}#{quote}")


def test_quotes_show_speaker_role_flag_date_and_a_link(reader):
    r = reader("en")
    page = r.open("countries/tr/")
    card = page.locator("article .fs-quote-card", has_text="Kami juga menyerukan").first
    text = card.inner_text()
    for expected in ("Recep Tayyip Erdogan", "Presiden Turki", "Türkiye", "2020-10-04"):
        assert expected in text, text
    assert card.locator(".fs-flag").count() >= 1
    assert card.locator(f"a.fs-goto[href$='{ARTICLE}#q10']").count() == 1


def test_edit_link_points_at_the_sheet(reader):
    r = reader("id")
    page = r.open(ARTICLE)
    edit = page.locator("a.md-content__button[href*='/edit/']").first
    assert edit.get_attribute("href").endswith(
        "/content/sheets/aliyev-armenia-harus-tinggalkan-wilayah.yaml")
    for path, target in [("countries/tr/", "content/countries.yaml"),
                         ("people/recep-tayyip-erdogan/", "content/people.yaml"),
                         ("conflicts/nagorno-karabakh/", "content/conflicts.yaml"),
                         ("about/", "docs/about.md")]:
        page = r.open(path)
        href = page.locator("a.md-content__button[href*='/edit/']").first.get_attribute("href")
        assert href.endswith(target), (path, href)


def test_map_and_graph_have_text_alternatives_and_legends(reader):
    r = reader("en")
    page = r.open(PAGES["conflict"])
    for image in page.locator("article img.fs-map, article img.fs-graph").all():
        assert len(image.get_attribute("alt") or "") > 20
    legend = page.locator("article .fs-legend").first.inner_text()
    for expected in ("Azerbaijan (party)", "Armenia (party)", "backs Azerbaijan", "neutral"):
        assert expected in legend, legend
    svg = page.request.get(r.base + "conflicts/nagorno-karabakh-map.svg").text()
    assert "<title" in svg and "Türkiye: backs Azerbaijan" in svg
    r.assert_clean("conflict legend")


def test_disagreeing_articles_are_both_shown_with_badges(reader):
    r = reader("disputed")
    page = r.open("countries/tr/")
    body = page.locator("article").inner_text()
    assert "berbeda" in body.lower() or "differ" in body.lower(), body[:500]
    rows = page.locator("article table").first.locator("tbody tr")
    assert rows.count() == 2
    texts = [rows.nth(i).inner_text() for i in range(2)]
    assert "2020-10-04" in texts[0] and "mendukung" in texts[0]
    assert "2020-10-20" in texts[1] and "netral" in texts[1]
    # The hand-checked seed row carries no badge; the machine one does, visibly.
    assert rows.nth(0).locator(".fs-badge").count() == 0
    badge = rows.nth(1).locator(".fs-badge").first
    assert badge.is_visible() and badge.inner_text().strip()
    page = r.open("conflicts/nagorno-karabakh/")
    assert "berbeda" in page.locator("article table").first.inner_text()
    r.assert_clean("disputed")


def test_no_script_payload_runs(reader, server):
    _, www = server
    r = reader("hostile")
    site = www / "hostile"
    # A page with live payloads proves that the check below would see one that ran.
    (site / "canary.html").write_text(f"<html><body>{PAYLOADS[1]}<a href='javascript:void(0)'>x</a></body></html>")
    pages = sorted(p.relative_to(site).as_posix().removesuffix("index.html") for p in site.rglob("index.html"))
    assert len(pages) > 10
    for path in ["canary.html", *pages]:
        page = r.open(path, idle=False)
        page.wait_for_timeout(60)
        found = page.evaluate("""() => {
            const marked = [...document.querySelectorAll('*')].filter(e => e.hasAttribute('data-pwned'));
            const js = [...document.querySelectorAll('[href],[src],[action],[formaction]')].filter(e =>
                ['href', 'src', 'action', 'formaction'].some(a =>
                    (e.getAttribute(a) || '').replace(/[\\s\\u0000-\\u001f]/g, '').toLowerCase()
                        .startsWith('javascript:')));
            return {marked: marked.map(e => e.tagName), js: js.map(e => e.outerHTML.slice(0, 120))};
        }""")
        if path == "canary.html":
            assert found["marked"] and found["js"], f"the check itself is broken: {found}"
            continue
        assert found == {"marked": [], "js": []}, f"{path}: {found}"
    # Material's search renders matches as HTML: the payloads must stay text there too.
    page = r.open("")
    for query in ("script", "onerror", "pwned", "javascript"):
        search(page, query)
        page.wait_for_timeout(300)
        assert page.evaluate("document.querySelector('[data-pwned]') === null"), query
    assert r.dialogs == [] and r.foreign == [], (r.dialogs, r.foreign)


def test_pages_print_without_navigation(reader):
    r = reader("en")
    page = r.open(PAGES["conflict"])
    page.emulate_media(media="print")
    for chrome in (".md-header", ".md-sidebar--primary", ".md-footer", ".md-content__button"):
        assert not page.locator(chrome).first.is_visible(), chrome
    assert page.locator("article img.fs-map").is_visible()
    assert page.locator("article .fs-legend").first.is_visible()
    page.emulate_media(media="screen")
