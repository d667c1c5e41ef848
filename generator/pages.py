"""Stage 3: render a corpus into (path, content) pairs. Pure: no MkDocs, no writing.

Every value a template prints is escaped for Markdown *and* HTML unless it is `Markup` made
here (links, flags, SVG). Article and sheet text is untrusted: Python-Markdown passes raw HTML
through and `attr_list` turns `{: onclick=...}` into attributes, so `<`, `{`, `[` and friends
become character references that a browser shows as text and Markdown does not parse.
"""
from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

import yaml
from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from . import svg
from .corpus import Corpus
from .entities import Article, Entity


def _default_templates() -> Path:
    """The built-in templates: generator/templates/ in an installed package (the build maps the
    repository's templates/ folder there, see pyproject.toml), else the source tree's templates/
    (a checkout or an editable install, where that folder is the only copy)."""
    package = Path(__file__).resolve().parent
    installed = package / "templates"
    return installed if installed.is_dir() else package.parent / "templates"


DEFAULT_TEMPLATES = _default_templates()

# Characters with a meaning in Markdown, attr_list or HTML.
_SPECIAL = re.compile(r"[&<>\"`*_\[\]{}()#|\\!]")
_WS = re.compile(r"\s+")


def escape_text(value: Any) -> str:
    """Untrusted text to inert inline Markdown (one line)."""
    text = _WS.sub(" ", str(value)).strip()
    return _SPECIAL.sub(lambda m: f"&#{ord(m.group())};", text)


def _finalize(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, Markup):
        return value
    return Markup(escape_text(value))


def _join(values: Any, separator: str = "", attribute: str | None = None) -> Markup:
    items = [getattr(v, attribute) if attribute else v for v in values]
    return Markup(_SPECIAL.sub(lambda m: f"&#{ord(m.group())};", separator)).join(
        v if isinstance(v, Markup) else Markup(escape_text(v)) for v in items)


@dataclass(frozen=True)
class Page:
    path: str            # e.g. "countries/tr.md" (relative to the site root, '/' separated)
    content: str | bytes
    edit_path: str | None = None  # the file an editor changes to fix this page


def relative_url(from_path: str, to_path: str, anchor: str | None = None) -> str:
    target = _relpath(to_path, from_path.rpartition("/")[0])
    return f"{target}#{anchor}" if anchor else target


@lru_cache(maxsize=65536)
def _relpath(to_path: str, start: str) -> str:
    """posixpath.relpath for the site's clean relative paths, without touching the disk."""
    if to_path.startswith("/") or start.startswith("/") or "." in (to_path[:1], start[:1]):
        return posixpath.relpath(to_path, start or ".")  # anything unusual: the general way
    to_parts = to_path.split("/")
    start_parts = start.split("/") if start else []
    common = 0
    for a, b in zip(start_parts, to_parts):
        if a != b:
            break
        common += 1
    parts = [".."] * (len(start_parts) - common) + to_parts[common:]
    return "/".join(parts) or "."


class Renderer:
    """Compiles templates once; renders every page of a corpus."""

    def __init__(self, language: str = "en", templates_dir: str | Path | None = None):
        loaders = []
        if templates_dir is not None and Path(templates_dir).is_dir() and \
                Path(templates_dir).resolve() != DEFAULT_TEMPLATES:
            loaders.append(FileSystemLoader(str(templates_dir)))  # the user's overrides, by name
        loaders.append(FileSystemLoader(str(DEFAULT_TEMPLATES)))
        self.env = Environment(
            loader=ChoiceLoader(loaders),
            # Autoescape makes macro output Markup; _finalize then escapes every other value
            # for Markdown (markupsafe's HTML escaping alone would let `[x](javascript:..)` through).
            autoescape=True,
            finalize=_finalize,
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )
        self.language = language
        self.labels = load_labels(language, templates_dir)
        self.env.globals.update(t=self._label, language=language)
        self.env.globals["legend"] = lambda summaries, conflict: svg.legend_entries(
            summaries, conflict, self._label)  # colour keys for the map's HTML legend
        self.env.filters["e"] = self.env.filters["escape"] = lambda v: Markup(escape_text(v))
        # Filters that build Markup with markupsafe's escape must use ours instead.
        self.env.filters["join"] = _join
        self.env.filters["replace"] = lambda v, old, new: Markup(escape_text(str(v).replace(old, new)))
        # calls_for values are data: a known one gets its label, anything else is escaped text
        self.env.filters["call"] = lambda v: Markup(self.labels.get(f"calls_for.{v}")) \
            if isinstance(v, str) and f"calls_for.{v}" in self.labels else Markup(escape_text(v))
        self.env.filters["date"] = lambda d: Markup(d.isoformat()) if d else Markup("—")

    def _label(self, key: str, **values: Any) -> Markup:
        text = self.labels.get(key, key)
        if values:
            text = text.format(**{k: v if isinstance(v, Markup) else escape_text(v)
                                  for k, v in values.items()})
        return Markup(text)

    def render(self, template: str, path: str, title: Any = None, **context: Any) -> str:
        tracer = self.tracer

        def link(entity: Entity, text: Any = None, anchor: str | None = None) -> Markup:
            if tracer is not None:
                tracer.touch(entity, "__display__")
            label = escape_text(text if text is not None else _display(entity))
            return Markup(f"[{label}]({relative_url(path, entity.src_path, anchor)})")

        def url(entity: Entity | str, anchor: str | None = None) -> Markup:
            if tracer is not None and not isinstance(entity, str):
                tracer.touch(entity, "src_path")
            target = entity if isinstance(entity, str) else entity.src_path
            return Markup(relative_url(path, target, anchor))

        text = self.env.get_template(template).render(link=link, url=url, page_path=path, **context)
        return front_matter(title) + tidy_markdown(text)

    # Set by `liverender` while it records what each page reads (under `serve` only).
    tracer: Any = None

    def render_site(self, corpus: Corpus) -> list[Page]:
        return [job() for _path, _owner, job in self.page_jobs(corpus)]

    def page_jobs(self, corpus: Corpus) -> list[tuple[str, Any, Callable[[], Page]]]:
        """Every page of the site, in order, as (path, the entity it shows or None, render)."""
        jobs: list[tuple[str, Any, Callable[[], Page]]] = []
        add = jobs.append
        t = self.labels.get
        for path, template, title in (
            ("index.md", "index.md.j2", t("overview")),
            ("articles/index.md", "articles.md.j2", t("articles")),
            ("countries/index.md", "countries.md.j2", t("countries")),
            ("people/index.md", "people.md.j2", t("people")),
            ("conflicts/index.md", "conflicts.md.j2", t("conflicts")),
            ("claims.md", "claims.md.j2", t("claims")),
        ):
            add((path, None, lambda path=path, template=template, title=title:
                 Page(path, self.render(template, path, title, corpus=corpus))))
        # Pages that gather many sheets: "edit" opens the registry that names the entity.
        content_dir = posixpath.dirname(posixpath.dirname(corpus.articles[0].sheet_path)) \
            if corpus.articles else "content"

        def registry(name: str) -> str:
            return posixpath.join(content_dir, name)

        for article in corpus.articles:
            add((article.src_path, article, lambda article=article: Page(
                article.src_path, self.render(
                    "article.md.j2", article.src_path, article.title, article=article,
                    corpus=corpus, body_html=Markup(article_html(article))),
                article.sheet_path)))
        for country in sorted(corpus.countries.values()):
            add((country.src_path, country, lambda country=country: Page(
                country.src_path, self.render("country.md.j2", country.src_path, country.name,
                                              country=country, corpus=corpus),
                registry("countries.yaml"))))
        for person in sorted(corpus.people.values()):
            add((person.src_path, person, lambda person=person: Page(
                person.src_path, self.render("person.md.j2", person.src_path, person.name,
                                             person=person, corpus=corpus),
                registry("people.yaml"))))
        for conflict in sorted(corpus.conflicts.values()):
            add((conflict.src_path, conflict, lambda conflict=conflict: Page(
                conflict.src_path, self.render("conflict.md.j2", conflict.src_path,
                                               conflict.name, conflict=conflict, corpus=corpus,
                                               summaries=corpus.summaries(conflict)),
                registry("conflicts.yaml"))))
            add((conflict.map_path, conflict, lambda conflict=conflict: Page(
                conflict.map_path, svg.world_map(corpus.summaries(conflict), conflict,
                                                 self._label))))
            add((conflict.graph_path, conflict, lambda conflict=conflict: Page(
                conflict.graph_path, svg.alliance_graph(corpus.summaries(conflict), conflict,
                                                        self._label))))
        return jobs


def safe_title(value: Any) -> str:
    """A page title with no character HTML could act on.

    MkDocs themes print `page.meta.title` unescaped (and Material runs `striptags`, which
    *un*escapes, on `page.title`), so the title we give every page holds no `<`, `>` or `&`.
    """
    text = _WS.sub(" ", str(value)).strip()
    return text.translate({ord("<"): "‹", ord(">"): "›", ord("&"): "＆", ord('"'): "”"})


def front_matter(title: Any) -> str:
    if title is None:
        return ""
    import json
    return f"---\ntitle: {json.dumps(safe_title(title), ensure_ascii=False)}\n---\n\n"


def _block_kind(line: str) -> str:
    stripped = line.strip()
    if not stripped:
        return "blank"
    if stripped.startswith("|"):
        return "table"
    if stripped.startswith("#"):
        return "heading"
    if re.match(r"[-*] |\d+\. ", stripped):
        return "list"
    if line.startswith("    "):
        return "indented"
    if stripped.startswith(("<div", "!!!", "![")):
        return "block"
    return "text"


def tidy_markdown(text: str) -> str:
    """Blank lines around tables, headings, lists and HTML blocks, whatever the template did.

    Jinja's trim_blocks eats the newline after a block tag; rather than make every template
    author count newlines, blocks are separated here.
    """
    out: list[str] = []
    previous = "blank"
    for line in text.split("\n"):
        kind = _block_kind(line)
        if kind != "blank" and previous != "blank":
            joined = (kind == previous and kind in ("table", "list", "text")) or \
                     (kind == "indented" and previous in ("block", "indented"))
            if not joined:
                out.append("")
        if kind == "blank" and previous == "blank":
            continue
        out.append(line.rstrip())
        previous = kind
    return "\n".join(out).strip("\n") + "\n"


def _display(entity: Entity) -> str:
    for attribute in ("name", "title"):
        value = getattr(entity, attribute, None)
        if value:
            return value
    return entity.slug


def load_labels(language: str, templates_dir: str | Path | None = None) -> dict[str, str]:
    labels = dict(_default_labels(language))
    if templates_dir is not None:
        override = Path(templates_dir) / f"labels.{language}.yaml"
        if override.is_file() and override.resolve().parent != DEFAULT_TEMPLATES:
            labels.update(yaml.safe_load(override.read_text(encoding="utf-8")) or {})
    return labels


@lru_cache(maxsize=8)
def _default_labels(language: str) -> dict[str, str]:
    path = DEFAULT_TEMPLATES / f"labels.{language}.yaml"
    if not path.is_file():
        path = DEFAULT_TEMPLATES / "labels.en.yaml"
    english = yaml.safe_load((DEFAULT_TEMPLATES / "labels.en.yaml").read_text(encoding="utf-8"))
    return {**english, **(yaml.safe_load(path.read_text(encoding="utf-8")) or {})}


def article_html(article: Article) -> str:
    """The article body as inert HTML with quotes and evidence marked and anchored."""
    from html import escape

    body = article.body
    if body is None:
        return ""
    marks: list[tuple[int, int, str, str, str]] = []  # start, end, anchor id, css class, title
    for ref in article.quotes:
        span = ref.quote.span
        if span and 0 <= span[0] < span[1] <= len(body):
            css = "fs-quote" + ("" if ref.quote.reviewed else " fs-unreviewed")
            marks.append((span[0], span[1], ref.anchor, css, ref.person.name))
    for stance in article.stances:
        for evidence in stance.evidence:
            if evidence.span and 0 <= evidence.span[0] < evidence.span[1] <= len(body):
                marks.append((evidence.span[0], evidence.span[1], evidence.anchor, "fs-evidence", ""))
    # Split the text at every mark boundary and every line break; each piece knows its marks.
    cuts = {0, len(body)}
    for start, end, *_ in marks:
        cuts.update((start, end))
    cuts.update(m.start() for m in re.finditer(r"\n", body))
    cuts.update(m.end() for m in re.finditer(r"\n", body))
    points = sorted(cuts)
    starts: dict[int, list] = {}
    for mark in marks:
        starts.setdefault(mark[0], []).append(mark)
    active: list = []  # a sweep over the cut points keeps this linear in text + marks
    anchored: set[str] = set()
    paragraphs: list[list[str]] = [[]]
    for start, end in zip(points, points[1:]):
        if start in starts:
            active.extend(starts[start])
        active = [m for m in active if m[1] > start]
        piece = body[start:end]
        if piece == "\n":
            paragraphs.append([])
            continue
        text = escape(piece)
        for _, _, anchor, css, title in sorted(active, key=lambda m: m[1] - m[0]):
            id_attr = ""
            if anchor not in anchored:
                anchored.add(anchor)
                id_attr = f' id="{escape(anchor)}"'
            title_attr = f' title="{escape(title)}"' if title else ""
            text = f'<mark class="{css}"{id_attr}{title_attr}>{text}</mark>'
        paragraphs[-1].append(text)
    html = "".join(f"<p>{''.join(parts)}</p>" for parts in paragraphs if parts)
    return f'<div class="fs-article" lang="{escape(article.sheet.article.language)}">{html}</div>'
