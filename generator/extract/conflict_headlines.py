"""What an article's headline says of its conflict.

The states a headline names (`title_countries`, also in a lower-case headline made from a file name
and through officials' names), the clause of a headline's verb, a word of a name that looks like a
verb, and the headline states that are no side: civilians' or a firm's state, a destination, a
war's name, a state backing the other.
"""
from __future__ import annotations

import re
from typing import Any

from .conflict_clauses import _WAR_GAP, _war_named
from .conflict_lexicons import ConflictLexicon, _NAME
from .country_hits import find_mentions
from .mentions import _common_words


def title_countries(title: str | None, finder: Any, lower_case: bool = False,
                    officials: bool = True) -> list[str]:
    """The states a headline names, in order: by name, demonym or capital, or through a
    well-known official (`United States military kills Qasem Soleimani` -> US, IR; not with
    `officials` False)."""
    if not title:
        return []
    from .officials import state_named_by

    lowered = lower_case and title[1:] == title[1:].lower()
    if lowered:
        # a headline made from a file name is lower case ('Tak bisa ... ditahan ri protes mesir'):
        # read its words as capitalised, two-letter ones as acronyms ('RI', 'AS')
        title = re.sub(r"[^\W\d_]+", lambda w: w.group().upper() if len(w.group()) == 2
                       else w.group().capitalize(), title)
    mentions = finder.find(title)
    found: list[tuple[int, str]] = [(m.start, m.code) for m in mentions]
    taken = [(m.start, m.end) for m in mentions]
    if not officials:
        return list(dict.fromkeys(code for _, code in sorted(found)))
    if lowered:
        # every word of such a headline is capitalised, so no run of capitals marks a name: an
        # official's name is looked for among up to three words anywhere in it, apart from the
        # states ('Jelang trump ke asia korea utara tampik negosiasi nuklir' -> US, KP); a single
        # word of the language's own vocabulary names no official
        common = _common_words(getattr(finder, "language", "") or "")
        words = [(w.start(), w.group()) for w in re.finditer(r"[\w'’-]+", title)
                 if not any(a < w.end() and w.start() < b for a, b in taken)]
        i = 0
        while i < len(words):
            for n in (3, 2, 1):
                window = words[i:i + n]
                if len(window) < n or (n == 1 and window[0][1].casefold() in common):
                    continue
                if any(title[window[k][0] + len(window[k][1]):window[k + 1][0]].strip() for k in range(n - 1)):
                    continue  # (the words of a name stand side by side)
                code = state_named_by(" ".join(w for _, w in window))
                if code:
                    found.append((window[0][0], code))
                    i += n - 1
                    break
            i += 1
    for run in re.finditer(_NAME, title) if not lowered else ():
        if any(a < run.end() and run.start() < b for a, b in taken):
            continue
        words = run.group().split()
        for candidate in (run.group(), " ".join(words[-2:]), words[-1]):
            code = state_named_by(candidate)
            if code:
                found.append((run.start(), code))
                break
    codes: list[str] = []
    for _, code in sorted(found):
        if code not in codes:
            codes.append(code)
    return codes


# The marks that end a clause of a headline (`Warga Tolak Pajak Baru, Begini Pesan KBRI Kanada`,
# `Lawan Trump: Bikin Partai Politik`, `X - Y`).
_HEADLINE_CLAUSE = re.compile(r"[,;:|]|\s[-\u2013\u2014]\s")


def _headline_clause(title: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the clause of the headline that holds title[start:end]."""
    lo = 0
    for m in _HEADLINE_CLAUSE.finditer(title, 0, start):
        lo = m.end()
    after = _HEADLINE_CLAUSE.search(title, end)
    return lo, after.start() if after is not None else len(title)


def _name_word(title: str, pos: int) -> bool:
    """The word at `pos` of a sentence-case headline is written with a capital after a capitalised
    word: a word of a name (`Wales silent on Grand Slam talk`), no verb. (In a headline in title
    case, or in lower case, capitals tell nothing.)"""
    if pos == 0 or not title[pos].isupper():
        return False
    words = [m for m in re.finditer(r"[^\W\d_][\w'\u2019-]*", title) if m.start() > 0 and m.start() != pos]
    long_words = [m.group() for m in words if len(m.group()) > 3]
    if not long_words or sum(1 for w in long_words if w[0].isupper()) * 2 > len(long_words):
        return False  # title case: every word has its capital
    return re.search(r"[A-Z\u00C0-\u00DE][\w'\u2019-]*\s+$", title[:pos]) is not None


def _war_names_only(lex: ConflictLexicon, title: str, body: str, live: list[tuple[int, int]], finder: Any,
                    slex: Any, ignored: list[tuple[int, int]]) -> set:
    """The states of a headline that only name a war: right before a war word in the headline (`Iraq
    war cost`), or named in the body only as a war's name (`the Iraq war`, `the war in Iraq`).
    (Asked once per article, of a headline with a verb of opposing: one pass over the body.)"""
    if lex.war is None:
        return set()
    in_title = finder.find(title)
    named = {m.code for m in in_title}
    out = {m.code for m in in_title if lex.war.match(title, _WAR_GAP.match(title, m.end).end())}
    plain: set = set()
    seen: set = set()
    for s, e in live:
        hits = find_mentions(body, s, e, finder, slex, ignored)
        for hit in hits:
            if hit.code not in named:
                continue
            seen.add(hit.code)
            if lex.war.match(body, _WAR_GAP.match(body, hit.end).end()):
                continue  # `the Iraq war`
            if any(_war_named(lex, body, [hit], w.start()) for w in lex.war.finditer(body, max(s, hit.start - 20),
                                                                                      hit.start)):
                continue  # `the war in Iraq`, `the war on Iraq`
            plain.add(hit.code)
    return out | (seen - plain)


def _civilians_only(lex: ConflictLexicon, title: str, finder: Any) -> bool:
    """Every state the headline names by name or demonym qualifies a civilian or a private body
    (lex.civilian_nouns: `German migrant rescue charity ... Syrian toddler`): the headline names
    no act of a state, so it sets no two states against each other."""
    if lex.civilian_nouns is None:
        return False
    found = list(finder.find(title))
    return len({m.code for m in found}) >= 2 and all(
        lex.civilian_nouns.match(title, m.end) for m in found)


def _civilian_states(lex: ConflictLexicon, title: str, finder: Any) -> set[str]:
    """The states a headline names only as qualifying a civilian or a private body (lex.civilian_nouns
    after the state: `Syrian toddler`; lex.civilian_before before it: `pengungsi Suriah`)."""
    if lex.civilian_nouns is None and lex.civilian_before is None:
        return set()
    if title[1:] == title[1:].lower():  # (a lower-case headline: its words read as capitalised)
        title = re.sub(r"[^\W\d_]+", lambda w: w.group().upper() if len(w.group()) == 2
                       else w.group().capitalize(), title)
    civilian, acting = set(), set()
    for m in finder.find(title):
        if (lex.civilian_nouns is not None and lex.civilian_nouns.match(title, m.end)) or (
                lex.civilian_before is not None and lex.civilian_before.search(title, 0, m.start)):
            civilian.add(m.code)
        else:
            acting.add(m.code)
    return civilian - acting


def _civilian_headline(lex: ConflictLexicon, title: str, finder: Any, headline: list[str], attacked: set,
                       hot_sentences: list[set]) -> bool:
    """The headline's first state only qualifies a civilian or a private body, its subject (`US
    company admits Benin bribery`, `Irish company hit by Iraqi report`, `Pewarta lepas AS tewas ...`),
    and the body never sets the two apart (no hostile act of one on the other, no sentence naming both
    beside a conflict word): the headline tells no act of that state; the firm's or the victim's
    nationality is no side. (A civilian of the second state, `German navy intercepts ship after drowned
    Syrian toddler`, may be what the first state's act is about.)"""
    pair = frozenset(headline)
    if pair in attacked or any(pair <= codes for codes in hot_sentences):
        return False
    return headline[0] in _civilian_states(lex, title, finder)


def _destination(lex: ConflictLexicon, title: str, finder: Any, headline: list[str]) -> bool:
    """The headline's second state stands right after a preposition of direction or place
    (lex.headline_destination: `ke`, `to`), the first before it."""
    for m in finder.find(title) if title[1:] != title[1:].lower() else ():
        if m.code == headline[1] and m.code != headline[0]:
            return bool(lex.headline_destination.search(title[:m.start]))
    low = re.sub(r"[^\W\d_]+", lambda w: w.group().upper() if len(w.group()) == 2
                 else w.group().capitalize(), title)
    for m in finder.find(low):
        if m.code == headline[1] and m.code != headline[0]:
            return bool(lex.headline_destination.search(low[:m.start]))
    return False


def _headline_between(title: str, finder: Any, pos: int, headline: list[str]) -> bool:
    """The headline's two states stand one before `pos` and the other after it."""
    before = title_countries(title[:pos], finder, lower_case=True)
    after = title_countries(title[pos:], finder, lower_case=True)
    return bool(set(before) & set(headline)) and bool(set(after) & set(headline) - set(before))
