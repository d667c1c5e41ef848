"""Retrain generator/extract/country_model.py's weights from the Indonesian development gold.

    .venv/bin/python bench/train_country_model.py     # rewrites generator/data/country_model.json

Steps (fixed seed, deterministic): extract every Indonesian development set with today's rules and with the
extractor that first met it (bench/country_data.py; cached under /tmp/country31/, reused when present: delete
the folder after rule changes), label each speaker in the model's scope (an Indonesian person the rules gave no
role and no state) with the gold country of its matched quotes whose speaker is right (one weight per
(article, speaker); Indonesia vs none), choose the regularisation and the threshold by grouped cross-validation
over the sets (bench/country_study.py choose()), fit on everything and write the weights. Sets: gold/id,
dev2..dev26, restricted/detik..detik7 — never the untuned sets nor tests/heldout.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import country_data  # noqa: E402
from country_study import SEED, build, choose, fit, load_sets, train_rows  # noqa: E402

OUT = ROOT / "generator" / "data" / "country_model.json"
SCOPE = "roleless"


def main() -> None:
    if not all((country_data.CACHE / f"{n}.json").exists() for n, _, _ in country_data.dev_sets()):
        country_data.main()
    if not all((country_data.CACHE / "arrival" / f"{n}.json").exists() for n in country_data.ARRIVALS):
        country_data.arrival_main()
    rows = build(load_sets(), SCOPE) + build(load_sets(arrival=True), SCOPE)
    l2, threshold, inner = choose(rows)
    data = train_rows(rows)
    weights = fit(data, l2)
    kept = {k: round(v, 4) for k, v in sorted(weights.items()) if abs(v) >= 0.005}
    assert all(len(k.split(":", 1)[1].split("_")) <= 2 for k in kept if ":" in k), "no n-gram of 3+ words ships"
    model = {"about": "bench/train_country_model.py: logistic regression, Indonesia vs none, for Indonesian persons "
                      "the rules gave no role and no state; FACTSHEET_COUNTRY_MODEL=0 turns it off",
             "scope": SCOPE, "threshold": threshold, "l2": l2, "seed": SEED, "speakers": len(data),
             "speakers_id": round(sum(y for _, y, _ in data), 2), "inner_cv_gain": round(inner, 2),
             "weights": kept}
    OUT.write_text(json.dumps(model, ensure_ascii=False, indent=0, sort_keys=False) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(kept)} weights, l2 {l2}, threshold {threshold}, "
          f"{len(data)} speakers ({model['speakers_id']} Indonesia), inner CV gain {inner:+.1f} speakers")
    for k, v in sorted(kept.items(), key=lambda x: -abs(x[1]))[:30]:
        print(f"  {v:+.2f} {k}")


if __name__ == "__main__":
    main()
