"""The faster forms used by the extractor answer exactly as the plain ones they replaced."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.extract.trie import literal_alternation, trie_pattern

_WORDS = st.lists(st.text(st.sampled_from(list("aAbB -.k")), min_size=1, max_size=4), min_size=1, max_size=8)
_TEXT = st.text(st.sampled_from(list("aAbB -.kx")), max_size=30)


@st.composite
def _words_and_text(draw):
    """Words, and a text made of them (their case flipped at random) and other characters."""
    words = draw(_WORDS)
    parts = draw(st.lists(st.one_of(st.sampled_from(words), _TEXT), max_size=6))
    flips = draw(st.lists(st.booleans(), min_size=200, max_size=200))
    text = "".join(parts)
    text = "".join(c.swapcase() if flips[i % 200] else c for i, c in enumerate(text))
    return words, text


def _plain(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _spans(pattern: str, text: str, flags: int) -> list:
    return [(m.span(), m.groups()) for m in re.finditer(pattern, text, flags)]


@settings(max_examples=400, deadline=None)
@given(_words_and_text(), st.sampled_from([0, re.I]), st.sampled_from(["", "b", r"\b", "(a|b)", "[ .]k"]))
def test_literal_alternation_matches_like_the_longest_first_alternation(words_text, flags, after):
    words, text = words_text
    # (what follows the words makes the engine backtrack into shorter ones)
    ours = rf"((?:{literal_alternation(words)})){after}"
    theirs = rf"((?:{_plain(words)})){after}"
    assert _spans(ours, text, flags) == _spans(theirs, text, flags)


@settings(max_examples=400, deadline=None)
@given(_words_and_text(), st.sampled_from(["", "b", r"\b", "(a|b)", "[ .]k"]))
def test_trie_pattern_matches_like_the_longest_first_alternation(words_text, after):
    words, text = words_text
    ours = rf"((?:{trie_pattern(words)})){after}"
    theirs = rf"((?:{_plain(words)})){after}"
    assert _spans(ours, text, 0) == _spans(theirs, text, 0)


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from(list("ab c")), max_size=12),
       st.sets(st.text(st.sampled_from(list("ab c")), max_size=5), max_size=6))
def test_home_title_and_institution_tests_agree_with_the_loops_they_replace(text, words):
    from generator.extract.mentions import _is_or_opens_with

    assert _is_or_opens_with(text, words) == any(text == t or text.startswith(t + " ") for t in words)
    padded = re.sub(r"\s+", " ", " " + text + " ")
    found = re.compile(" (?:" + trie_pattern(words) + ") ").search(padded) is not None if words else False
    assert found == any(f" {t} " in padded for t in words)
