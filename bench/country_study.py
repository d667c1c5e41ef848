"""Can a small learned decision give Indonesian speakers their country better than the rules? (session 31)

    .venv/bin/python bench/country_data.py     # first: extract every Indonesian dev set once (cache in /tmp)
    .venv/bin/python bench/country_data.py --arrival   # and each set's arrival sheets (bench/untuned_history.py)
    .venv/bin/python bench/country_study.py census       # today's rules' country errors per (article, speaker)
    .venv/bin/python bench/country_study.py arrival-census
    .venv/bin/python bench/country_study.py cv [--train-arrival] [--scope home-or-none] [--json OUT]
    .venv/bin/python bench/country_study.py arrival --train-arrival   # test on the arrival rules' output
    .venv/bin/python bench/country_study.py forward [--train-arrival] # train older sets, test detik6 + detik7
    .venv/bin/python bench/country_study.py weights [--json /tmp/country31/country_model.json]

Results and method: bench/COUNTRY_MODEL.md (negative: the step is not wired into the extractor).
The census counts the rules' country errors per (article, speaker). The cross-validation leaves one set out
(grouped by set), trains bench/country_model.py's logistic regression on the others (the
regularisation and the override threshold chosen by an inner grouped cross-validation over the training sets
only), predicts the left-out set and scores country accuracy with the scorer's own matching
(generator.evaluate._match, speaker_matches, resolve_spans). Plus one forward split: train on IndoSum and
detik..detik5, test on detik6 and detik7.
"""
from __future__ import annotations

import argparse
import json
import math
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(ROOT / "bench"))
from country_data import CACHE, dev_sets, is_detik  # noqa: E402
from generator.evaluate import _load, _match, resolve_spans, speaker_matches  # noqa: E402
from country_model import decide, eligible, features, score  # noqa: E402

SEED = 20261231
HOME = "ID"


# ---- data ---------------------------------------------------------------------------------------

def load_sets(arrival: bool = False) -> dict[str, list[dict]]:
    """The cached extraction of every set (today's rules), or of the sets whose arrival sheets exist, named
    'A:<set>' (the rules that first met the set)."""
    out = {}
    for name, _, _ in dev_sets():
        path = CACHE / "arrival" / f"{name}.json" if arrival else CACHE / f"{name}.json"
        if path.exists():
            out[("A:" if arrival else "") + name] = json.loads(path.read_text(encoding="utf-8"))
    return out


def align(article: dict) -> list[dict]:
    """The scored pairs of one article, as generator.evaluate.evaluate pairs and counts them."""
    gpath = Path(article["gold_path"])
    gold = resolve_spans(_load(gpath), gpath, Path(article["articles_dir"]))
    gquotes = [q for q in gold.get("quotes") or [] if isinstance(q, dict)]
    annotates_kind = any("kind" in q for q in gquotes)
    pquotes = article["quotes"]
    if not annotates_kind:
        pquotes = [q for q in pquotes if q.get("kind", "direct") == "direct"]
    pairs = []
    for i, j, _ in _match(gquotes, pquotes):
        g, p = gquotes[i], pquotes[j]
        if "country" not in g or g.get("optional"):
            continue
        pairs.append({"gold": g.get("country") or None, "gold_speaker": g.get("speaker"),
                      "rule": p.get("country") or None, "entity": p.get("entity"),
                      "speaker_ok": speaker_matches(p.get("speaker", ""), g.get("speaker", ""), g.get("aliases"),
                                                    p.get("role"))})
    return pairs


def build(sets: dict[str, list[dict]], scope: str = "roleless") -> list[dict]:
    """One row per (article, entity) with its features and its scored pairs."""
    rows = []
    for name, articles in sets.items():
        for a in articles:
            pairs = align(a)
            foreign = any(c != HOME for c in a["codes"])
            for k, e in enumerate(a["entities"]):
                mine = [p for p in pairs if p["entity"] == k]
                feats = features(name=e["name"], aliases=e["aliases"], role=e["role"], type=e["type"],
                                 rule_country=e["country"], quotes=[(s, t) for s, t, _ in e["quotes"]],
                                 body=a["body"], title=a["title"], foreign=foreign)
                labels = [p["gold"] for p in mine if p["speaker_ok"]]
                ok = eligible(lang=a["language"], registered=e["registered"], rule_country=e["country"],
                              role=e["role"], type=e["type"], scope=scope)
                rows.append({"set": name, "article": a["article"], "entity": k, "name": e["name"],
                             "role": e["role"], "type": e["type"], "rule": e["country"], "feats": feats,
                             "pairs": mine, "labels": labels, "eligible": ok})
    return rows


def unscored_pairs(sets) -> dict[str, int]:
    """Scored pairs whose predicted quote has no captured entity (should be none)."""
    n = Counter()
    for name, articles in sets.items():
        for a in articles:
            n[name] += sum(1 for p in align(a) if p["entity"] is None)
    return n


# ---- model --------------------------------------------------------------------------------------

def train_rows(rows):
    """(features, y, weight) of eligible speakers with right-speaker labels ID / null; weight 1 per speaker."""
    data = []
    for r in rows:
        if not r["eligible"]:
            continue
        labels = [x for x in r["labels"] if x in (None, HOME)]
        if not labels:
            continue
        y = sum(1 for x in labels if x == HOME) / len(labels)
        data.append((r["feats"], y, 1.0))
    return data


def fit(data, l2: float, epochs: int = 20, min_count: int = 2, seed: int = SEED) -> dict[str, float]:
    """L2 logistic regression by AdaGrad SGD, pure Python (fixed seed)."""
    counts = Counter(k for f, _, _ in data for k in f)
    keep = {k for k, c in counts.items() if c >= min_count}
    data = [({k: v for k, v in f.items() if k in keep}, y, w) for f, y, w in data]
    w_: dict[str, float] = defaultdict(float)
    g2: dict[str, float] = defaultdict(lambda: 1e-8)
    rng = random.Random(seed)
    order = list(range(len(data)))
    lr = 0.3
    n = max(1, len(data))
    for _ in range(epochs):
        rng.shuffle(order)
        for i in order:
            f, y, wt = data[i]
            p = score(w_, f)
            err = (p - y) * wt
            for k, v in f.items():
                g = err * v + (l2 / n if k != "bias" else 0.0) * w_[k] * n / max(1, counts[k])
                g2[k] += g * g
                w_[k] -= lr * g / math.sqrt(g2[k])
    return {k: v for k, v in w_.items() if abs(v) > 1e-6}


def predict(rows, weights, threshold):
    """Row id -> the decided country."""
    out = {}
    for r in rows:
        if r["eligible"]:
            out[id(r)] = decide(r["rule"], score(weights, r["feats"]), threshold)
    return out


def gain(rows, decided) -> float:
    """Speaker-level gain over the rule on labelled eligible rows (the inner criterion)."""
    g = 0.0
    for r in rows:
        if id(r) not in decided:
            continue
        labels = [x for x in r["labels"]]
        if not labels:
            continue
        new = decided[id(r)]
        g += (sum(x == new for x in labels) - sum(x == r["rule"] for x in labels)) / len(labels)
    return g


L2S = (0.3, 3.0)
THRESHOLDS = (0.6, 0.7, 0.8, 0.9, 1.01)  # (1.01: never override: the inner CV may decline the model)


def choose(train, inner_folds: int = 4):
    """Regularisation and threshold by grouped inner CV over the training sets."""
    def base(r):  # (a set's arrival rows and today's rows hold the same articles: one group)
        return r["set"].removeprefix("A:")

    names = sorted({base(r) for r in train})
    rng = random.Random(SEED)
    rng.shuffle(names)
    groups = [set(names[i::inner_folds]) for i in range(inner_folds)]
    best = None
    for l2 in L2S:
        total = Counter()
        for grp in groups:
            tr = [r for r in train if base(r) not in grp]
            te = [r for r in train if base(r) in grp]
            w = fit(train_rows(tr), l2)
            for t in THRESHOLDS:
                total[t] += gain(te, predict(te, w, t))
        for t in THRESHOLDS:
            key = (total[t], t)  # (ties: the higher threshold, fewer overrides)
            if best is None or key > best[0]:
                best = (key, l2, t)
    return best[1], best[2], best[0][0]


# ---- scoring ------------------------------------------------------------------------------------

def score_rows(rows, decided=None):
    """Quote-level and speaker-level country accuracy of the rows' scored pairs (all matched pairs, as the
    scorer counts them), with the decided countries where given."""
    q_right = q_total = s_right = s_total = 0
    for r in rows:
        if not r["pairs"]:
            continue
        country = decided.get(id(r), r["rule"]) if decided else r["rule"]
        rights = [p["gold"] == country for p in r["pairs"]]
        q_right += sum(rights)
        q_total += len(rights)
        golds = Counter(p["gold"] for p in r["pairs"]).most_common()
        s_total += 1
        s_right += golds[0][0] == country
    return q_right, q_total, s_right, s_total


def flips(rows, decided):
    """(wrong->right, right->wrong) at quote level and speaker level."""
    wr = rw = swr = srw = 0
    for r in rows:
        if id(r) not in decided or not r["pairs"]:
            continue
        new, old = decided[id(r)], r["rule"]
        if new == old:
            continue
        for p in r["pairs"]:
            wr += p["gold"] == new and p["gold"] != old
            rw += p["gold"] == old and p["gold"] != new
        top = Counter(p["gold"] for p in r["pairs"]).most_common()[0][0]
        swr += top == new and top != old
        srw += top == old and top != new
    return wr, rw, swr, srw


def pairs_without_entity(sets):
    return unscored_pairs(sets)


def drop_rule(feats):
    return {k: v for k, v in feats.items() if not k.startswith("rule=")}


# ---- commands -----------------------------------------------------------------------------------

def census(rows):
    cls = Counter()
    by_set = defaultdict(Counter)
    examples = defaultdict(list)
    for r in rows:
        if not r["pairs"]:
            continue
        top = Counter(p["gold"] for p in r["pairs"]).most_common()[0][0]
        if top == r["rule"]:
            kind = "right"
        elif top == HOME and r["rule"] is None:
            kind = "gold ID, got null"
        elif top is None and r["rule"] == HOME:
            kind = "gold null, got ID"
        else:
            kind = "other"
        sok = all(p["speaker_ok"] for p in r["pairs"])
        family = "detik" if is_detik(r["set"].removeprefix("A:")) else "indosum"
        cls[(family, kind)] += 1
        by_set[r["set"]][kind] += 1
        if kind != "right":
            examples[(family, kind)].append((r["set"], r["type"], r["role"], r["rule"], top, sok))
    return cls, by_set, examples


def run_cv(rows, test_sets, train_of):
    """Leave-set-out: for each test set, train on train_of(test) and predict it."""
    results = {}
    for t in test_sets:
        train = [r for r in rows if r["set"] in train_of(t)]
        test = [r for r in rows if r["set"] == t]
        l2, thr, inner = choose(train)
        w = fit(train_rows(train), l2)
        dec = predict(test, w, thr)
        results[t] = {"l2": l2, "threshold": thr, "inner_gain": inner,
                      "rule": score_rows(test), "model": score_rows(test, dec), "flips": flips(test, dec)}
        print(t, results[t], flush=True)
    return results


def pooled(results, names):
    agg = {"rule": [0, 0, 0, 0], "model": [0, 0, 0, 0], "flips": [0, 0, 0, 0]}
    for n in names:
        for k in agg:
            agg[k] = [a + b for a, b in zip(agg[k], results[n][k])]
    return agg


def fmt(results, names, title):
    lines = [f"### {title}", "",
             "| set | quotes | rule q-acc | model q-acc | speakers | rule s-acc | model s-acc | q wrong->right | "
             "q right->wrong | s w->r | s r->w | l2 / thr |", "|" + "---|" * 12]
    for n in names + ["pooled"]:
        r = pooled(results, names) if n == "pooled" else results[n]
        rq, rt, rs, rst = r["rule"]
        mq, mt, ms, mst = r["model"]
        wr, rw, swr, srw = r["flips"]
        hp = "" if n == "pooled" else f"{r['l2']} / {r['threshold']}"
        lines.append(f"| {n} | {rt} | {rq / max(1, rt):.3f} | {mq / max(1, mt):.3f} | {rst} | "
                     f"{rs / max(1, rst):.3f} | {ms / max(1, mst):.3f} | {wr} | {rw} | {swr} | {srw} | {hp} |")
    return "\n".join(lines)


def print_census(rows, names=()) -> None:
    """The census of `rows`: counts per class, per set (of `names`), and each class's commonest roles."""
    cls, by_set, ex = census(rows)
    for k, v in sorted(cls.items()):
        print(k, v)
    for s in names:
        print(s, dict(by_set[s]))
    for k, v in sorted(ex.items()):
        print("\n==", k)
        roles = Counter((t, (role or "-")[:60], ok) for _, t, role, _, _, ok in v)
        for (t, role, ok), c in roles.most_common(40):
            print(f"  {c} {t} speaker_ok={ok} role={role}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("command", choices=["census", "cv", "forward", "arrival", "arrival-census", "weights"])
    ap.add_argument("--train-arrival", action="store_true", help="arrival: also train on the other sets' arrival rows")
    ap.add_argument("--json")
    ap.add_argument("--scope", default="roleless", choices=["roleless", "home-or-none"])
    ap.add_argument("--drop-rule", action="store_true",
                    help="leave the rule's own answer out of the features (a content-only model)")
    args = ap.parse_args()
    sets = load_sets()
    rows = build(sets, args.scope)
    if args.drop_rule:
        for r in rows:
            r["feats"] = drop_rule(r["feats"])
    names = list(sets)
    if args.command.startswith("arrival"):
        arr = load_sets(arrival=True)
        arows = build(arr, args.scope)
        if args.drop_rule:
            for r in arows:
                r["feats"] = drop_rule(r["feats"])
        if args.command == "arrival-census":
            for fam in ("indosum", "detik"):
                fam_rows = [r for r in arows if (is_detik(r["set"][2:]) == (fam == "detik"))]
                print(fam, "arrival rule quote/speaker:", score_rows(fam_rows))
            print_census(arows)
            return
        rows = rows + arows
        tests = list(arr)
        results = run_cv(rows, tests, lambda t: (set(names) - {t[2:]}) |
                         ((set(arr) - {t}) if args.train_arrival else set()))
        if args.json:
            Path(args.json).write_text(json.dumps(results), encoding="utf-8")
        print(fmt(results, [n for n in tests if not is_detik(n[2:])], "IndoSum, arrival rules"))
        print(fmt(results, [n for n in tests if is_detik(n[2:])], "Detik, arrival rules"))
        return
    if args.command == "census":
        missing = unscored_pairs(sets)
        print("pairs without entity:", dict(missing))
        for fam in ("indosum", "detik"):
            fam_rows = [r for r in rows if (is_detik(r["set"]) == (fam == "detik"))]
            print(fam, "rule quote/speaker:", score_rows(fam_rows))
        print_census(rows, names)
        return
    if args.command == "weights":
        # the model fitted on every set (today's and arrival rows), its threshold by the grouped inner CV
        arr = load_sets(arrival=True)
        rows = rows + build(arr, args.scope)
        l2, thr, inner = choose(rows)
        w = fit(train_rows(rows), l2)
        print(f"l2 {l2}, threshold {thr}, inner CV gain {inner:+.1f} speakers, {len(train_rows(rows))} speakers")
        for k, v in sorted(w.items(), key=lambda x: -abs(x[1]))[:40]:
            print(f"  {v:+.2f} {k}")
        if args.json:
            Path(args.json).write_text(json.dumps({"scope": args.scope, "threshold": thr, "l2": l2, "weights": w}),
                                       encoding="utf-8")
        return
    if args.command == "cv":
        arr = load_sets(arrival=True) if args.train_arrival else {}
        rows = rows + build(arr, args.scope)
        results = run_cv(rows, names, lambda t: (set(names) | set(arr)) - {t, "A:" + t})
    else:
        newest = ["detik6", "detik7"]
        arr = load_sets(arrival=True) if args.train_arrival else {}
        rows = rows + build(arr, args.scope)
        results = run_cv(rows, newest, lambda t: (set(names) | set(arr)) - set(newest) - {"A:" + n for n in newest})
    if args.json:
        Path(args.json).write_text(json.dumps(results), encoding="utf-8")
    indo = [n for n in results if not is_detik(n)]
    det = [n for n in results if is_detik(n)]
    if indo:
        print(fmt(results, indo, "IndoSum (gold/id, dev2..dev26)"))
    if det:
        print(fmt(results, det, "Detik"))


if __name__ == "__main__":
    main()
