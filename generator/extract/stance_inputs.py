"""Reading the extractor's interfaces loosely, and the lexicons of stances and conflicts.

Sentences, mentions and quotes may come as objects, tuples or dicts (`span_of`, `mention_code`); a
language pack as a pack, a dict or a bare language code (`pack_language`). `lexicon_data` decides where
the `stance_lexicon` / `conflict_lexicon` section comes from: the pack, else
generator/lang/<lang>.stances.yaml.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from .langpack import load_yaml_file


LANG_DIR = Path(__file__).resolve().parents[1] / "lang"


def span_of(item: Any) -> tuple[int, int]:
    """(start, end) of a Sentence, Mention, pair or dict."""
    if isinstance(item, dict):
        if "start" in item:
            return int(item["start"]), int(item["end"])
        value = item.get("span")
        return int(value[0]), int(value[1])
    if hasattr(item, "start") and not callable(getattr(item, "start")):
        return int(item.start), int(item.end)
    return int(item[0]), int(item[1])


def mention_code(item: Any) -> str:
    if isinstance(item, dict):
        return item["code"]
    if hasattr(item, "code"):
        return item.code
    return item[0]


def pack_language(pack: Any) -> str:
    if pack is None:
        return "en"
    if isinstance(pack, str):
        return pack
    for key in ("language", "lang", "code"):
        value = pack.get(key) if isinstance(pack, dict) else getattr(pack, key, None)
        if isinstance(value, str) and value:
            return value
    return "en"


def _pack_section(pack: Any, key: str) -> dict | None:
    if pack is None or isinstance(pack, str):
        return None
    if isinstance(pack, dict):
        value = pack.get(key)
    else:
        value = getattr(pack, key, None)
        if value is None:
            data = getattr(pack, "data", None)
            if isinstance(data, dict):
                value = data.get(key)
            elif hasattr(pack, "get"):
                try:
                    value = pack.get(key)
                except Exception:  # noqa: BLE001 - a pack we do not know: fall back to files
                    value = None
    return value if isinstance(value, dict) else None


_FILES: dict[str, dict] = {}


def _file_data(lang: str) -> dict:
    if lang not in _FILES:
        path = LANG_DIR / f"{lang}.stances.yaml"
        if not path.exists():
            path = LANG_DIR / "en.stances.yaml"
        # (the pack's own reader: YAML 1.2, so a word like `on` or `no` stays a word)
        _FILES[lang] = load_yaml_file(path) or {}
    return _FILES[lang]


def compiled_lexicon(pack: Any, key: str, cache: dict, build: Callable[[str, dict], Any]) -> Any:
    """The lexicon `build(language, section)` compiles from the `key` section of a pack, compiled once per section
    (`cache`: (language, id of the section) -> (section, lexicon); a section the loader replaces is
    compiled again)."""
    lang, data = lexicon_data(pack, key)
    cached = cache.get((lang, id(data)))
    if cached is not None and cached[0] is data:
        return cached[1]
    lexicon = build(lang, data)
    cache[(lang, id(data))] = (data, lexicon)
    return lexicon


def lexicon_data(pack: Any, key: str) -> tuple[str, dict]:
    """The `key` section (stance_lexicon / conflict_lexicon) of a language pack.

    The pack loader merges generator/lang/<lang>.*.yaml into the pack, so the section is
    normally there; a pack without it (or a bare language code) reads the file directly."""
    lang = pack_language(pack)
    section = _pack_section(pack, key)
    if section is None:
        section = _file_data(lang).get(key) or {}
    return lang, section
