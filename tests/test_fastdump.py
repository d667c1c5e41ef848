"""The fast writer of machine sheets gives exactly ruamel's bytes, or steps aside."""
from __future__ import annotations

from pathlib import Path

import pytest

from generator.articles import read_article
from generator.content import Registries
from generator.extract.pipeline import extract_article
from generator.fastdump import dump_machine
from generator.merge import dump_text, to_tree

from .conftest import ROOT

ARTICLES = sorted((ROOT / "tests" / "gold").glob("*/articles/*.txt")) + \
    sorted((ROOT / "content" / "articles").glob("*.txt"))


def ruamel(sheet: dict) -> str:
    return dump_text(to_tree(sheet))


def test_real_sheets_are_written_byte_for_byte_as_ruamel_writes_them():
    fast = 0
    for path in ARTICLES:
        sheet = extract_article(read_article(path), Registries(), path.stem).sheet
        text = dump_machine(sheet)
        if text is not None:
            fast += 1
            assert text == ruamel(sheet), path.name
    assert fast >= 0.8 * len(ARTICLES)  # the fast path is the usual one


TRICKY = ["yes", "NO", "on", "1.10", "0x1F", "12", "1:20", "-", "- item", "-nya", "? x", "key: value",
          "a # b", "#tag", "it's", "say \"hi\"", "both ' and \"", "back\\slash", "[x]", "{x}", "a, b",
          "trailing ", " leading", "line\nbreak", "tab\there", "null", "~", "", "…", "Türkiye",
          "100%", "@user", "`code`", "*star", "&anchor", "!tag", "|pipe", ">fold", "%pct", "x:y",
          "1519380900-presiden", ".5", ".hidden", "+1", "1e5", "e5", "true story", "=", "<<"]


@pytest.mark.parametrize("text", TRICKY)
def test_tricky_strings_in_block_and_flow_positions(text):
    sheet = {"article": {"id": "x", "title": text, "cites": [text], "related": [text, "b" * 70]},
             "conflict": None, "quotes": [{"id": "q1", "text": text, "span": [1, 2]}],
             "stances": [{"id": "tr", "evidence": [[1, 2], text], "confidence": 0.5,
                          "reviewed": False}]}
    result = dump_machine(sheet)
    if result is not None:
        assert result == ruamel(sheet)
