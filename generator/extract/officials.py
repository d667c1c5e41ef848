"""Whose official a speaker is, from shipped general knowledge (`generator/data/officials.yaml`).

Used only after what the article itself says (a role such as `Presiden Turki`) and
`content/people.yaml`: it fills the country of a speaker the article names without saying whom
they speak for (`kata Donald Trump`, `Mitsotakis said`).
"""
from __future__ import annotations

import datetime as dt
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
    """officials.yaml and office_holders.yaml together: code -> lines."""
    data = {code: list(people or []) for code, people in _officials().items()}
    for code, people in _office_holders().items():
        data.setdefault(code, []).extend(people or [])
    return data


@lru_cache(maxsize=1)
def _officials() -> dict:
    from .langpack import load_yaml_file

    return load_yaml_file(DATA_DIR / "officials.yaml") or {}


@lru_cache(maxsize=1)
def _office_holders() -> dict:
    from .langpack import load_yaml_file

    return load_yaml_file(DATA_DIR / "office_holders.yaml") or {}


@lru_cache(maxsize=1)
def _speakers_only() -> frozenset[str]:
    """Every form listed in office_holders.yaml: names that speak for a state without naming it."""
    return frozenset(name_key(form) for people in _office_holders().values() for line in people or []
                     for form in _forms(line)[0] if name_key(form))


@lru_cache(maxsize=1)
def _nicknames() -> dict[str, str]:
    """Aliases that share no word with the full name (`Jokowi`, `SBY`, `MBS`) -> the full name."""
    data = _data()
    out: dict[str, str] = {}
    for code, people in data.items():
        if code == INTERNATIONAL:
            continue
        for line in people or []:
            forms = [f.strip() for f in _forms(line)[0] if f.strip()]
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


_TERM = re.compile(r"\s*(\d{4}-\d{2}-\d{2})?\s*\.\.\s*(\d{4}-\d{2}-\d{2})?\s*")


def _forms(line) -> tuple[list[str], str]:
    """'Joe Biden | Biden @ ..2017-01-20, 2021-01-20..2025-01-20' -> the names, and the terms."""
    names, _, terms = str(line).partition("@")
    return names.split("|"), terms


@lru_cache(maxsize=1)
def _terms() -> dict[str, list[tuple[dt.date | None, dt.date | None]]]:
    """The terms of office listed for a name: from (inclusive) .. to (exclusive), either open."""
    out: dict[str, list] = {}
    for code, people in _data().items():
        for line in people or []:
            forms, terms = _forms(line)
            if not terms.strip():
                continue
            spans = _spans(terms)
            for form in forms:
                if name_key(form):
                    out[name_key(form)] = spans
    return out


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    data = _data()
    table: dict[str, str] = {}
    clashes: set[str] = set()
    for code, people in data.items():
        for line in people or []:
            for form in _forms(line)[0]:
                key = name_key(form)
                if not key:
                    continue
                if key in table and table[key] != code:
                    clashes.add(key)  # the same form for officials of two states: it decides nothing
                table[key] = str(code)
    for key in clashes:
        del table[key]
    for key in _offices_by_date():
        table[key] = DATED  # (one person's offices one after another: the date decides, see _office_on)
    return table


INTERNATIONAL = "international"
# the table's mark for a name listed under two codes, each line with its terms
DATED = "dated"


@lru_cache(maxsize=1)
def _offices_by_date() -> dict[str, list[tuple[str, list]]]:
    """Names listed under two codes or more where every line gives its terms: one person's offices
    one after another ('Mark Rutte', prime minister of the Netherlands, then NATO's secretary-general)
    -> [(code, terms), ...]."""
    lines: dict[str, list[tuple[str, str]]] = {}
    for code, people in _data().items():
        for line in people or []:
            forms, terms = _forms(line)
            for form in forms:
                if name_key(form):
                    lines.setdefault(name_key(form), []).append((str(code), terms))
    out = {}
    for key, found in lines.items():
        if len({code for code, _ in found}) > 1 and all(terms.strip() for _, terms in found):
            out[key] = [(code, _spans(terms)) for code, terms in found]
    return out


def _spans(terms: str) -> list[tuple[dt.date | None, dt.date | None]]:
    spans = []
    for term in terms.split(","):
        m = _TERM.fullmatch(term)
        if m is None:
            raise ValueError(f"officials.yaml: {terms!r}: a term is FROM..TO with ISO dates, either may be left out")
        spans.append(tuple(dt.date.fromisoformat(d) if d else None for d in m.groups()))
    return spans


def _office_on(key: str, on: dt.date | None) -> str | None:
    """The code a name listed by date holds on `on`: an undated article gets the international
    office when one is listed (as a name listed only there would), else nothing."""
    offices = _offices_by_date()[key]
    if on is None:
        return INTERNATIONAL if any(code == INTERNATIONAL for code, _ in offices) else None
    for code, spans in offices:
        if any((start is None or start <= on) and (end is None or on < end) for start, end in spans):
            return code
    return None


def official_country(name: str | None, on: dt.date | None = None) -> str | None:
    """The state a well-known official speaks for, or None when the name is not known (or
    speaks for no state: see `speaks_for_no_state`), or when the article is dated (`on`) outside
    every term of office the list gives for the name (Joe Biden in 2020 was a candidate)."""
    if not name:
        return None
    key = _without_initial(name_key(name))
    code = _table().get(key)
    if code == DATED:
        code = _office_on(key, on)
        return None if code == INTERNATIONAL else code
    if code is None or code == INTERNATIONAL or _out_of_term(key, on):
        return None
    return code


def _without_initial(key: str) -> str:
    """A listed name of two words or more written after an initial the list does not give:
    'M. Iftitah Sulaiman Suryanagara' is 'Iftitah Sulaiman Suryanagara' ('m iftitah ...' -> the listed key)."""
    if key in _table():
        return key
    words = key.split()
    if len(words) >= 3 and len(words[0]) == 1 and " ".join(words[1:]) in _table():
        return " ".join(words[1:])
    return key


def state_named_by(name: str | None, on: dt.date | None = None) -> str | None:
    """The state a well-known official's name stands for where the text names them, as a sign of
    which states act (`Erdogan threatened ...` -> TR): `official_country`, except for the office
    holders of office_holders.yaml, who speak for their state without standing for it."""
    if not name or name_key(name) in _speakers_only():
        return None
    return official_country(name, on)


def listed_office_holder(name: str | None) -> bool:
    """A name office_holders.yaml lists (a minister, a legislator, a regional head), not a head of
    state or government of officials.yaml: known to hold an office the article may not give."""
    return bool(name) and name_key(name) in _speakers_only()


def out_of_office(name: str | None, on: dt.date | None) -> bool:
    """A well-known official whose every listed term of office lies before or after `on` (John
    Bolton two days after his dismissal): the article's date is known and so are the terms."""
    if not name:
        return False
    key = name_key(name)
    if _table().get(key) == DATED:
        return on is not None and _office_on(key, on) is None
    return _table().get(key) not in (None, INTERNATIONAL) and _out_of_term(key, on)


def _out_of_term(key: str, on: dt.date | None) -> bool:
    """Terms are listed for the name and `on` falls in none of them (False when undated)."""
    terms = _terms().get(key) if on is not None else None
    return bool(terms) and not any((start is None or start <= on) and (end is None or on < end) for start, end in terms)


@lru_cache(maxsize=1)
def _first_forms() -> dict[str, frozenset[str]]:
    """Every form listed -> the full names (first forms) of the lines that list it."""
    out: dict[str, set[str]] = {}
    for code, people in _data().items():
        for line in people or []:
            forms = [f.strip() for f in _forms(line)[0] if f.strip()]
            for form in forms:
                out.setdefault(name_key(form), set()).add(name_key(forms[0]))
    return {k: frozenset(v) for k, v in out.items()}


def listed_as(full: str, alias: str) -> bool:
    """Whether the list gives `alias` as a name of `full` ('Prabowo' of 'Prabowo Subianto')."""
    return name_key(full) in _first_forms().get(name_key(alias), ())


def another_person(full: str | None, alias: str | None) -> bool:
    """`alias` is listed only as the surname of someone else than `full`: 'McConnell' is Mitch
    McConnell's, not Jack McConnell's (a full name the article gives that the list does not have)."""
    if not full or not alias:
        return False
    f, a = name_key(full), name_key(alias)
    if f == a or len(f.split()) < 2 or f in _first_forms() or len(a.split()) > 1:
        return False
    listed = _first_forms().get(a)
    if not listed:
        return False
    if not any(f.split()[0] == l.split()[0] for l in listed):
        return True
    # ('Ganjar Mukti', a PS TNI defender, then 'kata Ganjar': the word is the given name the list gives
    # a governor, 'Ganjar Pranowo', by itself; a full name the article gives with another last word is
    # another person's. A spelling of the same last word, 'Hadimoeljono' of 'Hadimuljono', keeps its
    # first letters.)
    last = f.split()[-1]
    return all(l.split()[0] == a and len(l.split()) > 1 and l.split()[-1][:4] != last[:4] for l in listed)


def speaks_for_no_state(name: str | None, on: dt.date | None = None) -> bool:
    """The UN, NATO, Interpol and their officials: never given a state by context. (One who held a
    state's office before, listed by date, only on the dates of the international office.)"""
    if not name:
        return False
    code = _table().get(name_key(name))
    if code == DATED:
        return _office_on(name_key(name), on) == INTERNATIONAL
    return code == INTERNATIONAL


@lru_cache(maxsize=1)
def last_words() -> frozenset[str]:
    """The last word of every name and alias, for a cheap first test on text."""
    return frozenset(key.split()[-1] for key in _table() if key)


def listed_name_length(toks: list[str]) -> int:
    """How many of the last words of `toks` (2 or 3) spell a listed official's full name (any state,
    any term), or 0: 'Juru Bicara Kementerian Luar Negeri China Geng Shuang' ends in 'Geng Shuang'."""
    if not toks or (name_key(toks[-1]).split() or [""])[-1] not in last_words():
        return 0
    table = _table()
    for k in (3, 2):
        if len(toks) > k and name_key(" ".join(toks[-k:])) in table:
            return k
    return 0
