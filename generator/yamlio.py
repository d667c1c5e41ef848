"""YAML that people edit: YAML 1.2, round-trip, positions for every key, safe against bombs.

- `NO` and `yes` stay strings (YAML 1.2); duplicate keys are errors.
- Loading keeps comments, key order and quoting (ruamel.yaml round-trip mode, which only
  builds plain Python types: nothing in a file can construct an object).
- Aliases are refused: a hand-written sheet never needs one, and refusing them defuses the
  "billion laughs" bomb before anything walks the tree.
- When the tool rewrites a file, scalars that a YAML 1.1 reader (PyYAML, many editors) would
  misread (`no`, `on`, `1.10`, `2020-10-04` as a name) are written quoted.
"""
from __future__ import annotations

import io
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.representer import RoundTripRepresenter
from ruamel.yaml.scalarstring import ScalarString
from ruamel.yaml.scalarbool import ScalarBoolean

from .errors import InputError

MAX_DEPTH = 64
MAX_YAML_BYTES = 16 * 1024 * 1024

# Plain scalars that YAML 1.1 resolves to something other than a string.
_YAML11_NON_STRING = re.compile(
    r"""^(?:
        y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF
      | ~|null|Null|NULL|
      | [-+]?(?:0b[0-1_]+|0[0-7_]+|(?:0|[1-9][0-9_]*)|0x[0-9a-fA-F_]+|[1-9][0-9_]*(?::[0-5]?[0-9])+)
      | [-+]?(?:[0-9][0-9_]*)?\.[0-9_]*(?:[eE][-+][0-9]+)?
      | [-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*
      | [-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)
      | [0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)?
      | =|<<
    )$""",
    re.X,
)


class _Representer(RoundTripRepresenter):
    def represent_str(self, data: str):  # type: ignore[override]
        if not isinstance(data, ScalarString) and _YAML11_NON_STRING.match(data):
            return self.represent_scalar("tag:yaml.org,2002:str", data, style='"')
        return super().represent_str(data)


_Representer.add_representer(str, _Representer.represent_str)


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.Representer = _Representer
    yaml.version = None  # read as YAML 1.2 unless the file says otherwise; write no %YAML line
    yaml.allow_duplicate_keys = False
    yaml.preserve_quotes = True
    yaml.width = 100
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


@dataclass
class Document:
    """A loaded YAML file: the round-trip tree (for rewriting) and where it came from."""

    path: Path
    data: Any

    def position(self, loc: Iterable[Any]) -> tuple[int, int]:
        return locate(self.data, loc)


def load_document(path: str | Path, text: str | None = None) -> Document:
    path = Path(path)
    if text is None:
        text = read_text(path)
    return Document(path, _parse(text, path))


def read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(path, 0, 0, "no such file", "check the path") from None
    except PermissionError:
        raise InputError(path, 0, 0, "cannot be read (permission denied)",
                         "fix the file's permissions") from None
    except IsADirectoryError:
        raise InputError(path, 0, 0, "is a folder, not a YAML file", "pass a file") from None
    if len(data) > MAX_YAML_BYTES:
        raise InputError(path, 1, 1, "the file is larger than 16 MiB", "split it")
    if b"\x00" in data[:8192]:
        raise InputError(path, 1, 1, "this is a binary file, not YAML", "restore the YAML text")
    try:
        return data.decode("utf-8-sig").replace("\r\n", "\n")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        col = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise InputError(path, line, col, "the file is not UTF-8", "re-save it as UTF-8") from None


def load_plain(text: str, path: str | Path = "<text>") -> Any:
    """Parse YAML text into plain dicts, lists and scalars (for front matter and tests)."""
    return to_plain(_parse(text, Path(path)), Path(path))


def load_machine_plain(text: str, path: str | Path) -> Any:
    """Plain data of a file this tool wrote itself (a merge base under content/.machine/).

    Round-trip parsing costs seconds on a sheet of thousands of quotes, and a base needs no
    comments or positions, so PyYAML's C loader reads it when there is one. The two readers
    agree on what this tool writes: it quotes every scalar a YAML 1.1 reader would misread
    (_YAML11_NON_STRING). Aliases and depth are refused as in to_plain; anything PyYAML cannot
    read goes through the round-trip parser, which names the line and column.
    """
    import yaml as pyyaml

    loader = getattr(pyyaml, "CSafeLoader", None)
    if loader is None:
        return load_plain(text, path)
    try:
        data = pyyaml.load(text, Loader=loader)
    except (pyyaml.YAMLError, RecursionError):
        return load_plain(text, path)
    return to_plain(data, Path(path))


def _parse(text: str, path: Path) -> Any:
    try:
        return _yaml().load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = (exc.problem or exc.context or "invalid YAML").strip()
        if "duplicate key" in problem or type(exc).__name__ == "DuplicateKeyError":
            key = _duplicate_key_name(exc)
            return _raise(path, line, col, f"duplicate key {key}".rstrip(),
                          "remove one of the two entries")
        hint = "check the indentation and quoting on this line and the one above"
        if "tab" in problem.lower():
            hint = "indent with spaces, not tabs"
        return _raise(path, line, col, f"YAML syntax error: {problem}", hint)
    except RecursionError:
        return _raise(path, 1, 1, "the YAML is nested too deeply", f"keep nesting under {MAX_DEPTH} levels")
    except YAMLError as exc:
        return _raise(path, 1, 1, f"YAML error: {exc}", "fix the file")


def _duplicate_key_name(exc: MarkedYAMLError) -> str:
    match = re.search(r'found duplicate key "([^"]*)"', str(exc))
    return repr(match.group(1)) if match else ""


def _raise(path: Path, line: int, col: int, message: str, hint: str):
    raise InputError(path, line, col, message, hint)


def to_plain(node: Any, path: Path, depth: int = 0, seen: set[int] | None = None) -> Any:
    """Round-trip tree to plain Python values, refusing aliases and excessive depth."""
    if seen is None:
        seen = set()
    if depth > MAX_DEPTH:
        line, col = _node_position(node)
        raise InputError(path, line, col, "the YAML is nested too deeply",
                         f"keep nesting under {MAX_DEPTH} levels")
    if isinstance(node, (dict, list)):
        if id(node) in seen:
            line, col = _node_position(node)
            raise InputError(path, line, col, "YAML aliases (*name) are not allowed here",
                             "write the value out instead of referring to an anchor")
        seen.add(id(node))
    if isinstance(node, dict):
        return {_scalar(k): to_plain(v, path, depth + 1, seen) for k, v in node.items()}
    if isinstance(node, list):
        return [to_plain(v, path, depth + 1, seen) for v in node]
    return _scalar(node)


def _scalar(value: Any) -> Any:
    if isinstance(value, ScalarString):
        return str(value)
    # bool is an int subclass, and ruamel's ScalarBoolean is an int subclass: check them first
    if isinstance(value, (bool, ScalarBoolean)):
        return bool(value)
    # ruamel's ScalarFloat/ScalarInt/ScalarBoolean subclasses -> the plain types
    for base in (bool, int, float):
        if isinstance(value, base) and type(value) is not base:
            return base(value)
    return value


def _node_position(node: Any) -> tuple[int, int]:
    lc = getattr(node, "lc", None)
    if lc is not None and lc.line is not None:
        return lc.line + 1, lc.col + 1
    return 1, 1


def locate(data: Any, loc: Iterable[Any]) -> tuple[int, int]:
    """1-based line and column of the value at `loc` (keys and list indices), as close as known."""
    node = data
    position = _node_position(data)
    for part in loc:
        if isinstance(node, CommentedMap) and part in node:
            try:
                line, col = node.lc.value(part)
                if not isinstance(node[part], (CommentedMap, CommentedSeq)):
                    position = (line + 1, col + 1)
                else:
                    kline, kcol = node.lc.key(part)
                    position = (kline + 1, kcol + 1)
            except (KeyError, TypeError):
                pass
            node = node[part]
        elif isinstance(node, CommentedSeq) and isinstance(part, int) and 0 <= part < len(node):
            try:
                line, col = node.lc.item(part)
                position = (line + 1, col + 1)
            except (KeyError, TypeError, IndexError):
                pass
            node = node[part]
        else:
            break
    return position


def dumps(data: Any) -> str:
    stream = io.StringIO()
    _yaml().dump(data, stream)
    return stream.getvalue()


def atomic_write(path: str | Path, text: str) -> None:
    """Write text so that a crash leaves either the old file or the new one, never half of one."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        # mkstemp makes 0600 files: keep the mode of the file replaced (or the umask default)
        try:
            mode = os.stat(path).st_mode & 0o7777
        except OSError:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(tmp, mode)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    try:  # make the rename itself durable
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except OSError:
        pass


def clean_stray_temporaries(folder: str | Path) -> int:
    """Remove temporary files a killed run left behind (`.name.XXXX.tmp`)."""
    removed = 0
    folder = Path(folder)
    if folder.is_dir():
        for stray in folder.glob(".*.tmp"):
            try:
                stray.unlink()
                removed += 1
            except OSError:
                pass
    return removed


def write_document(path: str | Path, data: Any) -> None:
    atomic_write(path, dumps(data))
