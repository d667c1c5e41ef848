"""Re-render only the pages a sheet edit can change (for `factsheet serve`).

While a page renders, a tracer records what it reads: every attribute the templates read
of a corpus object (an article, person, country, conflict, quote, stance, evidence, summary)
and every call they make on the corpus (`corpus.summaries(conflict)`, `backers(...)`), keyed
by stable ids (slugs, codes, quote ids), never by Python identity.

On the next build, with the previous corpus at hand:
- anything structural (the set of articles, people, countries or conflicts, a conflict's name
  or parties, the registries, the templates) → every page is rendered;
- else the corpus objects that the changed sheets (or article texts) touch, before or after
  the edit, are listed; each recorded read of one of them is evaluated on both corpora, and
  a page is rendered again when one of its reads changed or when it shows a touched object
  (overview pages are judged by their reads). Every other page keeps its Markdown.

Anything the tracer cannot compare counts as changed, so it errs towards rendering more.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from jinja2 import Environment
from markupsafe import Markup
from pydantic import BaseModel

from .corpus import Corpus, PositionSummary
from .entities import Article, Conflict, Country, Evidence, Person, QuoteRef, StanceRef
from .pages import Page, Renderer

_CHANGED = object()  # a value that equals nothing, itself included (see _same)


def key_of(obj: Any) -> tuple | None:
    """A key that names the same thing in two corpora built from (nearly) the same sheets."""
    if isinstance(obj, Article):
        return ("A", obj.slug)
    if isinstance(obj, Person):
        return ("P", obj.slug)
    if isinstance(obj, Country):
        return ("C", obj.code)
    if isinstance(obj, Conflict):
        return ("K", obj.slug)
    if isinstance(obj, QuoteRef):
        return ("Q", obj.article.slug, obj.quote.id)
    if isinstance(obj, StanceRef):
        return ("S", obj.article.slug, obj.stance.id)
    if isinstance(obj, Evidence):
        return ("E", obj.article.slug, obj.anchor)
    if isinstance(obj, PositionSummary):
        return ("PS", obj.conflict.slug, obj.country.code)
    if isinstance(obj, Corpus):
        return ("X",)
    return None


def _article_of(key: tuple) -> str | None:
    return key[1] if key[0] in ("A", "Q", "S", "E") else None


def signature(value: Any, depth: int = 0) -> Any:
    """A comparable, hashable picture of a value; corpus objects by key only."""
    if depth > 20:
        return _CHANGED
    if value is None or isinstance(value, (str, int, float, bool, dt.date)):
        return str(value) if isinstance(value, Markup) else value
    key = key_of(value)
    if key is not None:
        return ("ref", key)
    if isinstance(value, BaseModel):
        return ("model", value.model_dump_json())
    if isinstance(value, dict):
        return ("dict", tuple((signature(k, depth + 1), signature(v, depth + 1))
                              for k, v in value.items()))
    if isinstance(value, (list, tuple)) or type(value).__name__ in ("dict_values", "dict_keys"):
        return ("list", tuple(signature(v, depth + 1) for v in value))
    return _CHANGED


class Tracer:
    """Records reads as (key, attribute) and corpus calls as (key, name, arguments)."""

    def __init__(self):
        self.reads: set[tuple] = set()

    def touch(self, obj: Any, attribute: str) -> None:
        key = key_of(obj)
        if key is not None:
            self.reads.add((key, attribute, None))

    def wrap(self, obj: Any, attribute: str, value: Any) -> Any:
        key = key_of(obj)
        if key is None:
            return value
        if callable(value) and not isinstance(value, type):
            def call(*args, **kwargs):
                self.reads.add((key, attribute, (tuple(signature(a) for a in args),
                                                 tuple(sorted((k, signature(v))
                                                              for k, v in kwargs.items())))))
                return value(*args, **kwargs)
            return call
        self.reads.add((key, attribute, None))
        return value


def _traced_environment(env: Environment, tracer: Tracer) -> None:
    plain_getattr = type(env).getattr
    plain_getitem = type(env).getitem

    def getattr_(obj, attribute):
        return tracer.wrap(obj, attribute, plain_getattr(env, obj, attribute))

    def getitem(obj, argument):
        value = plain_getitem(env, obj, argument)
        return tracer.wrap(obj, argument, value) if isinstance(argument, str) else value

    env.getattr = getattr_  # type: ignore[method-assign]
    env.getitem = getitem  # type: ignore[method-assign]


@dataclass
class _Index:
    """Corpus objects by key."""

    corpus: Corpus
    found: dict[tuple, Any] = field(default_factory=dict)
    built: bool = False

    def get(self, key: tuple) -> Any:
        if not self.built:
            self._build()
        if key[0] == "PS" and key not in self.found:
            conflict = self.found.get(("K", key[1]))
            if conflict is not None:
                for summary in self.corpus.summaries(conflict):
                    self.found[key_of(summary)] = summary
        return self.found.get(key)

    def _build(self) -> None:
        c = self.corpus
        found = self.found
        found[("X",)] = c
        for article in c.articles:
            found[("A", article.slug)] = article
            for ref in article.quotes:
                found[key_of(ref)] = ref
            for ref in article.stances:
                found[key_of(ref)] = ref
                for evidence in ref.evidence:
                    found.setdefault(key_of(evidence), evidence)
        for person in c.people.values():
            found[("P", person.slug)] = person
        for country in c.countries.values():
            found[("C", country.code)] = country
        for conflict in c.conflicts.values():
            found[("K", conflict.slug)] = conflict
        self.built = True


def _read(index: _Index, read: tuple) -> Any:
    key, attribute, call = read
    obj = index.get(key)
    if obj is None:
        return ("missing",)
    try:
        if attribute == "__display__":
            return signature(getattr(obj, "name", None) or getattr(obj, "title", None)
                             or obj.slug)
        value = getattr(obj, attribute)
        if call is not None:
            args = [_resolve(index, a) for a in call[0]]
            kwargs = {k: _resolve(index, v) for k, v in call[1]}
            if any(a is _CHANGED for a in [*args, *kwargs.values()]):
                return _CHANGED
            value = value(*args, **kwargs)
        return signature(value)
    except Exception:  # noqa: BLE001 - cannot compare: count it as changed
        return _CHANGED


def _resolve(index: _Index, sig: Any) -> Any:
    if isinstance(sig, tuple) and len(sig) == 2 and sig[0] == "ref":
        found = index.get(sig[1])
        return _CHANGED if found is None else found
    if isinstance(sig, tuple):
        return _CHANGED  # a list or model argument: not worth rebuilding
    return sig


def _same(a: Any, b: Any) -> bool:
    if a is _CHANGED or b is _CHANGED:
        return False
    try:
        return a == b
    except Exception:  # noqa: BLE001
        return False


@dataclass
class LiveBuild:
    """What the next incremental build needs from this one."""

    corpus: Corpus
    structure: Any
    pages: dict[str, Page]
    reads: dict[str, frozenset]
    sheets: dict[str, Any]   # article slug -> LoadedSheet object (identity tells "unchanged")
    bodies: dict[str, Any]


def structure_of(corpus: Corpus, extra: Any) -> Any:
    return (extra, corpus.language,
            tuple((a.slug, a.sheet_path) for a in corpus.articles),
            tuple(sorted((p.slug, p.name) for p in corpus.people.values())),
            tuple(sorted(corpus.countries)),
            tuple(sorted((c.slug, c.name, tuple(x.code for x in c.parties))
                         for c in corpus.conflicts.values())))


def touched_by(article: Article) -> set[tuple]:
    """Keys of the corpus objects an article's sheet adds to or changes."""
    keys = {("A", article.slug), ("X",)}
    meta = article.sheet.article
    codes = set(meta.countries)
    if article.conflict is not None:
        keys.add(("K", article.conflict.slug))
        codes.update(c.code for c in article.conflict.parties)
    for ref in article.quotes:
        keys.add(("P", ref.person.slug))
        if ref.country is not None:
            codes.add(ref.country.code)
        if ref.person.country is not None:
            codes.add(ref.person.country.code)
    for ref in article.stances:
        for country in (ref.country, ref.side, ref.claimed_by):
            if country is not None:
                codes.add(country.code)
    keys.update(("C", code) for code in codes)
    return keys


def render(renderer: Renderer, corpus: Corpus, previous: LiveBuild | None, extra: Any,
           sheets: dict[str, Any]) -> tuple[list[Page], LiveBuild, int]:
    """All pages, rendering again only what changed since `previous`; returns the number
    of pages rendered too."""
    tracer = Tracer()
    structure = structure_of(corpus, extra)
    bodies = {a.slug: a.body for a in corpus.articles}
    jobs = renderer.page_jobs(corpus)
    dirty_keys: set[tuple] | None = None
    changed_reads: set[tuple] = set()
    if previous is not None and previous.structure == structure:
        dirty_keys = set()
        old_articles = {a.slug: a for a in previous.corpus.articles}
        for article in corpus.articles:
            new, old = sheets.get(article.slug), previous.sheets.get(article.slug)
            # the same parsed sheet, or one read again (just touched) with equal content
            same = new is old or (new is not None and old is not None
                                  and new.path == old.path and new.sheet == old.sheet)
            if not same or bodies[article.slug] != previous.bodies.get(article.slug):
                dirty_keys |= touched_by(article) | touched_by(old_articles[article.slug])
        old_index, new_index = _Index(previous.corpus), _Index(corpus)
        # A person's country comes from the first sheet that quotes them: when that sheet
        # changes, the country they leave and the one they join both change.
        for key in [k for k in dirty_keys if k[0] == "P"]:
            for index in (old_index, new_index):
                person = index.get(key)
                if person is not None and person.country is not None:
                    dirty_keys.add(("C", person.country.code))
        dirty_articles = {k[1] for k in dirty_keys if k[0] == "A"}
        dirty_conflicts = {k[1] for k in dirty_keys if k[0] == "K"}
        for read in set().union(*previous.reads.values()):
            key = read[0]
            relevant = (key in dirty_keys or key[0] == "X"
                        or _article_of(key) in dirty_articles
                        or (key[0] == "PS" and key[1] in dirty_conflicts))
            if relevant and not _same(_read(old_index, read), _read(new_index, read)):
                changed_reads.add(read)
    env = renderer.env
    _traced_environment(env, tracer)
    renderer.tracer = tracer
    pages: list[Page] = []
    reads: dict[str, frozenset] = {}
    rendered = 0
    try:
        for path, owner, job in jobs:
            if dirty_keys is not None and path in previous.pages and path in previous.reads:
                old_reads = previous.reads[path]
                # An overview page (no owner) is judged by its reads alone.
                if key_of(owner) not in dirty_keys and not (old_reads & changed_reads):
                    pages.append(previous.pages[path])
                    reads[path] = old_reads
                    continue
            tracer.reads = set()
            page = job()
            rendered += 1
            pages.append(page)
            reads[path] = frozenset(tracer.reads)
    finally:
        renderer.tracer = None
        del env.getattr, env.getitem  # back to the class's own methods
    build = LiveBuild(corpus, structure, {p.path: p for p in pages}, reads, dict(sheets), bodies)
    return pages, build, rendered
