"""Compile a list of literal strings into one prefix-factored regular expression (fast matching)."""
from __future__ import annotations

import re


def trie_pattern(words) -> str:
    """A regex source matching any of `words`, longest alternative first at each branch."""
    trie: dict = {}
    for word in words:
        if not word:
            continue
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = True
    return _to_regex(trie) if trie else r"(?!x)x"


def _to_regex(node: dict) -> str:
    ends = "" in node
    branches = [re.escape(ch) + _to_regex(child) for ch, child in sorted(node.items()) if ch != ""]
    if not branches:
        return ""
    if len(branches) == 1:
        body = branches[0]
        return f"(?:{body})?" if ends else body
    body = "(?:" + "|".join(branches) + ")"
    return body + "?" if ends else body


def literal_alternation(words) -> str:
    """What `"|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))` matches,
    in the same order, with any flags (re.I too): the trie when no two branches of one node
    can match the same character ignoring case and no word is empty, else that plain
    alternation. (A trie tries one branch at each position, the alternation every word.)"""
    unique = sorted(set(words), key=len, reverse=True)
    plain = "|".join(re.escape(w) for w in unique)
    if not unique or "" in unique:
        return plain
    trie: dict = {}
    for word in unique:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = True
    stack = [trie]
    while stack:
        node = stack.pop()
        chars = [ch for ch in node if ch != ""]
        for i, a in enumerate(chars):
            for b in chars[i + 1:]:
                if re.fullmatch(re.escape(a), b, re.I) or re.fullmatch(re.escape(b), a, re.I):
                    return plain  # ('Kata' and 'kata': the branch order would decide under re.I)
        stack.extend(node[ch] for ch in chars)
    return _to_regex(trie)
