"""Stage 2: link all sheets into one corpus of articles, countries, people and conflicts.

Like Pelican's generators, everything is read first (`content.load_content`), then linked
here, then written (`pages.render_site`). Nothing in this module reads templates or writes.
"""
from __future__ import annotations

import os
import time
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from .articles import read_article
from .content import Content, Registries
from .entities import (
    Article,
    Conflict,
    Country,
    Evidence,
    Person,
    QuoteRef,
    StanceRef,
    is_unnamed,
    slugify,
)
from .errors import InputError, Problem, display_path


@dataclass
class PositionSummary:
    """A country's position on one conflict across every article that gives one."""

    country: Country
    conflict: Conflict
    stances: list[StanceRef]

    @cached_property
    def positions(self) -> list[tuple[str, str | None]]:
        seen: list[tuple[str, str | None]] = []
        for ref in self.stances:
            key = ref.normalised()
            if key not in seen:
                seen.append(key)
        return seen

    @property
    def agreed(self) -> tuple[str, str | None] | None:
        positions = self.positions
        return positions[0] if len(positions) == 1 else None

    @property
    def disputed(self) -> bool:
        return len(self.positions) > 1

    @property
    def group(self) -> str:
        """The heading the country is listed under: party, backs-XX, neutral, or mixed."""
        agreed = self.agreed
        if agreed is None:
            return "mixed"
        position, side = agreed
        return f"{position}-{side.lower()}" if side else position

    @property
    def side(self) -> Country | None:
        agreed = self.agreed
        if agreed and agreed[1]:
            for ref in self.stances:
                if ref.side is not None and ref.side.code == agreed[1]:
                    return ref.side
                for party in self.conflict.parties:
                    if party.code == agreed[1]:
                        return party
        return None


@dataclass
class Corpus:
    language: str
    articles: list[Article]
    countries: dict[str, Country]
    people: dict[str, Person]
    conflicts: dict[str, Conflict]
    problems: list[Problem] = field(default_factory=list)
    # Computed once per corpus (templates ask for the same summaries on many pages).
    _summaries: dict[str, list[PositionSummary]] = field(default_factory=dict, repr=False,
                                                         compare=False)
    _conflicts_of: dict[str, list[Conflict]] = field(default_factory=dict, repr=False,
                                                     compare=False)

    def summaries(self, conflict: Conflict) -> list[PositionSummary]:
        found = self._summaries.get(conflict.slug)
        if found is None or found and found[0].conflict is not conflict:
            found = self._summaries[conflict.slug] = self._compute_summaries(conflict)
        return list(found)

    def _compute_summaries(self, conflict: Conflict) -> list[PositionSummary]:
        by_country: dict[str, list[StanceRef]] = defaultdict(list)
        for ref in conflict.stances:
            if ref.claimed_by is None:
                by_country[ref.country.code].append(ref)
        for party in conflict.parties:
            by_country.setdefault(party.code, [])
        out = []
        for code, refs in by_country.items():
            refs.sort(key=lambda r: r.article.sort_key, reverse=True)  # oldest first
            out.append(PositionSummary(self.countries[code], conflict, refs))
        return sorted(out, key=lambda s: (_group_order(s, conflict), s.country.sort_key))

    def country_summaries(self, country: Country) -> list[PositionSummary]:
        return [s for conflict in self.conflicts_of(country) for s in self.summaries(conflict)
                if s.country is country]

    def conflicts_of(self, country: Country) -> list[Conflict]:
        if country.code not in self._conflicts_of:
            self._conflicts_of[country.code] = self._compute_conflicts_of(country)
        return list(self._conflicts_of[country.code])

    def _compute_conflicts_of(self, country: Country) -> list[Conflict]:
        found = {ref.conflict.slug: ref.conflict for ref in country.stances if ref.conflict}
        for conflict in self.conflicts.values():
            if country in conflict.parties:
                found[conflict.slug] = conflict
        return sorted(found.values())

    def backers(self, country: Country, conflict: Conflict, position: str = "backs") -> list[PositionSummary]:
        """Countries whose (agreed) position is `position` towards `country` in `conflict`."""
        return [s for s in self.summaries(conflict)
                if s.agreed == (position, country.code) and s.country is not country]

    @property
    def quote_count(self) -> int:
        return sum(len(article.quotes) for article in self.articles)

    @property
    def claims(self) -> list[StanceRef]:
        return [ref for country in sorted(self.countries.values()) for ref in country.claims_about]


def _group_order(summary: PositionSummary, conflict: Conflict) -> int:
    agreed = summary.agreed
    if agreed is None:
        return 5
    position, side = agreed
    if position == "party":
        return 0
    if position == "backs":
        codes = [c.code for c in conflict.parties]
        return 1 + (codes.index(side) if side in codes else 2)
    if position == "opposes":
        return 4
    return 6  # neutral


def _display_path(path: Path) -> str:
    """`display_path`, remembered (it resolves the path and the working folder each time)."""
    key = (path, os.getcwd())
    found = _DISPLAY_PATHS.get(key)
    if found is None:
        if len(_DISPLAY_PATHS) > 100_000:
            _DISPLAY_PATHS.clear()
        found = _DISPLAY_PATHS[key] = display_path(path)
    return found


_DISPLAY_PATHS: dict[tuple, str] = {}


def build_corpus(content: Content, language: str = "en", read_bodies: bool = True,
                 body_cache: dict | None = None) -> Corpus:
    """Link every sheet into one corpus. `body_cache` (a dict the caller keeps between calls,
    as `serve` does) saves reading article files that did not change."""
    countries: dict[str, Country] = {}
    people: dict[str, Person] = {}
    person_by_key: dict[tuple[str, str, str], Person] = {}
    conflicts: dict[str, Conflict] = {}
    problems: list[Problem] = []
    registries = content.registries

    def country(code: str | None) -> Country | None:
        if not code:
            return None
        if code not in countries:
            countries[code] = Country(code, language)
        return countries[code]

    def conflict_for(name: str, conflict_id: str | None, parties: list[str]) -> Conflict:
        entry = _registered_conflict(registries, name, conflict_id)
        slug = entry.id if entry else (conflict_id or slugify(name))
        if slug not in conflicts:
            display = name
            party_codes = parties
            if entry is not None:
                display = entry.names.get(language) or entry.names.get("en") or name
                party_codes = entry.parties or parties
            conflicts[slug] = Conflict(slug, display, [country(c) for c in party_codes])
        return conflicts[slug]

    def person(name: str, kind: str, role: str | None, home: Country | None, article_id: str) -> Person:
        entry = registries.person(name)
        canonical = entry.name if entry else name
        # two articles' "seorang ibu" are two people: each gets a page of its own
        unnamed = entry is None and is_unnamed(canonical, role)
        key = (canonical.casefold(), kind, article_id if unnamed else "")
        if key not in person_by_key:
            slug = slugify(f"{canonical} {article_id}") if unnamed else slugify(canonical)
            if slug in people:  # two different names with one slug: keep both pages
                n = 2
                while f"{slug}-{n}" in people:
                    n += 1
                slug = f"{slug}-{n}"
            found = Person(canonical, slug, entry.type if entry else kind,
                           (entry.role if entry and entry.role else role),
                           country(entry.country) if entry and entry.country else home)
            person_by_key[key] = found
            people[slug] = found
            if found.country is not None and found not in found.country.people:
                found.country.people.append(found)
        return person_by_key[key]

    slugs_seen: dict[str, str] = {}
    articles: list[Article] = []
    for loaded in content.sheets:
        sheet = loaded.sheet
        meta = sheet.article
        sheet_path = _display_path(loaded.path)
        if meta.id in slugs_seen:
            line, col = loaded.document.position(("article", "id"))
            problems.append(Problem(sheet_path, line, col,
                                    f"article id {meta.id!r} is already used by {slugs_seen[meta.id]}",
                                    "article.id", "give one of the two articles another id"))
            continue
        slugs_seen[meta.id] = sheet_path
        body = None
        if read_bodies:
            body, problem = _read_body(content.articles_dir / meta.file, loaded, body_cache)
            if problem:
                problems.append(problem)
        article = Article(sheet, sheet_path, body)
        articles.append(article)
        if sheet.conflict is not None:
            article.conflict = conflict_for(sheet.conflict.name, sheet.conflict.id,
                                            list(sheet.conflict.parties))
            article.conflict.articles.append(article)
        mentioned: set[str] = set(meta.countries)

        quotes_by_id: dict[str, QuoteRef] = {}
        for quote in sheet.quotes:
            home = country(quote.country)
            speaker = person(quote.speaker, quote.speaker_type, quote.role, home, meta.id)
            ref = QuoteRef(quote, article, speaker, home or speaker.country)
            quotes_by_id[quote.id] = ref
            article.quotes.append(ref)
            speaker.quotes.append(ref)
            if ref.country is not None:
                ref.country.quotes.append(ref)
                mentioned.add(ref.country.code)

        for stance in sheet.stances:
            evidence = []
            for item in stance.evidence:
                if isinstance(item, str):
                    if item in quotes_by_id:
                        evidence.append(Evidence(article, quote=quotes_by_id[item]))
                else:
                    evidence.append(Evidence(article, span=(item[0], item[1])))
            ref = StanceRef(stance, article, article.conflict, country(stance.country),
                            country(stance.side), country(stance.claimed_by), evidence)
            article.stances.append(ref)
            mentioned.update(c for c in (stance.country, stance.side) if c)
            if ref.claimed_by is not None:
                ref.country.claims_about.append(ref)
                ref.claimed_by.claims_made.append(ref)
            else:
                ref.country.stances.append(ref)
            if article.conflict is not None:
                article.conflict.stances.append(ref)
        if article.conflict is not None:
            mentioned.update(c.code for c in article.conflict.parties)
        for code in sorted(mentioned):
            country(code).articles.append(article)

    articles.sort(key=lambda a: a.sort_key)
    for entity in (*countries.values(), *conflicts.values()):
        entity.articles.sort(key=lambda a: a.sort_key)
    for found in people.values():
        found.quotes.sort(key=lambda q: q.article.sort_key)
    return Corpus(language, articles, countries, people, conflicts, problems)


def _registered_conflict(registries: Registries, name: str, conflict_id: str | None):
    folded = name.casefold()
    for entry in registries.conflicts:
        if conflict_id and entry.id == conflict_id:
            return entry
        names = [entry.id, *entry.names.values(), *entry.aliases]
        if folded in (n.casefold() for n in names):
            return entry
    return None


def _read_body(path: Path, loaded, cache: dict | None = None
               ) -> tuple[str | None, Problem | None]:
    try:
        if cache is None:
            return read_article(path).body, None
        try:
            st = path.stat()
            key = (st.st_mtime_ns, st.st_size, st.st_ino)
            # a file changed within the last 2 s may change again unseen: read it again
            if st.st_mtime_ns > time.time_ns() - 2_000_000_000:
                key = None
        except OSError:
            key = None
        cached = cache.get(path)
        if key is not None and cached is not None and cached[0] == key:
            return cached[1], None
        body = read_article(path).body
        if key is not None:
            cache[path] = (key, body)
        return body, None
    except InputError as exc:
        line, col = loaded.document.position(("article", "file"))
        return None, Problem(display_path(loaded.path), line, col,
                             f"article file {path.name!r}: {exc.message}", "article.file",
                             "restore the file under content/articles/ or fix article.file",
                             severity="warning")
