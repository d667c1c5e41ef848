"""Throwaway content folders in one line, and a real MkDocs build of them."""
from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = ROOT / "content" / "articles" / "000_7b54c82ff4f6f653.txt"
SEED_SHEET = ROOT / "content" / "sheets" / "aliyev-armenia-harus-tinggalkan-wilayah.yaml"


def dedent(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


class Project:
    """A throwaway Factsheet project: mkdocs.yml, docs/, content/ (sheets, articles, registries)."""

    def __init__(self, root: Path, language: str = "en"):
        self.root = root
        self.content = root / "content"
        (self.content / "sheets").mkdir(parents=True, exist_ok=True)
        (self.content / "articles").mkdir(parents=True, exist_ok=True)
        (root / "docs").mkdir(exist_ok=True)
        shutil.copy(ROOT / "docs" / "about.md", root / "docs" / "about.md")
        (root / "docs" / "assets").mkdir(exist_ok=True)
        shutil.copy(ROOT / "docs" / "assets" / "factsheet.css", root / "docs" / "assets")
        config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
        config = config.replace("language: id", f"language: {language}")
        config = config.replace("templates_dir: templates", f"templates_dir: {ROOT / 'templates'}")
        (root / "mkdocs.yml").write_text(config, encoding="utf-8")

    def sheet(self, name: str, text: str) -> Path:
        path = self.content / "sheets" / name
        path.write_text(dedent(text), encoding="utf-8")
        return path

    def article(self, name: str, text: str | bytes) -> Path:
        path = self.content / "articles" / name
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        return path

    def registry(self, name: str, text: str) -> Path:
        path = self.content / name
        path.write_text(dedent(text), encoding="utf-8")
        return path

    def with_seed(self) -> "Project":
        shutil.copy(SEED, self.content / "articles" / SEED.name)
        shutil.copy(SEED_SHEET, self.content / "sheets" / SEED_SHEET.name)
        for name in ("people.yaml", "countries.yaml", "conflicts.yaml"):
            shutil.copy(ROOT / "content" / name, self.content / name)
        return self

    def run(self, *args: str, check: bool = False) -> subprocess.CompletedProcess:
        result = subprocess.run([sys.executable, "-m", "generator", *args], cwd=self.root,
                                capture_output=True, text=True, timeout=600)
        if check and result.returncode != 0:
            raise AssertionError(f"factsheet {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
        return result

    def mkdocs_build(self, strict: bool = True) -> subprocess.CompletedProcess:
        args = [sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(self.root / "site")]
        if strict:
            args.append("--strict")
        return subprocess.run(args, cwd=self.root, capture_output=True, text=True, timeout=600)


@pytest.fixture
def project(tmp_path: Path) -> Project:
    return Project(tmp_path)


@pytest.fixture
def seed_project(tmp_path: Path) -> Project:
    return Project(tmp_path).with_seed()


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "corpora").is_dir():
        pytest.skip("../shared/corpora is not present beside the repository")
    return SHARED


MINIMAL_SHEET = """\
article:
  id: {id}
  file: {file}
  title: {title}
  published: 2020-10-0{day}
  language: en
conflict:
  name: Test war
  parties: [AZ, AM]
quotes:
  - id: q1
    speaker: {speaker}
    country: {country}
    text: {quote}
    span: [0, 5]
stances:
  - id: s1
    country: {country}
    position: {position}
    side: {side}
    evidence: [q1]
"""


def minimal_sheet(**values: str) -> str:
    defaults = dict(id="a1", file="a1.txt", title="A title", day="1", speaker="Someone",
                    country="TR", quote="Hello world", position="backs", side="AZ")
    defaults.update(values)
    return MINIMAL_SHEET.format(**defaults)
