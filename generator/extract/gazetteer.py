"""Find country mentions in text: CLDR names (Babel) plus shipped variants, capitals, metonyms,
demonyms and the extra names of content/countries.yaml, in one compiled alternation per language.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from babel import Locale

from ..countries import cldr_codes, is_known_code
from ..yamlio import load_plain
from .langpack import load_pack
from .trie import trie_pattern

DATA_DIR = Path(__file__).resolve().parents[1] / "data"


@dataclass(frozen=True, slots=True)
class Mention:
    code: str
    start: int
    end: int
    surface: str


# CLDR names that are also ordinary words or first names far more often than countries.
_AMBIGUOUS = {"Chad", "Jersey", "Guernsey", "Man", "Jordan", "Georgia", "Niger", "Mali", "Turkey",
              "Christmas", "Norfolk", "Ascension", "Reunion", "Réunion", "Dominica", "Martinique",
              "Guadeloupe", "Montserrat", "Pitcairn", "Wallis", "Futuna", "Vatican City"}
# ... but kept in the languages whose packs list them explicitly (e.g. Turkey in English).


def _cldr_names(language: str) -> dict[str, list[str]]:
    try:
        territories = Locale.parse(language).territories
    except Exception:
        return {}
    out: dict[str, list[str]] = {}
    for code in cldr_codes():
        name = territories.get(code)
        if not name:
            continue
        forms = {name}
        # "Myanmar (Burma)" -> Myanmar, Burma; "Congo - Kinshasa" -> kept whole only
        paren = re.match(r"^(.*?)\s*\((.*)\)$", name)
        if paren:
            forms |= {paren.group(1).strip(), paren.group(2).strip()}
        out[code] = [f for f in forms if f and f not in _AMBIGUOUS]
    return out


def _shipped(language: str) -> dict[str, list[str]]:
    """generator/data/countries.<lang>.yaml (optional) and the pack's `countries` mapping."""
    out: dict[str, list[str]] = {}
    sources = [load_pack(language).get("countries") or {}]
    extra = DATA_DIR / f"countries.{language}.yaml"
    if extra.is_file():
        sources.append((load_plain(extra.read_text(encoding="utf-8"), extra) or {}).get("countries", {}))
    for source in sources:
        for code, names in source.items():
            out.setdefault(str(code), []).extend(str(n) for n in names or [])
    return out


class CountryFinder:
    """`CountryFinder.for_language("id").find(text)` -> [Mention(code, start, end, surface)]."""

    _cache: dict[tuple, "CountryFinder"] = {}

    def __init__(self, language: str, names: dict[str, str]):
        self.language = language
        self.names = names  # surface -> code
        self._last: tuple | None = None  # (text, start, end, mentions) of the last long text searched
        alternation = trie_pattern(names)
        # A particle written onto a name (`Arab Saudilah`, `Turkipun`: the pack's
        # `name_enclitics`) is not part of it: the mention ends before it.
        try:
            pack = load_pack(language)
            enclitics = [str(e) for e in pack.get("name_enclitics") or []]
            # 'Inter-American Development Bank', 'Pan-African Parliament': a prefix that makes
            # the state's word part of a region's (the pack's `region_prefixes`)
            prefixes = [str(e) for e in pack.get("region_prefixes") or []]
        except FileNotFoundError:
            enclitics, prefixes = [], []
        tail = rf"(?=(?:{'|'.join(map(re.escape, enclitics))})(?![\w$]))|" if enclitics else ""
        head = "".join(rf"(?<!{re.escape(p)})" for p in prefixes)
        # Whole words only; "US$" is a currency, not the United States.
        self.pattern = re.compile(rf"(?<![\w$]){head}(?:{alternation})(?:{tail}(?![\w$]))")

    @classmethod
    def for_language(cls, lang: str, registries=None) -> "CountryFinder":
        key = (lang, id(registries) if registries is not None else None)
        finder = cls._cache.get(key)
        if finder is None:
            finder = cls(lang, cls._build_names(lang, registries))
            if len(cls._cache) > 32:
                cls._cache.clear()
            cls._cache[key] = finder
        return finder

    @staticmethod
    def _build_names(lang: str, registries) -> dict[str, str]:
        names: dict[str, str] = {}

        def add(code: str, surface: str) -> None:
            surface = surface.strip()
            if len(surface) < 2 or not is_known_code(code):
                return
            names.setdefault(surface, code)

        # Priority: hand-edited registry, then shipped data for the language, then CLDR.
        if registries is not None:
            for code, entry in registries.countries.countries.items():
                for language in (lang, "en"):
                    for surface in entry.names.get(language, []):
                        add(code, surface)
                    if language in entry.name:
                        add(code, entry.name[language])
        for language in dict.fromkeys((lang, "en")):
            try:
                shipped = _shipped(language)
            except FileNotFoundError:
                shipped = {}
            for code, surfaces in shipped.items():
                for surface in surfaces:
                    add(code, surface)
        for language in dict.fromkeys((lang, "en")):
            for code, surfaces in _cldr_names(language).items():
                for surface in surfaces:
                    add(code, surface)
        return names

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Mention]:
        if end is None:
            end = len(text)
        # (a whole article is searched by the pipeline, for its main state and for stances: the
        # mentions of the last long text are kept; short texts, roles and titles, are not)
        last = self._last
        if last is not None and last[0] is text and last[1] == start and last[2] == end:
            return list(last[3])
        names = self.names
        found = [Mention(names[m.group()], m.start(), m.end(), m.group())
                 for m in self.pattern.finditer(text, start, end)]
        if end - start >= 500:
            self._last = (text, start, end, found)
            return list(found)
        return found

    def code_of(self, surface: str) -> str | None:
        """The code of an exact surface form (e.g. a heading line 'Jerman')."""
        return self.names.get(surface.strip())


@lru_cache(maxsize=1)
def sovereigns() -> dict[str, str]:
    """Territory -> the state it belongs to (dependencies.txt): 'PR' -> 'US', 'GU' -> 'US', 'HK' -> 'CN'."""
    pairs: dict[str, str] = {}
    for line in (DATA_DIR / "dependencies.txt").read_text(encoding="utf-8").splitlines():
        codes = line.split("#", 1)[0].split()
        if len(codes) == 2:
            pairs[codes[0]] = codes[1]
    return pairs
