"""How far two annotators agree, scored with `factsheet eval`'s own function.

    .venv/bin/python bench/agreement.py           # prints a Markdown table

dev15 was annotated twice, from the article text alone, by two annotators who never saw each other's files
(`tests/dev15/<lang>/`, the first; `tests/dev15/second/<lang>/`, the second, made a session later). Each
annotation is scored as if it were the extractor's output against the other as gold: its non-optional entries
are the predictions (an optional entry is one its annotator would not insist on, so it neither counts as a
prediction nor, matched to an optional gold entry, as a miss). The extractor is scored against both. The rows
tell how much of the extractor's gap to the gold is the gold's own uncertainty.

Both annotators were instances of the same assistant working from the same written conventions, so their
agreement is an upper bound on what two people would reach, not a measure of it.
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generator.evaluate import evaluate  # noqa: E402
from generator.yamlio import load_plain  # noqa: E402

PAIRS = [("dev15/en", "dev15/second/en"), ("dev15/id", "dev15/second/id")]


def as_sheets(gold_dir: Path, target: Path) -> Path:
    """An annotation folder written as sheets (the scorer's input): its non-optional entries as quotes."""
    target.mkdir(parents=True, exist_ok=True)
    for path in sorted(gold_dir.glob("*.yaml")):
        gold = load_plain(path.read_text(encoding="utf-8"))
        quotes = [{"speaker": q.get("speaker"), "text": q["text"], "kind": q.get("kind", "direct"),
                   "country": q.get("country")}
                  for q in gold.get("quotes") or [] if not q.get("optional")]
        sheet = {"article": {"file": gold["article"]}, "quotes": quotes,
                 "conflict": gold.get("conflict"), "stances": gold.get("stances") or []}
        (target / path.name).write_text(yaml.safe_dump(sheet, allow_unicode=True, sort_keys=False),
                                        encoding="utf-8")
    return target


def row(name: str, m: dict) -> str:
    q, w = m["quotes"], m["who_said_what"]
    country = f"{m['country_accuracy']:.3f}" if m["country_total"] else "–"
    return (f"| {name} | {q['precision']:.3f} / {q['recall']:.3f} / {q['f1']:.3f} | "
            f"{w['precision']:.3f} / {w['recall']:.3f} / {w['f1']:.3f} | {country} |")


def main() -> None:
    lines = ["| scored (against) | quotes P / R / F1 | who-said-what P / R / F1 | country acc. |",
             "| --- | --- | --- | ---: |"]
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        for first, second in PAIRS:
            a, b = ROOT / "tests" / first, ROOT / "tests" / second
            lines.append(row(f"second annotator ({first})", evaluate(a, as_sheets(b, scratch / f"b-{first}")).metrics))
            lines.append(row(f"first annotator ({second})", evaluate(b, as_sheets(a, scratch / f"a-{first}")).metrics))
            out = scratch / f"x-{first.replace('/', '-')}"
            subprocess.run([sys.executable, "-m", "generator", "extract", str(a / "articles"), "--out", str(out),
                            "--quiet", "--force"], cwd=ROOT, check=True, capture_output=True)
            lines.append(row(f"extractor ({first})", evaluate(a, out).metrics))
            lines.append(row(f"extractor ({second})", evaluate(b, out).metrics))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
