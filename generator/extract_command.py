"""`factsheet extract`: read articles, extract each one, write or update its sheet.

Flow: list article files -> extract each (one at a time, or in parallel: the per-article
function `extract_one` is pure and picklable) -> assign ids -> write sheets -> summary.
"""
from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import click

from .articles import ARTICLE_SUFFIXES, read_article
from .content import load_registries
from .entities import slugify
from .errors import InputError, Problem, display_path
from .yamlio import atomic_write, clean_stray_temporaries, dumps


@dataclass
class ArticleResult:
    """What extracting one article produced (sent back from worker processes)."""

    path: Path
    sheet: dict | None = None
    people: list[dict] = field(default_factory=list)
    conflict: dict | None = None
    problem: Problem | None = None


def list_articles(paths: list[Path]) -> tuple[list[Path], list[Problem]]:
    files: list[Path] = []
    problems: list[Problem] = []
    for path in paths:
        if path.is_dir():
            files += sorted(p for p in path.rglob("*")
                            if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
                            and not p.name.startswith("."))
        elif path.is_file():
            files.append(path)
        else:
            problems.append(Problem(display_path(path), 0, 0, "no such file or folder",
                                    hint="check the path"))
    return files, problems


def article_id_for(title: str | None, path: Path) -> str:
    return slugify(title or path.stem, max_length=60)


def extract_one(path: Path, content_dir: Path) -> ArticleResult:
    """Extract one article. Never raises for bad input: the problem is returned instead."""
    from .extract import extract_article

    registries = _registries(content_dir)
    try:
        article = read_article(path)
        result = extract_article(article, registries, article_id_for(article.title, path))
    except InputError as exc:
        return ArticleResult(path, problem=exc.problem())
    except RecursionError:
        return ArticleResult(path, problem=Problem(display_path(path), 1, 1,
                                                   "the article is too deeply nested to read"))
    return ArticleResult(path, result.sheet, result.people, result.conflict)


_REGISTRY_CACHE: dict[Path, object] = {}


def _registries(content_dir: Path):
    key = content_dir.resolve()
    if key not in _REGISTRY_CACHE:
        _REGISTRY_CACHE[key] = load_registries(key)[0]
    return _REGISTRY_CACHE[key]


def run_extract(paths: list[Path], content_dir: Path, out_dir: Path | None = None,
                dry_run: bool = False, jobs: int = 0, executor: str = "local",
                scheduler: str | None = None, force: bool = False, strict: bool = False,
                progress: bool = True) -> int:
    content_dir = Path(content_dir)
    registries, problems = load_registries(content_dir) if content_dir.is_dir() else (None, [])
    for problem in problems:
        click.echo(str(problem), err=True)
    if any(p.severity == "error" for p in problems):
        click.echo("Fix the registries above first: extraction reads them.", err=True)
        return 1
    sheets_dir = Path(out_dir) if out_dir else content_dir / "sheets"
    files, skipped = list_articles(paths)
    if not dry_run:
        sheets_dir.mkdir(parents=True, exist_ok=True)
        clean_stray_temporaries(sheets_dir)

    results = []
    bar = None
    if progress and len(files) > 20 and sys.stderr.isatty():
        from tqdm import tqdm
        bar = tqdm(total=len(files), unit="article", file=sys.stderr)
    for path in files:
        results.append(extract_one(path, content_dir))
        if bar is not None:
            bar.update()
    if bar is not None:
        bar.close()

    used: dict[str, Path] = {}
    stats = Counter()
    speakers: set[str] = set()
    countries: set[str] = set()
    for result in results:
        if result.problem is not None:
            skipped.append(result.problem)
            continue
        sheet = result.sheet
        article_id = sheet["article"]["id"]
        if article_id in used and used[article_id] != result.path:
            # two articles with one title: the file name tells them apart
            article_id = f"{article_id}-{slugify(result.path.stem, 30)}"
            sheet["article"]["id"] = article_id
        used[article_id] = result.path
        stats["articles"] += 1
        stats["quotes"] += len(sheet.get("quotes", []))
        speakers.update(q["speaker"] for q in sheet.get("quotes", []))
        countries.update(q["country"] for q in sheet.get("quotes", []) if q.get("country"))
        countries.update(s["country"] for s in sheet.get("stances", []))
        target = sheets_dir / f"{article_id}.yaml"
        if dry_run:
            click.echo(f"would write {display_path(target)}")
            continue
        atomic_write(target, dumps(sheet))
    for problem in skipped:
        click.echo(f"skipped: {problem}", err=True)
    click.echo(f"{stats['articles']} article(s), {stats['quotes']} quote(s), {len(speakers)} "
               f"speaker(s), {len(countries)} countr(y/ies); {len(skipped)} file(s) skipped",
               err=True)
    return 1 if (strict and skipped) or (files and not stats["articles"]) else 0
