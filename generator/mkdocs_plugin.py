"""A thin MkDocs plugin: adds the pages of `site.build_pages` as generated files.

Nothing is written into docs_dir (that would trigger endless rebuilds under `serve`); the
pages live in memory as `File.generated(...)`. `serve` also watches content/ and templates/.

Under `serve`, MkDocs rebuilds the whole site after every change. The plugin object lives
across those rebuilds (it has `on_startup`), so:
- `site.build_pages(live=True)` re-reads only changed sheets and re-renders only the Markdown
  an edit can change (`liverender`);
- the plugin keeps the final HTML and search entries of every page matched by `not_in_nav`
  (entity pages, and the section overviews) with a digest of its Markdown. When the
  Markdown and the navigation's titles are unchanged, MkDocs is told to skip the page (it is
  marked excluded) and the dev server answers for it from memory instead. A one-sheet edit
  renders only the pages it changed, plus the pages in the navigation proper.
`mkdocs build` and `factsheet build` never reuse anything.
"""
from __future__ import annotations

import hashlib
import logging
import os
import posixpath
import re
import urllib.parse
import zlib
from pathlib import Path

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel

from .site import build_pages

log = logging.getLogger("mkdocs.plugins.factsheet")


class FactsheetConfig(Config):
    content_dir = c.Type(str, default="content")
    templates_dir = c.Type(str, default="templates")
    language = c.Optional(c.Type(str))  # default: theme.language
    docs_edit_prefix = c.Type(str, default="docs/")


_EXCLUDED_LINK = re.compile(r"contains a link to '([^']*)' which is excluded from the built site")


class _ReusedLinkFilter(logging.Filter):
    """Links to reused pages are fine: MkDocs only thinks those pages are excluded."""

    def __init__(self, plugin: "FactsheetPlugin"):
        super().__init__()
        self.plugin = plugin

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.plugin._reused:
            return True
        match = _EXCLUDED_LINK.search(record.getMessage())
        return not (match and match.group(1) in self.plugin._reused)


class FactsheetPlugin(BasePlugin[FactsheetConfig]):
    def __init__(self):
        super().__init__()
        self._serving = False
        self._environment = None        # what, besides its Markdown, a page's HTML depends on
        self._kept: dict[str, tuple] = {}  # src_uri -> (digest, compressed html, search entries)
        self._digests: dict[str, str] = {}
        self._reused: dict[str, File] = {}
        self._inclusions: dict[str, InclusionLevel] = {}
        self._nav_titles: tuple = ()
        self._search_index = None
        self._search_mark = 0
        self._filter = _ReusedLinkFilter(self)
        self._server = None
        self._in_memory: dict[str, str] = {}  # dest_uri -> src_uri of pages served from memory

    def on_startup(self, *, command, dirty):
        # Reuse only under `serve` (never for a build that is published) and not with --dirty.
        self._serving = command == "serve" and not dirty
        if self._serving:
            logging.getLogger("mkdocs.structure.pages").addFilter(self._filter)

    def on_shutdown(self):
        logging.getLogger("mkdocs.structure.pages").removeFilter(self._filter)
        self._kept.clear()

    def on_config(self, config):
        base = Path(config.config_file_path or ".").resolve().parent
        self.content_dir = (base / self.config.content_dir).resolve()
        self.templates_dir = (base / self.config.templates_dir).resolve()
        theme_language = config.theme.get("language") if config.theme else None
        self.language = self.config.language or theme_language or "en"
        if self._serving:
            environment = _environment_key(config)
            if environment != self._environment:
                self._kept.clear()  # mkdocs.yml or a hand-written page changed: nothing is kept
                self._environment = environment
        return config

    def on_files(self, files: Files, config) -> Files:
        if not self.content_dir.is_dir():
            raise PluginError(f"factsheet: content folder {self.content_dir} does not exist "
                              "(set content_dir in mkdocs.yml)")
        for file in files:  # hand-written pages: point "edit" at their real place in the repo
            if file.generated_by is None:
                file.edit_uri = self.config.docs_edit_prefix + file.src_uri
        result = build_pages(self.content_dir, self.language, self.templates_dir,
                             live=self._serving)
        for problem in result.problems:
            if problem.severity == "error":
                log.error("%s", problem)
            else:
                log.warning("%s", problem)
        # Broken sheets are left out of the site (build_pages); the good ones still publish.
        # `mkdocs build --strict` turns the logged problems into a failed build.
        self._digests = {}
        for page in result.pages:
            existing = files.get_file_from_path(page.path)
            if existing is not None:
                files.remove(existing)
                log.warning("factsheet: generated page %s replaces docs/%s", page.path, page.path)
            generated = File.generated(config, page.path, content=page.content)
            if page.edit_path:
                generated.edit_uri = page.edit_path
            if self._serving and page.path.endswith(".md"):
                self._digests[page.path] = _digest(page.content, page.edit_path)
            files.append(generated)
        return files

    def on_nav(self, nav, config, files):
        """Under serve: unchanged `not_in_nav` pages are skipped by MkDocs."""
        self._reused = {}
        self._inclusions = {}
        if not self._serving:
            return nav
        # Every page's HTML holds the navigation: nothing is kept when a title in it changed.
        titles = tuple((page.file.src_uri, page.title if page.markdown is not None else
                        _front_matter_title(page.file)) for page in nav.pages)
        nav_changed = titles != self._nav_titles
        self._nav_titles = titles
        if not self._kept or nav_changed:
            return nav
        unchanged = {}
        for src_uri, digest in self._digests.items():
            kept = self._kept.get(src_uri)
            file = files.get_file_from_path(src_uri)
            if kept is not None and kept[0] == digest and file is not None:
                unchanged[src_uri] = file
        # Pages in the navigation are always rendered: the theme gives every page's HTML the
        # whole navigation, with titles MkDocs only knows once it has rendered those pages.
        for src_uri, file in unchanged.items():
            if file.inclusion is InclusionLevel.NOT_IN_NAV:
                if file.page is not None and file.page.markdown is None:
                    # listed in the nav all the same (a `not_in_nav` pattern matched it):
                    # the other pages' navigation needs its title, from its front matter
                    file.page.read_source(config)
                self._inclusions[src_uri] = file.inclusion
                file.inclusion = InclusionLevel.EXCLUDED
                self._reused[src_uri] = file
        for src_uri in [s for s in self._kept if s not in self._digests]:
            del self._kept[src_uri]  # the page is gone
        if self._reused:
            log.info("factsheet: %d unchanged page(s) reused, %d rendered", len(self._reused),
                     len(self._digests) - len(self._reused))
        return nav

    @event_priority(-100)  # after the search plugin has indexed the page
    def on_page_context(self, context, page, config, nav):
        if self._serving:
            index = _search_index(config)
            if index is not self._search_index:
                self._search_index, self._search_mark = index, 0
            entries = getattr(index, "entries", None)
            if isinstance(entries, list):
                page._factsheet_search = entries[self._search_mark:]
                self._search_mark = len(entries)
        return context

    @event_priority(-100)  # the final HTML, after every other plugin
    def on_post_page(self, output, page, config):
        src_uri = page.file.src_uri
        if self._serving and src_uri in self._digests:
            entries = getattr(page, "_factsheet_search", None)
            if entries is not None or _search_index(config) is None:
                self._kept[src_uri] = (self._digests[src_uri],
                                       zlib.compress(output.encode("utf-8"), 1), entries or [])
        return output

    @event_priority(100)  # before the search plugin writes its index
    def on_post_build(self, config):
        in_memory = {}
        index = _search_index(config)
        entries = getattr(index, "entries", None)
        for src_uri, file in self._reused.items():
            _, html, search = self._kept[src_uri]
            if self._server is not None:
                # Served from memory by the dev server: writing thousands of unchanged
                # pages again after MkDocs emptied site_dir would take longer than the rest.
                in_memory[file.dest_uri] = src_uri
            else:
                os.makedirs(os.path.dirname(file.abs_dest_path), exist_ok=True)
                with open(file.abs_dest_path, "wb") as handle:
                    handle.write(zlib.decompress(html))
            if isinstance(entries, list):
                entries.extend(search)
            file.inclusion = self._inclusions.get(src_uri, InclusionLevel.NOT_IN_NAV)
        self._in_memory = in_memory

    def on_serve(self, server, config, builder):
        # MkDocs polls for changes every 0.5 s; content/ is polled every 0.2 s (a sheet edit is
        # the loop this server is for). A snapshot of 1,000 sheets and articles is a few ms.
        observer = getattr(server, "observer", None)
        interval = getattr(observer, "_timeout", None)
        if isinstance(interval, (int, float)):
            observer._timeout = min(interval, 0.2)
        try:
            server.watch(str(self.content_dir))
            if self.templates_dir.is_dir():
                server.watch(str(self.templates_dir))
        finally:
            if isinstance(interval, (int, float)):
                observer._timeout = interval
        self._hook_server(server)
        return server

    def _hook_server(self, server) -> None:
        """Let the dev server answer for reused pages from memory (when it is MkDocs' own)."""
        serve_file = getattr(server, "_serve_request", None)
        inject = getattr(server, "_inject_js_into_html", None)
        mount_path = getattr(server, "mount_path", None)
        if serve_file is None or inject is None or mount_path is None:
            return
        plugin = self

        def serve_request(environ, start_response):
            found = serve_file(environ, start_response)
            if found is not None:
                return found
            path = environ["PATH_INFO"].encode("latin-1").decode("utf-8", "ignore")
            if not (path + "/").startswith(mount_path):
                return None
            rel = path[len(mount_path):] + ("index.html" if path.endswith("/") else "")
            rel = posixpath.normpath("/" + rel).lstrip("/")
            if not path.endswith("/") and posixpath.join(rel, "index.html") in plugin._in_memory:
                start_response("302 Found", [("Location", urllib.parse.quote(path) + "/")])
                return []
            src_uri = plugin._in_memory.get(rel)
            kept = plugin._kept.get(src_uri) if src_uri else None
            if kept is None:
                return None
            content = inject(zlib.decompress(kept[1]), server._visible_epoch)
            start_response("200 OK", [("Content-Type", "text/html"),
                                      ("Content-Length", str(len(content)))])
            return [content]

        server._serve_request = serve_request
        self._server = server


def _front_matter_title(file: File):
    """The title a page will get from its front matter (None when it has none)."""
    from mkdocs.utils import meta

    try:
        return meta.get_data(file.content_string)[1].get("title")
    except Exception:  # noqa: BLE001 - no title known: counts as a change
        return object()


def _digest(content: str | bytes, edit_path: str | None) -> str:
    data = content.encode("utf-8") if isinstance(content, str) else content
    return hashlib.blake2b(data + b"\0" + (edit_path or "").encode(), digest_size=16).hexdigest()


def _search_index(config):
    for name in ("material/search", "search"):
        plugin = config.plugins.get(name)
        if plugin is not None:
            return getattr(plugin, "search_index", None)
    return None


def _environment_key(config) -> str:
    """mkdocs.yml and the hand-written pages: when either changes, every page is rendered."""
    digest = hashlib.blake2b(digest_size=16)
    if config.config_file_path and os.path.isfile(config.config_file_path):
        with open(config.config_file_path, "rb") as handle:
            digest.update(handle.read())
    for root, dirs, names in os.walk(config.docs_dir):
        dirs.sort()
        for name in sorted(names):
            path = os.path.join(root, name)
            try:
                st = os.stat(path)
            except OSError:
                continue
            digest.update(f"{path}\0{st.st_mtime_ns}\0{st.st_size}\n".encode())
    return digest.hexdigest()
