"""The whole site flow in one call: content folder -> checked corpus -> pages.

Both the MkDocs plugin and `factsheet export` call `build_pages`, so the two always produce
the same pages.

Work is kept between calls in one process, keyed by the files' modification times:
`factsheet build` checks the content and the MkDocs plugin then reuses the very same pages
(the corpus is read and rendered once), and under `factsheet serve` a rebuild re-reads only
the sheets that changed.
"""
from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path

from .check import check_content, errors_only
from .content import Content, load_registries, load_sheet, sheet_paths
from .corpus import Corpus, build_corpus
from .errors import Problem
from .pages import Page, Renderer


@dataclass
class SiteBuild:
    pages: list[Page]
    corpus: Corpus
    problems: list[Problem]

    @property
    def errors(self) -> list[Problem]:
        return errors_only(self.problems)


def build_pages(content_dir: str | Path, language: str = "en",
                templates_dir: str | Path | None = None, skip_broken: bool = True,
                keep: bool = False, live: bool = False) -> SiteBuild:
    """Render every page. Sheets with errors are left out (and reported), never half-shown.

    keep=True: the next call with the same arguments gets this very result (once), if no
    file under content/ or templates/ changed in between (`factsheet build` checks the
    content, then MkDocs' plugin publishes the same pages without reading it all again).

    live=True (under `serve`): pages no changed sheet can affect keep their Markdown from the
    previous live build of this process (see `liverender`).
    """
    key = (str(Path(content_dir).resolve()), language,
           str(Path(templates_dir).resolve()) if templates_dir else None, skip_broken)
    kept = _KEPT.pop(key, None)
    if kept is not None and kept[0] == _fingerprint(content_dir, templates_dir):
        return kept[1]
    before = _fingerprint(content_dir, templates_dir) if keep else None
    result = _build_pages(content_dir, language, templates_dir, skip_broken,
                          key if live else None)
    if keep:
        _KEPT.clear()
        _KEPT[key] = (before, result)
    return result


def _build_pages(content_dir, language, templates_dir, skip_broken, live_key=None) -> SiteBuild:
    # Only `serve` (live) keeps parsed sheets between builds.
    content = load_content_cached(content_dir, remember=live_key is not None)
    body_cache = _BODIES if live_key is not None else None
    corpus = build_corpus(content, language, body_cache=body_cache)
    bodies = {article.slug: article.body for article in corpus.articles}
    problems = check_content(content, bodies)
    problems += [p for p in corpus.problems if p not in problems]
    broken = {p.path for p in errors_only(problems)}
    if skip_broken and broken:
        from .errors import display_path

        content.sheets = [s for s in content.sheets if display_path(s.path) not in broken]
        corpus = build_corpus(content, language, body_cache=body_cache)
    renderer = _renderer(language, templates_dir)
    if live_key is None:
        return SiteBuild(renderer.render_site(corpus), corpus, problems)
    from . import liverender

    root = Path(content_dir)
    extra = (id(renderer), tuple(_stat_key(root / name) for name in
                                 ("countries.yaml", "people.yaml", "conflicts.yaml")))
    sheets = {loaded.sheet.article.id: loaded for loaded in content.sheets}
    previous = _LIVE.get(live_key)
    pages, live, rendered = liverender.render(renderer, corpus, previous, extra, sheets)
    _LIVE.clear()
    _LIVE[live_key] = live
    build = SiteBuild(pages, corpus, problems)
    build.rendered = rendered  # type: ignore[attr-defined]
    return build


# A build kept for the next call (see `keep`), with the fingerprint of the files it read.
_KEPT: dict = {}
# The previous live build (serve), for the next one to compare with.
_LIVE: dict = {}
# path -> (stat key, LoadedSheet or None, problems): a sheet is parsed again only when changed.
_SHEETS: dict[Path, tuple] = {}
_RENDERERS: dict = {}
# path -> (stat key, body) of article files, under `serve`.
_BODIES: dict = {}


# A file changed less than this long ago may change again within the same clock tick
# without its mtime moving ("racy" in git's words): it is never trusted to be unchanged.
RACY_NS = 2_000_000_000


def _fingerprint(content_dir, templates_dir) -> tuple:
    """(path, mtime, size) of every file under content/ and templates/ (machine state aside)."""
    found = []
    for root in (content_dir, templates_dir):
        if root is None or not os.path.isdir(root):
            continue
        stack = [str(root)]
        while stack:
            folder = stack.pop()
            try:
                entries = list(os.scandir(folder))
            except OSError:
                continue
            for entry in entries:
                if entry.name == ".machine":
                    continue
                try:
                    if entry.is_dir(follow_symlinks=False):
                        stack.append(entry.path)
                    else:
                        st = entry.stat()
                        found.append((entry.path, st.st_mtime_ns, st.st_size))
                except OSError:
                    continue
    return tuple(sorted(found))


def _stat_key(path: Path) -> tuple | None:
    try:
        st = path.stat()
    except OSError:
        return None
    if st.st_mtime_ns > time.time_ns() - RACY_NS:
        return (object(),)  # just changed: read it again next time too
    return (st.st_mtime_ns, st.st_size, st.st_ino)


def load_content_cached(root: str | Path, remember: bool = True) -> Content:
    """`content.load_content`, re-parsing only the sheets that changed since the last call."""
    root = Path(root)
    registries, problems = load_registries(root)
    # Validation depends on the registries (declared country codes): they are in the key.
    registry_key = tuple(_stat_key(root / name) for name in
                         ("countries.yaml", "people.yaml", "conflicts.yaml"))
    sheets = []
    seen = set()
    for path in sheet_paths(root / "sheets"):
        key = (_stat_key(path), registry_key)
        seen.add(path)
        cached = _SHEETS.get(path)
        if cached is not None and cached[0] == key and key[0] is not None:
            loaded, found = cached[1], cached[2]
        else:
            loaded, found = load_sheet(path)
            if remember:
                _SHEETS[path] = (key, loaded, found)
        problems += found
        if loaded is not None:
            sheets.append(loaded)
    for gone in [p for p in _SHEETS if p.parent == root / "sheets" and p not in seen]:
        del _SHEETS[gone]
    return Content(root, sheets, registries, problems)


def _renderer(language: str, templates_dir) -> Renderer:
    """One Renderer (compiled templates) per language and folder while templates are unchanged."""
    key = (language, str(templates_dir), _fingerprint(None, templates_dir))
    if key not in _RENDERERS:
        _RENDERERS.clear()
        _RENDERERS[key] = Renderer(language, templates_dir)
    return _RENDERERS[key]
