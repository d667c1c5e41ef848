"""Which conflict an article joins, so that articles about the same conflict share one page.

`detect_conflict` joins an article to an entry of `content/conflicts.yaml` when it names the
entry or sets the same parties against each other. A conflict that is not registered yet
still needs an identity that every article about it computes alike, whatever order (or
process, or machine) extracts them in: the set of its parties. Two articles that detect
IL vs PS get the same id, `israel-palestinian-territories`, whatever region or topic each
names, so one run over a dozen articles creates one conflict, not a dozen. An editor who
wants two conflicts with the same parties (or a nicer id) says so in `conflicts.yaml`, which
is consulted first on the next extraction.
"""
from __future__ import annotations

from collections import Counter
from typing import Any

from ..countries import country_name
from ..entities import slugify


def conflict_id(parties: list[str]) -> str:
    """A language-neutral id from the party set: English CLDR names, sorted by code."""
    names = [country_name(code, "en") for code in sorted(set(parties))]
    return slugify("-".join(names), 80)


def with_identity(conflict: dict[str, Any] | None) -> dict[str, Any] | None:
    """Give a detected, unregistered conflict the id of its party set."""
    if not conflict or conflict.get("id") or not conflict.get("parties"):
        return conflict
    return {**conflict, "id": conflict_id(list(conflict["parties"]))}


def registry_entries(found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Collapse the conflicts one run found into one registry entry per id.

    Each entry is `{"id", "names": {lang: name}, "parties"}` as the extractor wrote it. Per id
    and language the name most articles used wins (ties: the first seen, so the result does not
    depend on timing); the parties are those of the first article.
    """
    by_id: dict[str, dict[str, Any]] = {}
    votes: dict[str, dict[str, Counter]] = {}
    for entry in found:
        key = entry["id"]
        if key not in by_id:
            by_id[key] = {"id": key, "names": {}, "parties": list(entry.get("parties") or [])}
            votes[key] = {}
        for lang, name in (entry.get("names") or {}).items():
            votes[key].setdefault(lang, Counter())[name] += 1
    for key, entry in by_id.items():
        for lang, counter in votes[key].items():
            # Counter.most_common keeps first-seen order among equal counts
            entry["names"][lang] = counter.most_common(1)[0][0]
    return list(by_id.values())
