"""`factsheet extract`: read articles, extract each one, merge the result into its sheet.

Flow: list article files -> skip those whose extraction cannot have changed
(`incremental`) -> extract each (`extract_one` is pure and picklable; `parallel` runs it in
this process, on local cores or on Dask) -> stable ids -> three-way merge with the sheet on
disk (`merge`: hand edits are never lost) -> validate -> atomic write -> registries
(newly found people and conflicts, merged the same way) -> summary.

The last machine output of each file is kept under `content/.machine/` (the merge base):
`.machine/sheets/<id>.yaml`, `.machine/people.yaml`, `.machine/conflicts.yaml`. It is committed
beside the content, so a fresh clone merges exactly like the original working copy.

Crash safety: every file is written atomically (yamlio.atomic_write), a sheet before its base
(a crash in between leaves a sheet that already holds the new machine values, which the next
run sees as agreeing edits, never as lost ones); temporaries a killed run left are removed;
a lock file (content/.factsheet.lock; with --out, in that folder) keeps two runs from writing at once.
"""
from __future__ import annotations

import os
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import click

from .articles import ARTICLE_SUFFIXES, read_article
from .content import load_registries
from .entities import slugify
from .errors import InputError, Problem, display_path
from .yamlio import atomic_write, clean_stray_temporaries

LOCK_NAME = ".factsheet.lock"
# News articles are rarely over 100,000 characters; the extractor's time grows faster than the
# text, so a book-sized file is refused with a message instead of running for hours.
MAX_EXTRACT_CHARS = 1_000_000
MAX_EXTRACT_BYTES = 4 * 2**20
MACHINE_DIR = ".machine"


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
        path = Path(path)
        try:
            if path.is_dir():
                files += sorted(p for p in path.rglob("*")
                                if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
                                and not p.name.startswith("."))
            elif path.is_file():
                files.append(path)
            else:
                problems.append(Problem(display_path(path), 0, 0, "no such file or folder",
                                        hint="check the path"))
        except PermissionError:
            problems.append(Problem(display_path(path), 0, 0, "cannot be read (permission denied)",
                                    hint="fix the permissions"))
    return files, problems


def article_id_for(title: str | None, path: Path) -> str:
    return slugify(title or path.stem, max_length=60)


def extract_one(path: Path, content_dir: Path) -> ArticleResult:
    """Extract one article. Never raises for bad input: the problem is returned instead."""
    from .extract import extract_article
    from .merge import assign_stable_ids

    registries = _registries(content_dir)
    try:
        _check_size(path)
        article = read_article(path)
        if len(article.body) > MAX_EXTRACT_CHARS:
            raise InputError(path, 1, 1, f"the article is {len(article.body):,} characters long; "
                             f"extraction takes at most {MAX_EXTRACT_CHARS:,} per article",
                             "split it into several article files")
        result = extract_article(article, registries, article_id_for(article.title, path))
    except InputError as exc:
        return ArticleResult(path, problem=exc.problem())
    except RecursionError:
        return ArticleResult(path, problem=Problem(display_path(path), 1, 1,
                                                   "the article is too deeply nested to read"))
    except MemoryError:
        return ArticleResult(path, problem=Problem(display_path(path), 1, 1,
                                                   "the article is too large to extract",
                                                   hint="split it into smaller files"))
    except Exception as exc:  # an extractor bug must not stop the other articles
        if os.environ.get("FACTSHEET_DEBUG"):
            raise
        return ArticleResult(path, problem=Problem(
            display_path(path), 1, 1, f"internal error while extracting: {type(exc).__name__}: {exc}",
            hint="please report it with this article; set FACTSHEET_DEBUG=1 for the details"))
    return ArticleResult(path, assign_stable_ids(result.sheet), result.people, result.conflict)


def _check_size(path: Path) -> None:
    try:
        size = Path(path).stat().st_size
    except OSError:
        return  # read_article reports it
    if size > MAX_EXTRACT_BYTES:
        raise InputError(path, 1, 1, f"the file is {size / 2**20:.0f} MiB; extraction takes "
                         f"articles up to {MAX_EXTRACT_BYTES // 2**20} MiB",
                         "split it into several article files or remove it")


_REGISTRY_CACHE: dict[Path, object] = {}


def _registries(content_dir: Path):
    """The content folder's registries (with the machine's last people.yaml, so the extractor
    tells an editor's value, which wins, from its own, a default), read once per process: a run
    writes the registries only after every article is extracted."""
    key = Path(content_dir).resolve()
    if key not in _REGISTRY_CACHE:
        _REGISTRY_CACHE[key] = load_registries(key)[0]
    return _REGISTRY_CACHE[key]


# ---- where each sheet goes ------------------------------------------------------------------

_FILE_LINE = re.compile(r"^article:[^\n]*\n(?:(?:[ \t]+[^\n]*|[ \t]*#[^\n]*|)\n)*?[ \t]+file:[ \t]*"
                        r"(?P<v>[^\n#]*?)[ \t]*(?:#[^\n]*)?$", re.M)


def _article_file_of(path: Path) -> str | None:
    """The `article.file` of a sheet, read cheaply (no YAML parse) for the index."""
    try:
        with open(path, encoding="utf-8-sig", errors="replace") as handle:
            head = handle.read(65536)
    except OSError:
        return None
    match = _FILE_LINE.search(head.replace("\r\n", "\n"))
    if not match:
        return None
    value = match.group("v").strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        value = value[1:-1]
    return value or None


class SheetIndex:
    """Existing sheets by article file, so a re-extraction finds the sheet it must merge into
    even when its id (file name) was chosen by hand."""

    def __init__(self, sheets_dir: Path):
        from .content import sheet_paths

        self.sheets_dir = sheets_dir
        self.by_file: dict[str, Path] = {}
        self.taken: set[str] = set()
        for path in sheet_paths(sheets_dir):
            self.taken.add(path.stem)
            article_file = _article_file_of(path)
            if article_file and article_file not in self.by_file:
                self.by_file[article_file] = path

    def target(self, article_path: Path, slug: str) -> Path:
        existing = self.by_file.get(article_path.name)
        if existing is not None:
            return existing
        candidate = slug
        if candidate in self.taken:
            # another article has this title: the file name tells them apart
            candidate = f"{slug}-{slugify(article_path.stem, 30)}"
            n = 2
            while candidate in self.taken:
                candidate = f"{slug}-{slugify(article_path.stem, 30)}-{n}"
                n += 1
        path = self.sheets_dir / f"{candidate}.yaml"
        self.taken.add(candidate)
        self.by_file[article_path.name] = path
        return path


# ---- applying one result --------------------------------------------------------------------


@dataclass
class Outcome:
    status: str  # created | updated | unchanged | refused
    report: object = None
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    article_id: str | None = None


def _load_base(path: Path, text: str | None = None) -> dict | None:
    """The last machine output, or None (no base: the whole file counts as the user's)."""
    from .yamlio import load_machine_plain, read_text

    if text is None and not path.is_file():
        return None
    try:
        data = load_machine_plain(read_text(path) if text is None else text, path)
    except InputError:
        return None
    return data if isinstance(data, dict) else None


# Editors with the YAML language server get completion and validation from the first line.
SCHEMA_LINE = "# yaml-language-server: $schema=../../schema/sheet.schema.json\n"


def merge_sheet(target: Path, machine: dict, base_path: Path, registries=None,
                dry_run: bool = False) -> Outcome:
    """Merge one machine sheet into the sheet at `target` (created when missing) and write it
    and its base, unless `dry_run`. The user's file is never written when the result would not
    validate."""
    from .fastdump import dump_machine
    from .merge import (MergeReport, SHEET_LISTS, drop_dangling_evidence, dump_text, merge_tree,
                        to_tree)
    from .yamlio import load_document, read_text

    shown = display_path(target)
    current_text = None
    if target.exists():
        old_base = base_path.read_text(encoding="utf-8") if base_path.is_file() else None
        # A sheet nobody edited is byte for byte its base (with the schema line): then the merge
        # runs on plain data from the fast reader, with the same result, and the slow round-trip
        # parse (seconds for thousands of quotes) is only paid for files with hand edits.
        data, untouched = None, False
        try:
            current_text = read_text(target)
            if old_base is not None and current_text == SCHEMA_LINE + old_base:
                data = _load_base(base_path, old_base)
                untouched = data is not None
            if data is None:
                data = load_document(target, current_text).data
        except InputError as exc:
            return Outcome("refused", problems=[exc.problem()], notes=[
                f"{shown}: not updated: fix the problem above, then run 'factsheet extract' again"])
        if not isinstance(data, dict):
            return Outcome("refused", problems=[Problem(
                shown, 1, 1, "the sheet must be a mapping (article:, quotes:, stances:)",
                hint="restore the file or delete it to get a fresh one")])
        base = _load_base(base_path, old_base) if old_base is not None else None
        # quotes the user deleted take the machine's references to them along
        pre_dropped = drop_dangling_evidence(data, base, machine)
        problems = _validate(target, data, registries)
        if problems:
            return Outcome("refused", problems=problems, notes=[
                f"{shown}: not updated: your edits leave the sheet invalid; fix the problems "
                "above, then run 'factsheet extract' again"])
        ours_id = (data.get("article") or {}).get("id") if isinstance(data.get("article"), dict) \
            else None
        if isinstance(ours_id, str) and isinstance(machine.get("article"), dict):
            machine["article"]["id"] = ours_id  # the sheet keeps its name
        report, aligned = merge_tree(shown, data, base, machine, SHEET_LISTS)
        report.updated += pre_dropped + drop_dangling_evidence(data, aligned, base)
        if not report.changed:
            text = current_text
        elif untouched:
            text = SCHEMA_LINE + (dump_machine(data) or dump_text(to_tree(data)))
        else:
            text = dump_text(data)
        status = "updated"
    else:
        report = MergeReport(shown, created=True)
        aligned = machine
        text = SCHEMA_LINE + (dump_machine(machine) or dump_text(to_tree(machine)))
        status = "created"

    problems = _validate(target, data if status == "updated" else machine, registries)
    if problems:
        return Outcome("refused", report, problems, [
            f"{shown}: not updated: the merged sheet would be invalid (see above); "
            "correct the sheet by hand"])
    if current_text is not None and text == current_text:
        status = "unchanged"
    base_text = text[len(SCHEMA_LINE):] if status == "created" \
        else (dump_machine(aligned) or dump_text(to_tree(aligned)))
    if not dry_run:
        if status != "unchanged":
            atomic_write(target, text)
        if status == "created":
            old_base = base_path.read_text(encoding="utf-8") if base_path.is_file() else None
        if old_base != base_text:
            atomic_write(base_path, base_text)
    return Outcome(status, report, article_id=(machine.get("article") or {}).get("id"))


def _validate(path: Path, data, registries) -> list[Problem]:
    """Schema and single-sheet cross checks (errors only) of a round-trip tree."""
    from .check import check_sheet, errors_only
    from .content import Content, LoadedSheet, Registries, validate
    from .models import Sheet
    from .yamlio import Document

    document = Document(path, data)
    sheet, problems = validate(Sheet, document)
    if sheet is None:
        return problems
    content = Content(path.parent, [], registries or Registries(), [])
    return errors_only(check_sheet(LoadedSheet(path, sheet, document), content))


# ---- registries -----------------------------------------------------------------------------


from .extract.identity import registry_entries  # noqa: E402


def _machine_conflict(conflict: dict | None, language: str) -> dict | None:
    if not isinstance(conflict, dict) or not conflict.get("name"):
        return None
    conflict_id = conflict.get("id") or slugify(str(conflict["name"]), 60)
    return {"id": conflict_id, "names": {language: str(conflict["name"])},
            "parties": list(conflict.get("parties") or [])}


def merge_registry(path: Path, base_path: Path, key: str, found: list[dict], lists,
                   model, dry_run: bool) -> Outcome:
    """Add newly found entries to a registry (people.yaml, conflicts.yaml) with the same rules
    as sheets. The machine side is the previous machine output plus what this run found, so a
    partial run never removes anything."""
    from .content import validate
    from .merge import dump_text, merge_tree, to_tree
    from .yamlio import Document, load_document

    shown = display_path(path)
    base = _load_base(base_path)
    fold = lists[key].fold
    machine: dict = {}
    for entry in list((base or {}).get(key) or []) + found:
        if isinstance(entry, dict) and entry.get(lists[key].key) is not None:
            machine[fold(entry[lists[key].key])] = entry
    theirs = {key: list(machine.values())}
    if path.exists():
        try:
            document = load_document(path)
        except InputError as exc:
            return Outcome("refused", problems=[exc.problem()],
                           notes=[f"{shown}: not updated: fix the problem above"])
        data = document.data
        if data is None:
            data = to_tree({key: []})
        if not isinstance(data, dict):
            return Outcome("refused", problems=[Problem(shown, 1, 1, f"the file must be a mapping "
                                                        f"with a '{key}:' list")])
        current_text = path.read_text(encoding="utf-8-sig").replace("\r\n", "\n")
        report, aligned = merge_tree(shown, data, base, theirs, lists)
    else:
        current_text = None
        data = to_tree({key: []})
        report, aligned = merge_tree(shown, data, None, theirs, lists)
        report.created = bool(data[key])
    text = dump_text(data)
    _, problems = validate(model, Document(path, load_document(path, text).data))
    if problems:
        return Outcome("refused", report, problems,
                       [f"{shown}: not updated: the merged registry would be invalid (see above)"])
    if current_text is not None and text == current_text or (current_text is None
                                                            and not data[key]):
        return Outcome("unchanged", report)
    if not dry_run:
        atomic_write(path, text)
        atomic_write(base_path, dump_text(to_tree(aligned)))
    return Outcome("created" if current_text is None else "updated", report)


# ---- the command ----------------------------------------------------------------------------


def _extract_all(files: list[Path], content_dir: Path, jobs: int, executor: str,
                 scheduler: str | None, progress: bool) -> Iterator[ArticleResult]:
    bar = None
    if progress and len(files) > 20 and sys.stderr.isatty():
        from tqdm import tqdm
        bar = tqdm(total=len(files), unit="article", file=sys.stderr)
    try:
        try:
            from .parallel import extract_articles
        except ImportError:  # pragma: no cover
            extract_articles = None
        if extract_articles is not None and (jobs != 1 or executor != "local") and len(files) > 1:
            yield from extract_articles(files, content_dir, jobs, executor, scheduler,
                                        on_result=bar.update if bar is not None else None)
        else:
            for path in files:
                yield extract_one(path, content_dir)
                if bar is not None:
                    bar.update()
    finally:
        if bar is not None:
            bar.close()


def run_extract(paths: list[Path], content_dir: Path, out_dir: Path | None = None,
                dry_run: bool = False, jobs: int = 0, executor: str = "local",
                scheduler: str | None = None, force: bool = False, strict: bool = False,
                progress: bool = True) -> int:
    content_dir = Path(content_dir)
    sheets_dir = Path(out_dir) if out_dir else content_dir / "sheets"
    # (a run into another folder, `--out`, writes nothing under content/: it locks only its own folder, so
    # evaluations into separate folders run side by side)
    lock_dir = sheets_dir if out_dir or not content_dir.is_dir() else content_dir
    if dry_run:
        return _run(paths, content_dir, sheets_dir, out_dir, dry_run, jobs, executor, scheduler,
                    force, strict, progress)
    from filelock import FileLock, Timeout

    lock_dir.mkdir(parents=True, exist_ok=True)
    lock_path = lock_dir / LOCK_NAME
    lock = FileLock(str(lock_path), timeout=0)
    try:
        lock.acquire()
    except Timeout:
        click.echo(f"factsheet: another 'factsheet extract' is running on {display_path(lock_dir)} "
                   f"(it holds {display_path(lock_path)}); wait for it to finish and run again",
                   err=True)
        return 1
    try:
        return _run(paths, content_dir, sheets_dir, out_dir, dry_run, jobs, executor, scheduler,
                    force, strict, progress)
    finally:
        lock.release()


def _run(paths, content_dir: Path, sheets_dir: Path, out_dir, dry_run: bool, jobs: int,
         executor: str, scheduler, force: bool, strict: bool, progress: bool) -> int:
    from .merge import CONFLICT_LISTS, PEOPLE_LISTS
    from .models import Conflicts, People

    registries, problems = load_registries(content_dir) if content_dir.is_dir() else (None, [])
    # (extract_one in this process uses the registries just read, not those of an earlier run in the
    # process, which may have changed them; other processes read their own)
    _REGISTRY_CACHE.pop(content_dir.resolve(), None)
    if registries is not None:
        _REGISTRY_CACHE[content_dir.resolve()] = registries
    for problem in problems:
        click.echo(str(problem), err=True)
    if any(p.severity == "error" for p in problems):
        click.echo("Fix the registries above first: extraction reads them.", err=True)
        return 1
    machine_root = (Path(out_dir) / MACHINE_DIR) if out_dir else content_dir / MACHINE_DIR
    machine_sheets = machine_root if out_dir else machine_root / "sheets"
    files, skipped = list_articles(paths)
    if not dry_run:
        sheets_dir.mkdir(parents=True, exist_ok=True)
        for folder in {sheets_dir, machine_sheets, machine_root, content_dir}:
            clean_stray_temporaries(folder)

    state = None
    todo = files
    unchanged: dict = {}
    if not out_dir and not dry_run:
        try:
            from .incremental import ExtractState
        except ImportError:  # pragma: no cover
            ExtractState = None
        if ExtractState is not None:
            state = ExtractState.load(content_dir, sheets_dir)
            todo, unchanged = state.plan(files, force)

    index = SheetIndex(sheets_dir)
    stats: Counter = Counter()
    speakers: set[str] = set()
    countries: set[str] = set()
    refused: list[str] = []
    kept_total = 0
    people: list[dict] = []
    conflicts: list[dict] = []
    for result in _extract_all(todo, content_dir, jobs, executor, scheduler, progress):
        if result.problem is not None:
            skipped.append(result.problem)
            if state is not None:
                state.forget(result.path)
            continue
        sheet = result.sheet
        slug = sheet["article"]["id"]
        target = index.target(Path(result.path), slug)
        sheet["article"]["id"] = target.stem
        outcome = merge_sheet(target, sheet, machine_sheets / target.name, registries, dry_run)
        kept_total += _echo_outcome(outcome)
        if dry_run and outcome.report is not None and outcome.status != "refused":
            _show_dry_run(outcome)
        if outcome.status == "refused":
            refused.append(display_path(target))
            continue
        stats[outcome.status] += 1
        stats["articles"] += 1
        stats["quotes"] += len(sheet.get("quotes", []))
        speakers.update(q["speaker"] for q in sheet.get("quotes", []))
        countries.update(q["country"] for q in sheet.get("quotes", []) if q.get("country"))
        countries.update(s["country"] for s in sheet.get("stances", []))
        if state is not None:
            state.record(result.path, target.stem)
        people += [p for p in result.people if isinstance(p, dict) and p.get("name")]
        conflict = _machine_conflict(result.conflict, sheet["article"].get("language") or "id")
        if conflict is not None:
            conflicts.append(conflict)

    if not out_dir and content_dir.is_dir():
        for name, key, found, lists, model in (
                ("people.yaml", "people", _people(people), PEOPLE_LISTS, People),
                ("conflicts.yaml", "conflicts", registry_entries(conflicts), CONFLICT_LISTS,
                 Conflicts)):
            if not found and not (content_dir / MACHINE_DIR / name).exists():
                continue
            outcome = merge_registry(content_dir / name, content_dir / MACHINE_DIR / name, key,
                                     found, lists, model, dry_run)
            _echo_outcome(outcome)
            if dry_run and outcome.report is not None and outcome.status in ("created", "updated"):
                _show_dry_run(outcome)
            if outcome.status == "refused":
                refused.append(display_path(content_dir / name))
    if state is not None and not dry_run:
        state.save()

    for problem in skipped:
        click.echo(f"skipped: {problem}", err=True)
    click.echo(
        f"{'dry run, nothing written: ' if dry_run else ''}{stats['articles']} article(s) extracted{', ' + str(len(unchanged)) + ' unchanged (skipped)' if unchanged else ''}: "
        f"{stats['created']} new sheet(s), {stats['updated']} updated, {stats['unchanged']} "
        "already up to date; "
        f"{stats['quotes']} quote(s), {len(speakers)} speaker(s), {len(countries)} countr(y/ies); "
        f"{kept_total} of your edits kept over new machine values; "
        f"{len(skipped)} file(s) skipped, {len(refused)} file(s) not updated",
        err=True)
    problems_found = bool(skipped or refused)
    if strict and problems_found:
        return 1
    if problems_found and not stats["articles"] and not unchanged:
        return 1  # nothing could be done
    return 0


def _people(found: list[dict]) -> list[dict]:
    out: dict[str, dict] = {}
    for person in found:
        key = str(person["name"]).casefold()
        if key not in out:
            entry = {"name": person["name"]}
            if person.get("aliases"):
                entry["aliases"] = list(person["aliases"])
            for field_name in ("role", "country"):
                if person.get(field_name):
                    entry[field_name] = person[field_name]
            if person.get("type") and person["type"] != "person":
                entry["type"] = person["type"]
            out[key] = entry
    return list(out.values())


def _echo_outcome(outcome: Outcome) -> int:
    """Print a merge's problems, notes and kept hand edits on stderr; the number of edits kept."""
    for problem in outcome.problems:
        click.echo(str(problem), err=True)
    for note in outcome.notes:
        click.echo(note, err=True)
    kept = outcome.report.kept if outcome.report is not None else []
    for edit in kept:
        click.echo(str(edit), err=True)
    return len(kept)


def _show_dry_run(outcome: Outcome) -> None:
    report = outcome.report
    if outcome.status == "unchanged" and not report.kept:
        click.echo(f"{report.path}: no change")
        return
    click.echo(report.summary())
    for line in report.details():
        click.echo(line)
