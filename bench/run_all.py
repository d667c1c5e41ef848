"""Run every benchmark, one after the other, and keep their output in bench/out/.

    python bench/run_all.py [--quick]      (--quick: small sizes, for a smoke run)

Each benchmark prints its own numbers; bench/RESULTS.md records a reference run.
"""
from __future__ import annotations

import argparse
import datetime as dt
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="small corpora only (a smoke run)")
    args = parser.parse_args()
    runs = [
        ["extraction.py", *(["--limit", "300"] if args.quick else [])],
        ["site_build.py", "--sizes", "100,1000" if args.quick else "100,1000,10000"],
        ["edit_loop.py", *(["--articles", "300", "--edits", "2"] if args.quick else [])],
    ]
    out_dir = HERE / "out"
    out_dir.mkdir(exist_ok=True)
    log = out_dir / f"run_all-{dt.datetime.now():%Y%m%d-%H%M}.md"
    failed = 0
    with open(log, "w", encoding="utf-8") as handle:
        for script, *options in runs:
            print(f"\n=== {script} {' '.join(options)}", flush=True)
            proc = subprocess.Popen([sys.executable, str(HERE / script), *options],
                                    stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
            assert proc.stdout is not None
            for line in proc.stdout:
                sys.stdout.write(line)
                sys.stdout.flush()
                handle.write(line)
            if proc.wait() != 0:
                failed += 1
                print(f"{script} failed (exit {proc.returncode})", flush=True)
    print(f"\nAll output: {log}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
