"""What the extractor scored on each untuned set the day it arrived, pooled over the sessions.

    .venv/bin/python bench/untuned_history.py            # Markdown tables
    .venv/bin/python bench/untuned_history.py --json     # the raw metrics

One fresh set of 45 BBC articles moves the pooled English row by about +-0.04, so whether that row is above or
below the target is decided by which articles were drawn. This script answers the steadier question: on text
nobody had tuned the extractor to, how well did it do, over every untuned set since the seventeenth session?

For each set it checks out (a detached `git worktree`, removed afterwards) the commit that brought the set's
gold, which changed no extractor code, so its extractor is exactly the one that first met the set; it extracts
the set there as `bench/accuracy.py` did that day (`extract --out`, from scratch, in that checkout), and scores
the sheets with today's scorer against today's gold (later gold corrections count). Beside each arrival row it
gives today's extractor on the same set (`now`): the difference is what tuning on the set (or on others) did.
A set whose gold has not been committed yet is measured with the working tree (`arrival` = `now`).

`--across SET` answers another question: did the rules written session after session carry over to text none of
them was written from? It measures SET (one of today's untuned sets, which no extractor has seen) with the extractor
of every arrival commit, oldest first, and today's.

The pooled rows sum the counts of the sets of one language and give a 95% bootstrap interval over articles
(`bench/accuracy.py`'s own functions). `--since N` leaves out sets that arrived before session N. The held-out
set (tests/heldout/) has no arrival commit (it was annotated after the rules of its day and has been untuned
since); it is not included here: `bench/accuracy.py --only heldout` measures it.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from accuracy import RESTRICTED, ROOT, language, measure, restricted_articles, summed, table  # noqa: E402

# (session, set as bench/accuracy.py names it, commit that brought its gold; None = not committed yet)
ARRIVALS: list[tuple[int, str, str | None]] = [
    (17, "dev20/en", "30c2e48"), (17, "dev20/id", "30c2e48"),
    (17, "restricted/bbc", "80830f2"), (17, "restricted/detik", "80830f2"),
    (18, "dev21/id", "a00595e"), (18, "restricted/bbc2", "a00595e"), (18, "restricted/detik2", "a00595e"),
    (19, "dev22/id", "332d4da"), (19, "restricted/bbc3", "332d4da"), (19, "restricted/detik3", "332d4da"),
    (20, "dev23/id", "6ef12a9"), (20, "restricted/bbc4", "6ef12a9"), (20, "restricted/detik4", "6ef12a9"),
    (21, "dev24/id", "848f586"), (21, "restricted/bbc5", "848f586"), (21, "restricted/detik5", "848f586"),
    (22, "dev25/id", "7afaf70"), (22, "restricted/bbc6", "7afaf70"), (22, "restricted/detik6", "7afaf70"),
    (23, "dev26/id", "bf71cb8"), (23, "restricted/bbc7", "bf71cb8"), (23, "restricted/detik7", "bf71cb8"),
    (24, "dev27/id", "3c3f074"), (24, "restricted/bbc8", "3c3f074"), (24, "restricted/detik8", "3c3f074"),
    (25, "dev28/id", "f852dad"), (25, "restricted/bbc9", "f852dad"), (25, "restricted/detik9", "f852dad"),
    (26, "dev29/id", "7837080"),
    (27, "dev30/id", "d037046"),
    (28, "dev31/id", "6e326ca"),
    (29, "dev32/id", "f976e4c"),
    (30, "dev33/id", "90b43f3"),
    (31, "dev34/id", "ff0bfa6"),
    (32, "dev35/id", "6dced6c"),
    (33, "dev36/id", "7a9f598"),
    (34, "dev37/id", "fe5ef79"),
    (35, "dev38/id", "683d6f3"),
    (36, "dev39/id", "f583d16"),
    (37, "dev40/id", "806e4f7"),
    (38, "dev41/id", "ad3c9d2"),
    (39, "dev42/id", "6cbfb4c"),
    (40, "dev43/id", "a30d593"),
    (41, "dev44/id", "9b1d5df"),
    (42, "dev45/id", "b800bef"),
    (43, "dev46/id", "3eb2907"),
    (44, "dev47/id", "7e2dc92"),
    (45, "dev48/id", "de41b86"),
    (46, "dev49/id", "0c87f02"),
    (47, "dev50/id", "9fb4358"),
    (48, "dev51/id", "3325128"),
    (49, "dev52/id", "b4f6e07"),
    (50, "dev53/id", "a59eddc"),
    (51, "dev54/id", "80ddbab"),
]


def set_paths(name: str, scratch: Path) -> tuple[Path, Path] | None:
    """(articles, gold) of a set, from today's tree; None when its corpus or gold is absent."""
    if name.startswith("restricted/"):
        short = name.split("/", 1)[1]
        gold, corpus = ROOT / "tests" / "restricted" / short, RESTRICTED.get(short)
        if corpus is None or not corpus.is_dir() or not any(gold.glob("*.yaml")):
            return None
        return restricted_articles(gold, corpus, scratch / f"articles-{short}"), gold
    folder, lang = name.split("/")
    base = ROOT / "tests" / folder / lang
    return (base / "articles", base) if (base / "articles").is_dir() else None


@contextmanager
def checkout_at(commit: str | None, scratch: Path):
    """A detached worktree at `commit`, removed afterwards; this tree itself for None."""
    if commit is None:
        yield ROOT
        return
    checkout = scratch / f"at-{commit}"
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "--quiet", str(checkout), commit],
                   check=True, capture_output=True)
    try:
        yield checkout
    finally:
        subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(checkout)],
                       check=True, capture_output=True)


def pool(rows: dict[str, dict]) -> dict:
    """The sets of `rows` summed into one row (bench/accuracy.py's)."""
    return summed(rows.values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the raw metrics as JSON")
    parser.add_argument("--since", type=int, default=0, metavar="N",
                        help="only sets that arrived in session N or later (e.g. --since 22)")
    parser.add_argument("--add", action="append", default=[], metavar="SET",
                        help="a set whose gold is not committed yet, measured with the working tree "
                             "(e.g. --add restricted/bbc8); repeatable")
    parser.add_argument("--across", metavar="SET",
                        help="measure one set with the extractor of every arrival commit (e.g. --across restricted/bbc8)")
    args = parser.parse_args()
    if args.across:
        across(args.across, args.json)
        return
    wanted = [(s, n, c) for s, n, c in ARRIVALS if s >= args.since] + [(0, n, None) for n in args.add]
    arrival: dict[str, dict] = {}
    now: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="factsheet-untuned-") as tmp:
        scratch = Path(tmp)
        paths = {n: set_paths(n, scratch) for _, n, _ in wanted}
        for commit in dict.fromkeys(c for _, _, c in wanted):
            names = [n for _, n, c in wanted if c == commit and paths[n]]
            if not names:
                continue
            with checkout_at(commit, scratch) as checkout:
                for n in names:
                    arrival[n] = measure(n, *paths[n], scratch / "arrival", checkout)
        for n in arrival:
            now[n] = measure(n, *paths[n], scratch / "now")
    results = {"arrival": arrival, "now": now, "pooled": {}}
    for lang in ("en", "id"):
        for label, rows in (("arrival", arrival), ("now", now)):
            mine = {n: m for n, m in rows.items() if language(n) == lang}
            if mine:
                results["pooled"][f"pooled {lang}, {label}"] = pool(mine)
    if args.json:
        for group in results.values():
            for m in group.values():
                m.pop("who_by_article", None)
        print(json.dumps(results, indent=2))
        return
    session = {n: s for s, n, _ in wanted}
    print("Each untuned set the day it arrived (its gold commit's extractor), and today's extractor on it:\n")
    print("| session | set | arrival who-said-what F1 | now | arrival country | now |")
    print("| ---: | --- | ---: | ---: | ---: | ---: |")
    for n, m in arrival.items():
        c = (lambda r: f"{r['country_accuracy']:.3f}" if r["country_total"] else "–")  # noqa: E731
        print(f"| {session[n] or 'this'} | {n} | {m['who_said_what']['f1']:.3f} | "
              f"{now[n]['who_said_what']['f1']:.3f} | {c(m)} | {c(now[n])} |")
    print("\nPooled per language (counts summed over the sets above):\n")
    print(table(results["pooled"]))


def across(name: str, as_json: bool) -> None:
    commits = list(dict.fromkeys((s, c) for s, _, c in ARRIVALS if c))
    rows: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="factsheet-untuned-") as tmp:
        scratch = Path(tmp)
        found = set_paths(name, scratch)
        if found is None:
            raise SystemExit(f"{name}: no such set here (its corpus or gold is missing)")
        articles, gold = found
        for session, commit in [*commits, (0, None)]:
            label = f"session {session} ({commit})" if commit else "working tree"
            with checkout_at(commit, scratch) as checkout:
                rows[label] = measure(name, articles, gold, scratch / f"sheets-{commit or 'now'}", checkout)
    if as_json:
        for m in rows.values():
            m.pop("who_by_article", None)
        print(json.dumps(rows, indent=2))
        return
    print(f"{name} measured with the extractor each session found (its arrival commit), oldest first:\n")
    print("| extractor | who-said-what P / R / F1 | country |")
    print("| --- | --- | ---: |")
    for label, m in rows.items():
        w = m["who_said_what"]
        country = f"{m['country_accuracy']:.3f}" if m["country_total"] else "–"
        print(f"| {label} | {w['precision']:.3f} / {w['recall']:.3f} / {w['f1']:.3f} | {country} |")


if __name__ == "__main__":
    main()
