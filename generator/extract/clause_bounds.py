"""Where the clause holding a position starts and ends inside a sentence (`.`, `!`, `?`, `;`).
"""
from __future__ import annotations

import re


_STOP = re.compile(r"[.!?;](?!\w)")
_STOP_BACK = re.compile(r"[.!?;](?!\w)(?!.*[.!?;](?!\w))", re.S)


def _clause_end(body: str, pos: int, end: int) -> tuple[int, str]:
    """Where the clause holding `pos` ends inside a sentence, and its closing character."""
    match = _STOP.search(body, pos, end)
    if match is None:
        return end, ""
    return match.start(), match.group()


def _clause_start(body: str, pos: int, start: int) -> int:
    match = _STOP_BACK.search(body, start, pos)
    return match.end() if match is not None else start
