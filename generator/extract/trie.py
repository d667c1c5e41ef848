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
