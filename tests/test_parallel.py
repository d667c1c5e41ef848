"""Parallel, incremental and Dask extraction give the same sheets as one process."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from generator import extract_command
from generator.extract_command import run_extract
from generator.incremental import ExtractState, state_path
from generator.parallel import map_articles

ROOT = Path(__file__).resolve().parents[1]

SPEAKERS = [
    ("Recep Tayyip Erdogan", "Turkish President", "Ankara"),
    ("Dmitry Peskov", "Kremlin spokesman", "Moscow"),
    ("Jean-Yves Le Drian", "French Foreign Minister", "Paris"),
    ("Saeed Khatibzadeh", "Iranian Foreign Ministry spokesman", "Tehran"),
    ("Heiko Maas", "German Foreign Minister", "Berlin"),
    ("Antony Blinken", "US Secretary of State", "Washington"),
]
SAYINGS = [
    "We will stand with our brothers with all our means",
    "We call on the parties to stop firing immediately and start talks",
    "There is no military solution to this conflict",
    "We are ready to help both sides begin negotiations",
    "Civilians must be protected, whoever they are",
    "The fighting must end now and both armies must pull back",
]


def write_corpus(folder: Path, count: int = 8) -> list[Path]:
    """Small English articles with quotes, written here (no third-party text)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        name, role, city = SPEAKERS[n % len(SPEAKERS)]
        other, other_role, _ = SPEAKERS[(n + 2) % len(SPEAKERS)]
        text = (f"Report {n}: {city} reacts to the Karabakh fighting\n\n"
                f"{city} -- Azerbaijan and Armenia fought for a {n + 2}th day. "
                f"\u201c{SAYINGS[n % len(SAYINGS)]},\u201d {role} {name} said on Monday.\n\n"
                f"\u201c{SAYINGS[(n + 3) % len(SAYINGS)]},\u201d {other_role} {other} told "
                f"reporters.\n")
        path = folder / f"article_{n:02d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def make_content(root: Path) -> Path:
    content = root / "content"
    (content / "sheets").mkdir(parents=True)
    for name in ("people.yaml", "countries.yaml", "conflicts.yaml"):
        shutil.copy(ROOT / "content" / name, content / name)
    return content


def sheets_of(content: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((content / "sheets").glob("*.yaml"))}


@pytest.fixture(scope="module")
def articles(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("articles")
    write_corpus(folder)
    return folder


@pytest.fixture(scope="module")
def one_process(tmp_path_factory, articles) -> dict[str, bytes]:
    content = make_content(tmp_path_factory.mktemp("serial"))
    assert run_extract([articles], content, jobs=1, progress=False) == 0
    sheets = sheets_of(content)
    assert len(sheets) == 8
    return sheets


def _square(x: int) -> int:
    return x * x


def test_map_articles_keeps_input_order():
    items = list(range(50))
    expected = [x * x for x in items]
    assert list(map_articles(_square, items, jobs=1)) == expected
    assert list(map_articles(_square, items, jobs=2, chunksize=3)) == expected


def test_two_jobs_write_the_same_sheets_as_one(tmp_path, articles, one_process):
    content = make_content(tmp_path)
    assert run_extract([articles], content, jobs=2, progress=False) == 0
    assert sheets_of(content) == one_process


def test_unchanged_articles_are_skipped_and_force_extracts_again(tmp_path, monkeypatch):
    folder = tmp_path / "articles"
    paths = write_corpus(folder, count=4)
    content = make_content(tmp_path)
    calls: list[Path] = []
    real = extract_command.extract_one

    def counting(path, content_dir):
        calls.append(Path(path))
        return real(path, content_dir)

    monkeypatch.setattr(extract_command, "extract_one", counting)
    assert run_extract([folder], content, jobs=1, progress=False) == 0
    # (each article, and again those whose speakers the run's own additions to people.yaml
    # read otherwise: h_idem34)
    assert set(calls) == set(paths)
    assert state_path(content).is_file()
    first = sheets_of(content)

    calls.clear()
    assert run_extract([folder], content, jobs=1, progress=False) == 0
    assert calls == []  # nothing changed: nothing extracted
    assert sheets_of(content) == first

    paths[1].write_text(paths[1].read_text(encoding="utf-8") + "\nOne more line.\n",
                        encoding="utf-8")
    calls.clear()
    assert run_extract([folder], content, jobs=1, progress=False) == 0
    assert calls == [paths[1]]  # only the edited article

    calls.clear()
    assert run_extract([folder], content, jobs=1, force=True, progress=False) == 0
    assert sorted(calls) == sorted(paths)  # --force: every article again


def test_changed_registries_or_missing_sheet_extract_again(tmp_path):
    folder = tmp_path / "articles"
    paths = write_corpus(folder, count=3)
    content = make_content(tmp_path)
    assert run_extract([folder], content, jobs=1, progress=False) == 0
    state = ExtractState.load(content)
    todo, unchanged = state.plan(paths)
    assert todo == [] and len(unchanged) == 3

    sheet = content / "sheets" / f"{unchanged[paths[0]]}.yaml"
    sheet.unlink()
    todo, _ = ExtractState.load(content).plan(paths)
    assert todo == [paths[0]]  # its sheet is gone

    with open(content / "countries.yaml", "a", encoding="utf-8") as handle:
        handle.write("\n# a registry edit\n")
    todo, _ = ExtractState.load(content).plan(paths)
    assert todo == paths  # registries changed: everything again


def test_dask_cluster_writes_the_same_sheets(tmp_path, articles, one_process):
    distributed = pytest.importorskip("distributed")
    content = make_content(tmp_path)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                  protocol="tcp://", host="127.0.0.1",
                                  dashboard_address=None) as cluster:
        code = run_extract([articles], content, executor="dask",
                           scheduler=cluster.scheduler_address, progress=False)
    assert code == 0
    assert sheets_of(content) == one_process


def test_long_lived_dask_workers_read_a_registry_edit_made_between_runs(tmp_path, articles):
    """Worker processes outlive a run on a cluster: the registries they cached must not outlive an edit.

    The cache is keyed by the registry files' state; with workers in their own processes (as on a real
    cluster) the second run must see the editor's correction, which wins over the article's reading.
    """
    distributed = pytest.importorskip("distributed")
    content = make_content(tmp_path)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True,
                                  protocol="tcp://", host="127.0.0.1",
                                  dashboard_address=None) as cluster:
        def run() -> dict:
            assert run_extract([articles], content, executor="dask",
                               scheduler=cluster.scheduler_address, progress=False) == 0
            return {q["speaker"]: q["country"] for sheet in (content / "sheets").glob("*.yaml")
                    for q in yaml.safe_load(sheet.read_text(encoding="utf-8"))["quotes"]}

        assert run()["Heiko Maas"] == "DE"
        people = content / "people.yaml"
        edited = people.read_text(encoding="utf-8").replace(
            "role: Menteri Luar Negeri Jerman\n    country: DE", "role: Menteri Luar Negeri Jerman\n    country: AT")
        assert edited != people.read_text(encoding="utf-8")
        people.write_text(edited, encoding="utf-8")
        assert run()["Heiko Maas"] == "AT"
