"""Problems with user input, reported as `file:line:col: where: what (what to do)`.

Every command turns bad input into these one-line messages; none prints a traceback.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


def display_path(path: str | Path) -> str:
    """Paths relative to the working directory when they are inside it, as editors expect."""
    path = Path(path)
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError):
        return str(path)


@dataclass(frozen=True, order=True)
class Problem:
    path: str
    line: int
    column: int
    message: str
    where: str = ""
    hint: str = ""
    severity: str = "error"  # error | warning

    def __str__(self) -> str:
        location = f"{self.path}:{self.line}:{self.column}"
        where = f" {self.where}:" if self.where else ""
        hint = f" ({self.hint})" if self.hint else ""
        prefix = "" if self.severity == "error" else f" {self.severity}:"
        return f"{location}:{prefix}{where} {self.message}{hint}"


class InputError(Exception):
    """One problem with one input file; the command reports it and goes on with the others."""

    def __init__(self, path: str | Path, line: int, column: int, message: str, hint: str = "",
                 where: str = ""):
        super().__init__(message)
        self.path = Path(path)
        self.line = line
        self.column = column
        self.message = message
        self.hint = hint
        self.where = where

    def problem(self) -> Problem:
        return Problem(display_path(self.path), self.line, self.column, self.message, self.where,
                       self.hint)

    def __str__(self) -> str:
        return str(self.problem())
