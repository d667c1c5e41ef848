"""The whole site flow in one call: content folder -> checked corpus -> pages.

Both the MkDocs plugin and `factsheet export` call `build_pages`, so the two always produce
the same pages.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .check import check_content, errors_only
from .content import load_content
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
                templates_dir: str | Path | None = None, skip_broken: bool = True) -> SiteBuild:
    """Render every page. Sheets with errors are left out (and reported), never half-shown."""
    content = load_content(content_dir)
    corpus = build_corpus(content, language)
    bodies = {article.slug: article.body for article in corpus.articles}
    problems = check_content(content, bodies)
    problems += [p for p in corpus.problems if p not in problems]
    broken = {p.path for p in errors_only(problems)}
    if skip_broken and broken:
        from .errors import display_path

        content.sheets = [s for s in content.sheets if display_path(s.path) not in broken]
        corpus = build_corpus(content, language)
    pages = Renderer(language, templates_dir).render_site(corpus)
    return SiteBuild(pages, corpus, problems)
