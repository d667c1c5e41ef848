"""Country codes and names: CLDR (through Babel) plus the overrides in content/countries.yaml."""
from __future__ import annotations

from functools import lru_cache

from babel import Locale

# Codes a user declared in content/countries.yaml on top of CLDR (e.g. a territory CLDR lacks).
_declared: set[str] = set()
# Display-name overrides from content/countries.yaml: {code: {lang: name}}.
_display: dict[str, dict[str, str]] = {}

# CLDR territory codes that are not countries.
_NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB"}


@lru_cache(maxsize=None)
def cldr_codes() -> frozenset[str]:
    return frozenset(
        code
        for code in Locale("en").territories
        if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES
    )


def declare(overrides: dict[str, dict[str, str]], codes: set[str]) -> None:
    """Install content/countries.yaml: extra codes and display names (last call wins)."""
    _declared.clear()
    _declared.update(codes)
    _display.clear()
    _display.update(overrides)


def is_known_code(code: str) -> bool:
    return code in cldr_codes() or code in _declared


@lru_cache(maxsize=64)
def _locale(language: str) -> Locale:
    try:
        return Locale.parse(language)
    except Exception:
        return Locale("en")


def country_name(code: str, language: str = "en") -> str:
    override = _display.get(code, {})
    if language in override:
        return override[language]
    name = _locale(language).territories.get(code)
    return name or override.get("en") or code


def flag(code: str) -> str:
    """The emoji flag: two regional-indicator symbols (works for every alpha-2 code)."""
    if len(code) != 2 or not code.isalpha():
        return ""
    return "".join(chr(0x1F1E6 + ord(c) - ord("A")) for c in code.upper())
