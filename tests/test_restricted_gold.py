"""Gold that gives character spans instead of text (tests/restricted/): scoring, errors, and no corpus text."""
from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generator.errors import InputError
from generator.evaluate import evaluate, spanned_text

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
from bench.accuracy import RESTRICTED  # noqa: E402  (which corpus each restricted set's spans point into)

ARTICLE = "Judul\r\n\r\nMenteri itu berkata, \"Kami siap berunding.\" Lalu dia pergi.\r\n"


def write(folder: Path, name: str, data) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return folder / name


def spans_gold(tmp_path: Path, **changes) -> tuple[Path, Path, Path]:
    """An article with CRLF line ends, span gold for its one quote, and a sheet that finds it."""
    articles, gold, sheets = tmp_path / "articles", tmp_path / "gold", tmp_path / "sheets"
    articles.mkdir()
    (articles / "a.txt").write_bytes(ARTICLE.encode("utf-8"))
    text = ARTICLE.replace("\r\n", "\n")
    start = text.index("Kami siap")
    quote = {"speaker": "Menteri", "aliases": [], "country": "ID", "kind": "direct", "optional": False,
             "span": [start, start + len("Kami siap berunding.")]}
    data = {"article": "a.txt", "sha256": hashlib.sha256(ARTICLE.encode("utf-8")).hexdigest(), "language": "id",
            "conflict": None, "quotes": [quote], "stances": []}
    data.update(changes)
    write(gold, "a.yaml", data)
    write(sheets, "a.yaml", {"article": {"id": "a", "file": "a.txt", "title": "Judul"},
                             "quotes": [{"id": "q1", "speaker": "Menteri", "text": "Kami siap berunding.",
                                         "country": "ID"}]})
    return gold, sheets, articles


def test_spans_are_read_from_the_article(tmp_path):
    gold, sheets, articles = spans_gold(tmp_path)
    m = evaluate(gold, sheets, articles).metrics
    assert (m["who_said_what"]["tp"], m["who_said_what"]["fp"], m["who_said_what"]["fn"]) == (1, 0, 0)
    assert m["country_accuracy"] == 1.0


@pytest.mark.parametrize("changes, articles_given, message", [
    ({}, False, "pass --articles DIR"),
    ({"sha256": "0" * 64}, True, "differs from the one the gold was annotated on"),
    ({"article": "../a.txt"}, True, "not a plain file name"),
    ({"article": "b.txt"}, True, "article b.txt not found"),
    ({"quotes": [{"speaker": "X", "span": [5, 900]}]}, True, "is not [start, end] inside the article"),
    ({"quotes": [{"speaker": "X", "span": "5-9"}]}, True, "is not [start, end] inside the article"),
])
def test_bad_span_gold_is_one_clear_error(tmp_path, changes, articles_given, message):
    gold, sheets, articles = spans_gold(tmp_path, **changes)
    with pytest.raises(InputError) as caught:
        evaluate(gold, sheets, articles if articles_given else None)
    assert message in str(caught.value) and "a.yaml" in str(caught.value)


def test_eval_command_names_the_missing_option(tmp_path):
    gold, sheets, articles = spans_gold(tmp_path)
    run = subprocess.run([sys.executable, "-m", "generator", "eval", str(gold), str(sheets)],
                         capture_output=True, text=True, cwd=tmp_path)
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert "pass --articles DIR" in run.stderr and len(run.stderr.strip().splitlines()) == 1
    run = subprocess.run([sys.executable, "-m", "generator", "eval", str(gold), str(sheets),
                          "--articles", str(articles)], capture_output=True, text=True, cwd=tmp_path)
    assert run.returncode == 0 and "who-said-what     1.000" in run.stdout


GOLD_FILES = sorted((ROOT / "tests" / "restricted").glob("*/*.yaml"))


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_restricted_gold_holds_no_article_text(path):
    """Only who said it and where: the corpus texts may not enter the repository."""
    from generator.countries import is_known_code

    gold = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert set(gold) <= {"article", "sha256", "language", "conflict", "quotes", "stances"}
    assert len(gold["sha256"]) == 64 and gold["language"] in ("en", "id")
    for quote in gold["quotes"]:
        assert set(quote) <= {"speaker", "aliases", "country", "kind", "optional", "span"}, quote
        assert quote["country"] is None or is_known_code(quote["country"])
        assert quote["kind"] in ("direct", "indirect")
        assert len(quote["speaker"]) <= 120 and all(len(a) <= 120 for a in quote["aliases"])  # names, not prose
    parties = (gold.get("conflict") or {}).get("parties") or []
    for stance in gold["stances"]:
        assert set(stance) <= {"country", "position", "side", "claimed_by", "evidence_span"}, stance
        assert stance["side"] is None or stance["side"] in parties


def test_restricted_spans_fit_the_corpus_articles():
    """Every hash and span fits its corpus file (where ../shared is there)."""
    if not all(corpus.is_dir() for corpus in RESTRICTED.values()):
        pytest.skip("../shared is not available: the spans cannot be checked against the articles")
    assert GOLD_FILES
    for path in GOLD_FILES:
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
        raw = (RESTRICTED[path.parent.name] / gold["article"]).read_bytes()
        assert hashlib.sha256(raw).hexdigest() == gold["sha256"], path.name
        text = spanned_text(raw)
        for item in gold["quotes"] + [s for s in gold["stances"] if "evidence_span" in s]:
            start, end = item.get("span") or item["evidence_span"]
            assert 0 <= start < end <= len(text) and text[start:end].strip() == text[start:end], path.name
