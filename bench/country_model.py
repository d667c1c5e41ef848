"""Features and decision of the learned speaker-country step studied in session 31 (NOT wired into the
extractor: bench/COUNTRY_MODEL.md gives the negative result).

For an Indonesian speaker in scope, a logistic regression over generic, non-name features (the words of the role,
the speaker type, the words around the speaker's mentions, the headline's words, the words of the speaker's own
quotes, whether the article names a foreign state, the rule's own answer) gives the probability that the speaker
speaks for Indonesia; the rule is overridden only at a margin. Pure Python, so that it could run in
generator/extract/pipeline.py after the rules (`apply`, between `_headline_subject_state` and the quote dicts) if a
later study finds a version that helps; FACTSHEET_COUNTRY_MODEL=0 would turn it off.
"""
from __future__ import annotations

import json
import math
import os
import re
from pathlib import Path

WEIGHTS = Path("/tmp/country31/country_model.json")  # (bench/country_study.py weights --out; never shipped)
_WORD = re.compile(r"[^\W\d_]+", re.U)
WINDOW = 6  # words each side of a mention of the speaker


def _words(text: str | None) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text or "")]


def _mentions(body: str, names: list[str]) -> list[tuple[int, int]]:
    spans = []
    for name in sorted({n for n in names if n and len(n) >= 3}, key=len, reverse=True):
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", body):
            if not any(s <= m.start() < e for s, e in spans):
                spans.append((m.start(), m.end()))
    return sorted(spans)


def features(*, name: str, aliases, role: str | None, type: str, rule_country: str | None,
             quotes: list[tuple[int, int]], body: str, title: str, foreign: bool,
             home: str = "ID") -> dict[str, float]:
    """Binary features of one speaker of one article; no feature names the person."""
    f: dict[str, float] = {"bias": 1.0}
    if rule_country is not None:  # (the roleless scope: always none, no feature)
        f["rule=" + ("home" if rule_country == home else "other")] = 1.0
    f["type=" + (type or "person")] = 1.0
    f["foreign_state_named"] = 1.0 if foreign else 0.0
    name_words = set(_words(name))
    for a in aliases or ():
        name_words |= set(_words(a))
    role_words = [w for w in _words(role) if w not in name_words]
    if not role_words:
        f["role:none"] = 1.0
    for w in set(role_words):
        f["r:" + w] = 1.0
    for a, b in set(zip(role_words, role_words[1:])):
        f["r2:" + a + "_" + b] = 1.0
    # words around the speaker's mentions (names and aliases), quotes left out
    quoted = sorted(quotes)
    ctx: set[str] = set()
    mentions = _mentions(body, [name, *(aliases or ())])
    for s, e in mentions[:12]:
        before = _words(body[max(0, s - 80):s])[-WINDOW:]
        after = _words(body[e:e + 80])[:WINDOW]
        ctx.update(w for w in before + after if w not in name_words)
    f["mentions"] = min(len(mentions), 10) / 10.0
    for w in ctx:
        f["c:" + w] = 1.0
    for w in set(_words(title)):
        if w not in name_words:
            f["h:" + w] = 1.0
    qwords: set[str] = set()
    for s, e in quoted:
        qwords.update(_words(body[s:e]))
    for w in qwords - name_words:
        f["q:" + w] = 1.0
    # the speaker's name in the headline
    if name_words and name_words & set(_words(title)):
        f["in_headline"] = 1.0
    return {k: v for k, v in f.items() if v}


def score(weights: dict[str, float], feats: dict[str, float]) -> float:
    z = sum(weights.get(k, 0.0) * v for k, v in feats.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


_MODEL: dict | None = None


def load_model(path: Path = WEIGHTS) -> dict | None:
    global _MODEL
    if path != WEIGHTS:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    if _MODEL is None:
        try:
            _MODEL = json.loads(WEIGHTS.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            _MODEL = {}
    return _MODEL or None


def enabled() -> bool:
    return os.environ.get("FACTSHEET_COUNTRY_MODEL", "1").strip().lower() not in ("0", "off", "no", "false")


def eligible(*, lang: str, registered: bool, rule_country: str | None, role: str | None, type: str,
             scope: str = "roleless") -> bool:
    """Whether the model decides this speaker. 'roleless' (the shipped scope): an Indonesian person the rules
    gave no role and no state, where most of the rules' errors on fresh text are (a legislator or an official
    named far from the quote); 'home-or-none': every speaker the rules gave Indonesia or nothing."""
    if lang != "id" or registered or rule_country not in (None, "ID"):
        return False
    if scope == "roleless":
        return rule_country is None and not role and (type or "person") == "person"
    return True


def decide(rule_country: str | None, p_home: float, threshold: float, home: str = "ID") -> str | None:
    """The rule's country unless the model disagrees at a margin: p >= threshold for the home state,
    p <= 1 - threshold for none."""
    if rule_country is None and p_home >= threshold:
        return home
    if rule_country == home and p_home <= 1.0 - threshold:
        return None
    return rule_country


def apply(quotes, body: str, title: str | None, lang: str, finder=None, model: dict | None = None) -> None:
    """Set the country of the speakers of `quotes` (Entity objects) where the model overrides the rule
    (after the rules, before the quote dicts are made, were it wired into generator/extract/pipeline.py)."""
    if lang != "id" or not enabled():
        return
    model = model or load_model()
    if not model:
        return
    weights, threshold = model["weights"], float(model["threshold"])
    scope = model.get("scope", "roleless")
    by_entity: dict[int, tuple] = {}
    for q in quotes:
        e = q.speaker
        if e is None:
            continue
        by_entity.setdefault(id(e), (e, []))[1].append((q.start, q.end))
    foreign = None
    for e, spans in by_entity.values():
        if not eligible(lang=lang, registered=e.registered, rule_country=e.country, role=e.role, type=e.type,
                        scope=scope):
            continue
        if foreign is None:  # (whether the article names a state other than Indonesia; asked once)
            foreign = finder is not None and any(m.code != "ID" for m in finder.find(body))
        feats = features(name=e.name, aliases=sorted(e.aliases), role=e.role, type=e.type,
                         rule_country=e.country, quotes=spans, body=body, title=title or "", foreign=foreign)
        e.country = decide(e.country, score(weights, feats), threshold)
