"""Study of a learned speaker chooser layered on the rules (features: bench/speaker_chooser_features.py;
result: bench/SPEAKER_CHOOSER.md -- no gain under cross-validation, so nothing is integrated).

    .venv/bin/python bench/speaker_chooser.py build      # extract every development set, cache the candidates
    .venv/bin/python bench/speaker_chooser.py oracle     # wrong speakers of matched quotes, candidate recall
    .venv/bin/python bench/speaker_chooser.py diagnose   # the wrong speakers by cue; out-of-fold gain by margin
    .venv/bin/python bench/speaker_chooser.py cv         # grouped K-fold by set, scored with generator.evaluate
    .venv/bin/python bench/speaker_chooser.py train      # fit on every set (margin from inner folds), write --out
    .venv/bin/python bench/speaker_chooser.py samples DIR...  # what the all-sets model would change on unannotated articles

Development gold only (tests/gold, tests/dev2..dev26, tests/restricted/{bbc,detik}..7, pfsa_id_dev20); never
tests/heldout. Each article is extracted as bench/accuracy.py does (content/ registries, one article at a
time) with the chooser off; the quotes the rules made and the article's entities are captured where the
chooser would sit. Labels come from the scorer's own functions (`_match`, `speaker_matches`, `resolve_spans`).
"""
from __future__ import annotations

import argparse
import json
import os
import pickle
import random
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from generator.evaluate import _load, _match, evaluate, resolve_spans, speaker_matches  # noqa: E402
from speaker_chooser_features import score  # noqa: E402

CACHE = Path(os.environ.get("CHOOSER_CACHE", "/tmp/chooser31/data.pkl"))
SHARED = ROOT.parent / "shared" / "corpora"
RDEV = Path("/tmp/samp/rdev")
SEED = 20261205


def dev_sets() -> list[tuple[str, str, Path, Path]]:
    """(name, language, articles folder, gold folder) of every development set."""
    out = []
    numbered = sorted((p.name for p in (ROOT / "tests").glob("dev*") if p.name[3:].isdigit()), key=lambda n: int(n[3:]))
    for folder in ["gold", *[n for n in numbered if int(n[3:]) <= 26]]:
        for lang in ("en", "id"):
            base = ROOT / "tests" / folder / lang
            if (base / "articles").is_dir() and any(base.glob("*.yaml")):
                out.append((f"{folder}/{lang}", lang, base / "articles", base))
    for k in ["", "2", "3", "4", "5", "6", "7"]:
        for src, lang in (("bbc", "en"), ("detik", "id")):
            name = src + k
            gold = ROOT / "tests" / "restricted" / name
            if any(gold.glob("*.yaml")) and (RDEV / name).is_dir():
                out.append((f"restricted/{name}", lang, RDEV / name, gold))
    pfsa = SHARED / "pfsa_id_dev20"
    if pfsa.is_dir():
        out.append(("pfsa_id_dev20", "id", pfsa / "articles", pfsa / "gold"))
    return out


# ---- dataset ------------------------------------------------------------------------------------

_CAPTURED: list = []


def _patch() -> None:
    import generator.extract.pipeline as pipeline

    real = pipeline.extract_quotes

    def capturing(body, pack, sentences, ents, furniture, grammar, *a, **k):
        quotes = real(body, pack, sentences, ents, furniture, grammar, *a, **k)
        _CAPTURED.append((body, pack, sentences, ents, quotes))
        return quotes

    pipeline.extract_quotes = capturing


def _excluded(body, pack):
    from generator.extract.pipeline import _outlet_speaker

    scripture = {w.casefold() for w in pack.words("scripture_speakers")}
    return lambda e: _outlet_speaker(e, body) or (bool(scripture) and e.name.casefold() in scripture)


def build_set(item) -> dict:
    """One set: per article, the sheet and, per scored quote, its candidates, features and labels."""
    name, lang, articles, gold_dir = item
    from speaker_chooser_features import ArticleView, candidates_for, quote_features
    from generator.extract_command import extract_one

    _patch()
    content = ROOT / "content"
    arts = []
    for gpath in sorted(gold_dir.glob("*.y*ml")):
        gold = _load(gpath)
        if not isinstance(gold, dict) or "article" not in gold:
            continue
        gold = resolve_spans(gold, gpath, articles)
        path = articles / str(gold["article"])
        _CAPTURED.clear()
        res = extract_one(path, content)
        if res.sheet is None or not _CAPTURED:
            arts.append({"article": str(gold["article"]), "sheet": None, "quotes": []})
            continue
        body, pack, sentences, ents, quotes = _CAPTURED[-1]
        alang = pack.code
        cands = candidates_for(quotes, ents, _excluded(body, pack))
        view = ArticleView(body, sentences, ents, cands, pack)
        by_span = {(q.start, q.end): i for i, q in enumerate(quotes)}
        sheet = res.sheet
        pquotes = [q for q in sheet.get("quotes") or []]
        gquotes = [q for q in gold.get("quotes") or [] if isinstance(q, dict)]
        annotates_kind = any("kind" in q for q in gquotes)
        scored = [j for j, p in enumerate(pquotes) if annotates_kind or p.get("kind", "direct") == "direct"]
        pairs = _match(gquotes, [pquotes[j] for j in scored])
        matched = {scored[j]: i for i, j, _ in pairs}
        overlap = {scored[j]: d for i, j, d in pairs}
        recs = []
        for j, p in enumerate(pquotes):
            qi = by_span.get(tuple(p["span"]))
            if qi is None:
                continue
            q = quotes[qi]
            if all(e is not q.speaker for e in cands):
                continue
            feats = quote_features(view, quotes, qi, alang)
            g = gquotes[matched[j]] if j in matched else None
            if g is not None and g.get("optional"):
                g = None
            labels = None
            if g is not None:
                labels = [speaker_matches(e.name, g.get("speaker", ""), g.get("aliases"), e.role) for e, _ in feats]
            recs.append({"j": j, "feats": [f for _, f in feats],
                         "cands": [{"speaker": e.name, "speaker_type": e.type, "role": e.role, "country": e.country}
                                   for e, _ in feats],
                         "rule": next(k for k, (e, _) in enumerate(feats) if e is q.speaker),
                         "labels": labels, "matched": g is not None,
                         "rule_right": bool(labels) and labels[next(k for k, (e, _) in enumerate(feats)
                                                                  if e is q.speaker)],
                         "gold_speaker": g.get("speaker") if g else None, "dice": overlap.get(j)})
        arts.append({"article": str(gold["article"]), "sheet": sheet, "quotes": recs})
    return {"name": name, "lang": lang, "articles_dir": str(articles), "gold_dir": str(gold_dir), "arts": arts}


def build() -> list[dict]:
    from multiprocessing import Pool

    items = dev_sets()
    with Pool(int(os.environ.get("CHOOSER_JOBS", "2"))) as pool:
        data = pool.map(build_set, items, chunksize=1)
    CACHE.parent.mkdir(parents=True, exist_ok=True)
    CACHE.write_bytes(pickle.dumps(data))
    print(f"{len(data)} sets, {sum(len(s['arts']) for s in data)} articles, "
          f"{sum(len(a['quotes']) for s in data for a in s['arts'])} quotes -> {CACHE}")
    return data


def load() -> list[dict]:
    return pickle.loads(CACHE.read_bytes())


def records(data, names=None):
    for s in data:
        if names is not None and s["name"] not in names:
            continue
        for a in s["arts"]:
            for r in a["quotes"]:
                yield s, a, r


# ---- oracle -------------------------------------------------------------------------------------

def oracle(data) -> dict:
    out = {}
    for lang in ("en", "id"):
        matched = wrong = reach = 0
        ncand = []
        for s, a, r in records(data):
            if s["lang"] != lang or not r["matched"]:
                continue
            matched += 1
            ncand.append(len(r["cands"]))
            if not r["rule_right"]:
                wrong += 1
                reach += any(r["labels"])
        out[lang] = {"matched": matched, "wrong_speaker": wrong, "right_in_candidates": reach,
                     "mean_candidates": round(sum(ncand) / max(len(ncand), 1), 1)}
    return out


# ---- model --------------------------------------------------------------------------------------

def train(recs, epochs: int = 10, lr: float = 0.1, l2: float = 1e-3, seed: int = SEED) -> dict:
    """Conditional logit over each quote's candidates (softmax, SGD, L2 once an epoch), on matched quotes
    with a right candidate; the target is any of the right candidates."""
    import math

    index: dict[str, int] = {}
    data = []
    for r in recs:
        if not (r["matched"] and any(r["labels"])):
            continue
        feats = [[(index.setdefault(k, len(index)), v) for k, v in f.items()] for f in r["feats"]]
        data.append((feats, r["labels"]))
    rng = random.Random(seed)
    w = [0.0] * len(index)
    for ep in range(epochs):
        rng.shuffle(data)
        rate = lr / (1 + 0.5 * ep)
        for feats, labels in data:
            scores = [sum(w[k] * v for k, v in f) for f in feats]
            m = max(scores)
            ex = [math.exp(x - m) for x in scores]
            z = sum(ex)
            p = [x / z for x in ex]
            zp = sum(p[i] for i, y in enumerate(labels) if y)
            for i, f in enumerate(feats):
                g = (p[i] / zp if labels[i] else 0.0) - p[i]
                if abs(g) > 1e-9:
                    g *= rate
                    for k, v in f:
                        w[k] += g * v
        shrink = 1 - lr * l2 * len(data) / 100
        w = [x * shrink for x in w]
    names = {i: k for k, i in index.items()}
    return {names[i]: round(x, 5) for i, x in enumerate(w) if abs(x) > 1e-6}


def margins(w, r) -> tuple[float, int]:
    """How much the model prefers its best other candidate to the rules' choice (negative: it keeps it)."""
    s = [score(w, f) for f in r["feats"]]
    others = [x for k, x in enumerate(s) if k != r["rule"]]
    if not others:
        return -1e9, r["rule"]
    best = max((k for k in range(len(s)) if k != r["rule"]), key=lambda k: s[k])
    return s[best] - s[r["rule"]], best


def net_at(scored, margin) -> tuple[int, int]:
    """(wrong->right, right->wrong) among matched quotes when overriding above the margin."""
    wr = rw = 0
    for m, best, r in scored:
        if not r["matched"] or m <= margin:
            continue
        now = r["labels"][best]
        if now and not r["rule_right"]:
            wr += 1
        elif r["rule_right"] and not now:
            rw += 1
    return wr, rw


GRID = [0.0, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 1e9]


def pick_margin(scored) -> float:
    """The margin with the best net gain on out-of-fold scores (ties: the larger margin)."""
    best_net, best_m = 0, 1e9
    for m in sorted(GRID, reverse=True):
        wr, rw = net_at(scored, m)
        if wr - rw > best_net:
            best_net, best_m = wr - rw, m
    return best_m


def folds_of(data, k: int, seed: int = SEED) -> list[list[str]]:
    """Sets in k groups, each language spread over the groups."""
    rng = random.Random(seed)
    groups: list[list[str]] = [[] for _ in range(k)]
    for lang in ("en", "id"):
        names = sorted(s["name"] for s in data if s["lang"] == lang)
        rng.shuffle(names)
        for i, n in enumerate(names):
            groups[i % k].append(n)
    return groups


def fit_with_margin(data, train_names, inner_k: int = 3) -> dict:
    """Weights on the training sets; per-language margin from inner grouped folds of those sets only."""
    sub = [s for s in data if s["name"] in train_names]
    oof = {"en": [], "id": []}
    for inner in folds_of(sub, inner_k, SEED + 1):
        inner = set(inner)
        w = train([r for s, a, r in records(sub) if s["name"] not in inner])
        for s, a, r in records(sub, inner):
            m, best = margins(w, r)
            oof[s["lang"]].append((m, best, r))
    margin = {lang: pick_margin(oof[lang]) for lang in oof}
    w = train([r for s, a, r in records(sub)])
    return {"weights": w, "margin": margin}


def apply_sheets(s, model) -> tuple[dict, list]:
    """The set's sheets with the chooser's changes, and the changes [(rule right, new right)]."""
    sheets, changes = {}, []
    for a in s["arts"]:
        if a["sheet"] is None:
            continue
        sheet = json.loads(json.dumps(a["sheet"], default=str))
        for r in a["quotes"]:
            m, best = margins(model["weights"], r)
            if m > model["margin"].get(s["lang"], 1e9):
                sheet["quotes"][r["j"]].update(r["cands"][best])
                changes.append((r, best))
        sheets[a["article"]] = sheet
    return sheets, changes


import yaml as _yaml  # noqa: E402

_Dumper = getattr(_yaml, "CSafeDumper", _yaml.SafeDumper)


def score_set(s, sheets) -> dict:
    with tempfile.TemporaryDirectory(prefix="chooser-") as tmp:
        for i, (name, sheet) in enumerate(sheets.items()):
            Path(tmp, f"{i:04d}.yaml").write_text(_yaml.dump(sheet, Dumper=_Dumper, allow_unicode=True), encoding="utf-8")
        rep = evaluate(Path(s["gold_dir"]), Path(tmp), Path(s["articles_dir"]))
    return {"tp": rep.who.tp, "fp": rep.who.fp, "fn": rep.who.fn,
            "country_right": rep.country_right, "country_total": rep.country_total}


def f1(c) -> float:
    return 2 * c["tp"] / (2 * c["tp"] + c["fp"] + c["fn"]) if c["tp"] else 0.0


def cv(data, k: int = 10) -> dict:
    rows = {}
    off = {"weights": {}, "margin": {}}
    for fold in folds_of(data, k):
        train_names = {s["name"] for s in data} - set(fold)
        model = fit_with_margin(data, train_names)
        print(f"fold {fold}: margins {model['margin']}", file=sys.stderr)
        for s in data:
            if s["name"] not in fold:
                continue
            base = score_set(s, apply_sheets(s, off)[0])
            sheets, changes = apply_sheets(s, model)
            new = score_set(s, sheets)
            wr = sum(1 for r, b in changes if r["matched"] and r["labels"][b] and not r["rule_right"])
            rw = sum(1 for r, b in changes if r["matched"] and r["rule_right"] and not r["labels"][b])
            ww = sum(1 for r, b in changes if r["matched"] and not r["rule_right"] and not r["labels"][b])
            rows[s["name"]] = {"lang": s["lang"], "base": base, "chooser": new, "changed": len(changes),
                               "wrong_to_right": wr, "right_to_wrong": rw, "wrong_to_wrong": ww,
                               "margin": model["margin"].get(s["lang"])}
    return rows


def cv_table(rows) -> str:
    lines = ["| set | who F1 rule-only | who F1 chooser | Δ | changed | wrong→right | right→wrong | country rule / chooser |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |"]
    pooled = {}
    for name, r in sorted(rows.items(), key=lambda x: (x[1]["lang"], x[0])):
        b, c = r["base"], r["chooser"]
        lines.append(f"| {name} | {f1(b):.4f} | {f1(c):.4f} | {f1(c) - f1(b):+.4f} | {r['changed']} | "
                     f"{r['wrong_to_right']} | {r['right_to_wrong']} | {b['country_right']}/{b['country_total']} → "
                     f"{c['country_right']}/{c['country_total']} |")
        p = pooled.setdefault(r["lang"], {"base": defaultdict(int), "chooser": defaultdict(int),
                                          "changed": 0, "wr": 0, "rw": 0})
        for key in ("base", "chooser"):
            for x in ("tp", "fp", "fn", "country_right", "country_total"):
                p[key][x] += r[key][x]
        p["changed"] += r["changed"]
        p["wr"] += r["wrong_to_right"]
        p["rw"] += r["right_to_wrong"]
    for lang, p in sorted(pooled.items()):
        b, c = p["base"], p["chooser"]
        lines.append(f"| **pooled {lang}** | {f1(b):.4f} | {f1(c):.4f} | {f1(c) - f1(b):+.4f} | {p['changed']} | "
                     f"{p['wr']} | {p['rw']} | {b['country_right']}/{b['country_total']} → "
                     f"{c['country_right']}/{c['country_total']} |")
    return "\n".join(lines)


def _how(r) -> str:
    return next((k[9:] for k in r["feats"][r["rule"]] if k.startswith("rule:how=")), "none")


def diagnose(data) -> dict:
    """Wrong speakers of matched quotes by the rules' cue, how many have the right one among the candidates,
    and the out-of-fold net gain (wrong->right minus right->wrong) of a 5-fold model at each margin."""
    out: dict = {"by_cue": {}, "oof_by_margin": {}}
    for s, a, r in records(data):
        if not r["matched"]:
            continue
        c = out["by_cue"].setdefault(f"{s['lang']} {_how(r)}", {"matched": 0, "wrong": 0, "reachable": 0})
        c["matched"] += 1
        if not r["rule_right"]:
            c["wrong"] += 1
            c["reachable"] += any(r["labels"])
    out["by_cue"] = dict(sorted(out["by_cue"].items(), key=lambda x: -x[1]["wrong"]))
    # (a quote whose span runs past the speaker's words into another's is matched, with a low overlap,
    # to a gold quote of another speaker: no choice among the candidates fixes its boundary)
    for lang in ("en", "id"):
        for label, keep in (("right", True), ("wrong", False)):
            ds = [r["dice"] for s, a, r in records(data) if s["lang"] == lang and r["matched"]
                  and r["rule_right"] == keep and r.get("dice") is not None]
            out[f"{lang} {label} speaker: share of matches with overlap < 0.8"] = \
                round(sum(d < 0.8 for d in ds) / max(len(ds), 1), 3)
    oof = {"en": [], "id": []}
    for fold in folds_of(data, 5):
        fold = set(fold)
        w = train([r for s, a, r in records(data) if s["name"] not in fold])
        for s, a, r in records(data, fold):
            oof[s["lang"]].append((*margins(w, r), r))
    for lang, scored in oof.items():
        out["oof_by_margin"][lang] = {str(m): net_at(scored, m) for m in GRID}
    return out


def sample_changes(folder: Path, model: dict) -> list[str]:
    """The quotes whose speaker the model would change in unannotated articles (for reading, not for the
    repository: the texts may be licensed)."""
    from speaker_chooser_features import ArticleView, candidates_for, quote_features
    from generator.extract_command import extract_one

    _patch()
    lines = []
    for path in sorted(Path(folder).glob("*.txt")) + sorted(Path(folder).glob("*.md")):
        _CAPTURED.clear()
        res = extract_one(path, ROOT / "content")
        if res.sheet is None or not _CAPTURED:
            continue
        body, pack, sentences, ents, quotes = _CAPTURED[-1]
        cands = candidates_for(quotes, ents, _excluded(body, pack))
        view = ArticleView(body, sentences, ents, cands, pack)
        spans = {tuple(p["span"]) for p in res.sheet["quotes"]}
        for i, q in enumerate(quotes):
            if (q.start, q.end) not in spans:
                continue
            feats = quote_features(view, quotes, i, pack.code)
            sc = [score(model["weights"], f) for _, f in feats]
            rule = next(k for k, (e, _) in enumerate(feats) if e is q.speaker)
            best = max((k for k in range(len(sc)) if k != rule), key=lambda k: sc[k], default=None)
            if best is not None and sc[best] - sc[rule] > model["margin"].get(pack.code, 1e9):
                lines.append(f"{folder.name}/{path.name} [{q.how}] {q.speaker.name} -> {feats[best][0].name} "
                             f"(+{sc[best] - sc[rule]:.2f}): {body[max(0, q.start - 250):q.start]!r} <<"
                             f"{body[q.start:q.end][:160]!r}>> {body[q.end:q.end + 80]!r}")
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("step", choices=["build", "oracle", "diagnose", "cv", "train", "samples"])
    ap.add_argument("dirs", nargs="*", type=Path, help="samples: folders of articles")
    ap.add_argument("--folds", type=int, default=10)
    ap.add_argument("--out", type=Path, default=CACHE.parent / "speaker_chooser.json")
    args = ap.parse_args()
    if args.step == "build":
        build()
        return
    data = load() if CACHE.is_file() else build()
    if args.step == "oracle":
        print(json.dumps(oracle(data), indent=2))
    elif args.step == "diagnose":
        print(json.dumps(diagnose(data), indent=1))
    elif args.step == "samples":
        model = json.loads(args.out.read_text(encoding="utf-8"))
        for d in args.dirs:
            for line in sample_changes(d, model):
                print(line)
    elif args.step == "cv":
        rows = cv(data, args.folds)
        Path(CACHE.parent / "cv.json").write_text(json.dumps(rows, indent=1, default=dict))
        print(cv_table(rows))
    elif args.step == "train":
        model = fit_with_margin(data, {s["name"] for s in data})
        weights = dict(sorted(model["weights"].items(), key=lambda x: -abs(x[1])))
        args.out.write_text(json.dumps({"margin": model["margin"], "weights": weights}, indent=0,
                                       ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"margins {model['margin']}; {len(weights)} weights -> {args.out}")


if __name__ == "__main__":
    main()
