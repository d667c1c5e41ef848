"""A fast reader for the YAML that `yamlio` reads, for the site build's thousands of sheets.

`yamlio.load_document` (ruamel.yaml round-trip) keeps comments and the line of every key;
it costs ~7 ms a sheet, which makes it the largest cost of a 10,000-article build. Reading
needs neither comments nor positions unless something is wrong, so:

- sheets are parsed with libyaml (PyYAML's C parser, ~0.4 ms), resolving plain scalars with
  ruamel's own YAML 1.2 resolver, so values come out exactly as `yamlio` gives them;
- anything unusual (anchors, aliases, tags, directives, merge keys, duplicate keys, odd
  numbers or timestamps, any parse error) goes the round-trip way, which also produces the
  proper error message;
- positions (for problem messages) are computed on demand from libyaml's node tree.

The result is a `yamlio.Document` whose `data` holds plain dicts, lists and scalars.
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any, Iterable

from .yamlio import MAX_DEPTH, Document, load_document, locate, read_text

try:
    import yaml as _pyyaml
    from yaml import CSafeLoader as _CLoader  # libyaml
except ImportError:  # no PyYAML with libyaml: always the round-trip way
    _CLoader = None

# Anchors (&a), aliases (*a), explicit tags (!x) at the start of a token, and directives.
_UNUSUAL = re.compile(r"(?:^|[\s\[{,])[&*!][^\s\[\]{},]|^%", re.M)
_INT = re.compile(r"[-+]?(?:0|[1-9][0-9]*)\Z")
_FLOAT = re.compile(r"[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?\Z")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")

STR = "tag:yaml.org,2002:str"


class _Unusual(Exception):
    """Leave this document to the round-trip reader."""


if _CLoader is not None:
    from ruamel.yaml.nodes import ScalarNode as _RuamelScalar
    from ruamel.yaml.resolver import VersionedResolver

    _resolver = VersionedResolver()  # YAML 1.2, as yamlio reads files without %YAML

    class _Loader(_CLoader):  # type: ignore[misc, valid-type]
        def resolve(self, kind, value, implicit):
            if kind is _pyyaml.ScalarNode:
                if not implicit[0]:
                    return STR
                return str(_resolver.resolve(_RuamelScalar, value, (True, False)))
            return super().resolve(kind, value, implicit)

        def construct_mapping(self, node, deep=False):
            mapping = {}
            for key_node, value_node in node.value:
                key = self.construct_object(key_node, deep=deep)
                try:
                    if key in mapping:
                        raise _Unusual("duplicate key")
                except TypeError:  # an unhashable key
                    raise _Unusual("unhashable key") from None
                mapping[key] = self.construct_object(value_node, deep=deep)
            return mapping

    def _scalar(loader, node):
        return loader.construct_scalar(node)

    def _int(loader, node):
        value = loader.construct_scalar(node)
        if not _INT.match(value):
            raise _Unusual(value)
        return int(value)

    def _float(loader, node):
        value = loader.construct_scalar(node)
        if not _FLOAT.match(value):
            raise _Unusual(value)
        return float(value)

    def _bool(loader, node):
        return loader.construct_scalar(node).lower() == "true"

    def _null(loader, node):
        return None

    def _timestamp(loader, node):
        value = loader.construct_scalar(node)
        if not _DATE.match(value):
            raise _Unusual(value)
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise _Unusual(value) from None

    def _other(loader, node):
        raise _Unusual(node.tag)

    _Loader.yaml_constructors = dict(_Loader.yaml_constructors)
    for _tag, _fn in (("str", _scalar), ("int", _int), ("float", _float), ("bool", _bool),
                      ("null", _null), ("timestamp", _timestamp), ("merge", _other),
                      ("value", _other), ("binary", _other), ("set", _other),
                      ("omap", _other), ("pairs", _other)):
        _Loader.yaml_constructors[f"tag:yaml.org,2002:{_tag}"] = _fn
    _Loader.yaml_constructors[None] = _other


class FastDocument(Document):
    """Plain data read fast; line and column found (by a round-trip parse) only when asked."""

    def __init__(self, path: Path, data: Any, text: str):
        super().__init__(path, data)
        self._text = text
        self._round_trip: Any = None

    def position(self, loc: Iterable[Any]) -> tuple[int, int]:
        if self._round_trip is None:
            try:  # libyaml's node tree has every position, at a tenth of a round-trip parse
                self._round_trip = _pyyaml.compose(self._text, Loader=_CLoader)
            except Exception:  # noqa: BLE001 - the careful reader decides
                self._round_trip = load_document(self.path, self._text).data
        if isinstance(self._round_trip, _pyyaml.Node):
            return locate_node(self._round_trip, loc)
        return locate(self._round_trip, loc)


def locate_node(root: Any, loc: Iterable[Any]) -> tuple[int, int]:
    """`yamlio.locate` on a libyaml node tree: 1-based line and column of the value at `loc`
    (a scalar value's own position; a mapping's or list's key position)."""
    node = root
    position = (root.start_mark.line + 1, root.start_mark.column + 1)
    for part in loc:
        if isinstance(node, _pyyaml.MappingNode):
            pair = next(((k, v) for k, v in node.value if isinstance(k, _pyyaml.ScalarNode)
                         and k.value == str(part)), None)
            if pair is None:
                break
            key, value = pair
            mark = value.start_mark if isinstance(value, _pyyaml.ScalarNode) else key.start_mark
            position = (mark.line + 1, mark.column + 1)
            node = value
        elif isinstance(node, _pyyaml.SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
            node = node.value[part]
            position = (node.start_mark.line + 1, node.start_mark.column + 1)
        else:
            break
    return position


def fast_parse(text: str) -> Any:
    """Plain data, or raise `_Unusual` (or any parse error) for the round-trip reader."""
    if _CLoader is None or _UNUSUAL.search(text):
        raise _Unusual("not for the fast path")
    loader = _Loader(text)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


def load_document_fast(path: str | Path) -> Document:
    """Like `yamlio.load_document`, with plain data; same values, same errors."""
    path = Path(path)
    text = read_text(path)
    try:
        data = fast_parse(text)
    except RecursionError:
        return load_document(path, text)
    except Exception:  # noqa: BLE001 - anything unusual: the careful reader decides
        return load_document(path, text)
    if _too_deep(data):  # the round-trip reader reports where
        return load_document(path, text)
    return FastDocument(path, data, text)


def _too_deep(data: Any) -> bool:
    stack = [(data, 0)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            return True
        if isinstance(node, dict):
            stack.extend((v, depth + 1) for v in node.values())
        elif isinstance(node, list):
            stack.extend((v, depth + 1) for v in node)
    return False
