"""Stage 1 of the site flow: read and validate every sheet and registry in a content folder.

Reading never stops at the first bad file: every problem becomes a `Problem` line and the
good files are still returned, so one broken sheet cannot take the site down with it.
"""
from __future__ import annotations

import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator, TypeVar

from pydantic import BaseModel, ValidationError

from . import countries as country_data
from .errors import InputError, Problem, display_path
from .models import (
    ConflictEntry,
    Conflicts,
    Countries,
    People,
    PersonEntry,
    Sheet,
)
from .yamlio import Document, load_document, to_plain

M = TypeVar("M", bound=BaseModel)


@dataclass
class LoadedSheet:
    path: Path
    sheet: Sheet
    document: Document


PERSON_FIELDS = ("role", "country")
_LOOKUPS = threading.local()


@contextmanager
def recording_lookups() -> Iterator[set[str]]:
    """The names asked about in people.yaml (`Registries.person`) by this thread while the block
    runs: what one article's reading depends on there (extract_command extracts it again when
    one of them reads otherwise after the run has added people)."""
    names: set[str] = set()
    previous, _LOOKUPS.names = getattr(_LOOKUPS, "names", None), names
    try:
        yield names
    finally:
        _LOOKUPS.names = previous


@dataclass
class Registries:
    """The registries beside the sheets: consulted first by the extractor.

    `factsheet extract` itself lists in people.yaml every speaker it finds, with the role and
    country it read; an editor corrects them there. `machine_people` (casefolded name ->
    {field: value}) is the machine's last output for people.yaml (content/.machine/people.yaml),
    so that `person_fields` can tell the two apart: a value equal to the machine's is the
    machine's (a default: the extractor uses it only when an article says nothing), any other
    is the editor's (it wins). Empty (no .machine/, a hand-made people.yaml): every value is the
    editor's."""

    people: list[PersonEntry] = field(default_factory=list)
    countries: Countries = field(default_factory=Countries)
    conflicts: list[ConflictEntry] = field(default_factory=list)
    documents: dict[str, Document] = field(default_factory=dict)
    machine_people: dict[str, dict] = field(default_factory=dict)
    # the machine's last conflicts.yaml (content/.machine/conflicts.yaml), casefolded id -> its names
    # and aliases (casefolded) and parties: `conflict_names` tells the editor's names from its own
    machine_conflicts: dict[str, dict] = field(default_factory=dict)

    def person(self, name: str) -> PersonEntry | None:
        asked = getattr(_LOOKUPS, "names", None)
        if asked is not None:
            asked.add(name)
        return self._by_name().get(name.casefold())

    def _by_name(self) -> dict[str, PersonEntry]:
        """Each casefolded name and other name -> the first entry giving it (as a walk down the
        list finds it), built once per list: a run asks about every name of every article."""
        def build() -> dict[str, PersonEntry]:
            index: dict[str, PersonEntry] = {}
            for person in self.people:
                for name in (person.name, *person.aliases):
                    index.setdefault(name.casefold(), person)
            return index
        return self._per_list("_index", build)

    def _per_list(self, slot: str, build):
        """An index of the people list kept in `slot`, built again only when the list is another
        or has grown (an extraction adds people as it goes)."""
        key = (id(self.people), len(self.people))
        kept = getattr(self, slot, None)
        if kept is None or kept[0] != key:
            kept = (key, build())
            setattr(self, slot, kept)
        return kept[1]

    def person_signature(self, name: str) -> str | None:
        """All the extractor can learn about `name` from people.yaml (the entry it finds, the
        machine's last values of that entry, which tell defaults from the editor's values, and the
        other entries that bear the name as a word of theirs: see `bearers`), as one comparable
        value; None when no entry has the name."""
        entry = self._by_name().get(name.casefold())
        if entry is None:
            return None
        return repr((entry.model_dump(), self.machine_people.get(entry.name.casefold()),
                     [(e.name, e.aliases) for e in self.bearers(name)]))

    def bearers(self, word: str) -> list[PersonEntry]:
        """The entries one of whose names (the name or an other name) holds the one word `word`
        as a word of its own ('Dewi': 'Eniya Listiani Dewi', 'Dewi Perssik', 'Diana Dewi'), in list
        order, each once: a word the list gives to many people names none of them in particular
        (registry_joins). Built once per list, like `_by_name`."""
        def build() -> dict[str, list[PersonEntry]]:
            index: dict[str, list[PersonEntry]] = {}
            for person in self.people:
                for w in {t.casefold() for name in (person.name, *person.aliases) for t in name.split()}:
                    index.setdefault(w, []).append(person)
            return index
        return list(self._per_list("_words", build).get(word.casefold(), ())) if " " not in word.strip() else []

    def alias_by_machine(self, entry: PersonEntry, name: str) -> bool:
        """Whether `name` is one of the entry's other names that the machine wrote (an editor's
        alias, or the entry's own name, is not)."""
        base = self.machine_people.get(entry.name.casefold())
        return base is not None and name.casefold() in base.get("aliases", ())

    def conflict_names(self, entry: ConflictEntry) -> list[str]:
        """The names and aliases of a conflicts.yaml entry by which an article naming one joins it:
        all of an editor's entry (one the machine never wrote, or whose parties the editor changed or
        marked reviewed), only the names the editor added to one the machine wrote. A name the
        machine wrote is what one article called its conflict (`Syria`, a state's own name, for a
        one-sided war): another article naming it is not about that conflict for that (it joins the
        entry when it finds the same parties)."""
        names = list(entry.names.values()) + list(entry.aliases)
        base = self.machine_conflicts.get(entry.id.casefold())
        if base is None or entry.reviewed or tuple(entry.parties) != base["parties"]:
            return names
        return [name for name in names if name.casefold() not in base["names"]]

    def person_fields(self, entry: PersonEntry) -> tuple[dict[str, str | None], dict[str, str]]:
        """(hand, machine): the entry's role and country the editor wrote (None: a value the
        machine gave that the editor deleted, or the country of an editor's own entry that gives
        a role only), and those the machine wrote and nobody changed."""
        base = self.machine_people.get(entry.name.casefold())
        hand: dict[str, str | None] = {}
        machine: dict[str, str] = {}
        if base is None:
            # a person the machine never wrote: the editor's entry says all (a role with no
            # country: no state), or, with neither, only the names
            values = {name: getattr(entry, name) for name in PERSON_FIELDS}
            return (values if any(v is not None for v in values.values()) else {}), {}
        for name in PERSON_FIELDS:
            value, was = getattr(entry, name), base.get(name)
            if value is not None and value == was:
                machine[name] = value
            elif value is not None or was is not None:
                hand[name] = value
        return hand, machine


def _machine_entries(root: Path, file: str, key: str) -> list[dict]:
    """The entries (mappings) under `key` of the machine's last copy of a registry
    (content/.machine/FILE, the merge base `factsheet extract` keeps); none when there is no such
    file or it cannot be read (every value is then the editor's)."""
    from .yamlio import load_machine_plain, read_text

    path = Path(root) / ".machine" / file
    try:
        data = load_machine_plain(read_text(path), path) if path.is_file() else None
    except (InputError, OSError):
        data = None
    entries = data.get(key) or [] if isinstance(data, dict) else []
    return [entry for entry in entries if isinstance(entry, dict)]


def machine_people(root: Path) -> dict[str, dict]:
    """The role, country and aliases (casefolded) of each person in the machine's last people.yaml,
    by casefolded name."""
    out: dict[str, dict] = {}
    for entry in _machine_entries(root, "people.yaml", "people"):
        if entry.get("name") is not None:
            values = {name: str(entry[name]) for name in PERSON_FIELDS if entry.get(name) is not None}
            values["aliases"] = tuple(str(a).casefold() for a in entry.get("aliases") or [])
            out[str(entry["name"]).casefold()] = values
    return out


def machine_conflicts(root: Path) -> dict[str, dict]:
    """The names and aliases (casefolded) and parties of each entry of the machine's last
    conflicts.yaml, by casefolded id."""
    out: dict[str, dict] = {}
    for entry in _machine_entries(root, "conflicts.yaml", "conflicts"):
        if entry.get("id") is not None:
            names = entry.get("names") if isinstance(entry.get("names"), dict) else {}
            out[str(entry["id"]).casefold()] = {
                "names": {str(n).casefold() for n in [*names.values(), *(entry.get("aliases") or [])]},
                "parties": tuple(str(c) for c in entry.get("parties") or [])}
    return out


@dataclass
class Content:
    root: Path
    sheets: list[LoadedSheet]
    registries: Registries
    problems: list[Problem]

    @property
    def articles_dir(self) -> Path:
        return self.root / "articles"

    @property
    def sheets_dir(self) -> Path:
        return self.root / "sheets"


def validate(model: type[M], document: Document) -> tuple[M | None, list[Problem]]:
    """Validate a loaded document against a model; problems carry the line of the bad value."""
    try:
        plain = to_plain(document.data, document.path)
    except InputError as exc:
        return None, [exc.problem()]
    if plain is None:
        plain = {}
    if not isinstance(plain, dict):
        return None, [Problem(display_path(document.path), 1, 1,
                              "the file must be a mapping of keys to values",
                              hint="see schema/sheet.schema.json")]
    try:
        return model.model_validate(plain), []
    except ValidationError as exc:
        return None, [_problem(document, error) for error in exc.errors()]


def _problem(document: Document, error: dict[str, Any]) -> Problem:
    loc = tuple(error["loc"])
    line, col = document.position(loc)
    where = format_loc(loc)
    message = error["msg"]
    if message.startswith("Value error, "):
        message = message[len("Value error, "):]
    value = error.get("input")
    hint = ""
    kind = error["type"]
    if kind == "literal_error":
        expected = error.get("ctx", {}).get("expected", "").replace("'", "")
        expected = expected.replace(" or ", ", ")
        message = f"{value!r} is not one of {expected}"
    elif kind == "extra_forbidden":
        message = f"unknown field {loc[-1]!r}"
        hint = "check the spelling; see schema/sheet.schema.json for the fields"
        where = format_loc(loc[:-1])
    elif kind == "missing":
        message = f"missing required field {loc[-1]!r}"
        where = format_loc(loc[:-1])
    elif kind == "string_type" and isinstance(value, (int, float, bool)) or (
        kind == "string_type" and value is not None and type(value).__name__ in ("date", "datetime")
    ):
        message = f"{value!r} was read as a {type(value).__name__}, not text"
        hint = "put the value in quotes"
    elif kind == "string_pattern_mismatch":
        message = f"{value!r} does not match {error.get('ctx', {}).get('pattern', '')}"
        if "[a-z0-9]" in message:
            hint = "use lower-case letters, digits and hyphens"
    return Problem(display_path(document.path), line, col, message, where, hint)


def format_loc(loc: tuple) -> str:
    """('stances', 1, 'position') -> 'stances[1].position' (pydantic's union tags dropped)."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif isinstance(part, str) and (part.startswith(("list[", "str", "function-", "constrained"))
                                        or "[" in part):
            continue
        else:
            out += f".{part}" if out else str(part)
    return out


def load_registries(root: Path) -> tuple[Registries, list[Problem]]:
    """content/countries.yaml first (it declares codes the others may use), then the rest."""
    problems: list[Problem] = []
    registries = Registries()

    countries_doc = _load_optional(root / "countries.yaml", problems)
    if countries_doc is not None:
        registries.documents["countries"] = countries_doc
        model, found = validate(Countries, countries_doc)
        problems += found
        if model is not None:
            registries.countries = model
    country_data.declare(
        {code: entry.name for code, entry in registries.countries.countries.items()},
        set(registries.countries.countries) - set(country_data.cldr_codes()),
    )

    people_doc = _load_optional(root / "people.yaml", problems)
    if people_doc is not None:
        registries.documents["people"] = people_doc
        model, found = validate(People, people_doc)
        problems += found
        if model is not None:
            registries.people = model.people
            registries.machine_people = machine_people(root)
            problems += _duplicates(people_doc, "people", [p.name for p in model.people], "name")

    conflicts_doc = _load_optional(root / "conflicts.yaml", problems)
    if conflicts_doc is not None:
        registries.documents["conflicts"] = conflicts_doc
        model, found = validate(Conflicts, conflicts_doc)
        problems += found
        if model is not None:
            registries.conflicts = model.conflicts
            registries.machine_conflicts = machine_conflicts(root)
            problems += _duplicates(conflicts_doc, "conflicts", [c.id for c in model.conflicts], "id")
    return registries, problems


def _duplicates(document: Document, key: str, values: list[str], field_name: str) -> list[Problem]:
    seen: dict[str, int] = {}
    problems = []
    for index, value in enumerate(values):
        folded = value.casefold()
        if folded in seen:
            line, col = document.position((key, index, field_name))
            problems.append(Problem(display_path(document.path), line, col,
                                    f"{value!r} is listed twice (first at {key}[{seen[folded]}])",
                                    f"{key}[{index}].{field_name}", "merge the two entries"))
        else:
            seen[folded] = index
    return problems


def _load_optional(path: Path, problems: list[Problem]) -> Document | None:
    if not path.exists():
        return None
    try:
        return load_document(path)
    except InputError as exc:
        problems.append(exc.problem())
        return None


def load_sheet(path: Path) -> tuple[LoadedSheet | None, list[Problem]]:
    from .fastyaml import load_document_fast  # same values as load_document, ~15x faster

    try:
        document = load_document_fast(path)
    except InputError as exc:
        return None, [exc.problem()]
    sheet, problems = validate(Sheet, document)
    if sheet is None:
        return None, problems
    return LoadedSheet(path, sheet, document), problems


def sheet_paths(sheets_dir: Path) -> list[Path]:
    if not sheets_dir.is_dir():
        return []
    return sorted(p for p in sheets_dir.iterdir()
                  if p.suffix in (".yaml", ".yml") and not p.name.startswith("."))


def load_content(root: str | Path) -> Content:
    """Read every registry and sheet under `root` (a content folder)."""
    root = Path(root)
    registries, problems = load_registries(root)
    sheets: list[LoadedSheet] = []
    for path in sheet_paths(root / "sheets"):
        loaded, found = load_sheet(path)
        problems += found
        if loaded is not None:
            sheets.append(loaded)
    return Content(root, sheets, registries, problems)
