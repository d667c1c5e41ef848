"""Helpers to read a built site: pages, links, and whether every internal link resolves."""
from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlparse


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        for name in ("href", "src"):
            if attrs.get(name) and tag in ("a", "img", "link", "script"):
                self.links.append(attrs[name])


def parse(path: Path) -> _Links:
    parser = _Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def resolve(site: Path, page: Path, href: str) -> tuple[Path | None, str]:
    """The file an internal link points to (None for external links), and its fragment."""
    parsed = urlparse(href)
    if parsed.scheme or href.startswith("//"):
        return None, ""
    page_url = "/" + page.relative_to(site).as_posix()
    target = urlparse(urljoin(page_url, href))
    path = site / unquote(target.path).lstrip("/")
    if target.path.endswith("/") or path.is_dir():
        path = path / "index.html"
    return path, target.fragment


def broken_links(site: Path) -> list[str]:
    broken = []
    ids_cache: dict[Path, set[str]] = {}
    for page in site.rglob("*.html"):
        for href in parse(page).links:
            if href.startswith(("mailto:", "#")) and not href.startswith("#"):
                continue
            target, fragment = resolve(site, page, href)
            if target is None:
                continue
            if not target.exists():
                broken.append(f"{page.relative_to(site)} -> {href}")
                continue
            if fragment and target.suffix == ".html":
                if target not in ids_cache:
                    ids_cache[target] = parse(target).ids
                if fragment not in ids_cache[target] and fragment != "__codelineno":
                    broken.append(f"{page.relative_to(site)} -> {href} (no such anchor)")
    return broken


def links_of(site: Path, url_path: str) -> set[str]:
    """Internal link targets of the page at url_path (e.g. 'countries/tr/'), as site paths."""
    page = site / url_path / "index.html"
    out = set()
    for href in parse(page).links:
        target, fragment = resolve(site, page, href)
        if target is not None:
            rel = target.relative_to(site).as_posix()
            out.add(rel.removesuffix("index.html") + (f"#{fragment}" if fragment else ""))
    return out
