"""Train and measure a learned gate for English reports the rules miss (an experiment: the extractor does not use it).

    .venv/bin/python bench/train_gate.py collect          # extract the English development sets, keep candidates
    .venv/bin/python bench/train_gate.py loso             # leave-one-set-out: who-said-what with and without the gate
    .venv/bin/python bench/train_gate.py ceiling          # the oracle gate, the in-sample model, the ranking's AUC
    .venv/bin/python bench/train_gate.py sample DIR OUT   # score a corpus sample's candidates (OUT: JSON)
    .venv/bin/python bench/train_gate.py train [OUT]      # train on all sets: threshold and weights (JSON)

`collect` runs the extractor on every English development set (tests/gold, tests/dev2 ... dev16),
keeping its sheet and the candidate reports of `bench/gate_candidates.py` (sentences with a
reporting word outside the quotes the rules found), each labelled from the gold: positive when a
gold entry the sheet does not match overlaps it by the scorer's Dice >= 0.5 with the right speaker.
The model is a logistic regression in pure Python (Newton's method, L2), deterministic.
Write-up: bench/GATE.md.
"""
from __future__ import annotations

import json
import math
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generator.evaluate import Counts, _load, _match, dice, speaker_matches  # noqa: E402

SETS = ["gold"] + [f"dev{i}" for i in range(2, 17)]
CACHE = Path(tempfile.gettempdir()) / "factsheet_gate_candidates.json"
L2 = 0.01
ITERATIONS = 25
MIN_COUNT = 5
INNER_FOLDS = 4  # (the threshold is chosen on out-of-fold scores of the training sets, in this many groups)


# ---- collecting candidates ----------------------------------------------------------------------

def extract_with_candidates(article, registries, language: str | None = None):
    """The sheet of one article (an ArticleText) and the candidates of gate_candidates, found from
    the rules' own quotes (the extractor itself is unchanged: its quote step is wrapped)."""
    import generator.extract.pipeline as pipeline
    from bench.gate_candidates import report_candidates

    found = []
    original = pipeline.extract_quotes

    def capture(body, pack, sentences, ents, furniture, grammar):
        quotes = original(body, pack, sentences, ents, furniture, grammar)
        found.extend(report_candidates(body, pack, sentences, ents, furniture, grammar, quotes))
        return quotes

    pipeline.extract_quotes = capture
    try:
        result = pipeline.extract_article(article, registries, article.path.stem, language)
    finally:
        pipeline.extract_quotes = original
    return result.sheet, found


def _extract_with_candidates(path: Path, registries):
    from generator.articles import read_article

    article = read_article(path)
    sheet, found = extract_with_candidates(article, registries)
    return article, sheet, found


def collect(sets=SETS, lang_dir="en") -> list[dict]:
    from generator.extract_command import _registries

    empty = Path(tempfile.mkdtemp(prefix="gate_content_"))
    registries = _registries(empty)
    rows = []
    for name in sets:
        folder = ROOT / "tests" / name / lang_dir
        golds = {}
        for g in sorted(folder.glob("*.yaml")):
            data = _load(g)
            if isinstance(data, dict) and "article" in data:
                golds[str(data["article"])] = data
        for path in sorted((folder / "articles").glob("*.txt")):
            gold = golds.get(path.name)
            if gold is None:
                continue
            article, sheet, cands = _extract_with_candidates(path, registries)
            gquotes = [q for q in gold.get("quotes") or [] if isinstance(q, dict)]
            pquotes = sheet["quotes"]
            matched = {i for i, _, _ in _match(gquotes, pquotes)}
            crow = []
            for c in cands:
                text = article.body[c.start:c.end]
                label, optional = 0, False
                for i, g in enumerate(gquotes):
                    if dice(g.get("text", ""), text) < 0.5:
                        continue
                    if g.get("optional"):
                        optional = True
                    elif i not in matched and speaker_matches(c.speaker.name, g.get("speaker", ""),
                                                              g.get("aliases"), c.speaker.role):
                        label = 1
                crow.append({"text": text, "speaker": c.speaker.name, "role": c.speaker.role,
                             "country": c.speaker.country, "verb": c.verb, "features": c.features,
                             "label": label, "optional": optional})
            rows.append({"set": name, "file": path.name, "gold": gquotes, "pred": pquotes, "candidates": crow})
        print(f"{name}: {sum(1 for r in rows if r['set'] == name)} articles", file=sys.stderr)
    return rows


# ---- the model -----------------------------------------------------------------------------------

def _sigmoid(z: float) -> float:
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def train(samples: list[tuple[dict, int]], l2: float = L2, iterations: int = ITERATIONS,
          min_count: int = MIN_COUNT) -> dict:
    """Logistic regression with an L2 penalty (not on the bias), fitted by Newton's method;
    deterministic. A feature seen in fewer than `min_count` samples is left out (one verb's one
    example says nothing)."""
    counts: dict[str, int] = {}
    for f, _ in samples:
        for k, v in f.items():
            if v:
                counts[k] = counts.get(k, 0) + 1
    keys = sorted(k for k, c in counts.items() if c >= min_count or k == "bias")
    index = {k: i for i, k in enumerate(keys)}
    rows = [([(index[k], v) for k, v in f.items() if k in index and v], y) for f, y in samples]
    n, d = max(len(rows), 1), len(keys)
    w = [0.0] * d
    for _ in range(iterations):
        grad = [0.0] * d
        hess = [[0.0] * d for _ in range(d)]
        for x, y in rows:
            p = _sigmoid(sum(w[i] * v for i, v in x))
            s = p * (1 - p)
            for i, v in x:
                grad[i] += (p - y) * v / n
                hi = hess[i]
                for j, u in x:
                    hi[j] += s * v * u / n
        for i, k in enumerate(keys):
            if k != "bias":
                grad[i] += l2 * w[i]
                hess[i][i] += l2
            else:
                hess[i][i] += 1e-6
        step = _solve(hess, grad)
        w = [a - b for a, b in zip(w, step)]
        if max(abs(b) for b in step) < 1e-6:
            break
    return {k: round(w[i], 4) for i, k in enumerate(keys) if abs(w[i]) >= 1e-4}


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """x with a x = b (Gaussian elimination with partial pivoting; a is symmetric positive definite)."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        piv = m[c][c]
        for r in range(c + 1, n):
            f = m[r][c] / piv
            if f:
                mr, mc = m[r], m[c]
                for k in range(c, n + 1):
                    mr[k] -= f * mc[k]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (m[r][n] - sum(m[r][k] * x[k] for k in range(r + 1, n))) / m[r][r]
    return x


def prob(w: dict, f: dict) -> float:
    return _sigmoid(sum(w.get(k, 0.0) * v for k, v in f.items()))


def _samples(rows) -> list[tuple[dict, int]]:
    return [(c["features"], c["label"]) for r in rows for c in r["candidates"] if not c["optional"]]


# ---- scoring ----------------------------------------------------------------------------------

def _prepare(rows) -> None:
    """Once per row: every gold-prediction pair the scorer would consider (Dice >= 0.5), with whether
    the speaker is right; predictions first, then the candidates (so who_counts is cheap)."""
    for r in rows:
        if "_pairs" in r:
            continue
        items = [(p.get("text", ""), p.get("speaker", ""), p.get("role")) for p in r["pred"]]
        items += [(c["text"], c["speaker"], c["role"]) for c in r["candidates"]]
        pairs = []
        for i, g in enumerate(r["gold"]):
            for j, (text, speaker, role) in enumerate(items):
                d = dice(g.get("text", ""), text)
                if d >= 0.5:
                    pairs.append((d, i, j, speaker_matches(speaker, g.get("speaker", ""), g.get("aliases"), role)))
        pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
        r["_pairs"] = pairs


def who_counts(rows, accept) -> tuple[int, int, int]:
    """Who-said-what tp, fp, fn of the sheets with the accepted candidates added, as the scorer counts
    (the same one-to-one matching by Dice as generator.evaluate)."""
    _prepare(rows)
    tp = fp = fn = 0
    for r in rows:
        gold, npred = r["gold"], len(r["pred"])
        on = {npred + k for k, c in enumerate(r["candidates"]) if accept(c)}
        used_g, used_p = set(), set()
        for d, i, j, right in r["_pairs"]:
            if (j >= npred and j not in on) or i in used_g or j in used_p:
                continue
            used_g.add(i)
            used_p.add(j)
            if gold[i].get("optional"):
                continue
            if right:
                tp += 1
            else:
                fp += 1
                fn += 1
        fn += sum(1 for i, g in enumerate(gold) if i not in used_g and not g.get("optional"))
        fp += sum(1 for j in list(range(npred)) + sorted(on) if j not in used_p)
    return tp, fp, fn


def f1(tp, fp, fn) -> float:
    return Counts(tp, fp, fn).f1  # (the scorer's own F1)


def choose_threshold(rows, scores) -> float:
    """The threshold that maximises pooled who-said-what F1 over rows (scores: id(candidate) -> p)."""
    best, best_t = f1(*who_counts(rows, lambda c: False)), 1.01
    for t in [x / 100 for x in range(20, 100, 2)]:
        v = f1(*who_counts(rows, lambda c, t=t: scores[id(c)] >= t))
        if v > best + 1e-9:
            best, best_t = v, t
    return best_t


def loso(rows) -> None:
    """For each set: train on the others, pick the threshold by an inner leave-one-set-out on them,
    score the held-out set; pooled who-said-what with and without the gate."""
    sets = sorted({r["set"] for r in rows}, key=SETS.index)
    base_total, gate_total = [0, 0, 0], [0, 0, 0]
    added = right = 0
    print("| set | candidates (positive) | threshold | who F1 without | with gate | added (right) |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for held in sets:
        train_rows = [r for r in rows if r["set"] != held]
        test_rows = [r for r in rows if r["set"] == held]
        # inner: out-of-fold scores on the training sets, for the threshold
        t = choose_threshold(train_rows, _out_of_fold(train_rows))
        w = train(_samples(train_rows))
        accept = (lambda c, w=w, t=t: prob(w, c["features"]) >= t)
        b = who_counts(test_rows, lambda c: False)
        g = who_counts(test_rows, accept)
        cands = [c for r in test_rows for c in r["candidates"]]
        acc = [c for c in cands if accept(c)]
        added += len(acc)
        right += sum(c["label"] for c in acc)
        for k in range(3):
            base_total[k] += b[k]
            gate_total[k] += g[k]
        print(f"| {held} | {len(cands)} ({sum(c['label'] for c in cands)}) | {t:.2f} | {f1(*b):.3f} | "
              f"{f1(*g):.3f} | {len(acc)} ({sum(c['label'] for c in acc)}) |", flush=True)
    print(f"| pooled | | | {f1(*base_total):.3f} | {f1(*gate_total):.3f} | {added} ({right}) |")
    print(f"without: tp {base_total[0]} fp {base_total[1]} fn {base_total[2]}; "
          f"with: tp {gate_total[0]} fp {gate_total[1]} fn {gate_total[2]}")


def _out_of_fold(rows) -> dict:
    """Each candidate's score by a model trained without its group of sets (id(candidate) -> p)."""
    sets = sorted({r["set"] for r in rows}, key=SETS.index)
    group = {name: i % INNER_FOLDS for i, name in enumerate(sets)}
    scores = {}
    for k in range(INNER_FOLDS):
        w = train(_samples([r for r in rows if group[r["set"]] != k]))
        for r in rows:
            if group[r["set"]] == k:
                for c in r["candidates"]:
                    scores[id(c)] = prob(w, c["features"])
    return scores


def ceiling(rows) -> None:
    """What the candidates could give at most (an oracle keeping exactly the positives), what a
    model scored on its own training data would (in-sample, optimistic), and the L2 sensitivity of
    the leave-one-set-out scores' ranking (AUC)."""
    base = who_counts(rows, lambda c: False)
    oracle = who_counts(rows, lambda c: c["label"] == 1)
    print(f"without: {f1(*base):.3f}; oracle gate: {f1(*oracle):.3f} (+{oracle[0] - base[0]} right)")
    w = train(_samples(rows))
    insample = {id(c): prob(w, c["features"]) for r in rows for c in r["candidates"]}
    t = choose_threshold(rows, insample)
    g = who_counts(rows, lambda c: insample[id(c)] >= t)
    print(f"in-sample model at its best threshold {t:.2f}: {f1(*g):.3f} (tp {g[0]} fp {g[1]} fn {g[2]})")
    sets = sorted({r["set"] for r in rows}, key=SETS.index)
    for l2 in (0.001, 0.01, 0.1):
        scores = {}
        for held in sets:
            w = train(_samples([r for r in rows if r["set"] != held]), l2=l2)
            for r in rows:
                if r["set"] == held:
                    for c in r["candidates"]:
                        scores[id(c)] = prob(w, c["features"])
        cands = [c for r in rows for c in r["candidates"] if not c["optional"]]
        pos = [scores[id(c)] for c in cands if c["label"]]
        neg = [scores[id(c)] for c in cands if not c["label"]]
        auc = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg) / max(len(pos) * len(neg), 1)
        top = sorted(cands, key=lambda c: -scores[id(c)])
        prec = {k: sum(c["label"] for c in top[:k]) / k for k in (10, 20, 40)}
        print(f"L2 {l2}: leave-one-set-out AUC {auc:.3f}; precision of the top 10/20/40: "
              f"{prec[10]:.2f} / {prec[20]:.2f} / {prec[40]:.2f}")


def sample(rows, src: Path, out: Path) -> None:
    """Candidates of a corpus sample (a folder of articles), each scored by the model trained on all
    the sets; prints how many the gate would add at the threshold chosen out of fold, and at the
    in-sample model's best threshold."""
    from generator.extract_command import _registries

    t = choose_threshold(rows, _out_of_fold(rows))
    w = train(_samples(rows))
    registries = _registries(Path(tempfile.mkdtemp(prefix="gate_content_")))
    found = []
    for path in sorted(p for p in src.iterdir() if p.is_file()):
        try:
            article, _, cands = _extract_with_candidates(path, registries)
        except Exception as exc:  # (a corpus article the extractor fails on is no candidate)
            print(f"{path.name}: {type(exc).__name__}", file=sys.stderr)
            continue
        if article.language not in (None, "en") and not str(article.language).startswith("en"):
            continue
        for c in cands:
            found.append({"file": path.name, "p": round(prob(w, c.features), 3), "verb": c.verb,
                          "speaker": c.speaker.name, "text": article.body[c.start:c.end],
                          "sentence": article.body[c.sentence[0]:c.sentence[1]]})
    out.write_text(json.dumps(found, indent=1), encoding="utf-8")
    n = len({f["file"] for f in found})
    print(f"{src}: {len(found)} candidates in {n} articles; threshold {t:.2f} adds "
          f"{sum(f['p'] >= t for f in found)}; p >= 0.30 would add {sum(f['p'] >= 0.30 for f in found)}")


def write_gate(rows, out: Path | None) -> None:
    """The gate trained on all sets (the extractor does not read it: bench/GATE.md)."""
    t = choose_threshold(rows, _out_of_fold(rows))
    w = train(_samples(rows))
    text = json.dumps({"threshold": t, "weights": dict(sorted(w.items()))}, indent=1) + "\n"
    if out is None:
        print(text, end="")
    else:
        out.write_text(text, encoding="utf-8")


def main(argv) -> int:
    cmd = argv[1] if len(argv) > 1 else "loso"
    if cmd == "collect":
        rows = collect()
        CACHE.write_text(json.dumps(rows), encoding="utf-8")
        cands = [c for r in rows for c in r["candidates"]]
        print(f"{len(rows)} articles, {len(cands)} candidates, {sum(c['label'] for c in cands)} positive")
        return 0
    rows = json.loads(CACHE.read_text(encoding="utf-8"))
    if cmd == "loso":
        loso(rows)
    elif cmd == "sample":
        sample(rows, Path(argv[2]), Path(argv[3]))
    elif cmd == "ceiling":
        ceiling(rows)
    elif cmd == "train":
        write_gate(rows, Path(argv[2]) if len(argv) > 2 else None)
    elif cmd == "show":
        for r in rows:
            for c in r["candidates"]:
                print(c["label"], r["set"], c["verb"], "|", c["speaker"], "|", c["text"][:120])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
