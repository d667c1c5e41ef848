"""Site build: `factsheet build` against plain `mkdocs build` of the very same pages.

For each N: a synthetic project of N articles (bench/synth.py); `factsheet build` timed with
its peak RSS; the pages exported with `factsheet export` into a plain MkDocs project (the
same mkdocs.yml without the factsheet plugin) and built with `mkdocs build`, in the same
run, so the ratio holds on a noisy machine.

    python bench/site_build.py [--sizes 100,1000,10000]
"""
from __future__ import annotations

import argparse
import re
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import OUT, PYTHON, machine, run, table  # noqa: E402
from synth import make_project  # noqa: E402


def plain_project(project: Path, target: Path) -> Path:
    """The same site as a plain MkDocs project: exported pages, no factsheet plugin."""
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(project / "docs", target / "docs")
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    config = re.sub(r"\n  - factsheet:\n(?:      .*\n)+", "\n", config)
    (target / "mkdocs.yml").write_text(config, encoding="utf-8")
    return target


def bench_size(n: int, repeat: int = 1) -> list:
    project = make_project(OUT / f"site-{n}", n)
    plain = plain_project(project, OUT / f"plain-{n}")
    export = run([PYTHON, "-m", "generator", "export", str(plain / "docs")], cwd=project)
    if export.returncode != 0:
        raise SystemExit(f"factsheet export failed:\n{export.stderr[-3000:]}")
    builds, plains = [], []
    for _ in range(repeat):  # alternate the two, keep the fastest of each
        build = run([PYTHON, "-m", "generator", "build"], cwd=project)
        if build.returncode != 0:
            raise SystemExit(f"factsheet build failed:\n{build.stderr[-3000:]}")
        mkdocs = run([PYTHON, "-m", "mkdocs", "build", "-q"], cwd=plain)
        if mkdocs.returncode != 0:
            raise SystemExit(f"mkdocs build failed:\n{mkdocs.stderr[-3000:]}")
        builds.append(build)
        plains.append(mkdocs)
    build = min(builds, key=lambda r: r.seconds)
    mkdocs = min(plains, key=lambda r: r.seconds)
    pages = sum(1 for _ in (project / "site").rglob("index.html"))
    ratio = build.seconds / mkdocs.seconds
    print(f"N={n}: factsheet build {build.seconds:.1f} s, {build.peak_mib:.0f} MiB; "
          f"plain mkdocs build {mkdocs.seconds:.1f} s, {mkdocs.peak_mib:.0f} MiB; "
          f"ratio {ratio:.2f}; export {export.seconds:.1f} s", flush=True)
    return [f"{n:,}", f"{pages:,}", f"{build.seconds:.1f}", f"{pages / build.seconds:.0f}",
            f"{build.peak_mib:.0f}", f"{mkdocs.seconds:.1f}", f"{mkdocs.peak_mib:.0f}",
            f"{ratio:.2f}×", f"{export.seconds:.1f}"]


def main(argv=None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="100,1000,10000",
                        help="comma-separated article counts (default: 100,1000,10000)")
    parser.add_argument("--repeat", type=int, default=1,
                        help="builds of each kind per size; the fastest counts (default: 1)")
    args = parser.parse_args(argv)
    print(f"# Site build benchmark\n\n{machine()}\n", flush=True)
    rows = [bench_size(int(n), args.repeat) for n in args.sizes.split(",") if n.strip()]
    print()
    print(table(["articles", "HTML pages", "factsheet build s", "pages/s", "peak RSS MiB",
                 "plain mkdocs build s", "mkdocs peak RSS MiB", "ratio", "export s"], rows))
    return {"site_build": rows}


if __name__ == "__main__":
    main()
