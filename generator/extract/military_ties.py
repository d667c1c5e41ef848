"""Military ties between states a sentence tells without a stance cue.

A coalition fighting the armed group the story names (`coalition_members`), forces of one state
helping another's (`helped_forces`), and the forces of coordinated states named together
(`joint_forces`): each a sign that one state is on another's side (CAMEO 057, 062, 074).
"""
from __future__ import annotations

import re

from .clause_bounds import _clause_start
from .country_hits import Hit, _inside
from .stance_lexicons import StanceLexicon


def group_counts(body: str, lex: StanceLexicon, ignored: list[tuple[int, int]]) -> dict[str, int]:
    """How often each named armed group (conflict lexicon `armed_groups`) is named, outside `ignored`."""
    counts: dict[str, int] = {}
    if lex.armed_groups is None or lex.coalitions is None:
        return counts
    for match in lex.armed_groups.finditer(body):
        if not _inside(match.start(), match.end(), ignored):
            counts[match.group()] = counts.get(match.group(), 0) + 1
    return counts


def coalition_members(body: str, lex: StanceLexicon, hits: list[Hit], s_start: int, s_end: int,
                      enemies: set[str]) -> list[tuple[str, int]]:
    """(state, cue start): states in a coalition fighting one of `enemies` (named armed groups):
    `utusan Amerika Serikat di koalisi internasional yang memerangi ISIS`, `koalisi anti-ISIS pimpinan
    AS`, `the US-led coalition against ISIS`, `joined the coalition fighting the Taliban` (CAMEO 057
    alliance, 062 Cooperate militarily). The state stands right before the coalition, with only a
    word of membership between (`coalition_member_gaps`: `di`, `-led`, `joined the`), or right after
    a lead word (`coalition_leads`: `pimpinan`, `led by`)."""
    out: list[tuple[str, int]] = []
    if lex.coalitions is None or not enemies:
        return out
    for match in lex.coalitions.finditer(body, s_start, s_end):
        against = lex.coalition_against.match(body, match.end(), s_end)
        anti = lex.coalition_anti_before.search(body, max(s_start, match.start() - 30), match.start())
        fought = against.group() if against is not None else anti.group() if anti is not None else ""
        if not any(name in fought for name in enemies):
            continue
        lo = match.start() - (anti.end() - anti.start() if anti is not None else 0)
        before = [h for h in hits if h.end <= lo and lo - h.end <= 30]
        if before and lex.coalition_member_before is not None \
                and lex.coalition_member_before.match(body, before[-1].end, lo):
            out.append((before[-1].code, match.start()))
        if lex.coalition_lead_after is not None:
            lead = lex.coalition_lead_after.match(body, against.end() if against is not None else match.end(), s_end)
            nxt = next((h for h in hits if lead is not None and h.start >= lead.end()), None)
            if nxt is not None and nxt.start == lead.end():
                out.append((nxt.code, match.start()))
    return out


_COMMA_BACK = re.compile(r"[,.!?;:](?!.*[,.!?;:])", re.S)
_COMMA = re.compile(r"[,.!?;:](?!\w)")


_HELPED_GAP = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}\Z")


def helped_forces(body: str, lex: StanceLexicon, hits: list[Hit], s_start: int,
                  s_end: int) -> list[tuple[Hit, Hit, int]]:
    """(helper, helped, cue start): a verb of helping another state's forces (conflict lexicon
    `helps_forces`: `membantu militer`) with a state at most 40 characters before it, in its
    clause (`pasukan khusus AS membantu militer Afghanistan melawan kelompok militan`), and the
    helped state at most two lower-case words after it (CAMEO 062 Cooperate militarily, 074
    military protection). A negated cue (`tidak membantu pasukan`) is none."""
    out = []
    if lex.helps_forces is None:
        return out
    for match in lex.helps_forces.finditer(body, s_start, s_end):
        if _negated_at(lex, body, match.start(), s_start):
            continue
        lo = max(s_start, match.start() - 40, _clause_start(body, match.start(), s_start))
        before = [h for h in hits if h.start >= lo and h.end <= match.start()]
        after = next((h for h in hits if h.start >= match.end()), None)
        if not before or after is None or after.end > s_end \
                or not _HELPED_GAP.match(body[match.end():after.start] + " ") \
                or before[-1].code == after.code:
            continue
        out.append((before[-1], after, match.start()))
    return out


def _negated_at(lex: StanceLexicon, body: str, pos: int, floor: int) -> bool:
    return lex.negation_before is not None and bool(
        lex.negation_before.search(body, max(floor, pos - 50), pos))


def _within(match: re.Match, phrases: re.Pattern | None, body: str, lo: int, hi: int) -> bool:
    """The match lies inside one of `phrases` (`perang` of `kapal perang`)."""
    return phrases is not None and any(m.start() <= match.start() and match.end() <= m.end()
                                       for m in phrases.finditer(body, lo, hi))


def joint_forces(body: str, lex: StanceLexicon, hits: list[Hit], s_start: int,
                 s_end: int) -> list[list[Hit]]:
    """Coordinated states whose forces are named together (`pasukan operasi khusus AS dan
    Afghanistan`, `aset pengawasan militer Korsel dan Amerika Serikat`, `U.S. and Afghan forces`,
    `kapal induk AS berlayar ... bersama kapal perang Jepang dan Korea Selatan`):
    one side, each state of the group the others' partner (CAMEO 062 Cooperate militarily). Not
    when the comma clause holding them has a conflict word or an attack (`bentrokan antara pasukan
    India dan Pakistan`: adversaries)."""
    if lex.joint_forces_before is None and lex.joint_forces_after is None:
        return []
    runs: list[list[Hit]] = []
    for hit in hits:
        if hit.start < s_start or hit.end > s_end:
            continue
        if runs and hit.start - runs[-1][-1].end < 20 \
                and lex.coordinator_gap.match(body, runs[-1][-1].end, hit.start) \
                and body[runs[-1][-1].end:hit.start].strip(" ,"):
            runs[-1].append(hit)
        else:
            runs.append([hit])
    if lex.joint_forces_with is not None and lex.joint_forces_before is not None:
        joined: list[list[Hit]] = []
        for run in runs:
            if joined and lex.joint_forces_with.fullmatch(body, joined[-1][-1].end, run[0].start) \
                    and lex.joint_forces_before.search(body, max(s_start, joined[-1][0].start - 50),
                                                       joined[-1][0].start):
                joined[-1] = joined[-1] + run  # `kapal induk AS ... bersama kapal perang Jepang`
            else:
                joined.append(run)
        runs = joined
    out = []
    for run in runs:
        if len({h.code for h in run}) < 2:
            continue
        first, last = run[0], run[-1]
        before = lex.joint_forces_before is not None and lex.joint_forces_before.search(
            body, max(s_start, first.start - 50), first.start)
        after = lex.joint_forces_after is not None and lex.joint_forces_after.match(body, last.end, s_end)
        if not before and not after:
            continue
        if before and lex.joint_forces_role is not None and lex.joint_forces_role.search(
                body, max(s_start, before.start() - 30), before.start()):
            continue  # `mengabdi sebagai tentara Irak dan Amerika Serikat`: a person's service
        back = _COMMA_BACK.search(body, s_start, first.start)
        lo = back.end() if back is not None else s_start
        fwd = _COMMA.search(body, last.end, s_end)
        hi = fwd.start() if fwd is not None else s_end
        if lex.fighting is not None and any(not _within(m, lex.not_fighting, body, lo, hi)
                                            for m in lex.fighting.finditer(body, lo, hi)):
            continue
        out.append(run)
    return out
