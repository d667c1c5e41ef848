"""Skip articles whose extraction cannot have changed.

An article is re-extracted when its text, the extractor (the code under generator/extract/,
the language packs under generator/lang/, the word lists under generator/data/) or the
registries (content/people.yaml, countries.yaml, conflicts.yaml) changed since the sheet was
written, or when the sheet is gone. The state lives in content/.machine/hashes.json (machine
written, safe to delete: the next run then extracts everything). `--force` ignores it.

    state = ExtractState.load(content_dir, sheets_dir)
    todo, unchanged = state.plan(files, force)        # unchanged: {path: article id}
    ...                                               # extract todo, write sheets
    state.record(path, article_id); state.save()
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .yamlio import atomic_write

STATE_VERSION = 1
PACKAGE = Path(__file__).resolve().parent
REGISTRY_FILES = ("countries.yaml", "people.yaml", "conflicts.yaml")


def state_path(content_dir: Path) -> Path:
    return Path(content_dir) / ".machine" / "hashes.json"


def _hash_files(paths) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.name.encode() + b"\0")
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"<missing>")
        digest.update(b"\0")
    return digest.hexdigest()


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """A hash of everything that decides what the extractor produces."""
    files = sorted([*PACKAGE.glob("extract/*.py"), *PACKAGE.glob("lang/*.yaml"),
                    *PACKAGE.glob("data/*.txt"), PACKAGE / "articles.py"])
    # extra language packs (FACTSHEET_LANG_DIR) change the extractor too
    from .extract.langpack import extra_dirs

    for folder in extra_dirs():
        files += sorted(folder.glob("*.yaml"))
    return _hash_files(files)


def registries_version(content_dir: Path) -> str:
    return _hash_files([Path(content_dir) / name for name in REGISTRY_FILES])


def text_hash(path: Path) -> str | None:
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return None


@dataclass
class ExtractState:
    path: Path
    content_dir: Path
    sheets_dir: Path
    extractor: str
    registries: str
    articles: dict[str, dict] = field(default_factory=dict)  # key -> {"text": hash, "id": id}
    _hashes: dict[str, str] = field(default_factory=dict, repr=False)

    @classmethod
    def load(cls, content_dir: Path, sheets_dir: Path | None = None) -> "ExtractState":
        content_dir = Path(content_dir)
        sheets_dir = Path(sheets_dir) if sheets_dir else content_dir / "sheets"
        state = cls(state_path(content_dir), content_dir, sheets_dir, extractor_version(),
                    registries_version(content_dir))
        try:
            data = json.loads(state.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return state
        if not isinstance(data, dict) or data.get("version") != STATE_VERSION:
            return state
        if (data.get("extractor") == state.extractor and data.get("registries") == state.registries
                and data.get("sheets") == state._sheets_key()):
            articles = data.get("articles")
            if isinstance(articles, dict):
                state.articles = {k: v for k, v in articles.items()
                                  if isinstance(v, dict) and isinstance(v.get("id"), str)}
        return state

    def _sheets_key(self) -> str:
        try:
            return self.sheets_dir.resolve().relative_to(self.content_dir.resolve()).as_posix()
        except ValueError:
            return str(self.sheets_dir.resolve())

    def key(self, path: Path) -> str:
        resolved = Path(path).resolve()
        try:
            return resolved.relative_to(self.content_dir.resolve()).as_posix()
        except ValueError:
            return str(resolved)

    def _text_hash(self, path: Path) -> str | None:
        key = self.key(path)
        if key not in self._hashes:
            found = text_hash(path)
            if found is None:
                return None
            self._hashes[key] = found
        return self._hashes[key]

    def unchanged(self, path: Path) -> str | None:
        """The article id of the sheet still up to date for this article, or None."""
        entry = self.articles.get(self.key(path))
        if entry is None:
            return None
        if not (self.sheets_dir / f"{entry['id']}.yaml").is_file():
            return None
        if self._text_hash(path) != entry.get("text"):
            return None
        return entry["id"]

    def plan(self, files: list[Path], force: bool = False) -> tuple[list[Path], dict[Path, str]]:
        """(articles to extract, {unchanged article: its article id})."""
        if force:
            return list(files), {}
        todo: list[Path] = []
        unchanged: dict[Path, str] = {}
        for path in files:
            article_id = self.unchanged(path)
            if article_id is None:
                todo.append(path)
            else:
                unchanged[path] = article_id
        return todo, unchanged

    def record(self, path: Path, article_id: str) -> None:
        text = self._text_hash(path)
        if text is not None:
            self.articles[self.key(path)] = {"text": text, "id": article_id}

    def forget(self, path: Path) -> None:
        self.articles.pop(self.key(path), None)

    def save(self) -> None:
        # Extraction itself adds the people and conflicts it found to the registries: the
        # state records the registries as this run leaves them, or every run would be the first.
        self.registries = registries_version(self.content_dir)
        data = {"version": STATE_VERSION, "extractor": self.extractor,
                "registries": self.registries, "sheets": self._sheets_key(),
                "articles": dict(sorted(self.articles.items()))}
        atomic_write(self.path, json.dumps(data, indent=0, ensure_ascii=False) + "\n")
