"""bench/untuned_history.py: every untuned set has an arrival commit, and that commit's extractor is the one
that first met the set (the commit changed no extractor code)."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.untuned_history import ARRIVALS, pool  # noqa: E402


def _git(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True)


def test_every_untuned_set_since_the_seventeenth_session_is_listed():
    """A new fresh set (tests/devN with N >= 20, tests/restricted/bbcN or detikN) must be added to ARRIVALS
    with the commit that brought its gold, or the history silently leaves it out."""
    listed = {name for _, name, _ in ARRIVALS}
    found = {f"dev{p.parent.name[3:]}/{p.name}" for p in ROOT.glob("tests/dev*/*")
             if p.parent.name[3:].isdigit() and int(p.parent.name[3:]) >= 20 and (p / "articles").is_dir()}
    found |= {f"restricted/{p.name}" for p in (ROOT / "tests" / "restricted").iterdir()
              if re.fullmatch(r"(bbc|detik)\d*", p.name) and any(p.glob("*.yaml"))}
    assert found - listed == set()


def test_sessions_are_in_order_and_name_real_sets():
    sessions = [s for s, _, _ in ARRIVALS]
    assert sessions == sorted(sessions)
    for _, name, _ in ARRIVALS:
        folder = ROOT / "tests" / name
        assert folder.is_dir(), name


@pytest.mark.parametrize("commit", sorted({c for _, _, c in ARRIVALS if c}))
def test_an_arrival_commit_changed_no_extractor_code(commit):
    if _git("cat-file", "-e", f"{commit}^{{commit}}").returncode != 0:
        pytest.skip(f"{commit} is not in this clone (shallow?)")
    changed = _git("show", "--name-only", "--format=", commit).stdout.split()
    assert [path for path in changed if path.startswith("generator/")] == []


def test_pooled_rows_sum_counts_and_give_an_interval():
    def row(articles, tp, fp, fn, right, total, by_article):
        c = {"tp": tp, "fp": fp, "fn": fn}
        none = {"tp": 0, "fp": 0, "fn": 0}
        return {"articles": articles, "quotes": c, "who_said_what": dict(c), "stances": none, "parties": none,
                "country_accuracy": right / total if total else 0.0, "country_total": total,
                "who_by_article": by_article}

    total = pool({"a": row(2, 3, 1, 0, 2, 3, [[2, 1, 0], [1, 0, 0]]), "b": row(1, 1, 0, 3, 1, 1, [[1, 0, 3]])})
    assert total["articles"] == 3 and total["who_said_what"]["tp"] == 4
    assert total["who_said_what"]["f1"] == 2 * 4 / (2 * 4 + 1 + 3)
    assert total["country_accuracy"] == 3 / 4
    low, high = total["who_said_what"]["f1_95"]
    assert 0.0 <= low <= total["who_said_what"]["f1"] <= high <= 1.0
