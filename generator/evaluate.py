"""Score fact sheets against gold files: `evaluate(gold_dir, sheets_dir) -> EvalReport`.

Gold format: `../shared/corpora/pfsa_id_dev20/gold/*.yaml` (article, quotes with speaker, aliases,
text, optional) and its extension in `tests/gold/` (country, kind, conflict, stances).
Metrics are micro-averaged over all articles:

- quotes: a prediction matches a gold quote when the token Dice overlap of their texts is >= 0.5;
  pairs are matched one-to-one, best pairs first. Optional gold quotes are never misses, and a
  prediction matched to one is not a false positive. When a gold file annotates no `kind` at all
  (PFSA-ID annotates direct speech only), indirect predictions are left out of its scores.
- who-said-what: a match counts only when the speaker is right too: equal (case-insensitive) to
  the gold name or an alias, or its tokens a subset of the tokens of the gold name or an alias.
- country accuracy on matched quotes whose gold quote gives a country (key present).
- stances: exact (country, position, side, claimed_by); with two parties A and B, `opposes A`
  is read as `backs B`.
- parties: the set of conflict parties per article.

Gold for articles whose text may not be redistributed (tests/restricted/) gives character spans instead of text:
a quote's `span: [start, end]` and a stance's `evidence_span`, offsets into the article file decoded as UTF-8 with
LF line ends, with the file's `sha256`. `evaluate(..., articles_dir=DIR)` reads the article from DIR and fills in the text.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .articles import decode_references
from .errors import InputError

_TOKEN = re.compile(r"\w+", re.UNICODE)


def _tokens(text: str) -> list[str]:
    return [t.casefold() for t in _TOKEN.findall(text or "")]


def dice(a: str, b: str) -> float:
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return 0.0
    from collections import Counter

    ca, cb = Counter(ta), Counter(tb)
    common = sum((ca & cb).values())
    return 2 * common / (len(ta) + len(tb))


def speaker_matches(predicted: str, gold_name: str, aliases: list[str] | None = None,
                    role: str | None = None) -> bool:
    """Right speaker: equal to the gold name or an alias, or its tokens a subset of theirs.
    A gold speaker given only as a title ('Presiden') also matches a prediction whose role is it."""
    if role and gold_name and _tokens(gold_name) and set(_tokens(gold_name)) <= set(_tokens(role)) \
            and not aliases:
        return True
    pred = (predicted or "").strip().casefold()
    if not pred:
        return False
    names = [gold_name or ""] + list(aliases or [])
    ptoks = set(_tokens(predicted))
    for name in names:
        if not name:
            continue
        if pred == name.strip().casefold():
            return True
        ntoks = set(_tokens(name))
        # either name may be the shorter form of the other ('Anies' / 'Anies Baswedan')
        if ptoks and ntoks and (ptoks <= ntoks or ntoks <= ptoks):
            return True
    return False


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class ArticleResult:
    article: str
    missed: list[dict] = field(default_factory=list)        # gold quotes not found
    extra: list[dict] = field(default_factory=list)         # predictions matching no gold quote
    wrong_speaker: list[tuple[dict, dict]] = field(default_factory=list)
    wrong_country: list[tuple[dict, dict]] = field(default_factory=list)
    stance_missed: list[tuple] = field(default_factory=list)
    stance_extra: list[tuple] = field(default_factory=list)
    parties: tuple[list, list] | None = None
    no_sheet: bool = False
    who: Counts = field(default_factory=Counts)             # this article's who-said-what counts


@dataclass
class EvalReport:
    quotes: Counts = field(default_factory=Counts)
    who: Counts = field(default_factory=Counts)
    stances: Counts = field(default_factory=Counts)
    parties: Counts = field(default_factory=Counts)
    country_right: int = 0
    country_total: int = 0
    articles: list[ArticleResult] = field(default_factory=list)
    gold_files: int = 0
    sheets_matched: int = 0

    @property
    def country_accuracy(self) -> float:
        return self.country_right / self.country_total if self.country_total else 0.0

    @property
    def metrics(self) -> dict:
        return {
            "articles": self.gold_files,
            "sheets_matched": self.sheets_matched,
            "quotes": self.quotes.as_dict(),
            "who_said_what": self.who.as_dict(),
            "country_accuracy": round(self.country_accuracy, 4),
            "country_total": self.country_total,
            "stances": self.stances.as_dict(),
            "parties": self.parties.as_dict(),
        }

    def format(self, verbose: bool = False) -> str:
        lines = [f"articles: {self.gold_files} gold, {self.sheets_matched} with a sheet", "",
                 f"{'metric':<16} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
        for name, c in (("quotes", self.quotes), ("who-said-what", self.who),
                        ("stances", self.stances), ("parties", self.parties)):
            lines.append(f"{name:<16} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f} "
                         f"{c.tp:5d} {c.fp:5d} {c.fn:5d}")
        lines.append(f"{'country accuracy':<16} {self.country_accuracy:6.3f} "
                     f"({self.country_right}/{self.country_total} matched quotes with a gold country)")
        if verbose:
            for a in self.articles:
                if not (a.missed or a.extra or a.wrong_speaker or a.wrong_country or a.stance_missed
                        or a.stance_extra or a.no_sheet or (a.parties and set(a.parties[0]) != set(a.parties[1]))):
                    continue
                lines.append("")
                lines.append(f"== {a.article}" + ("  (no sheet)" if a.no_sheet else ""))
                for g in a.missed:
                    lines.append(f"  MISS  [{g.get('speaker')}] {_short(g.get('text'))}")
                for p in a.extra:
                    lines.append(f"  EXTRA [{p.get('speaker')}] ({p.get('kind', 'direct')}) {_short(p.get('text'))}")
                for g, p in a.wrong_speaker:
                    lines.append(f"  WHO   gold [{g.get('speaker')}] got [{p.get('speaker')}] {_short(g.get('text'))}")
                for g, p in a.wrong_country:
                    lines.append(f"  CTRY  gold {g.get('country')} got {p.get('country')} "
                                 f"[{g.get('speaker')}] {_short(g.get('text'), 60)}")
                for s in a.stance_missed:
                    lines.append(f"  STANCE MISS  {s}")
                for s in a.stance_extra:
                    lines.append(f"  STANCE EXTRA {s}")
                if a.parties and set(a.parties[0]) != set(a.parties[1]):
                    lines.append(f"  PARTIES gold {a.parties[0]} got {a.parties[1]}")
        return "\n".join(lines)


def _short(text, n: int = 110) -> str:
    text = re.sub(r"\s+", " ", str(text or ""))
    return text if len(text) <= n else text[: n - 1] + "…"


def _load(path: Path):
    from .yamlio import load_plain

    try:
        return load_plain(path.read_text(encoding="utf-8"), path)
    except Exception:
        with path.open(encoding="utf-8") as fh:
            return yaml.safe_load(fh)


def _match(gold: list[dict], pred: list[dict]) -> list[tuple[int, int, float]]:
    pairs = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            d = dice(g.get("text", ""), p.get("text", ""))
            if d >= 0.5:
                pairs.append((d, i, j))
    pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_g, used_p, out = set(), set(), []
    for d, i, j in pairs:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        out.append((i, j, d))
    return out


def _stance_keys(stances: list[dict] | None, parties: list[str]) -> set[tuple]:
    keys = set()
    for s in stances or []:
        position, side = s.get("position"), s.get("side")
        if position == "opposes" and side and len(parties) == 2 and side in parties:
            position, side = "backs", parties[1] if side == parties[0] else parties[0]
        keys.add((s.get("country"), position, side if position in ("backs", "opposes") else None,
                  s.get("claimed_by")))
    return keys


def _span_text(text: str, span, gpath: Path, what: str) -> str:
    if not (isinstance(span, list) and len(span) == 2 and all(isinstance(x, int) for x in span)
            and 0 <= span[0] < span[1] <= len(text)):
        raise InputError(gpath, 0, 0, f"{what}: span {span!r} is not [start, end] inside the article "
                         f"({len(text)} characters)", "write two character offsets, start < end")
    # (the spans count the file's characters; the extractor reads a plain file's character
    # references decoded, and so is the gold's text compared with its quotes)
    return decode_references(text[span[0]:span[1]])


def spanned_text(raw: bytes) -> str:
    """The text a gold span counts characters in: the article file decoded as UTF-8, LF line ends."""
    return raw.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")


def resolve_spans(gold: dict, gpath: Path, articles_dir: Path | None) -> dict:
    """The gold with `text` / `evidence` filled in from `span` / `evidence_span`, read from the article file."""
    quotes = [q for q in gold.get("quotes") or [] if isinstance(q, dict)]
    stances = [s for s in gold.get("stances") or [] if isinstance(s, dict)]
    if not any("span" in q for q in quotes) and not any("evidence_span" in s for s in stances):
        return gold
    name = str(gold["article"])
    if articles_dir is None:
        raise InputError(gpath, 0, 0, "this gold gives character spans into its article, not text",
                         f"pass --articles DIR, the folder holding {name}")
    if Path(name).name != name:  # the name comes from the gold file: it may not leave the folder
        raise InputError(gpath, 0, 0, f"article name {name!r} is not a plain file name")
    path = Path(articles_dir) / name
    if not path.is_file():
        raise InputError(gpath, 0, 0, f"article {name} not found in {articles_dir}",
                         "pass --articles DIR, the folder holding it")
    raw = path.read_bytes()
    if gold.get("sha256") and hashlib.sha256(raw).hexdigest() != gold["sha256"]:
        raise InputError(gpath, 0, 0, f"article {path} differs from the one the gold was annotated on (sha256)",
                         "use the corpus copy named in the gold set's README")
    text = spanned_text(raw)
    gold = dict(gold)
    gold["quotes"] = [dict(q, text=_span_text(text, q["span"], gpath, f"quote {i + 1}")) if "span" in q else q
                      for i, q in enumerate(quotes)]
    gold["stances"] = [dict(s, evidence=_span_text(text, s["evidence_span"], gpath, f"stance {i + 1}"))
                       if "evidence_span" in s else s for i, s in enumerate(stances)]
    return gold


def evaluate(gold_dir: Path, sheets_dir: Path, articles_dir: Path | None = None) -> EvalReport:
    """Score the sheets against the gold; `articles_dir` holds the articles of gold files that give spans."""
    gold_dir, sheets_dir = Path(gold_dir), Path(sheets_dir)
    sheets: dict[str, dict] = {}
    for path in sorted(sheets_dir.glob("*.y*ml")):
        data = _load(path)
        if isinstance(data, dict) and isinstance(data.get("article"), dict):
            sheets[str(data["article"].get("file"))] = data
    report = EvalReport()
    for gpath in sorted(gold_dir.glob("*.y*ml")):
        gold = _load(gpath)
        if not isinstance(gold, dict) or "article" not in gold:
            continue
        gold = resolve_spans(gold, gpath, articles_dir)
        report.gold_files += 1
        result = ArticleResult(str(gold["article"]))
        report.articles.append(result)
        sheet = sheets.get(str(gold["article"]))
        if sheet is None:
            result.no_sheet = True
            sheet = {}
        else:
            report.sheets_matched += 1
        gquotes = [q for q in gold.get("quotes") or [] if isinstance(q, dict)]
        annotates_kind = any("kind" in q for q in gquotes)
        pquotes = [q for q in sheet.get("quotes") or [] if isinstance(q, dict)]
        if not annotates_kind:
            pquotes = [q for q in pquotes if q.get("kind", "direct") == "direct"]
        matched = _match(gquotes, pquotes)
        matched_g = {i for i, _, _ in matched}
        matched_p = {j for _, j, _ in matched}
        for i, j, _ in matched:
            g, p = gquotes[i], pquotes[j]
            optional = bool(g.get("optional"))
            if not optional:
                report.quotes.tp += 1
                if speaker_matches(p.get("speaker", ""), g.get("speaker", ""), g.get("aliases"),
                                   p.get("role")):
                    result.who.tp += 1
                else:
                    result.who.fp += 1
                    result.who.fn += 1
                    result.wrong_speaker.append((g, p))
            if "country" in g and not optional:
                report.country_total += 1
                if (g.get("country") or None) == (p.get("country") or None):
                    report.country_right += 1
                else:
                    result.wrong_country.append((g, p))
        for i, g in enumerate(gquotes):
            if i not in matched_g and not g.get("optional"):
                report.quotes.fn += 1
                result.who.fn += 1
                result.missed.append(g)
        for j, p in enumerate(pquotes):
            if j not in matched_p:
                report.quotes.fp += 1
                result.who.fp += 1
                result.extra.append(p)
        report.who.tp += result.who.tp
        report.who.fp += result.who.fp
        report.who.fn += result.who.fn
        # conflicts and stances, where the gold gives them
        if "conflict" in gold or "stances" in gold:
            gconf = gold.get("conflict") or {}
            pconf = sheet.get("conflict") or {}
            gparties = list(gconf.get("parties") or [])
            pparties = list(pconf.get("parties") or [])
            result.parties = (gparties, pparties)
            report.parties.tp += len(set(gparties) & set(pparties))
            report.parties.fp += len(set(pparties) - set(gparties))
            report.parties.fn += len(set(gparties) - set(pparties))
            gkeys = _stance_keys(gold.get("stances"), gparties)
            pkeys = _stance_keys(sheet.get("stances"), gparties)
            report.stances.tp += len(gkeys & pkeys)
            report.stances.fp += len(pkeys - gkeys)
            report.stances.fn += len(gkeys - pkeys)
            result.stance_missed = sorted(gkeys - pkeys, key=str)
            result.stance_extra = sorted(pkeys - gkeys, key=str)
    return report
