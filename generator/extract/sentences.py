"""Sentence and paragraph spans (character offsets into the article body)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .langpack import load_pack


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int

    def text(self, body: str) -> str:
        return body[self.start:self.end]


Paragraph = Sentence

_LINE = re.compile(r"[^\n]+")
# A candidate boundary: end punctuation, optional closing marks, space, then something that
# can start a sentence (capital, digit, opening mark).
# (a closing mark may stand apart after the punctuation, a space before it and one after: '... a great
# year. " Hayes said: "...' closes the quote there; an opening mark is written against its first word)
_BOUNDARY = re.compile(
    r"""([.!?]+|\.\.\.|…)((?:[ \t]["”](?=[ \t]))?["'”’»)\]]*)[ \t]+(?=["“”'‘«(\[]?[A-Z0-9À-ÖØ-Þ])""")
_PREV_WORD = re.compile(r"([\w.\-]+)$")
# A full stop with the space lost after it: 'gagal melindungi HAM.PBB pun meminta ...', after a closing
# bracket or before a word and its comma ('... (18/9/2025).Powell menjelaskan ...', '... tetap
# terjaga.Pertama, stabilitas ...': the Detik pages' lost spaces)
# (not a web address: 'TRIBUNNEWS.COM - ')
_GLUED = re.compile(r"(?:(?<=[A-Za-z]{2})|(?<=\)))(\.)()(?!(?:COM|Com|NET|Net|ORG|Org|ID|Id|CO|Co|TV|Tv|INFO|Info)\b)"
                    r"(?=[A-Z][A-Za-z]{1,20}[ \t,])")


_LAST_PARAGRAPHS: dict = {}  # "last": (the body last split, its paragraphs), replaced whole


def paragraphs(body: str) -> list[Paragraph]:
    """One paragraph per non-empty line (articles.py keeps one paragraph per line)."""
    # (asked three times for each article: the pipeline, the splitter, the quote finder)
    last = _LAST_PARAGRAPHS.get("last")
    if last is not None and last[0] is body:
        return list(last[1])
    out = _split_paragraphs(body)
    _LAST_PARAGRAPHS["last"] = (body, out)
    return list(out)


def _split_paragraphs(body: str) -> list[Paragraph]:
    out = []
    for m in _LINE.finditer(body):
        start, end = m.start(), m.end()
        text = m.group()
        stripped = text.strip()
        if not stripped:
            continue
        start += len(text) - len(text.lstrip())
        end -= len(text) - len(text.rstrip())
        out.append(Paragraph(start, end))
    return out


def _pack_words(lang: str, key: str) -> tuple[str, ...]:
    try:
        return tuple(load_pack(lang).words(key))
    except FileNotFoundError:  # a language with no pack: no abbreviations, no pronouns
        return ()


@lru_cache(maxsize=None)
def _abbreviations(lang: str) -> frozenset[str]:
    return frozenset(w.lower().rstrip(".") for w in _pack_words(lang, "abbreviations"))


@lru_cache(maxsize=None)
def _opening_words(lang: str) -> frozenset[str]:
    # (with the determiners that only open a sentence: '... 4 a.m. The governor of Ohio ...')
    return frozenset(w.capitalize() for w in _pack_words(lang, "pronouns") + _pack_words(lang, "sentence_determiners"))


def _dotted_then_pronoun(body: str, dot: int, after: int, pronouns: frozenset[str]) -> bool:
    """'... and Washington, D.C. They also stated ...', '... until 4 a.m. The governor ...': a
    dotted acronym ends the sentence when a capitalised pronoun or determiner follows it."""
    m = _PREV_WORD.search(body, max(0, dot - 20), dot)
    if not m or "." not in m.group(1) or len(m.group(1).replace(".", "")) < 2:
        return False
    w = re.match(r"[A-Za-z]+", body[after:after + 12])
    return w is not None and w.group() in pronouns


def _is_abbreviation(body: str, dot: int, abbreviations: frozenset[str]) -> bool:
    m = _PREV_WORD.search(body, max(0, dot - 20), dot)
    if not m:
        return False
    word = m.group(1)
    if len(word) == 1 and word.isalpha():
        # an initial: "J. Smith"; not a possessive's 's': '... an ankle injury at St Mary's. Wenger
        # added: "..."' ends its sentence there
        return not (m.start(1) > 0 and body[m.start(1) - 1] in "'’")
    if word.lower().rstrip(".") in abbreviations:
        return True
    return "." in word and len(word) <= 6 and word.replace(".", "").isalpha()  # "U.S", "a.n"


def split_sentences(body: str, lang: str = "id", start: int = 0, end: int | None = None) -> list[Sentence]:
    """Sentences of `body` (or of body[start:end]): never across a line break."""
    abbreviations = _abbreviations(lang)
    pronouns = _opening_words(lang)
    out: list[Sentence] = []
    for para in paragraphs(body) if (start == 0 and end is None) else _sub_paragraphs(body, start, end):
        s = para.start
        found = list(_BOUNDARY.finditer(body, para.start, para.end))
        if "." in body[para.start:para.end]:
            glued = list(_GLUED.finditer(body, para.start, para.end))
            if glued:
                found = sorted(found + glued, key=lambda x: x.start())
        for m in found:
            if m.group(1) == "." and _is_abbreviation(body, m.start(1), abbreviations) \
                    and not _dotted_then_pronoun(body, m.start(1), m.end(), pronouns):
                continue
            e = m.end(2)
            if e > s:
                out.append(Sentence(s, e))
            s = m.end()
        if para.end > s:
            out.append(Sentence(s, para.end))
    return out


def _sub_paragraphs(body: str, start: int, end: int | None) -> list[Paragraph]:
    end = len(body) if end is None else end
    return [Paragraph(max(p.start, start), min(p.end, end)) for p in paragraphs(body)
            if p.end > start and p.start < end]


def sentence_at(sentences: list[Sentence], offset: int) -> int:
    """Index of the sentence containing `offset` (or the last one starting before it)."""
    import bisect

    i = bisect.bisect_right([s.start for s in sentences], offset) - 1
    return max(i, 0)
