"""A thin MkDocs plugin: adds the pages of `site.build_pages` as generated files.

Nothing is written into docs_dir (that would trigger endless rebuilds under `serve`); the
pages live in memory as `File.generated(...)`. `serve` also watches content/ and templates/.
"""
from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files

from .site import build_pages

log = logging.getLogger("mkdocs.plugins.factsheet")


class FactsheetConfig(Config):
    content_dir = c.Type(str, default="content")
    templates_dir = c.Type(str, default="templates")
    language = c.Optional(c.Type(str))  # default: theme.language
    docs_edit_prefix = c.Type(str, default="docs/")


class FactsheetPlugin(BasePlugin[FactsheetConfig]):
    def on_config(self, config):
        base = Path(config.config_file_path or ".").resolve().parent
        self.content_dir = (base / self.config.content_dir).resolve()
        self.templates_dir = (base / self.config.templates_dir).resolve()
        theme_language = config.theme.get("language") if config.theme else None
        self.language = self.config.language or theme_language or "en"
        return config

    def on_files(self, files: Files, config) -> Files:
        if not self.content_dir.is_dir():
            raise PluginError(f"factsheet: content folder {self.content_dir} does not exist "
                              "(set content_dir in mkdocs.yml)")
        for file in files:  # hand-written pages: point "edit" at their real place in the repo
            if file.generated_by is None:
                file.edit_uri = self.config.docs_edit_prefix + file.src_uri
        result = build_pages(self.content_dir, self.language, self.templates_dir)
        for problem in result.problems:
            if problem.severity == "error":
                log.error("%s", problem)
            else:
                log.warning("%s", problem)
        # Broken sheets are left out of the site (build_pages); the good ones still publish.
        # `mkdocs build --strict` turns the logged problems into a failed build.
        for page in result.pages:
            existing = files.get_file_from_path(page.path)
            if existing is not None:
                files.remove(existing)
                log.warning("factsheet: generated page %s replaces docs/%s", page.path, page.path)
            generated = File.generated(config, page.path, content=page.content)
            if page.edit_path:
                generated.edit_uri = page.edit_path
            files.append(generated)
        return files

    def on_serve(self, server, config, builder):
        server.watch(str(self.content_dir))
        if self.templates_dir.is_dir():
            server.watch(str(self.templates_dir))
        return server
