"""The things a reader browses, each with its own slug and URL (as Pelican's URLWrappers).

Templates never build a URL by hand: they call `link(entity)`, which asks the entity for
its `src_path` (the Markdown page) and makes it relative to the page being rendered.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .countries import country_name, flag

if TYPE_CHECKING:
    import datetime as dt

    from .models import Quote, Sheet, Stance


def slugify(text: str, max_length: int = 80) -> str:
    """A slug that is always a safe single path segment: [a-z0-9-], never empty, never `..`."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0] or slug[:max_length]
    if not slug:
        slug = "x-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]
    return slug


def is_unnamed(name: str, role: str | None) -> bool:
    """'seorang ibu', 'a local resident', 'juru bicara pemerintah', a bare 'Presiden': a
    description or a title names someone only within its article, not a person across articles."""
    return name[:1].islower() or (role is not None and name.casefold() == role.casefold())


class Entity:
    """Something with a page. Subclasses set `section` and `slug`."""

    section = ""
    slug: str  # set by each subclass (a field or a property)

    @property
    def src_path(self) -> str:
        return f"{self.section}/{self.slug}.md"

    @property
    def url(self) -> str:
        return f"{self.section}/{self.slug}/"

    def __lt__(self, other: "Entity") -> bool:  # stable ordering for pages and tables
        return self.sort_key < other.sort_key

    @property
    def sort_key(self) -> tuple:
        return (self.slug,)


@dataclass(eq=False)
class Country(Entity):
    code: str
    language: str = "en"
    section = "countries"
    quotes: list["QuoteRef"] = field(default_factory=list)
    stances: list["StanceRef"] = field(default_factory=list)      # its own positions
    claims_about: list["StanceRef"] = field(default_factory=list)  # others' claims about it
    claims_made: list["StanceRef"] = field(default_factory=list)   # its claims about others
    articles: list["Article"] = field(default_factory=list)
    people: list["Person"] = field(default_factory=list)

    @property
    def slug(self) -> str:  # type: ignore[override]
        return self.code.lower()

    @property
    def name(self) -> str:
        return country_name(self.code, self.language)

    @property
    def flag(self) -> str:
        return flag(self.code)

    @property
    def sort_key(self) -> tuple:
        return (self.name.casefold(),)


@dataclass(eq=False)
class Person(Entity):
    name: str
    slug: str = ""  # type: ignore[assignment]
    kind: str = "person"
    role: str | None = None
    country: Country | None = None
    quotes: list["QuoteRef"] = field(default_factory=list)
    section = "people"

    @property
    def sort_key(self) -> tuple:
        return (self.name.casefold(),)


@dataclass(eq=False)
class Conflict(Entity):
    slug: str  # type: ignore[assignment]
    name: str
    parties: list[Country] = field(default_factory=list)
    articles: list["Article"] = field(default_factory=list)
    stances: list["StanceRef"] = field(default_factory=list)
    section = "conflicts"

    @property
    def sort_key(self) -> tuple:
        return (self.name.casefold(),)

    @property
    def map_path(self) -> str:
        return f"{self.section}/{self.slug}-map.svg"

    @property
    def graph_path(self) -> str:
        return f"{self.section}/{self.slug}-graph.svg"


@dataclass(eq=False)
class Article(Entity):
    sheet: "Sheet"
    sheet_path: str  # the YAML file, relative to the project, for "edit this sheet" links
    body: str | None = None  # None when the article file is missing
    conflict: Conflict | None = None
    quotes: list["QuoteRef"] = field(default_factory=list)
    stances: list["StanceRef"] = field(default_factory=list)
    section = "articles"

    @property
    def slug(self) -> str:  # type: ignore[override]
        return self.sheet.article.id

    @property
    def title(self) -> str:
        return self.sheet.article.title

    @property
    def published(self) -> "dt.date | None":
        return self.sheet.article.published

    @property
    def sort_key(self) -> tuple:
        # newest first; undated articles last
        date = self.published
        return (0 if date else 1, -(date.toordinal()) if date else 0, self.slug)


@dataclass(eq=False)
class QuoteRef:
    """A quote where it was said: the article, its anchor, who said it for which country."""

    quote: "Quote"
    article: Article
    person: Person
    country: Country | None

    @property
    def anchor(self) -> str:
        return self.quote.id

    @property
    def id(self) -> str:
        return self.quote.id


@dataclass(eq=False)
class Evidence:
    """One piece of evidence of a stance: a quote of the article, or a span of its text."""

    article: Article
    quote: QuoteRef | None = None
    span: tuple[int, int] | None = None

    @property
    def anchor(self) -> str:
        if self.quote is not None:
            return self.quote.anchor
        assert self.span is not None
        return f"s{self.span[0]}-{self.span[1]}"

    @property
    def text(self) -> str:
        if self.quote is not None:
            return self.quote.quote.text
        if self.article.body is not None and self.span is not None:
            return self.article.body[self.span[0]:self.span[1]]
        return ""


@dataclass(eq=False)
class StanceRef:
    stance: "Stance"
    article: Article
    conflict: Conflict | None
    country: Country
    side: Country | None
    claimed_by: Country | None
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def position(self) -> str:
        return self.stance.position

    def normalised(self) -> tuple[str, str | None]:
        """With two parties A and B, 'opposes A' means 'backs B' (as in the evaluation)."""
        position, side = self.stance.position, self.stance.side
        if position == "opposes" and self.conflict is not None and len(self.conflict.parties) == 2:
            codes = [c.code for c in self.conflict.parties]
            if side in codes:
                return "backs", codes[1 - codes.index(side)]
        return position, side
