"""Under `serve`, a rebuild after an edit gives exactly the pages of a full build."""
from __future__ import annotations

import time
from pathlib import Path

import pytest

from generator import site
from tests.conftest import minimal_sheet

ROOT = Path(__file__).resolve().parents[1]

SHEETS = [
    dict(id="a1", file="a1.txt", title="First", day="1", speaker="Ann Lee", country="TR",
         position="backs", side="AZ"),
    dict(id="a2", file="a2.txt", title="Second", day="2", speaker="Bo Chan", country="FR",
         position="neutral", side="AZ"),
    dict(id="a3", file="a3.txt", title="Third", day="3", speaker="Ann Lee", country="TR",
         position="backs", side="AM"),
    dict(id="a4", file="a4.txt", title="Fourth", day="4", speaker="Cy Dunn", country="RU",
         position="backs", side="AM"),
]


def _sheet(values: dict) -> str:
    text = minimal_sheet(**values)
    if values["position"] == "neutral":
        text = text.replace("    side: AZ\n", "")
    return text


def _pages(build) -> dict:
    return {page.path: page.content for page in build.pages}


@pytest.mark.parametrize("edit", [
    ("a2", "Hello world", "Brand new words"),          # a quote's text
    ("a1", "speaker: Ann Lee", "speaker: Bo Chan"),     # who said it
    ("a3", "side: AM", "side: AZ"),                     # a stance
    ("a4", "title: Fourth", "title: Renamed"),          # a title other pages link with
    ("a1", "country: TR\n    text", "country: DE\n    text"),  # a quote's country
])
def test_live_rebuild_equals_full_build(project, edit):
    for values in SHEETS:
        project.sheet(f"{values['id']}.yaml", _sheet(values))
        project.article(values["file"], "Hello world and more text.\n")
    templates = str(ROOT / "templates")
    site._LIVE.clear()
    first = site.build_pages(project.content, "en", templates, live=True)
    assert _pages(first) == _pages(site.build_pages(project.content, "en", templates))

    name, old, new = edit
    path = project.content / "sheets" / f"{name}.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
    live = site.build_pages(project.content, "en", templates, live=True)
    full = site.build_pages(project.content, "en", templates)
    assert _pages(live) == _pages(full)
    assert live.rendered <= len(live.pages)


def test_live_rebuild_reuses_untouched_pages(project):
    for values in SHEETS:
        project.sheet(f"{values['id']}.yaml", _sheet(values))
        project.article(values["file"], "Hello world and more text.\n")
    templates = str(ROOT / "templates")
    site._LIVE.clear()
    old = time.time() - 10  # out of the "just changed" window, as after a while of editing
    import os
    for path in project.content.rglob("*.yaml"):
        os.utime(path, (old, old))
    site.build_pages(project.content, "en", templates, live=True)
    path = project.content / "sheets" / "a2.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("Hello world", "New words"),
                    encoding="utf-8")
    live = site.build_pages(project.content, "en", templates, live=True)
    assert _pages(live) == _pages(site.build_pages(project.content, "en", templates))
    assert live.rendered < len([p for p in live.pages if p.path.endswith(".md")])


def test_serve_rebuild_serves_the_html_of_a_full_build(project, tmp_path, monkeypatch):
    """The plugin under serve: kept pages and rendered pages equal a fresh build's."""
    import os
    import subprocess
    import sys
    import tempfile
    import zlib

    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    for values in SHEETS:
        project.sheet(f"{values['id']}.yaml", _sheet(values))
        project.article(values["file"], "Hello world and more text.\n")
    old = time.time() - 10
    for path in project.content.rglob("*"):
        os.utime(path, (old, old))
    monkeypatch.chdir(project.root)
    site._LIVE.clear()
    url = "http://127.0.0.1:1/"
    serve_dir = tempfile.mkdtemp(dir=tmp_path)

    def config(where):
        loaded = load_config(config_file="mkdocs.yml", site_dir=where)
        loaded.site_url = url
        return loaded

    first = config(serve_dir)
    first.plugins.on_startup(command="serve", dirty=False)
    try:
        build(first, serve_url=url)
        plugin = first.plugins["factsheet"]

        class Server:  # what the plugin needs of MkDocs' dev server
            mount_path = "/"
            _serve_request = staticmethod(lambda *args: None)
            _inject_js_into_html = staticmethod(lambda content, epoch: content)

            def watch(self, *args, **kwargs):
                pass

        first.plugins.on_serve(Server(), config=first, builder=None)
        path = project.content / "sheets" / "a2.yaml"
        path.write_text(path.read_text(encoding="utf-8").replace("Hello world", "New words"),
                        encoding="utf-8")
        build(config(serve_dir), serve_url=url)
        reused, kept_pages = dict(plugin._reused), dict(plugin._kept)
        assert reused  # something was kept
    finally:
        first.plugins.on_shutdown()
    fresh = tmp_path / "fresh"
    subprocess.run([sys.executable, "-c", (
        "from mkdocs.config import load_config\n"
        "from mkdocs.commands.build import build\n"
        f"c = load_config(config_file='mkdocs.yml', site_dir={str(fresh)!r})\n"
        f"c.site_url = {url!r}\n"
        f"build(c, serve_url={url!r})\n")], cwd=project.root, check=True, capture_output=True)
    for src_uri, file in reused.items():
        kept = zlib.decompress(kept_pages[src_uri][1]).decode()
        assert kept == (fresh / file.dest_uri).read_text(encoding="utf-8"), src_uri
    for page in Path(serve_dir).rglob("*.html"):
        rel = page.relative_to(serve_dir)
        assert page.read_text(encoding="utf-8") == (fresh / rel).read_text(encoding="utf-8"), rel
