"""Turn annotators' gold (with `text`) into restricted gold (character spans, no article text).

    .venv/bin/python tests/restricted/to_offsets.py ANNOTATED_DIR ARTICLES_DIR OUT_DIR

The texts of the BBC and Detik corpora may not enter the repository (../shared/corpora/README.md), so a gold file
under tests/restricted/ keeps, of each quote, only who said it and where: `span: [start, end]`, offsets into the
article file decoded as UTF-8 with LF line ends, and the file's `sha256`. `factsheet eval --articles DIR` puts the
text back.
Every `text` and `evidence` must occur verbatim in the article; the script stops at the first that does not.
"""
from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from generator.evaluate import spanned_text  # noqa: E402

QUOTE_KEYS = ("speaker", "aliases", "country", "kind", "optional")
STANCE_KEYS = ("country", "position", "side", "claimed_by")


def locate(text: str, needle: str, start_from: int) -> list[int]:
    """[start, end] of `needle` in `text`: the first occurrence from `start_from` on, else the first at all."""
    needle = needle.strip()  # a literal block's trailing newline is not part of the quote
    at = text.find(needle, start_from)
    if at < 0:
        at = text.find(needle)
    if not needle or at < 0:
        raise SystemExit(f"not found verbatim in the article: {needle[:60]!r}")
    return [at, at + len(needle)]


def convert(gold: dict, raw: bytes) -> dict:
    text = spanned_text(raw)
    out = {"article": gold["article"], "sha256": hashlib.sha256(raw).hexdigest(), "language": gold["language"],
           "conflict": gold.get("conflict"), "quotes": [], "stances": []}
    position, previous = 0, None
    for q in gold.get("quotes") or []:
        span = locate(text, q["text"], position)
        if previous == (span, q.get("speaker")):
            # the same words twice in a row for the same speaker are two places of the article (a word quoted in the
            # headline and again in the body); for another speaker they are one place said by both
            span = locate(text, q["text"], span[0] + 1)
        position, previous = span[0], (span, q.get("speaker"))
        out["quotes"].append({**{k: q.get(k) for k in QUOTE_KEYS if k in q}, "span": span})
    for s in gold.get("stances") or []:
        entry = {k: s.get(k) for k in STANCE_KEYS}
        if s.get("evidence"):
            entry["evidence_span"] = locate(text, s["evidence"], 0)
        out["stances"].append(entry)
    return out


def main(annotated: Path, articles: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for path in sorted(annotated.glob("*.yaml")):
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
        try:
            converted = convert(gold, (articles / gold["article"]).read_bytes())
        except SystemExit as exc:
            raise SystemExit(f"{path}: {exc}") from None
        (out / path.name).write_text(yaml.safe_dump(converted, allow_unicode=True, sort_keys=False,
                                                    default_flow_style=None, width=120), encoding="utf-8")
        print(f"{path.name}: {len(converted['quotes'])} quotes, {len(converted['stances'])} stances")


if __name__ == "__main__":
    main(*map(Path, sys.argv[1:4]))
