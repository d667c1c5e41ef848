"""Extraction throughput over the shared real corpora, against a bare regex baseline.

For each corpus: (1) a bare baseline that only reads every file and runs one quote-finding
regular expression; (2) `factsheet extract --force` with one process and (3) with all cores,
writing sheets into a scratch content folder, and (4) once more over the sheets it just wrote (an
editor's re-run: every sheet is merged with its base). Measured in the same run, so the ratio to the
baseline holds on a noisy machine. Prints articles/s, MB/s and peak RSS.

    python bench/extraction.py [--corpus id_indosum_dev,en_bbc_fulltext_2004_2005] [--limit N]
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import OUT, PYTHON, ROOT, SHARED, machine, run, table  # noqa: E402

CORPORA = ["id_indosum_dev", "en_bbc_fulltext_2004_2005"]

BASELINE = r"""
import re, sys, time, json
from pathlib import Path
files = [Path(line) for line in Path(sys.argv[1]).read_text().splitlines()]
quote = re.compile(r'["\u201c\u201d]([^"\u201c\u201d\n]{3,}?)["\u201d]')
start = time.perf_counter()
found = size = 0
for path in files:
    data = path.read_bytes()
    size += len(data)
    found += len(quote.findall(data.decode("utf-8", "replace")))
print(json.dumps({"seconds": time.perf_counter() - start, "bytes": size, "quotes": found}))
"""

# extract_one alone (no YAML writing), one process, to separate the extractor from the output
INPROCESS = r"""
import sys, time, json
from pathlib import Path
from generator.extract_command import extract_one
files = [Path(line) for line in Path(sys.argv[1]).read_text().splitlines()]
content = Path(sys.argv[2])
extract_one(files[0], content)  # load registries and language packs
start = time.perf_counter()
quotes = 0
for path in files:
    result = extract_one(path, content)
    if result.sheet:
        quotes += len(result.sheet.get("quotes", []))
print(json.dumps({"seconds": time.perf_counter() - start, "quotes": quotes}))
"""


def corpus_files(name: str, limit: int | None) -> list[Path]:
    folder = SHARED / "corpora" / name / "articles"
    files = sorted(p for p in folder.iterdir() if p.suffix == ".txt")
    return files[:limit] if limit else files


def scratch_content(where: Path) -> Path:
    shutil.rmtree(where, ignore_errors=True)
    (where / "sheets").mkdir(parents=True)
    for name in ("countries.yaml", "people.yaml", "conflicts.yaml"):
        shutil.copy(ROOT / "content" / name, where / name)
    return where


def bench_corpus(name: str, limit: int | None, cores: int) -> dict:
    files = corpus_files(name, limit)
    size = sum(p.stat().st_size for p in files)
    listing = OUT / f"{name}.files"
    listing.parent.mkdir(parents=True, exist_ok=True)
    listing.write_text("\n".join(str(p) for p in files))
    rows = {}

    base = run([PYTHON, "-c", BASELINE, str(listing)])
    data = json.loads(base.stdout)
    rows["baseline (read + 1 regex)"] = (data["seconds"], base.peak_rss)

    content = scratch_content(OUT / f"extract-{name}" / "content")
    inproc = run([PYTHON, "-c", INPROCESS, str(listing), str(content)], cwd=ROOT)
    if inproc.returncode != 0:
        raise SystemExit(inproc.stderr)
    rows["extract_one loop, 1 process (no writing)"] = (json.loads(inproc.stdout)["seconds"],
                                                         inproc.peak_rss)

    # The corpus folder itself is passed when every file is in it (as a user would).
    target = [str(files[0].parent)] if not limit else [str(p) for p in files]
    for jobs, label in ((1, "factsheet extract -j 1"), (0, f"factsheet extract -j 0 ({cores} cores)")):
        content = scratch_content(OUT / f"extract-{name}" / "content")
        result = run([PYTHON, "-m", "generator", "extract", *target, "--content", str(content),
                      "--force", "-q", "-j", str(jobs)], cwd=ROOT)
        if result.returncode not in (0, 1):
            raise SystemExit(result.stderr)
        rows[label] = (result.seconds, result.peak_rss)
    # the editor's loop: extract again over the sheets just written (nobody edited them)
    result = run([PYTHON, "-m", "generator", "extract", *target, "--content", str(content),
                  "--force", "-q", "-j", "0"], cwd=ROOT)
    if result.returncode not in (0, 1):
        raise SystemExit(result.stderr)
    rows[f"factsheet extract -j 0 again over its own sheets ({cores} cores)"] = (result.seconds, result.peak_rss)
    baseline_seconds = rows["baseline (read + 1 regex)"][0]
    out = []
    for label, (seconds, rss) in rows.items():
        out.append([label, f"{seconds:.2f}", f"{len(files) / seconds:,.0f}",
                    f"{size / 2**20 / seconds:.2f}", f"{rss / 2**20:.0f}",
                    f"{seconds / baseline_seconds:.1f}×"])
    return {"name": name, "articles": len(files), "mb": size / 2**20, "rows": out}


def main(argv=None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", default=",".join(CORPORA))
    parser.add_argument("--limit", type=int, default=None, help="first N articles of each corpus")
    args = parser.parse_args(argv)
    import os

    cores = len(os.sched_getaffinity(0))
    print(f"# Extraction benchmark\n\n{machine()}\n")
    results = []
    for name in args.corpus.split(","):
        if not (SHARED / "corpora" / name / "articles").is_dir():
            print(f"skipped {name}: ../shared/corpora/{name}/articles not found")
            continue
        found = bench_corpus(name, args.limit, cores)
        results.append(found)
        print(f"## {name}: {found['articles']:,} articles, {found['mb']:.1f} MB\n")
        print(table(["run", "seconds", "articles/s", "MB/s", "peak RSS MiB", "× baseline"],
                    found["rows"]))
        print()
    return {"extraction": results}


if __name__ == "__main__":
    main()
