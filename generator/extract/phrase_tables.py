"""Phrase lists of the language data as regular expressions.

`alternation` compiles many phrases into one regex (a trie of characters, so each position tries one
branch; `*` ends a word stem, `tails` are patterns that must follow some phrases); `PhraseTable` tells
which labelled list a matched phrase came from (the category of a stance cue, what a call asks for).
"""
from __future__ import annotations

import re
from typing import Iterable


def normalise_phrase(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u2019", "'").strip().casefold())


def phrase_pattern(phrase: str) -> str:
    words = phrase.strip().split()
    parts = []
    for word in words:
        star = word.endswith("*") and len(word) > 1
        if star:
            word = word[:-1]
        escaped = re.escape(word).replace("'", "['\u2019]").replace("\\-", "[-\u2010\u2011]")
        parts.append(escaped + (r"\w*" if star else ""))
    body = r"\s+".join(parts)
    first, last = words[0], words[-1]
    if first[0].isalnum() or first[0] == "_":
        body = r"(?<!\w)" + body
    if last.endswith("*") or last[-1].isalnum():
        body = body + r"(?!\w)"
    return body


def _atoms(phrase: str) -> tuple:
    """A phrase as matching atoms: lower-case characters, `\\s+` for spaces, `\\w*` for `*`."""
    out: list[str] = []
    words = phrase.strip().split()
    for index, word in enumerate(words):
        if index:
            out.append(r"\s+")
        star = word.endswith("*") and len(word) > 1
        for ch in (word[:-1] if star else word).casefold():
            if ch in "'\u2019":
                out.append("['\u2019]")
            elif ch in "-\u2010\u2011":
                out.append("[-\u2010\u2011]")
            else:
                out.append(re.escape(ch))
        if star:
            out.append(r"\w*")
    return tuple(out)


def _trie_regex(node: dict) -> str:
    """A regex for a trie of atoms; "" marks the end of a phrase (with its closing boundary)."""
    branches = []
    end = None
    for atom in sorted(node, key=lambda a: (a == "", a)):
        if atom == "":
            end = node[""]
            continue
        branches.append(atom + _trie_regex(node[atom]))
    if end is not None:
        branches.append(end)  # longest first: the end of a phrase is the last alternative
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


def alternation(phrases: Iterable[str], flags: int = re.IGNORECASE,
                tails: dict[str, str] | None = None) -> re.Pattern | None:
    """One fast regex for many phrases (a trie, so each position tries one branch). `tails` maps
    phrases to a pattern that must follow them (`fired` + `... missiles at`): in the same trie, so
    the regex keeps one branch per position."""
    tails = tails or {}
    plain = {p for p in (str(x) for x in phrases) if p and p.strip()}
    unique = plain | set(tails)
    if not unique:
        return None
    trie: dict = {}
    starts_word = []
    for phrase in unique:
        atoms = _atoms(phrase)
        if not flags & re.IGNORECASE:
            atoms = tuple(re.escape(c) if len(c) == 1 else c for c in phrase_chars(phrase))
        node = trie
        for atom in atoms:
            node = node.setdefault(atom, {})
        last = phrase.strip()
        end = r"(?!\w)" if (last[-1].isalnum() or last.endswith("*")) else ""
        if phrase in tails:
            tail = end + tails[phrase]
            end = f"(?:{tail}|{end})" if phrase in plain else tail
        node[""] = end
        starts_word.append(phrase.strip()[0].isalnum())
    body = _trie_regex(trie)
    # (a phrase that starts with a word character starts a word; one that starts with another
    # character, `'s doing`, `-led`, may follow a word: one such phrase leaves the others their start)
    prefix = r"(?<!\w)" if all(starts_word) else r"(?:(?<!\w)|(?!\w))" if any(starts_word) else ""
    return re.compile(prefix + body, flags)


def phrase_chars(phrase: str) -> list[str]:
    """Atoms of a case-sensitive phrase."""
    out: list[str] = []
    for index, word in enumerate(phrase.strip().split()):
        if index:
            out.append(r"\s+")
        out.extend(word)
    return out


class PhraseTable:
    """One regex for many phrases, and the label of whichever phrase matched."""

    def __init__(self, labelled: dict[str, list[str]]):
        self.exact: dict[str, str] = {}
        self.wild: list[tuple[re.Pattern, str]] = []
        phrases = []
        for label, items in labelled.items():
            for phrase in items or []:
                phrase = str(phrase)
                phrases.append(phrase)
                if "*" in phrase:
                    self.wild.append((re.compile(phrase_pattern(phrase), re.I), label))
                else:
                    self.exact.setdefault(normalise_phrase(phrase), label)
        self.regex = alternation(phrases)
        self._labels: dict[str, str | None] = {}

    def label(self, text: str) -> str | None:
        # (the same few cues are found again and again, by several passes over each article:
        # each text's label is worked out once)
        if text not in self._labels:
            self._labels[text] = self._label(text)
        return self._labels[text]

    def _label(self, text: str) -> str | None:
        found = self.exact.get(normalise_phrase(text))
        if found is not None:
            return found
        for pattern, label in self.wild:
            if pattern.fullmatch(text):
                return label
        return None

    def finditer(self, text: str, start: int, end: int):
        if self.regex is None:
            return iter(())
        return self.regex.finditer(text, start, end)
