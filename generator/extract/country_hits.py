"""Which countries a text names, and where: `find_mentions`.

A country is named by the finder (name, demonym, capital), by a seat of government (`Kremlin`:
the lexicon's metonyms) or by a well-known official (generator/data/officials.yaml; not the press's
own country's); never in an outlet's name (`CNN Indonesia`), a dateline (`Jakarta, CNN Indonesia
--`) or an ignored span (related headlines). The home state's own bodies (`TNI`, `Kemlu`) name
that state: `home_bodies`.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .phrase_tables import alternation, normalise_phrase
from .stance_inputs import mention_code, span_of
from .stance_lexicons import StanceLexicon


@dataclass(frozen=True)
class Hit:
    code: str
    start: int
    end: int


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    for s, e in spans:
        if start < e and end > s:
            return True
    return False


# `CNN Indonesia`, `BBC Indonesia`: an outlet's name, not the country
_OUTLET = re.compile(r"(?<![\w-])[A-Z]{3,}\s\Z")
_DATELINE = re.compile(r"\s*(?:\(|,\s*\d|\s[-\u2013\u2014]\s)")


_MENTIONS: dict = {}


_DATELINE_TAIL = re.compile(r"[^\n]{0,45}?\s(?:--|-|\u2013|\u2014)\s")


def _is_dateline(body: str, hit: "Hit") -> bool:
    """`Jakarta, CNN Indonesia --`, `Seoul (ANTARA News) -`: where the story was filed."""
    if hit.start > 0 and body[hit.start - 1] != "\n":
        return False
    return bool(_DATELINE.match(body, hit.end)) and bool(_DATELINE_TAIL.match(body, hit.end))


def find_mentions(body: str, start: int, end: int, finder: Any, lexicon: StanceLexicon | None,
                  ignored: list[tuple[int, int]]) -> list[Hit]:
    """Country mentions in body[start:end] (one finder pass per article, then a slice)."""
    key = (id(body), len(body), id(finder), id(lexicon), tuple(ignored))
    cached = _MENTIONS.get("last")
    if cached is None or cached[0] != key or cached[1] is not body:
        hits = _find_mentions(body, 0, len(body), finder, lexicon, ignored)
        cached = (key, body, hits, [h.start for h in hits])
        _MENTIONS["last"] = cached
    hits, starts = cached[2], cached[3]
    lo = bisect.bisect_left(starts, start)
    out = []
    for hit in hits[lo:]:
        if hit.start >= end:
            break
        if hit.end <= end:
            out.append(hit)
    return out


_NAME_RUN = re.compile(r"[A-Z\u00C0-\u00DE][\w'\u2019-]*(?:[ \t]+(?:al-|bin |van |von |de )?[A-Z\u00C0-\u00DE][\w'\u2019-]*)*")


def _official_hits(body: str, start: int, end: int, taken: list[Hit], lang: str | None) -> list[Hit]:
    """Well-known officials named in the text stand for their state (`Macron and Bolsonaro
    traded insults`, `Erdogan threatened ...`): generator/data/officials.yaml. Officials of the
    press's own country (the language pack's home country) are left out: in Indonesian news
    Jokowi is everywhere, and says nothing about which states are at odds."""
    from .langpack import load_pack
    from .officials import last_words, name_key, state_named_by

    home = load_pack(lang).get("home_country") if lang else None
    ends = last_words()
    out = []
    for run in _NAME_RUN.finditer(body, start, end):
        words = run.group().split()
        if name_key(words[-1]) not in ends:
            continue  # cheap test first: most capitalised runs end in no official's name
        if any(h.start < run.end() and h.end > run.start() for h in taken):
            continue
        for size in range(min(len(words), 4), 0, -1):
            candidate = " ".join(words[-size:])
            code = state_named_by(candidate)
            if code:
                if code != home:
                    out.append(Hit(code, run.end() - len(candidate), run.end()))
                break
    return out


def _find_mentions(body: str, start: int, end: int, finder: Any, lexicon: StanceLexicon | None,
                   ignored: list[tuple[int, int]]) -> list[Hit]:
    """Country mentions in body[start:end]: the finder's, plus seats of government (Kremlin)."""
    hits: list[Hit] = []
    if finder is not None:
        for mention in finder.find(body, start, end):
            s, e = span_of(mention)
            hits.append(Hit(mention_code(mention), s, e))
    if lexicon is not None and lexicon.metonyms is not None:
        for match in lexicon.metonyms.finditer(body, start, end):
            code = lexicon.metonym_codes.get(normalise_phrase(match.group()))
            if _DATELINE.match(body, match.end()):
                continue  # `Seoul (ANTARA News) -`: where the story was filed, not who acts
            if code and not any(h.start < match.end() and h.end > match.start() for h in hits):
                hits.append(Hit(code, match.start(), match.end()))
    hits += _official_hits(body, start, end, hits, getattr(lexicon, "lang", None))
    hits = [h for h in hits if not _inside(h.start, h.end, ignored)
            and not _OUTLET.search(body, max(0, h.start - 8), h.start)
            and not _is_dateline(body, h)]
    hits.sort(key=lambda h: (h.start, -h.end))
    out: list[Hit] = []
    for hit in hits:
        if out and hit.start < out[-1].end:
            continue
        out.append(hit)
    return out


def home_bodies(pack: Any) -> re.Pattern | None:
    """The institutions only the home state has (the pack's `home_institutions`: `TNI`, `Kemlu`,
    `KBRI`): named, they name that state."""
    words = pack.words("home_institutions") if hasattr(pack, "words") else []
    return _bodies_regex(tuple(str(w) for w in words))


@lru_cache(maxsize=4)
def _bodies_regex(words: tuple) -> re.Pattern | None:
    return alternation(list(words), flags=0) if words else None
