"""`factsheet extract`: read articles, extract each one, merge the result into its sheet.

Flow: list article files -> skip those whose extraction cannot have changed
(`incremental`) -> extract each (`extract_one` is pure and picklable; `parallel` runs it in
this process, on local cores or on Dask) -> stable ids -> three-way merge with the sheet on
disk (`merge`: hand edits are never lost) -> validate -> atomic write -> registries
(newly found people and conflicts, merged the same way) -> again, the articles whose reading
those additions change, until none does (so the next run changes nothing) -> summary.

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
from .content import load_registries, recording_lookups
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
    # what the extraction read in people.yaml: each name asked about -> what it found there
    # (Registries.person_signature), so the run knows which sheets a grown registry can change
    consulted: dict[str, str | None] = field(default_factory=dict)


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
        with recording_lookups() as consulted:
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
    return ArticleResult(path, assign_stable_ids(result.sheet), result.people, result.conflict,
                         consulted={name: registries.person_signature(name) for name in consulted})


def _check_size(path: Path) -> None:
    try:
        size = Path(path).stat().st_size
    except OSError:
        return  # read_article reports it
    if size > MAX_EXTRACT_BYTES:
        raise InputError(path, 1, 1, f"the file is {size / 2**20:.0f} MiB; extraction takes "
                         f"articles up to {MAX_EXTRACT_BYTES // 2**20} MiB",
                         "split it into several article files or remove it")


_REGISTRY_CACHE: dict[tuple, object] = {}
REGISTRY_FILES = ("people.yaml", "countries.yaml", "conflicts.yaml", f"{MACHINE_DIR}/people.yaml",
                  f"{MACHINE_DIR}/conflicts.yaml")


def _registry_key(content_dir: Path) -> tuple:
    """The content folder and the state of its registry files: a run that adds people between
    two passes, or a later run sent to the same long-lived workers (a Dask cluster), is read
    afresh, never from a stale copy."""
    root = Path(content_dir).resolve()
    stamps = []
    for name in REGISTRY_FILES:
        try:
            stat = (root / name).stat()
            stamps.append((stat.st_mtime_ns, stat.st_size, stat.st_ino))
        except OSError:
            stamps.append(None)
    return (root, tuple(stamps))


def _registries(content_dir: Path):
    """The content folder's registries (with the machine's last people.yaml, so the extractor
    tells an editor's value, which wins, from its own, a default), read once per process and
    state of the files: a run writes the registries only between its passes."""
    key = _registry_key(content_dir)
    if key not in _REGISTRY_CACHE:
        _REGISTRY_CACHE.clear()  # (an older state of the files is never asked for again)
        _REGISTRY_CACHE[key] = load_registries(key[0])[0]
    return _REGISTRY_CACHE[key]


def _remember_registries(content_dir: Path, registries) -> None:
    """Seed the cache with registries this process has just read, for extraction in this process."""
    _REGISTRY_CACHE.clear()
    if registries is not None:
        _REGISTRY_CACHE[_registry_key(content_dir)] = registries


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
        # The sheet as it stands is checked on its own (schema and the sheet's own cross
        # checks), not against people.yaml: an editor's correction there must reach a sheet that
        # still holds the machine's old value, and the merged sheet is checked against it below.
        problems = _validate(target, data, None)
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


def machine_entries(base_path: Path, key: str) -> list:
    """The entries of a registry's last machine output (its base), as a run starts."""
    return list((_load_base(base_path) or {}).get(key) or [])


def merge_registry(path: Path, base_path: Path, key: str, found: list[dict], lists,
                   model, dry_run: bool, prior: list | None = None) -> Outcome:
    """Add newly found entries to a registry (people.yaml, conflicts.yaml) with the same rules
    as sheets. The machine side is the previous machine output plus what this run found, so a
    partial run never removes anything. `prior`: the machine output as the run started (a run
    that writes the registry after each of its passes adds what all its articles found, as they
    last read, to that, not to its own first pass's output)."""
    from .content import validate
    from .merge import dump_text, merge_tree, to_tree
    from .yamlio import Document, load_document

    shown = display_path(path)
    base = _load_base(base_path)
    fold = lists[key].fold
    machine: dict = {}
    for entry in (list((base or {}).get(key) or []) if prior is None else list(prior)) + found:
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


# A run that adds people or conflicts to the registries extracts again the articles whose reading
# the additions change (a surname read bare in one article, given its role and state by another's
# full reading), until the registries it leaves are the ones its sheets were read with: the next
# run, reading them, then finds nothing to change. A corpus settles in two or three passes; a run
# stops after this many even if it has not (the next run goes on from there).
MAX_PASSES = 5


@dataclass
class _Extracted:
    """What a run keeps of one article it extracted: its sheet's summary, what it adds to the
    registries and what it read in them (of its last pass)."""

    status: str
    quotes: int
    speakers: set[str]
    countries: set[str]
    people: list[dict]
    conflict: dict | None  # the registry entry of its conflict (_machine_conflict)
    has_conflict: bool
    consulted: dict[str, str | None]
    conflicts_read: int  # which version of conflicts.yaml it was extracted with (_run's list)


def _run(paths, content_dir: Path, sheets_dir: Path, out_dir, dry_run: bool, jobs: int,
         executor: str, scheduler, force: bool, strict: bool, progress: bool) -> int:
    registries, problems = load_registries(content_dir) if content_dir.is_dir() else (None, [])
    # (extract_one in this process uses the registries just read, not those of an earlier run in the
    # process, which may have changed them; other processes read their own)
    _remember_registries(content_dir, registries)
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
    done: dict[Path, _Extracted] = {}
    refused: dict[str, None] = {}  # (in order, once each however many passes refuse it)
    shown: set[str] = set()  # the messages printed, so a later pass does not print them again
    conflicts_read = [_conflict_entries(registries)]

    def extract_pass(articles: list[Path]) -> None:
        for result in _extract_all(articles, content_dir, jobs, executor, scheduler, progress):
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
            _echo_outcome(outcome, shown)
            if dry_run and outcome.report is not None and outcome.status != "refused":
                _show_dry_run(outcome)
            if outcome.status == "refused":
                refused[display_path(target)] = None
                continue
            quotes = sheet.get("quotes", [])
            earlier = done.get(result.path)
            done[result.path] = _Extracted(
                _overall_status(earlier.status, outcome.status) if earlier else outcome.status,
                len(quotes), {q["speaker"] for q in quotes},
                {q["country"] for q in quotes if q.get("country")}
                | {s["country"] for s in sheet.get("stances", [])},
                [p for p in result.people if isinstance(p, dict) and p.get("name")],
                _machine_conflict(result.conflict, sheet["article"].get("language") or "id"),
                bool(result.conflict), result.consulted, len(conflicts_read) - 1)
            if state is not None:
                state.record(result.path, target.stem)

    extract_pass(todo)
    if not out_dir and content_dir.is_dir():
        prior = None if dry_run else {name: machine_entries(content_dir / MACHINE_DIR / name, key)
                                      for name, key in (("people.yaml", "people"),
                                                        ("conflicts.yaml", "conflicts"))}
        passes = 1
        while _write_registries(content_dir, [done[p] for p in todo if p in done], prior, dry_run,
                                refused, shown) and not dry_run:
            registries = load_registries(content_dir)[0]
            _remember_registries(content_dir, registries)
            conflicts_read.append(_conflict_entries(registries))
            again = [p for p in todo if p in done
                     and _reads_otherwise(p, done[p], registries, conflicts_read)]
            if not again:
                break
            if passes == MAX_PASSES:
                click.echo(f"factsheet: {len(again)} sheet(s) would still change with the people and "
                           "conflicts this run added; run 'factsheet extract --force' again", err=True)
                break
            passes += 1
            extract_pass(again)
    if state is not None and not dry_run:
        state.save()

    stats = Counter(d.status for d in done.values())
    for problem in skipped:
        click.echo(f"skipped: {problem}", err=True)
    click.echo(
        f"{'dry run, nothing written: ' if dry_run else ''}{len(done)} article(s) extracted{', ' + str(len(unchanged)) + ' unchanged (skipped)' if unchanged else ''}: "
        f"{stats['created']} new sheet(s), {stats['updated']} updated, {stats['unchanged']} "
        "already up to date; "
        f"{sum(d.quotes for d in done.values())} quote(s), "
        f"{len(set().union(*(d.speakers for d in done.values())))} speaker(s), "
        f"{len(set().union(*(d.countries for d in done.values())))} countr(y/ies); "
        f"{sum(1 for line in shown if line.startswith(_KEPT))} of your edits kept over new machine "
        f"values; {len(skipped)} file(s) skipped, {len(refused)} file(s) not updated",
        err=True)
    problems_found = bool(skipped or refused)
    if strict and problems_found:
        return 1
    if problems_found and not done and not unchanged:
        return 1  # nothing could be done
    return 0


def _overall_status(first: str, later: str) -> str:
    """A sheet's status over a run's passes: created by the first, else updated by any."""
    if first == "created":
        return first
    return "updated" if "updated" in (first, later) else "unchanged"


def _write_registries(content_dir: Path, extracted: list[_Extracted], prior: dict | None,
                      dry_run: bool, refused: dict, shown: set[str]) -> bool:
    """Add the people and conflicts the run's articles gave (as each last read) to people.yaml
    and conflicts.yaml; whether either changed."""
    from .merge import CONFLICT_LISTS, PEOPLE_LISTS
    from .models import Conflicts, People

    people = _people([p for e in extracted for p in e.people])
    conflicts = registry_entries([e.conflict for e in extracted if e.conflict is not None])
    changed = False
    for name, key, found, lists, model in (
            ("people.yaml", "people", people, PEOPLE_LISTS, People),
            ("conflicts.yaml", "conflicts", conflicts, CONFLICT_LISTS, Conflicts)):
        if not found and not (content_dir / MACHINE_DIR / name).exists():
            continue
        outcome = merge_registry(content_dir / name, content_dir / MACHINE_DIR / name, key,
                                 found, lists, model, dry_run, prior and prior[name])
        _echo_outcome(outcome, shown)
        if dry_run and outcome.report is not None and outcome.status in ("created", "updated"):
            _show_dry_run(outcome)
        if outcome.status == "refused":
            refused[display_path(content_dir / name)] = None
        changed |= outcome.status in ("created", "updated")
    return changed


def _conflict_entries(registries) -> dict[str, dict]:
    """conflicts.yaml's entries by id, as the extractor reads them."""
    return {entry.id: entry.model_dump() for entry in getattr(registries, "conflicts", None) or []}


def _reads_otherwise(path: Path, extracted: _Extracted, registries, conflicts_read: list) -> bool:
    """Whether an article extracted earlier in the run could read otherwise with the registries
    as they are now: a name it asked people.yaml about finds something else there, or a conflict
    entry added or changed since could join it (it names the conflict, or has one of its own
    whose parties an entry may share)."""
    if any(registries.person_signature(name) != seen for name, seen in extracted.consulted.items()):
        return True
    then, now = conflicts_read[extracted.conflicts_read], conflicts_read[-1]
    if then == now:
        return False
    if extracted.has_conflict:
        return True
    from .extract.conflicts import _entry_regex

    try:
        body = read_article(path).body
    except InputError:
        return True
    return any((regex := _entry_regex(entry)) is not None and regex.search(body)
               for key, entry in now.items() if then.get(key) != entry)


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


_KEPT = "\0kept "  # (the mark of a kept edit among the messages _echo_outcome has shown)


def _echo_outcome(outcome: Outcome, shown: set[str]) -> None:
    """Print a merge's problems, notes and kept hand edits on stderr, each once per run (a later
    pass merges the same sheet again), and add them to `shown`."""
    kept = outcome.report.kept if outcome.report is not None else []
    for line, key in ([(str(p), str(p)) for p in outcome.problems]
                      + [(note, note) for note in outcome.notes]
                      + [(str(edit), _KEPT + str(edit)) for edit in kept]):
        if key not in shown:
            shown.add(key)
            click.echo(line, err=True)


def _show_dry_run(outcome: Outcome) -> None:
    report = outcome.report
    if outcome.status == "unchanged" and not report.kept:
        click.echo(f"{report.path}: no change")
        return
    click.echo(report.summary())
    for line in report.details():
        click.echo(line)
