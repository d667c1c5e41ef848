"""Entries of content/conflicts.yaml as `detect_conflict` reads them.

An entry's names and aliases as one regex (`_entry_regex`, also used to tell whether a registry
change touches an article; given the registries, only the names an editor wrote or kept: one the
machine wrote, what one article called its conflict, joins no other article by its name), its name in a language, and what is left when the text names no
conflict of its own (`_registered_only`: a registered conflict named without parties).
"""
from __future__ import annotations

import re
from typing import Any

from .conflict_lexicons import ConflictLexicon
from .phrase_tables import alternation


def _registry_conflicts(registries: Any) -> list:
    if registries is None:
        return []
    if isinstance(registries, (list, tuple)):
        return list(registries)
    return list(getattr(registries, "conflicts", None) or [])


def _entry(entry: Any, key: str, default: Any = None) -> Any:
    if isinstance(entry, dict):
        return entry.get(key, default)
    return getattr(entry, key, default)


_ENTRY_RE: dict[tuple, re.Pattern | None] = {}


def _entry_regex(entry: Any, registries: Any = None) -> re.Pattern | None:
    """The entry's names and aliases as one regex; with `registries` (Registries), only those by
    which an article naming one joins the entry (`Registries.conflict_names`: not the names the
    machine wrote)."""
    if registries is not None and hasattr(registries, "conflict_names") and not isinstance(entry, dict):
        names = registries.conflict_names(entry)
    else:
        names = list((_entry(entry, "names") or {}).values()) + list(_entry(entry, "aliases") or [])
    key = tuple(sorted(set(names)))
    if not key:
        return None
    if key not in _ENTRY_RE:
        _ENTRY_RE[key] = alternation(names)
    return _ENTRY_RE[key]


def _entry_name(entry: Any, lang: str) -> str:
    names = _entry(entry, "names") or {}
    return names.get(lang) or names.get("en") or next(iter(names.values()), None) \
        or str(_entry(entry, "id"))


def _registered_only(entry: Any, lex: ConflictLexicon) -> dict | None:
    """A registered conflict named in the text without parties, or None."""
    if entry is not None:
        return {"id": _entry(entry, "id"), "name": _entry_name(entry, lex.lang), "parties": []}
    return None
