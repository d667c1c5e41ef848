"""Three-way merge of machine output into hand-edited YAML: hand edits are never lost.

    base   = the last machine output (content/.machine/...), plain Python values
    ours   = the file on disk, possibly edited by hand: a ruamel round-trip tree, changed in place
    theirs = the new machine output, plain Python values

Merged per entry (quotes and stances by `id`, people by `name`, conflicts by `id`) and per field:

- a field the user did not touch (ours == base) takes the new machine value;
- a field the user changed keeps the user's value; when the machine changed it too, the user's
  value stays and a `Kept` note is reported (`quotes[q4].speaker: kept your 'X' (extractor now
  says 'Y')`);
- lists of scalars (cites, related, calls_for, evidence, parties, aliases...) merge as values:
  new machine values are added, values the user removed stay removed, values the machine dropped
  and the user never touched are dropped; spans (`span`, `sentence`) are single values;
- an entry the user deleted stays deleted; an entry the user added stays; an entry with
  `reviewed: true` is never changed; an entry the machine no longer finds is removed only when the
  user never touched it (same values, no comment in it), else kept;
- with no base (a sheet written by hand) the whole file is the user's: every entry and field is
  kept, and only machine entries that are new (by id, or by content: same quote text or span,
  same stance country) are added.

Because `ours` is changed in place, comments, key order and formatting of the user's file survive.
No conflict markers are ever written.
"""
from __future__ import annotations

import copy
import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Callable

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import ScalarString

from .yamlio import _Representer, _yaml, locate


class _Missing:
    def __repr__(self) -> str:
        return "<missing>"


MISSING: Any = _Missing()

# Lists that are one value (a pair of offsets), never merged item by item.
ATOMIC_LISTS = {"span", "sentence"}


# ---- plain values ---------------------------------------------------------------------------


def plain(node: Any) -> Any:
    """A round-trip tree as plain dicts, lists and scalars (for comparing with machine output)."""
    if isinstance(node, dict):
        return {plain(k): plain(v) for k, v in node.items()}
    if isinstance(node, (list, tuple)):
        return [plain(v) for v in node]
    if isinstance(node, ScalarString):
        return str(node)
    if isinstance(node, bool):
        return bool(node)
    if isinstance(node, int):
        return int(node)
    if isinstance(node, float):
        return float(node)
    if isinstance(node, dt.datetime):
        return node
    if isinstance(node, dt.date):
        return dt.date(node.year, node.month, node.day)
    return node


def _hashable(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_hashable(v) for v in value)
    if isinstance(value, dict):
        return tuple(sorted((k, _hashable(v)) for k, v in value.items()))
    return value


def flow_style(items: list | tuple) -> bool:
    """Short lists of scalars are written in flow style `[a, b]`. ('?' inside a flow sequence is
    valid YAML 1.2, but libyaml and PyYAML reject it: such a list is written in block style so
    that every YAML reader takes the sheet.)"""
    return bool(items) and all(not isinstance(v, (dict, list, tuple)) for v in items) and \
        sum(len(str(v)) + 2 for v in items) <= 60 and not any("?" in str(v) for v in items)


def to_tree(value: Any) -> Any:
    """Plain machine values as round-trip nodes; short lists of scalars in flow style `[a, b]`."""
    if isinstance(value, dict):
        out = CommentedMap()
        for k, v in value.items():
            out[k] = to_tree(v)
        return out
    if isinstance(value, (list, tuple)):
        seq = CommentedSeq(to_tree(v) for v in value)
        if flow_style(value):
            seq.fa.set_flow_style()
        elif not value:
            seq.fa.set_flow_style()
        return seq
    return value


def has_comments(node: Any) -> bool:
    """True when the user wrote a comment anywhere inside this node."""
    ca = getattr(node, "ca", None)
    if ca is not None:
        if ca.comment and any(ca.comment):
            return True
        for item in ca.items.values():
            if item and any(part for part in item):
                return True
    if isinstance(node, dict):
        return any(has_comments(v) for v in node.values())
    if isinstance(node, list):
        return any(has_comments(v) for v in node)
    return False


class _MergeRepresenter(_Representer):
    def represent_none(self, data):  # type: ignore[override]
        return self.represent_scalar("tag:yaml.org,2002:null", "null")


_MergeRepresenter.add_representer(type(None), _MergeRepresenter.represent_none)


def dump_text(data: Any) -> str:
    """Like yamlio.dumps, but never re-wraps the user's long lines and writes `null` as `null`."""
    import io

    yaml = _yaml()
    yaml.Representer = _MergeRepresenter
    yaml.width = 1 << 16
    stream = io.StringIO()
    yaml.dump(data, stream)
    return stream.getvalue()


# ---- stable ids -----------------------------------------------------------------------------


def normalise_text(text: str) -> str:
    text = unicodedata.normalize("NFKC", str(text)).casefold()
    text = re.sub(r"[\W_]+", " ", text)
    return " ".join(text.split())


def quote_id(text: str) -> str:
    digest = hashlib.blake2b(normalise_text(text).encode("utf-8"), digest_size=4).hexdigest()
    return f"q-{digest}"


def assign_stable_ids(sheet: dict) -> dict:
    """Give machine quotes ids derived from their text (`q-1a2b3c4d`, `-2`, `-3` for repeats,
    numbered in text order) instead of their list index, and remap stance evidence to match.
    Stances keep their ids (the country code)."""
    quotes = sheet.get("quotes") or []
    mapping: dict[str, str] = {}
    used: set[str] = set()
    order = sorted(range(len(quotes)),
                   key=lambda i: ((quotes[i].get("span") or [0])[0], i))
    new_ids: dict[int, str] = {}
    for index in order:
        quote = quotes[index]
        base = quote_id(quote.get("text") or "")
        candidate, n = base, 1
        while candidate in used:
            n += 1
            candidate = f"{base}-{n}"
        used.add(candidate)
        new_ids[index] = candidate
    for index, quote in enumerate(quotes):
        old = quote.get("id")
        if old is not None:
            mapping[str(old)] = new_ids[index]
        quote["id"] = new_ids[index]
    for stance in sheet.get("stances") or []:
        if stance.get("evidence"):
            stance["evidence"] = [mapping.get(e, e) if isinstance(e, str) else e
                                  for e in stance["evidence"]]
    return sheet


# ---- reports --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Kept:
    """The user's value stayed although the machine now says something else."""

    path: str
    line: int
    column: int
    where: str
    yours: Any
    machine: Any

    def __str__(self) -> str:
        yours = "your deletion" if self.yours is MISSING else f"your {_show(self.yours)}"
        machine = ("extractor now leaves it out" if self.machine is MISSING
                   else f"extractor now says {_show(self.machine)}")
        return f"{self.path}:{self.line}:{self.column}: {self.where}: kept {yours} ({machine})"


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:76] + "…" + text[-1]


@dataclass
class MergeReport:
    path: str
    added: list[str] = field(default_factory=list)      # entries the machine added
    updated: list[str] = field(default_factory=list)    # fields that took a new machine value
    removed: list[str] = field(default_factory=list)    # untouched entries the machine dropped
    kept: list[Kept] = field(default_factory=list)      # user's values kept over the machine's
    created: bool = False

    @property
    def changed(self) -> bool:
        return self.created or bool(self.added or self.updated or self.removed)

    def summary(self) -> str:
        if self.created:
            return f"{self.path}: new sheet"
        parts = [f"{len(self.added)} added", f"{len(self.updated)} updated",
                 f"{len(self.removed)} removed", f"{len(self.kept)} of your edits kept over "
                 "new machine values"]
        return f"{self.path}: " + ", ".join(parts)

    def details(self) -> list[str]:
        out = [f"  + {w}" for w in self.added]
        out += [f"  ~ {w}" for w in self.updated]
        out += [f"  - {w}" for w in self.removed]
        return out


# ---- the merge ------------------------------------------------------------------------------


@dataclass
class ListSpec:
    """How to merge a list of entries: what identifies an entry, and when two are the same."""

    key: str
    fold: Callable[[Any], Any] = lambda v: v
    same: Callable[[dict, dict], float] | None = None  # content match (>= 0.5: same)
    aliases: Callable[[dict], list] | None = None      # other keys an ours entry answers to


def _iou(a: Any, b: Any) -> float:
    try:
        s, e = max(a[0], b[0]), min(a[1], b[1])
        union = max(a[1], b[1]) - min(a[0], b[0])
    except (TypeError, IndexError, KeyError):
        return 0.0
    return max(0, e - s) / union if union > 0 else 0.0


def same_quote(a: dict, b: dict) -> float:
    """How surely two quotes are the same one (0: not at all; >= 0.5: the same)."""
    score = 0.0
    if a.get("span") and b.get("span"):
        score = _iou(a["span"], b["span"])
    ta, tb = normalise_text(a.get("text") or ""), normalise_text(b.get("text") or "")
    if ta and tb:
        if ta == tb:
            score = max(score, 1.5 if a.get("span") == b.get("span") else 1.2)
        else:
            short, long_ = sorted((ta, tb), key=len)
            if len(short) >= 12 and short in long_:
                score = max(score, len(short) / len(long_))
    return score


def same_stance(a: dict, b: dict) -> float:
    return 1.0 if (a.get("country") is not None and a.get("country") == b.get("country")
                   and a.get("claimed_by") == b.get("claimed_by")) else 0.0


def _casefold(value: Any) -> Any:
    return str(value).casefold() if value is not None else None


SHEET_LISTS = {
    "quotes": ListSpec("id", same=same_quote),
    "stances": ListSpec("id", same=same_stance),
}
PEOPLE_LISTS = {
    "people": ListSpec("name", fold=_casefold,
                       aliases=lambda e: [_casefold(a) for a in (e.get("aliases") or [])]),
}
CONFLICT_LISTS = {
    "conflicts": ListSpec("id", aliases=lambda e: list(e.get("aliases") or [])),
}


class Merger:
    def __init__(self, path: str, root: Any, lists: dict[str, ListSpec]):
        self.root = root
        self.lists = lists
        self.report = MergeReport(path)
        # how the next base must differ from the machine output so that the user's edits stay
        # recognisable as edits even where the machine came to agree with them
        self.patches: list[tuple[str, list, Any]] = []

    # positions ---------------------------------------------------------------------------
    def _where(self, loc: list) -> str:
        out = ""
        for part in loc:
            if isinstance(part, tuple):  # (list name, entry key)
                out += f"{part[0]}[{part[1]}]" if not out else f".{part[0]}[{part[1]}]"
            else:
                out += f".{part}" if out else str(part)
        return out

    def _kept(self, node_path: list, loc: list, yours: Any, machine: Any) -> None:
        line, col = locate(self.root, node_path)
        self.report.kept.append(Kept(self.report.path, line, col, self._where(loc), yours, machine))

    # entry point ---------------------------------------------------------------------------
    def merge(self, base: dict | None, theirs: dict) -> None:
        if base is None:
            self._merge_no_base(theirs)
        else:
            self._merge_map(self.root, base, theirs, [], [])

    # no base: the file is the user's ------------------------------------------------------
    def _merge_no_base(self, theirs: dict) -> None:
        for key, value in theirs.items():
            if key not in self.root:
                self._insert_key(self.root, theirs, key, value)
                self.report.added.append(str(key))
            elif key in self.lists and isinstance(self.root[key], list) and isinstance(value, list):
                self._merge_entries(self.root[key], None, value, key, [key])
            else:
                self._stick([key], plain(self.root[key]), value)

    # mappings ------------------------------------------------------------------------------
    def _merge_map(self, ours: CommentedMap, base: Any, theirs: Any, node_path: list,
                   loc: list) -> None:
        base = base if isinstance(base, dict) else {}
        keys = list(theirs) + [k for k in base if k not in theirs]
        for key in keys:
            b = base.get(key, MISSING)
            t = theirs.get(key, MISSING)
            here_path, here_loc = node_path + [key], loc + [key]
            if key not in ours:
                if b is MISSING and t is not MISSING:  # a new machine field
                    self._insert_key(ours, theirs, key, t)
                    self.report.updated.append(self._where(here_loc))
                elif b is not MISSING and t != b and not (t is MISSING):
                    self._kept(node_path, here_loc, MISSING, t)  # the user deleted the field
                continue
            o_node = ours[key]
            o = plain(o_node)
            if not node_path and key in self.lists and isinstance(o_node, list) \
                    and isinstance(t, list):
                self._merge_entries(o_node, b if isinstance(b, list) else [], t, key, [key])
                continue
            if isinstance(o_node, dict) and isinstance(t, dict) and (b is MISSING or isinstance(b, dict)):
                self._merge_map(o_node, b if b is not MISSING else {}, t, here_path, here_loc)
                continue
            if o == t:
                if o != b:  # the machine now agrees with the user: the field stays the user's
                    self.patches.append(("set", here_loc, b))
                continue
            if o == b:
                if t is MISSING:
                    if has_comments(o_node) or key in ours.ca.items:
                        continue  # a commented field stays
                    del ours[key]
                elif isinstance(o_node, list) and isinstance(t, list) and has_comments(o_node) \
                        and key not in ATOMIC_LISTS:
                    self._merge_values(o_node, b if isinstance(b, list) else [], t)
                else:
                    self._set(ours, key, t)
                self.report.updated.append(self._where(here_loc))
                continue
            if t == b:
                continue  # only the user changed it
            if isinstance(o_node, list) and isinstance(t, list) and key not in ATOMIC_LISTS \
                    and (b is MISSING or isinstance(b, list)):
                b_list = b if b is not MISSING else []
                if self._merge_values(o_node, b_list, t):
                    self.report.updated.append(self._where(here_loc))
                self.patches.append(("set", here_loc, _sticky_values(o, b_list, t)))
                continue
            if t is MISSING:
                continue  # the machine dropped a field the user set: the user's value stays
            self._kept(here_path, here_loc, o, t)

    def _stick(self, loc: list, ours: Any, theirs: Any) -> None:
        """No base: every value of the user's file is the user's, even where the machine agrees."""
        if isinstance(ours, dict) and isinstance(theirs, dict):
            for key, value in ours.items():
                if key in theirs and theirs[key] == value:
                    self.patches.append(("set", loc + [key], MISSING))

    def apply_patches(self, next_base: dict) -> dict:
        for kind, loc, value in self.patches:
            if kind == "append":
                target = next_base.get(loc[0])
                if isinstance(target, list):
                    target.append(copy.deepcopy(value))
                continue
            node: Any = next_base
            for step in loc[:-1]:
                node = self._step(node, step)
                if node is None:
                    break
            else:
                last = loc[-1]
                if isinstance(last, tuple):
                    continue
                if isinstance(node, dict):
                    if value is MISSING:
                        node.pop(last, None)
                    else:
                        node[last] = copy.deepcopy(value)
        return next_base

    def _step(self, node: Any, step: Any) -> Any:
        if isinstance(step, tuple):
            name, shown = step
            spec = self.lists.get(name)
            items = node.get(name) if isinstance(node, dict) else None
            if spec is None or not isinstance(items, list):
                return None
            return next((e for e in items if isinstance(e, dict)
                         and spec.fold(e.get(spec.key)) == spec.fold(shown)), None)
        return node.get(step) if isinstance(node, dict) else None

    def _set(self, ours: CommentedMap, key: Any, value: Any) -> None:
        old = ours[key]
        if isinstance(old, list) and isinstance(value, list) and key not in ATOMIC_LISTS \
                and not any(isinstance(v, (dict, list)) for v in value):
            # keep the list node (its style, its comments); replace its items
            del old[:]
            old.extend(to_tree(v) for v in value)
            return
        new = to_tree(value)
        if isinstance(old, CommentedSeq) and isinstance(new, CommentedSeq):
            new.fa._flow_style = old.fa.flow_style()
        ours[key] = new

    def _insert_key(self, ours: CommentedMap, theirs: dict, key: Any, value: Any) -> None:
        order = list(theirs)
        position = len(ours)
        index = order.index(key)
        for previous in reversed(order[:index]):
            if previous in ours:
                position = list(ours).index(previous) + 1
                break
        else:
            for following in order[index + 1:]:
                if following in ours:
                    position = list(ours).index(following)
                    break
        ours.insert(position, key, to_tree(value))

    def _merge_values(self, ours: CommentedSeq, base: list, theirs: list) -> bool:
        """Lists of scalars as sets of values; returns whether ours changed."""
        b = {_hashable(v) for v in base}
        t = {_hashable(v) for v in theirs}
        changed = False
        for index in range(len(ours) - 1, -1, -1):
            value = _hashable(plain(ours[index]))
            if value in b and value not in t:
                del ours[index]
                changed = True
        present = {_hashable(plain(v)) for v in ours}
        for value in theirs:
            h = _hashable(value)
            if h not in b and h not in present:
                ours.append(to_tree(value))
                present.add(h)
                changed = True
        return changed

    # lists of entries ----------------------------------------------------------------------
    def _merge_entries(self, ours: CommentedSeq, base: list | None, theirs: list, name: str,
                       node_path: list) -> None:
        spec = self.lists[name]

        def key_of(entry: Any) -> Any:
            return spec.fold(entry.get(spec.key)) if isinstance(entry, dict) else None

        ours_keys = [key_of(e) for e in ours]
        ours_index = {k: i for i, k in enumerate(ours_keys) if k is not None}
        base_map = {key_of(e): e for e in (base or []) if isinstance(e, dict)}
        theirs = [e for e in theirs if isinstance(e, dict)]
        self._align(ours, base_map, theirs, spec, key_of, ours_index)
        theirs_map = {key_of(e): e for e in theirs}

        # entries the user has
        removed: set = set()
        for index in range(len(ours) - 1, -1, -1):
            entry = ours[index]
            if not isinstance(entry, dict):
                continue
            k = key_of(entry)
            shown = entry.get(spec.key)
            loc = [(name, shown)]
            if k in theirs_map:
                if base is None:
                    self._stick(loc, plain(entry), theirs_map[k])
                    continue  # the user's entry as it is
                if _reviewed(entry):
                    continue
                self._merge_map(entry, base_map.get(k, {}), theirs_map[k], node_path + [index], loc)
            elif base is not None and k in base_map and not _reviewed(entry) \
                    and plain(entry) == base_map[k] and not has_comments(entry):
                del ours[index]
                removed.add(k)
                self.report.removed.append(self._where(loc))

        # the base remembers entries the machine dropped but the user kept or deleted, so that a
        # deletion stays a deletion even when the machine drops the entry and finds it again
        ours_keys = [key_of(e) for e in ours]
        for k, entry in base_map.items():
            if k not in theirs_map and k not in removed:
                self.patches.append(("append", [name], entry))

        # new machine entries
        previous_key = None
        for entry in theirs:
            k = key_of(entry)
            if k in ours_keys:
                previous_key = k
                continue
            if base is not None and k in base_map:
                continue  # the user deleted it: it stays deleted
            position = len(ours)
            if previous_key is not None and previous_key in ours_keys:
                position = ours_keys.index(previous_key) + 1
            else:
                later = [key_of(e) for e in theirs[theirs.index(entry) + 1:]]
                for i, existing in enumerate(ours_keys):
                    if existing in later:
                        position = i
                        break
            node = to_tree(entry)
            if position > 0:
                _carry_trailing_comment(ours[position - 1], node)
            elif not ours and hasattr(ours, "fa"):
                ours.fa.set_block_style()  # `people: []` gains its first entry: one per line, not `[{...}]`
            ours.insert(position, node)
            ours_keys.insert(position, k)
            previous_key = k
            self.report.added.append(self._where([(name, entry.get(spec.key))]))

    def _align(self, ours: CommentedSeq, base_map: dict, theirs: list[dict], spec: ListSpec,
               key_of, ours_index: dict) -> None:
        """Machine entries whose id is unknown but whose content matches an entry of the base or
        of the user's file take that entry's id (and stance evidence follows)."""
        theirs_keys = {key_of(e) for e in theirs}
        known = set(ours_index) | set(base_map)
        claimed = set(theirs_keys) & known
        candidates: list[tuple[Any, dict]] = [(k, e) for k, e in base_map.items()]
        candidates += [(key_of(e), plain(e)) for e in ours if isinstance(e, dict)
                       and key_of(e) not in base_map]
        alias_index: dict[Any, Any] = {}
        if spec.aliases:
            for e in ours:
                if isinstance(e, dict):
                    for alias in spec.aliases(e):
                        alias_index.setdefault(alias, key_of(e))
        pairs: list[tuple[float, int, int, Any]] = []
        for t_index, entry in enumerate(theirs):
            k = key_of(entry)
            if k in known:
                continue
            if k in alias_index:
                pairs.append((9.0, t_index, -1, alias_index[k]))
            if spec.same is not None:
                for c_index, (ck, candidate) in enumerate(candidates):
                    if ck is None or ck in claimed:
                        continue
                    score = spec.same(entry, candidate)
                    if score >= 0.5:
                        pairs.append((score, t_index, c_index, ck))
        pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
        done: set[int] = set()
        for _score, t_index, _c, match in pairs:
            if t_index in done or match in claimed:
                continue
            done.add(t_index)
            claimed.add(match)
            entry = theirs[t_index]
            old_id = entry.get(spec.key)
            new_id = next((e.get(spec.key) for e in ours
                           if isinstance(e, dict) and key_of(e) == match),
                          base_map.get(match, {}).get(spec.key, match))
            entry[spec.key] = new_id
            self.renamed[old_id] = new_id

    renamed: dict[Any, Any]


def _last_comment_slot(node: Any) -> tuple[list, int] | None:
    """Where ruamel keeps the comment lines that follow a block node: on its last item."""
    if isinstance(node, CommentedMap) and node:
        last = list(node)[-1]
        value = node[last]
        if isinstance(value, (CommentedMap, CommentedSeq)) and value and \
                not value.fa.flow_style():
            inner = _last_comment_slot(value)
            if inner is not None:
                return inner
        item = node.ca.items.get(last)
        return (item, 2) if item and len(item) > 2 and item[2] is not None else None
    if isinstance(node, CommentedSeq) and node:
        value = node[-1]
        if isinstance(value, (CommentedMap, CommentedSeq)) and value and \
                not value.fa.flow_style():
            inner = _last_comment_slot(value)
            if inner is not None:
                return inner
        item = node.ca.items.get(len(node) - 1)
        return (item, 0) if item and item[0] is not None else None
    return None


def _carry_trailing_comment(previous: Any, new: CommentedMap) -> None:
    """ruamel files the comment lines above an entry under the entry before it. When a new entry
    goes in between, those lines move to the end of the new one, so they stay above their entry."""
    from ruamel.yaml.error import CommentMark
    from ruamel.yaml.tokens import CommentToken

    slot = _last_comment_slot(previous)
    if slot is None or not new:
        return
    item, index = slot
    token = item[index]
    value = getattr(token, "value", None)
    if not isinstance(value, str) or "\n" not in value:
        return
    first, rest = value.split("\n", 1)
    if "#" not in rest:
        return
    token.value = first + "\n"
    last = list(new)[-1]
    new.ca.items[last] = [None, None, CommentToken("\n" + rest, CommentMark(0)), None]


def _sticky_values(ours: list, base: list, theirs: list) -> list:
    """The next base of a list merged as values: the machine's values, less those the user added
    (so they stay the user's), plus those the user removed (so they stay removed)."""
    o = {_hashable(v) for v in ours}
    b = {_hashable(v) for v in base}
    out = [v for v in theirs if not (_hashable(v) in o and _hashable(v) not in b)]
    seen = {_hashable(v) for v in out}
    out += [v for v in base if _hashable(v) not in o and _hashable(v) not in seen]
    return out


def _reviewed(entry: Any) -> bool:
    return isinstance(entry, dict) and entry.get("reviewed") is True


def remap_evidence(theirs: dict, renamed: dict) -> None:
    for stance in theirs.get("stances") or []:
        if isinstance(stance, dict) and stance.get("evidence"):
            stance["evidence"] = [renamed.get(e, e) if isinstance(e, str) else e
                                  for e in stance["evidence"]]


def merge_tree(path: str, ours: Any, base: dict | None, theirs: dict,
               lists: dict[str, ListSpec]) -> tuple[MergeReport, dict]:
    """Merge `theirs` into the round-trip tree `ours` in place; `base` None means no base.

    Returns the report and the machine output as aligned to the user's ids (machine entries
    that match an entry of the base or of the user's file by content take its id): that is the
    next base."""
    merger = Merger(path, ours, lists)
    merger.renamed = {}
    theirs = dict(theirs)
    for name in ("quotes", "stances", *lists):
        if isinstance(theirs.get(name), list):
            theirs[name] = [dict(e) for e in theirs[name] if isinstance(e, dict)]
    for name, spec in lists.items():
        if not isinstance(theirs.get(name), list):
            continue
        ours_list = ours.get(name) if isinstance(ours, dict) else None
        if not isinstance(ours_list, list):
            continue

        def key_of(entry: Any, spec: ListSpec = spec) -> Any:
            return spec.fold(entry.get(spec.key)) if isinstance(entry, dict) else None

        base_map = {key_of(e): e for e in ((base or {}).get(name) or []) if isinstance(e, dict)}
        ours_index = {key_of(e): i for i, e in enumerate(ours_list) if key_of(e) is not None}
        merger.renamed = {}
        merger._align(ours_list, base_map, theirs[name], spec, key_of, ours_index)
        if name == "quotes":
            remap_evidence(theirs, merger.renamed)
    merger.merge(base, theirs)
    return merger.report, merger.apply_patches(copy.deepcopy(theirs))


def drop_dangling_evidence(ours: Any, *machine_sheets: dict | None) -> list[str]:
    """Evidence ids the machine wrote (in any of `machine_sheets`) that point at no quote (say,
    one the user deleted) go; evidence the user wrote is left for `factsheet check` to report."""
    if not isinstance(ours, dict):
        return []
    quote_ids = {str(q.get("id")) for q in (ours.get("quotes") or []) if isinstance(q, dict)}
    machine: dict[str, set] = {}
    for sheet in machine_sheets:
        for s in ((sheet or {}).get("stances") or []):
            if isinstance(s, dict):
                machine.setdefault(str(s.get("id")), set()).update(
                    e for e in (s.get("evidence") or []) if isinstance(e, str))
    dropped = []
    for stance in ours.get("stances") or []:
        if not isinstance(stance, dict) or _reviewed(stance):
            continue
        evidence = stance.get("evidence")
        if not isinstance(evidence, list):
            continue
        from_machine = machine.get(str(stance.get("id")), set())
        for index in range(len(evidence) - 1, -1, -1):
            item = evidence[index]
            if isinstance(item, str) and item not in quote_ids and item in from_machine:
                del evidence[index]
                dropped.append(f"stances[{stance.get('id')}].evidence: {item}")
    return dropped
