"""Language packs: the per-language cues of the extractor, read from data files.

`generator/lang/<code>.yaml` is the pack of a language; any `generator/lang/<code>.<part>.yaml`
(e.g. `id.stances.yaml`) is merged into it: lists are concatenated (duplicates dropped), mappings
merged key by key, scalars of the later file win. Adding a language is adding a file.

`FACTSHEET_LANG_DIR` (a folder, or several separated by os.pathsep) adds packs on top: its
`<code>.yaml` and `<code>.<part>.yaml` files are merged into the bundled pack the same way, so a
local `id.local.yaml` with `cue_verbs: [gumam]` teaches the extractor one more speech verb. A
`<code>.yaml` there for a language with no bundled pack is a new language.
"""
from __future__ import annotations

import os
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Any

LANG_DIR = Path(__file__).resolve().parents[1] / "lang"
DEFAULT_LANGUAGE = "id"
_CODE = re.compile(r"^([a-z]{2,3})\.yaml$")
_PART = re.compile(r"^([a-z]{2,3})\.([A-Za-z0-9_-]+)\.yaml$")
_WORD = re.compile(r"[^\W\d_]+")


class LanguagePack(dict):
    """A merged language pack: a dict with a few typed accessors."""

    @property
    def code(self) -> str:
        return self["language"]

    def words(self, key: str) -> list[str]:
        value = self.get(key) or []
        return [str(v) for v in value if v is not None and str(v).strip()]


def load_yaml_file(path: Path) -> Any:
    """YAML 1.2 (a key like NO stays the string "NO"): libyaml with 1.2 typing when the file is
    ordinary, else the careful round-trip reader (which also gives the error messages)."""
    from ..fastyaml import fast_parse
    from ..yamlio import load_plain

    text = path.read_text(encoding="utf-8")
    try:
        return fast_parse(text)
    except Exception:  # noqa: BLE001 - anything unusual: the round-trip reader decides
        return load_plain(text, path)


def _merge(base: Any, extra: Any) -> Any:
    if isinstance(base, dict) and isinstance(extra, dict):
        out = dict(base)
        for key, value in extra.items():
            out[key] = _merge(out[key], value) if key in out else value
        return out
    if isinstance(base, list) and isinstance(extra, list):
        seen = {repr(v) for v in base}
        return base + [v for v in extra if repr(v) not in seen]
    return extra


def extra_dirs() -> list[Path]:
    value = os.environ.get("FACTSHEET_LANG_DIR", "")
    return [Path(p) for p in value.split(os.pathsep) if p and Path(p).is_dir()]


def available_languages() -> list[str]:
    """Bundled packs plus whole new packs in FACTSHEET_LANG_DIR (a `<code>.yaml` there whose
    code has no bundled pack is a new language)."""
    folders = [LANG_DIR] + extra_dirs()
    return sorted({m.group(1) for folder in folders for p in folder.iterdir() if (m := _CODE.match(p.name))})


@lru_cache(maxsize=None)
def load_pack(code: str) -> LanguagePack:
    """The merged pack of a language; unknown languages fall back to English, then the default."""
    main = LANG_DIR / f"{code}.yaml"
    if not main.is_file():
        # a new language shipped as data only, outside the package
        main = next((folder / f"{code}.yaml" for folder in extra_dirs()
                     if (folder / f"{code}.yaml").is_file()), main)
    if not main.is_file():
        fallback = "en" if (LANG_DIR / "en.yaml").is_file() and code != "en" else DEFAULT_LANGUAGE
        if fallback == code:
            raise FileNotFoundError(f"no language pack {main}")
        return load_pack(fallback)
    data: Any = load_yaml_file(main) or {}
    for part in sorted(LANG_DIR.glob(f"{code}.*.yaml")):
        if _PART.match(part.name):
            data = _merge(data, load_yaml_file(part) or {})
    for folder in extra_dirs():
        # (a new language's own pack was read above as `main`; its parts are merged here)
        extras = [] if folder / f"{code}.yaml" == main else sorted(folder.glob(f"{code}.yaml"))
        for extra in extras + sorted(folder.glob(f"{code}.*.yaml")):
            if _CODE.match(extra.name) or _PART.match(extra.name):
                data = _merge(data, load_yaml_file(extra) or {})
    data.setdefault("language", code)
    return LanguagePack(data)


@lru_cache(maxsize=None)
def _stopword_sets() -> dict[str, frozenset[str]]:
    return {code: frozenset(w.lower() for w in load_pack(code).words("stopwords"))
            for code in available_languages()}


def detect_language(text: str, default: str = DEFAULT_LANGUAGE) -> str:
    """Offline detection: the language whose stopword list covers most of the text's words."""
    words = _WORD.findall(text[:5000])
    if not words:
        return default
    # (each distinct word is looked up once per language: a text repeats most of its words)
    counts = Counter(w.lower() for w in words)
    best, best_rate = default, 0.0
    for code, stops in _stopword_sets().items():
        rate = sum(n for w, n in counts.items() if w in stops) / len(words)
        if rate > best_rate:
            best, best_rate = code, rate
    return best
