"""A wheel works outside the source tree: built offline, installed into a throwaway folder, and
run from a project that has no templates/ of its own (and from one that overrides some)."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from importlib import metadata
from pathlib import Path

import pytest

from .conftest import ROOT, SEED, SEED_SHEET

# What the build reads: copied so that the build's build/ and *.egg-info stay out of the checkout
# (and a stale build/lib from an earlier build cannot slip old files into the wheel).
BUILD_INPUTS = ("pyproject.toml", "README.md", "LICENSE", "generator", "templates")


def _setuptools_version() -> tuple[int, ...]:
    try:
        return tuple(int(part) for part in metadata.version("setuptools").split(".")[:2])
    except (metadata.PackageNotFoundError, ValueError):
        return (0,)


pytestmark = pytest.mark.skipif(
    _setuptools_version() < (77,),
    reason="building the wheel offline (--no-build-isolation) needs setuptools>=77 installed "
           "(pip install -e '.[test]')")


def _source_files(folder: Path, suffixes: tuple[str, ...]) -> set[str]:
    return {p.relative_to(ROOT).as_posix() for p in folder.rglob("*")
            if p.is_file() and p.suffix in suffixes and "__pycache__" not in p.parts}


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("wheel")
    source = work / "src"
    source.mkdir()
    for name in BUILD_INPUTS:
        path = ROOT / name
        if path.is_dir():
            shutil.copytree(path, source / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(path, source / name)
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", ".", "--no-deps", "--no-build-isolation",
         "--no-index", "-q", "-w", str(work / "dist")],
        cwd=source, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    (built,) = (work / "dist").glob("factsheet-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path) -> Path:
    target = wheel.parent.parent / "site-packages"
    result = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "-q",
         "--target", str(target), str(wheel)],
        capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    return target


def _run_installed(installed: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess:
    """Python with the installed wheel first on the path, away from the checkout."""
    env = {**os.environ, "PYTHONPATH": str(installed)}
    return subprocess.run([sys.executable, *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)


def test_wheel_ships_templates_code_and_data(wheel: Path):
    names = set(zipfile.ZipFile(wheel).namelist())
    templates = {p.name for p in (ROOT / "templates").iterdir() if p.is_file()}
    assert templates, "no templates in the checkout?"
    assert {f"generator/templates/{name}" for name in templates} <= names
    # Every module (a subpackage missing from [tool.setuptools] packages would be left out)
    # and every data file the extractor reads.
    assert _source_files(ROOT / "generator", (".py",)) <= names
    assert _source_files(ROOT / "generator", (".yaml", ".txt", ".json")) <= names
    assert not any(name.startswith("templates/") for name in names)


def test_installed_package_finds_its_templates(installed: Path, tmp_path: Path):
    snippet = (
        "import generator.pages as p, sys\n"
        "print(p.__file__)\n"
        "print(p.DEFAULT_TEMPLATES)\n"
        "print(sorted(p.Renderer('en').env.list_templates()))\n"
        "print(p.load_labels('id')['overview'])\n")
    result = _run_installed(installed, tmp_path, "-c", snippet)
    assert result.returncode == 0, result.stderr
    module, templates, listed, label = result.stdout.splitlines()
    assert Path(module).resolve().is_relative_to(installed.resolve())
    assert Path(templates) == (installed / "generator" / "templates").resolve()
    assert "index.md.j2" in listed and "article.md.j2" in listed
    assert label.strip()  # the Indonesian labels, read from the installed package


def _seed_project(root: Path) -> Path:
    content = root / "content"
    (content / "articles").mkdir(parents=True)
    (content / "sheets").mkdir()
    shutil.copy(SEED, content / "articles" / SEED.name)
    shutil.copy(SEED_SHEET, content / "sheets" / SEED_SHEET.name)
    for name in ("people.yaml", "countries.yaml", "conflicts.yaml"):
        shutil.copy(ROOT / "content" / name, content / name)
    return root


def test_installed_export_without_and_with_user_templates(installed: Path, tmp_path: Path):
    plain = _seed_project(tmp_path / "plain")
    result = _run_installed(installed, plain, "-m", "generator", "export", "out", "--language", "en")
    assert result.returncode == 0, result.stderr
    index = (plain / "out" / "index.md").read_text(encoding="utf-8")
    assert "\n# Overview\n" in index
    assert (plain / "out" / "countries" / "tr.md").is_file()

    # A project's own templates/ still overrides the built-in ones, template by template
    # and label by label.
    custom = _seed_project(tmp_path / "custom")
    (custom / "templates").mkdir()
    (custom / "templates" / "index.md.j2").write_text("# OVERRIDE {{ t('overview') }}\n", encoding="utf-8")
    (custom / "templates" / "labels.en.yaml").write_text("overview: My overview\n", encoding="utf-8")
    result = _run_installed(installed, custom, "-m", "generator", "export", "out", "--language", "en")
    assert result.returncode == 0, result.stderr
    index = (custom / "out" / "index.md").read_text(encoding="utf-8")
    assert "\n# OVERRIDE My overview\n" in index and "\n# Overview\n" not in index
    country = (custom / "out" / "countries" / "tr.md").read_text(encoding="utf-8")
    assert country == (plain / "out" / "countries" / "tr.md").read_text(encoding="utf-8")
