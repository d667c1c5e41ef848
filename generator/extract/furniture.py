"""Article furniture: datelines, bylines, cited outlets, related-headline lines and web residue.

`find_furniture(body, pack)` returns the spans a fact must never come from (`ignored`), the
related headlines (kept in `article.related`), and metadata: source, author, cites.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .langpack import LanguagePack

_LINE = re.compile(r"[^\n]+")


@dataclass
class Furniture:
    ignored: list[tuple[int, int]] = field(default_factory=list)  # spans that are not facts
    related: list[str] = field(default_factory=list)
    related_spans: list[tuple[int, int]] = field(default_factory=list)
    source: str | None = None
    author: str | None = None
    cites: list[str] = field(default_factory=list)
    dateline: tuple[int, int] | None = None
    # initials (or an outlet) in brackets closing a paragraph's text: '... mendatang. (tyo/pit)'
    closing_tags: list[tuple[int, int]] = field(default_factory=list)

    def is_ignored(self, start: int, end: int | None = None) -> bool:
        end = start + 1 if end is None else end
        return any(s < end and start < e for s, e in self.ignored)


@dataclass(frozen=True)
class _Patterns:
    dateline: tuple[re.Pattern, ...]
    byline: tuple[re.Pattern, ...]
    cited: tuple[re.Pattern, ...]
    related: tuple[re.Pattern, ...]
    residue_line: tuple[re.Pattern, ...]
    closing_tag: tuple[re.Pattern, ...] = ()


_CACHE: dict[int, _Patterns] = {}


def _patterns(pack: LanguagePack) -> _Patterns:
    spec = (pack or {}).get("furniture") or {}
    residue = [re.compile(p) for p in spec.get("residue", [])]

    def comp(key: str, flags: int = 0) -> tuple[re.Pattern, ...]:
        return tuple(re.compile(p, flags) for p in spec.get(key, []))

    return _Patterns(comp("dateline"), comp("byline"), comp("cited_outlet"), comp("related"),
                     tuple(residue), comp("closing_tag"))


def patterns_for(pack: LanguagePack) -> _Patterns:
    found = _CACHE.get(id(pack))
    if found is None:
        found = _CACHE[id(pack)] = _patterns(pack)
    return found


_SOURCE = re.compile(r"([A-Za-z][\w]*(?:\.[A-Za-z]+)+|CNN Indonesia|KOMPAS|Kompas|ANTARA(?: News)?|"
                     r"Reuters|AFP|AP|detikNews|detikcom|Okezone|Republika|Tempo|Antara)")
_CLEAN_AUTHOR = re.compile(r"^\(?\s*(?:[\w.]+/)?\s*(.*?)\s*\)?\s*$")


def find_furniture(body: str, pack: LanguagePack) -> Furniture:
    pats = patterns_for(pack)
    out = Furniture()
    lines = list(_LINE.finditer(body))
    # Dateline / source prefix at the start of the body.
    for pattern in pats.dateline:
        m = pattern.match(body)
        if m and m.end() > 0:
            out.dateline = (m.start(), m.end())
            out.ignored.append((m.start(), m.end()))
            # (a pattern naming its outlet in a group, 'JAKARTA (Pos Kota) –', gives it as the source)
            outlet = m.groupdict().get("outlet")
            src = _SOURCE.search(m.group())
            if outlet:
                out.source = _pretty_source(outlet)
            elif src:
                out.source = _pretty_source(src.group())
            break
    listed = 0  # (how many more lines may be headlines listed under a bare announcement)
    for m in lines:
        text = m.group()
        start, end = m.start(), m.end()
        stripped = text.strip()
        if not stripped:
            continue
        if listed and _listed_headline(stripped):
            # 'Baca juga:' on a line of its own, then the headlines one a line: each is a link's
            # title, not the article's text (its names are nobody quoted here)
            out.related.append(stripped)
            out.related_spans.append((start, end))
            out.ignored.append((start, end))
            listed -= 1
            continue
        listed = 0
        handled = False
        for pattern in pats.related:
            r = pattern.match(text)
            if r:
                headline = (r.group(1) if r.groups() else text).strip()
                if re.search(r"\w", headline):
                    out.related.append(headline)
                else:  # 'Baca Juga:' alone announces the links on the lines after it
                    listed = _MAX_LISTED
                out.related_spans.append((start, end))
                out.ignored.append((start, end))
                handled = True
                break
        if handled:
            continue
        if len(stripped) <= 160:
            for pattern in pats.byline:
                b = pattern.match(stripped)
                if b:
                    out.ignored.append((start, end))
                    slash = re.match(r"^\(([^/()]+)/([^()]+)\)$", stripped)
                    if slash and out.author is None:
                        who = slash.group(2).strip()
                        if " " in who or who[:1].isupper():
                            out.author = who
                        if out.source is None and "." in slash.group(1):
                            out.source = _pretty_source(slash.group(1))
                    handled = True
                    break
        if handled:
            continue
        for pattern in pats.residue_line:
            for r in pattern.finditer(text):
                out.ignored.append((start + r.start(), start + r.end()))
        for pattern in pats.closing_tag:
            t = pattern.search(text)
            if t and text[:t.start()].strip():
                out.closing_tags.append((start + t.start(), start + t.end()))
                out.ignored.append((start + t.start(), start + t.end()))
                break
    seen = set()
    for pattern in pats.cited:
        for c in pattern.finditer(body):
            name = (c.group(1) if c.groups() else c.group()).strip().rstrip(".,")
            name = re.sub(r"^(?:the|dari)\s+", "", name)
            stop = {w.casefold() for w in pack.get("cite_stoplist") or []}
            if name.casefold() in stop or name.split()[0].casefold() in stop:
                continue
            if name and name not in seen and not out.is_ignored(c.start()):
                seen.add(name)
                out.cites.append(name)
    out.ignored.sort()
    return out


_MAX_LISTED = 5
# a sentence of the text ends with a full stop (or a quote closing after one) or opens a quotation
_SENTENCE_LINE = re.compile(r"(?:[.:;,]['\"”’)]*|\.{3})$|[\"“”]")


def _listed_headline(line: str) -> bool:
    """A line under a bare 'Baca juga:' that is a headline: short, ending with no full stop and quoting
    nobody ('Kisah Rina Mulai Berhijab', 'Benarkah kopi baik untuk jantung?'); the first line that is
    a sentence ends the list."""
    return len(line) <= 150 and _SENTENCE_LINE.search(line) is None


def _pretty_source(raw: str) -> str:
    raw = raw.strip()
    if raw.isupper() and "." in raw:  # TRIBUNNEWS.COM -> Tribunnews.com
        head, _, tail = raw.partition(".")
        return head.capitalize() + "." + tail.lower()
    if raw == "KOMPAS":
        return "Kompas"
    return raw
