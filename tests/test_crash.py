"""`factsheet extract` killed with SIGKILL at random points: every sheet is the old version or the
new one, and valid; the next run cleans up and finishes."""
from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator.content import load_sheet

from .conftest import SEED, SHARED


def corpus(target: Path, count: int = 20) -> None:
    """IndoSum articles when ../shared is present, else variations of the seed article."""
    source = SHARED / "corpora" / "id_indosum_dev" / "articles"
    files = sorted(source.glob("*.txt"))[:count] if source.is_dir() else []
    if files:
        for path in files:
            shutil.copy(path, target / path.name)
        return
    text = SEED.read_text(encoding="utf-8")
    for i in range(count):
        (target / f"{i:03d}_seed.txt").write_text(f"Variant {i} of the seed\n\n{text}",
                                                  encoding="utf-8")


def snapshot(folder: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.yaml"))}


@pytest.mark.slow
def test_sigkill_leaves_old_or_new_valid_sheets(project):
    articles = project.content / "articles"
    corpus(articles)
    sheets = project.content / "sheets"
    cmd = [sys.executable, "-m", "generator", "extract", "-q", "-j", "1", "--force"]
    first = subprocess.run(cmd, cwd=project.root, capture_output=True, text=True, timeout=300)
    assert first.returncode == 0, first.stderr
    old = snapshot(sheets)
    assert len(old) >= 10
    # hand edits, then a new version of every sheet: the next run rewrites them all
    for name, text in old.items():
        (sheets / name).write_text("# seen by the editor\n" + text.replace(
            "  title: ", "  title: ", 1), encoding="utf-8")
    old = snapshot(sheets)
    new_versions: dict[str, set[str]] = {name: {text} for name, text in old.items()}
    for article in articles.iterdir():
        article.write_text(article.read_text(encoding="utf-8") + "\n\nSementara itu, "
                           "\"Kami akan terus memantau,\" kata Juru Bicara Budi Santoso.\n",
                           encoding="utf-8")
    rng = random.Random(5)
    started = time.monotonic()
    subprocess.run(cmd + ["--dry-run"], cwd=project.root, capture_output=True, text=True)
    duration = max(0.3, time.monotonic() - started)
    for _ in range(6):
        process = subprocess.Popen(cmd, cwd=project.root, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.05, duration * 1.5))
        process.send_signal(signal.SIGKILL)
        process.wait()
        for name, text in snapshot(sheets).items():
            new_versions.setdefault(name, set()).add(text)
            loaded, problems = load_sheet(sheets / name)
            assert loaded is not None, f"{name} is broken after SIGKILL: {problems}"
            assert "# seen" in text, f"{name}: the hand edit was lost"
        assert set(old) <= set(snapshot(sheets))
    # every file is one of at most two versions (old, new) per sheet
    assert all(len(versions) <= 2 for versions in new_versions.values()), \
        {k: len(v) for k, v in new_versions.items() if len(v) > 2}
    final = subprocess.run(cmd, cwd=project.root, capture_output=True, text=True, timeout=300)
    assert final.returncode == 0, final.stderr
    assert not list(sheets.glob(".*.tmp"))
    assert not list((project.content / ".machine" / "sheets").glob(".*.tmp"))
    for name, text in snapshot(sheets).items():
        assert "# seen" in text
        assert load_sheet(sheets / name)[0] is not None
    checked = subprocess.run([sys.executable, "-m", "generator", "check"], cwd=project.root,
                             capture_output=True, text=True)
    assert "Traceback" not in checked.stderr


def test_atomic_write_keeps_the_file_mode(tmp_path):
    from generator.yamlio import atomic_write

    path = tmp_path / "people.yaml"
    path.write_text("people: []\n")
    path.chmod(0o640)
    atomic_write(path, "people: [x]\n")
    assert path.stat().st_mode & 0o777 == 0o640
    fresh = tmp_path / "new.yaml"
    atomic_write(fresh, "a: 1\n")
    umask = os.umask(0)
    os.umask(umask)
    assert fresh.stat().st_mode & 0o777 == 0o666 & ~umask
