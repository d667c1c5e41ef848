"""The parties of a conflict when no pair of the text wins, and the conflict's name.

Decides a one-sided conflict (a state whose fighting the story tells; a people's crisis with its
state; a state helped by another against rebels), rival camps at a vote, a disputed place's two
claimants, when a lone state is only the scene of the story, and the region or topic that names
the conflict (`_region_name`).
"""
from __future__ import annotations

import re
from typing import Any

from .clause_bounds import _clause_end
from .conflict_clauses import _WAR_GAP, _everyday
from .conflict_lexicons import PASSING_SHARE, ConflictLexicon
from .country_hits import _inside, find_mentions
from .mentions import _common_words


def _leads_fighting(state: str, sentences: Any, length: int) -> bool:
    """More of the sentences with a word of fighting name `state` than name any other state, and
    more than one in PASSING_SHARE of the article's `length` sentences."""
    tally: dict[str, int] = {}
    for codes in sentences:
        for code in codes:
            tally[code] = tally.get(code, 0) + 1
    own = tally.get(state, 0)
    return own > max((n for c, n in tally.items() if c != state), default=0) and own * PASSING_SHARE > length


def _scene_only(lex: ConflictLexicon, body: str, live: list[tuple[int, int]], finder: Any, slex: Any,
                ignored: list, state: str) -> bool:
    """Every mention of the lone state is a place (lex.place_before: `kidnapped in Iraq`, `go to
    Iraq`), the name of a war (`the war on Iraq`, `the Iraq war`) or a demonym of civilians (`Iraqi
    women prisoners`): no act, official or force of that state is in the story. A story at home of a
    hostage or a war debate, not the state's own conflict. (A state's name inside an armed group's
    name, `Negara Islam Irak dan Suriah`, is no mention of the state.)"""
    if lex.place_before is None:
        return False
    seen = False
    for s, e in live:
        hits = find_mentions(body, s, e, finder, slex, ignored)
        # (a state's name inside an armed group's name, `Negara Islam Irak dan Suriah`, is the group's)
        groups = [m.span() for m in lex.armed_groups.finditer(body, s, e)] \
            if lex.armed_groups is not None and any(hit.code == state for hit in hits) else []
        for hit in hits:
            if hit.code != state:
                continue
            if any(a <= hit.start and hit.end <= b for a, b in groups):
                continue
            seen = True
            if lex.place_before.search(body[max(s, hit.start - 40):hit.start]):
                continue
            if lex.war is not None:
                gap = _WAR_GAP.match(body, hit.end)
                if lex.war.match(body, gap.end()) is not None:
                    continue  # `the Iraq war`
                if lex.war_places is not None and any(
                        lex.war_places.fullmatch(body, m.end(), hit.start)
                        for m in lex.war.finditer(body, max(s, hit.start - 30), hit.start)):
                    continue  # `the war on Iraq`
            if lex.civilian_nouns is not None and lex.civilian_nouns.match(body, hit.end):
                continue
            return False
    return seen


def _disputed_place(lex: ConflictLexicon, body: str, live: list[tuple[int, int]],
                    ignored: list[tuple[int, int]]) -> list[str]:
    """The claimants of the disputed place (lex.disputed_places) the text names most, twice or
    more; [] when none is."""
    best, most = [], 1
    for regex, claimants, firsts in lex.disputed_places:
        if not any(first in body for first in firsts):
            continue  # (not named at all: most articles)
        named = sum(1 for s, e in live for m in regex.finditer(body, s, e)
                    if not _inside(m.start(), m.end(), ignored))
        if named > most:
            best, most = list(claimants), named
    return best


def _own_fight(parties: list[str], score: float, hostile: bool, counts: dict[str, int],
               strong_sentences: list[set]) -> list[str]:
    """A pair set apart in one sentence only (score below 2, no hostile act of one on the other,
    not the headline's pair), its second state named twice at most, the first three times or
    more, in an article whose words of fighting stand mostly (three or more, more than beside the
    second state) in sentences that do not name the second state, one of them naming the first:
    the fight is the first state's own (`bentrokan antara warga dan petugas keamanan di Kashmir`),
    the pair history (`Kashmir ... diperebutkan oleh India dan Pakistan`). The first state alone."""
    if score >= 2.0 or hostile:
        return parties
    major, minor = parties
    if counts.get(minor, 0) > 2 or counts.get(major, 0) < 3:
        return parties
    own = [codes for codes in strong_sentences if minor not in codes]
    beside = len(strong_sentences) - len(own)
    if len(own) >= 3 and len(own) > beside and any(major in codes for codes in own):
        return [major]
    return parties


def _people_crisis(lex: ConflictLexicon, body: str, live: list[tuple[int, int]],
                   ignored: list[tuple[int, int]], counts: dict[str, int], finder: Any) -> list[str]:
    """The state of the people (lex.peoples) named beside a conflict word that is no everyday word
    (lex.context), a word of violence (lex.lone_state_context) or of its displacement from that state
    named in the sentence (lex.displacement: `pengungsi Rohingya di perbatasan Bangladesh - Myanmar`; not
    `orang Rohingya mengungsi ke Bangladesh` in a story of India expelling them) in two sentences or
    more, when the text names that state."""
    if lex.context is None:
        return []
    found: dict[str, int] = {}
    for s, e in live:
        names = {m.group() for m in lex.peoples.finditer(body, s, e) if not _inside(m.start(), m.end(), ignored)}
        if not names:
            continue
        if not any(not _everyday(lex, m.group()) for m in lex.context.finditer(body, s, e)) and not (
                lex.lone_state_context is not None and lex.lone_state_context.search(body, s, e)) and not (
                lex.displacement is not None and lex.displacement.search(body, s, e)
                and {lex.people_states[n] for n in names} & {m.code for m in finder.find(body, s, e)}):
            continue  # (an everyday word, `perbatasan`, `antara`, is none: `mengungsi ke perbatasan India`)
        for name in names:
            state = lex.people_states[name]
            found[state] = found.get(state, 0) + 1
    return [state for state, n in found.items() if n >= 2 and counts.get(state, 0) >= 1][:1]


def _rival_camps(art: Any, body: str, live: list[tuple[int, int]], finder: Any, slex: Any,
                 ignored: list[tuple[int, int]], counts: dict, first: dict) -> list[str]:
    """The two states each backed by two states or more, by disjoint camps, when the article has
    an opposing cue; [] otherwise. A backer is the subject before a backing cue with the backed
    state right after it (`Rusia memang mendukung pernyataan Belarusia`), or the agent of a passive
    one with the backed state before it (`Kanada yang didukung oleh Amerika Serikat dan Meksiko`)."""
    camps: dict[str, set] = {}
    opposed = False
    for s, e in live:
        hits = find_mentions(body, s, e, finder, slex, ignored)
        for match in slex.cues.finditer(body, s, e):
            c_start, c_end = match.span()
            if _inside(c_start, c_end, ignored):
                continue
            category = slex.category_of(match)
            if category is None or category.position not in ("backs", "opposes") \
                    or category.target in ("mutual", "between") or category.members:
                continue
            if slex.negation_before is not None and slex.negation_before.search(
                    body, max(s, c_start - 50), c_start):
                continue
            if category.position == "opposes":
                opposed = True
                continue
            if not hits:
                continue
            clause_end = _clause_end(body, c_end, e)[0]
            agents = art.passive_agents(hits, c_start, c_end, s, clause_end)
            if agents:
                backers = {h.code for h in agents}
                before = [h for h in hits if h.end <= c_start and c_start - h.end <= 90
                          and h.code not in backers]
                backed = before[-1].code if before else None
            else:
                backers = {h.code for h in art.subject(hits, s, e, []) if h.end <= c_start}
                after = [h for h in hits if c_end <= h.start <= c_end + 40 and h.code not in backers]
                backed = after[0].code if after and backers else None
            if backed is not None:
                camps.setdefault(backed, set()).update(backers - {backed})
    if not opposed:
        return []
    big = sorted((c for c in camps if len(camps[c]) >= 2),
                 key=lambda c: (-len(camps[c]), -counts.get(c, 0), first.get(c, 0)))
    if len(big) < 2:
        return []
    a, b = big[0], big[1]
    if camps[a] & camps[b] or a in camps[b] or b in camps[a]:
        return []
    return sorted((a, b), key=lambda c: (-counts.get(c, 0), first.get(c, 0)))


def _helpers(art: Any, lex: ConflictLexicon, body: str, live: list[tuple[int, int]], finder: Any,
             slex: Any, ignored: list[tuple[int, int]]) -> set[tuple[str, str]]:
    """(backer, backed) pairs: a verb of helping forces (lex.helps: `membantu`) with a state just
    before it and the state it helps at most two words after it (`pasukan khusus AS membantu
    militer Afghanistan`), or the agent of a passive backing cue with the backed state before it
    (`Pasukan Suriah dan milisi yang didukung Iran`). A negated cue is none."""
    found: set[tuple[str, str]] = set()
    for s, e in live:
        hits = find_mentions(body, s, e, finder, slex, ignored)
        if len(hits) < 2:
            continue
        cues = list(lex.helps.finditer(body, s, e)) if lex.helps is not None else []
        for match in cues:
            if _inside(match.start(), match.end(), ignored) or (slex.negation_before is not None and
                                                                slex.negation_before.search(body, max(s, match.start() - 50), match.start())):
                continue
            before = [h for h in hits if h.end <= match.start() and match.start() - h.end <= 40]
            after = [h for h in hits if h.start >= match.end()
                     and re.fullmatch(r"\s+(?:[a-z][\w-]*\s+){0,2}", body[match.end():h.start])]
            if before and after and before[-1].code != after[0].code:
                found.add((before[-1].code, after[0].code))
        for match in slex.cues.finditer(body, s, e):
            category = slex.category_of(match)
            if category is None or category.position != "backs" or category.members \
                    or category.target in ("mutual", "between") \
                    or _inside(match.start(), match.end(), ignored):
                continue
            if slex.negation_before is not None and slex.negation_before.search(
                    body, max(s, match.start() - 50), match.start()):
                continue
            agents = art.passive_agents(hits, match.start(), match.end(), s, _clause_end(body, match.end(), e)[0])
            for agent in agents:
                before = [h for h in hits if h.end <= match.start() and match.start() - h.end <= 90
                          and h.code != agent.code]
                if before:
                    found.add((agent.code, before[-1].code))
    return found


def _fights_group(lex: ConflictLexicon, body: str, live: list[tuple[int, int]],
                  ignored: list[tuple[int, int]]) -> bool:
    """A verb of fighting (lex.group_fight) at most two words before a named armed group."""
    if lex.group_fight is None or lex.armed_groups is None:
        return False
    for s, e in live:
        for group in lex.armed_groups.finditer(body, s, e):
            if _inside(group.start(), group.end(), ignored):
                continue
            verbs = list(lex.group_fight.finditer(body, max(s, group.start() - 30), group.start()))
            if verbs and re.fullmatch(r"\W*(?:\w+\W+){0,2}", body[verbs[-1].end():group.start()]):
                return True
    return False


def _region_name(body: str, live: list[tuple[int, int]], finder: Any, slex: Any,
                 ignored: list[tuple[int, int]], lex: ConflictLexicon) -> tuple[str | None, int]:
    """The region or topic most often named beside a region or conflict word."""
    scores: dict[str, int] = {}
    common = _common_words(lex.lang)
    for s, e in live:
        for regex in (lex.region_before, lex.region_after):
            if regex is None:
                continue
            for match in regex.finditer(body, s, e):
                name = match.group(1).strip(" -\u2013")
                start, end = match.span(1)
                if regex is lex.region_after and body[match.end() - 1:match.end()] and \
                        body[end:match.end()].strip()[:1].isupper():
                    # 'the Syrian Civil War', 'the Gulf War': the word is part of the name
                    name, end = body[start:match.end()].strip(" -\u2013"), match.end()
                name = re.sub(r"^(?:The|A|An)\s+", "", name)  # a sentence's capitalised article
                if len(name) < 3 or "n't" in name or "n’t" in name:
                    continue
                if all(w.casefold() in common for w in name.split()):
                    continue  # 'World', 'Don't': ordinary words, not a region or topic
                # a name made only of countries (`Armenia-Azerbaijan`) is not a region
                hits = find_mentions(body, start, end, finder, slex, ignored)
                covered = sum(h.end - h.start for h in hits)
                if covered >= len(name.replace(" ", "").replace("-", "")) * 0.6:
                    continue
                scores[name] = scores.get(name, 0) + 1
    if not scores:
        return None, 0
    best = max(scores, key=lambda n: (scores[n], len(n)))
    return best, scores[best]
