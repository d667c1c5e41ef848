"""Whose official a speaker is, from shipped general knowledge (`generator/data/officials.yaml`).

Used only after what the article itself says (a role such as `Presiden Turki`) and
`content/people.yaml`: it fills the country of a speaker the article names without saying whom
they speak for (`kata Donald Trump`, `Mitsotakis said`).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .gazetteer import DATA_DIR


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """Case, accents, hyphens, apostrophes and spacing do not matter: `Kim Jong - un` =
    `kim jong un` = `Kim Jong-Un`; `Erdoğan` = `erdogan`."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("ı", "i").casefold()
    text = re.sub(r"[-‐‑–'’`.]", " ", text)
    return " ".join(text.split())


@lru_cache(maxsize=1)
def _data() -> dict:
    from .langpack import _load_yaml

    return _load_yaml(DATA_DIR / "officials.yaml") or {}


@lru_cache(maxsize=1)
def _nicknames() -> dict[str, str]:
    """Aliases that share no word with the full name (`Jokowi`, `SBY`, `MBS`) -> the full name."""
    data = _data()
    out: dict[str, str] = {}
    for code, people in data.items():
        if code == INTERNATIONAL:
            continue
        for line in people or []:
            forms = [f.strip() for f in str(line).split("|") if f.strip()]
            full = set(name_key(forms[0]).split())
            # ('Zelensky' is a spelling of 'Volodymyr Zelensky', listed beside 'Volodymyr
            # Zelenskyy': no nickname, the article's own spelling stays)
            spelled = {w for f in forms[1:] if len(f.split()) > 1 for w in name_key(f).split()}
            for alias in forms[1:]:
                words = set(name_key(alias).split())
                if not words & full and not words <= spelled:
                    out[name_key(alias)] = forms[0]
    return out


def full_name(nickname: str) -> str | None:
    """The full name a well-known official's nickname stands for: `Jokowi` -> `Joko Widodo`."""
    return _nicknames().get(name_key(nickname))


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    data = _data()
    table: dict[str, str] = {}
    clashes: set[str] = set()
    for code, people in data.items():
        for line in people or []:
            for form in str(line).split("|"):
                key = name_key(form)
                if not key:
                    continue
                if key in table and table[key] != code:
                    clashes.add(key)  # the same form for officials of two states: it decides nothing
                table[key] = str(code)
    for key in clashes:
        del table[key]
    return table


INTERNATIONAL = "international"


def official_country(name: str | None) -> str | None:
    """The state a well-known official speaks for, or None when the name is not known (or
    speaks for no state: see `speaks_for_no_state`)."""
    if not name:
        return None
    code = _table().get(name_key(name))
    return None if code == INTERNATIONAL else code


def speaks_for_no_state(name: str | None) -> bool:
    """The UN, NATO, Interpol and their officials: never given a state by context."""
    return bool(name) and _table().get(name_key(name)) == INTERNATIONAL


@lru_cache(maxsize=1)
def last_words() -> frozenset[str]:
    """The last word of every name and alias, for a cheap first test on text."""
    return frozenset(key.split()[-1] for key in _table() if key)
