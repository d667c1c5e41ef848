"""Each country's stance from its evidence: `_decide`.

Evidence weights combine with a noisy-OR per side (with two parties, opposing one backs the other);
a side wins with confidence >= THRESHOLD and a lead of 0.2, else neutral evidence >= NEUTRAL_THRESHOLD
makes the country neutral. A territory of a party's state takes no stance of its own. Writes the
stance dicts of schema v1 (`_stance`, ids from `stance_id`).
"""
from __future__ import annotations

from typing import Iterable

from .stance_evidence import Evidence


THRESHOLD = 0.5
NEUTRAL_THRESHOLD = 0.5


def _noisy_or(weights: Iterable[float]) -> float:
    remaining = 1.0
    for w in weights:
        remaining *= 1.0 - max(0.0, min(1.0, w))
    return 1.0 - remaining


def sovereign_of(code: str) -> str | None:
    """The state a territory belongs to (`GU` -> `US`); the gazetteer reads the data (imported
    here, not at the top: this module reads its lexicons without the gazetteer)."""
    from .gazetteer import sovereigns

    return sovereigns().get(code)


def _decide(parties: list[str], evidence: list[Evidence],
            first_seen: dict[str, tuple[int, int]]) -> list[dict]:
    stances: list[dict] = []
    for code in parties:
        ref = first_seen.get(code)
        if ref is None:
            continue  # a party the text never names (a disputed place's claimant): no stance of its own
        stances.append(_stance(code, "party", None, [], None, [list(ref)] if ref else [], 0.9))

    groups: dict[tuple[str, str | None], list[Evidence]] = {}
    for item in evidence:
        groups.setdefault((item.country, item.claimed_by), []).append(item)
    ordered = sorted(groups.items(), key=lambda kv: min(e.position for e in kv[1]))
    two = len(parties) == 2
    for (country, claimed_by), items in ordered:
        if country in parties or not country:
            continue
        if sovereign_of(country) in parties:
            continue  # Guam in a conflict of the US: part of its sovereign's side, no stance of its own
        # score each side: backing it, or (two parties) opposing the other one
        side_scores: dict[str, float] = {}
        side_items: dict[str, list[Evidence]] = {}
        for side in parties:
            other = [p for p in parties if p != side]
            chosen = [e for e in items if (e.kind == "backs" and e.target == side)
                      or (two and e.kind == "opposes" and e.target in other)]
            side_items[side] = chosen
            side_scores[side] = _noisy_or(e.weight for e in chosen)
        neutral_items = [e for e in items if e.kind == "neutral"]
        neutral_score = _noisy_or(e.weight for e in neutral_items)
        calls = []
        for e in sorted(items, key=lambda e: e.position):
            for c in e.calls_for:
                if c not in calls:
                    calls.append(c)
        best = max(parties, key=lambda p: side_scores[p]) if parties else None
        runner_up = max((side_scores[p] for p in parties if p != best), default=0.0)
        if best is not None and side_scores[best] >= THRESHOLD and side_scores[best] - runner_up >= 0.2:
            chosen = side_items[best]
            backs_w = _noisy_or(e.weight for e in chosen if e.kind == "backs")
            if backs_w > 0 or not two:
                position, side = "backs", best
            else:
                position = "opposes"
                side = next(e.target for e in chosen if e.kind == "opposes")
            if not two:
                opp = [e for e in items if e.kind == "opposes"]
                if not chosen and opp:
                    position, side = "opposes", opp[0].target
            refs = _refs(chosen)
            stances.append(_stance(country, position, side, calls, claimed_by, refs,
                                   side_scores[best]))
            continue
        if not two:
            opp_scores: dict[str, list[Evidence]] = {}
            for e in items:
                if e.kind == "opposes":
                    opp_scores.setdefault(e.target, []).append(e)
            if opp_scores:
                target, chosen = max(opp_scores.items(), key=lambda kv: _noisy_or(e.weight for e in kv[1]))
                score = _noisy_or(e.weight for e in chosen)
                if score >= THRESHOLD:
                    stances.append(_stance(country, "opposes", target, calls, claimed_by,
                                           _refs(chosen), score))
                    continue
        if neutral_score >= NEUTRAL_THRESHOLD:
            stances.append(_stance(country, "neutral", None, calls, claimed_by,
                                   _refs(neutral_items), neutral_score))
    # a country never backs or opposes itself (a cue that pointed back at its own actor)
    return [s for s in stances if s["side"] != s["country"]]


def _refs(items: list[Evidence]) -> list:
    out: list = []
    for e in sorted(items, key=lambda e: e.position):
        ref = e.ref if isinstance(e.ref, str) else list(e.ref)
        if ref not in out:
            out.append(ref)
    return out


def stance_id(country: str, claimed_by: str | None) -> str:
    if claimed_by:
        return f"{country.lower()}-claimed-by-{claimed_by.lower()}"
    return country.lower()


def _stance(country: str, position: str, side: str | None, calls: list[str],
            claimed_by: str | None, evidence: list, confidence: float) -> dict:
    return {
        "id": stance_id(country, claimed_by),
        "country": country,
        "position": position,
        "side": side,
        "calls_for": list(calls),
        "claimed_by": claimed_by,
        "evidence": evidence,
        "confidence": round(min(1.0, max(0.0, confidence)), 2),
        "reviewed": False,
    }
