"""Write a machine-made sheet as YAML without ruamel's emitter: the same bytes, ten times faster.

`factsheet extract` writes every new sheet twice (the sheet and its base under
`content/.machine/`), and ruamel.yaml's pure-Python emitter takes about 10 ms a sheet: more
than the extraction itself. A sheet the machine made from scratch is plain data of a known
shape (mappings, lists, strings, numbers), so it can be written directly, in exactly the layout
ruamel gives it (`merge.dump_text(merge.to_tree(sheet))`: two-space mappings, `- ` items
indented two, short scalar lists in flow style). Any string whose YAML form is not obviously
plain or simply quoted makes `dump_machine` return None, and the caller uses ruamel: the output
is identical either way (tests/test_fastdump.py compares them on real articles).
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Any

from .merge import flow_style as _flow  # the rule of merge.to_tree
from .yamlio import _YAML11_NON_STRING

# Characters that may not start a plain scalar, and sequences that may not appear in one.
_BAD_START = set(",[]{}#&*!|>'\"%@`") | {" "}
_BAD_START_BEFORE_SPACE = set("-?:")  # `- x`, `? x`, `: x` are syntax; `-nya` is not
_FLOW_INDICATORS = set(",[]{}")
# Strings a YAML 1.2 reader would take for something else, or that look numeric at all: leave
# those to ruamel, which knows its resolver.
_NUMERIC_LOOKING = re.compile(
    r"[-+]?(?:0x[0-9a-f_]+|0o[0-7_]+|0b[01_]+|[0-9][0-9_:]*(?:\.[0-9_]*)?(?:e[-+]?[0-9]+)?"
    r"|\.[0-9_]+(?:e[-+]?[0-9]+)?|\.inf|\.nan)", re.I)
_SPECIAL_WORDS = {"null", "true", "false", "~", "<<", "="}


class _Unsure(Exception):
    pass


def _plain_allowed(text: str, flow: bool) -> bool:
    if not text or text[0] in _BAD_START or text[-1] in " :" or len(text) > 60000:
        return False
    if text[0] in _BAD_START_BEFORE_SPACE and (len(text) == 1 or text[1] == " "):
        return False
    if ": " in text or " #" in text or "\t" in text:
        return False
    if flow and set(text) & _FLOW_INDICATORS:
        return False
    return True


def _printable(text: str) -> bool:
    return text.isprintable() and not any(c in text for c in "\ufeff\x85\u2028\u2029")


def _scalar(value: Any, flow: bool) -> str:
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value.isoformat()  # ('published: 2019-01-23', as ruamel writes a date)
    if isinstance(value, float):
        text = repr(value)
        if not re.fullmatch(r"-?[0-9]+\.[0-9]+", text):
            raise _Unsure
        return text
    if not isinstance(value, str) or not _printable(value):
        raise _Unsure
    if _YAML11_NON_STRING.match(value):
        # yamlio's representer double-quotes what a YAML 1.1 reader would misread
        if '"' in value or "\\" in value or not value.isascii():
            raise _Unsure
        return f'"{value}"'
    if _NUMERIC_LOOKING.fullmatch(value) or value.casefold() in _SPECIAL_WORDS or value[:1] == "?":
        raise _Unsure  # ruamel's resolver decides whether these need quotes
    if _plain_allowed(value, flow):
        return value
    if value[:1] == " " or value[-1:] == " " or len(value) > 60000:
        raise _Unsure
    if "'" in value:
        # ruamel prefers double quotes to doubling an apostrophe
        if '"' in value or "\\" in value:
            raise _Unsure
        return f'"{value}"'
    return "'" + value + "'"


def _is_scalar(value: Any) -> bool:
    return not isinstance(value, (dict, list, tuple))




def _value(value: Any, indent: int, out: list[str], prefix: str) -> None:
    """Append `prefix` + value; prefix is `key:` or `- ` already placed at the right column."""
    if isinstance(value, dict):
        if not value:
            raise _Unsure
        if prefix.endswith("- "):
            first = True
            for key, item in value.items():
                lead = prefix if first else " " * indent
                _entry(str(key), item, indent, out, lead)
                first = False
        else:
            out.append(prefix + "\n")
            for key, item in value.items():
                _entry(str(key), item, indent + 2, out, " " * (indent + 2))
        return
    if isinstance(value, (list, tuple)):
        items = list(value)
        if not items:
            out.append(prefix + (" []\n" if not prefix.endswith("- ") else "[]\n"))
            return
        if _flow(items):
            body = "[" + ", ".join(_scalar(v, True) for v in items) + "]"
            out.append(prefix + (" " if not prefix.endswith("- ") else "") + body + "\n")
            return
        if prefix.endswith("- "):
            raise _Unsure  # a block list directly inside a block list: not in sheets
        out.append(prefix + "\n")
        for item in items:
            _value(item, indent + 4, out, " " * (indent + 2) + "- ")
        return
    text = _scalar(value, False)
    out.append(prefix + (" " if not prefix.endswith("- ") else "") + text + "\n")


def _entry(key: str, value: Any, indent: int, out: list[str], lead: str) -> None:
    if not re.fullmatch(r"[a-z_][a-z0-9_]*", key):
        raise _Unsure
    _value(value, indent, out, lead + key + ":")


def dump_machine(sheet: dict) -> str | None:
    """The YAML text of a machine-made sheet, or None when ruamel should write it."""
    out: list[str] = []
    try:
        for key, value in sheet.items():
            _entry(str(key), value, 0, out, "")
    except _Unsure:
        return None
    return "".join(out)
