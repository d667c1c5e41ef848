"""Shared helpers of the extraction rule tests: run one constructed article through the extractor."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from generator.articles import ArticleText
from generator.content import Registries
from generator.extract import CountryFinder, extract_article, load_pack
from generator.models import Sheet

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"


def run(body: str, lang: str = "id", registries: Registries | None = None, title: str | None = "T"):
    """The sheet of one article, checked against the schema and with every span pointing at its text."""
    article = ArticleText(Path("x.txt"), title, body)
    x = extract_article(article, registries or Registries(), "x", lang)
    Sheet.model_validate(x.sheet)
    for q in x.sheet["quotes"]:
        a, b = q["span"]
        assert body[a:b] == q["text"]
    return x.sheet


def quote_fields(body: str, *fields: str, lang: str = "id", title: str | None = "T") -> list:
    """The named fields of every quote of one article, in order: a tuple per quote, or the value alone
    when one field is asked for ('speaker', 'role', 'country', 'kind', 'text', ...)."""
    quotes = run(body, lang, title=title)["quotes"]
    if len(fields) == 1:
        return [q[fields[0]] for q in quotes]
    return [tuple(q[f] for f in fields) for q in quotes]


def direct(sheet):
    return [(q["speaker"], q["text"], q["country"]) for q in sheet["quotes"] if q["kind"] == "direct"]


def direct_speakers(body: str, lang: str = "id") -> list[str]:
    """The speakers of the direct quotes of one article, in order."""
    return [s for s, _, _ in direct(run(body, lang))]


def indirect(sheet):
    return [(q["speaker"], q["text"]) for q in sheet["quotes"] if q["kind"] == "indirect"]


def countries_of(body):
    return quote_fields(body, "speaker", "country")


def reports_of(body, lang="en"):
    return [(q["speaker"], q["text"], q["country"]) for q in run(body, lang)["quotes"] if q["kind"] == "indirect"]


def all_id(body):
    return quote_fields(body, "speaker", "text", "country")


def all_en(body, published=None, title="T"):
    """(speaker, text, country) of an English article, with a publication date when given (ISO string)."""
    return [(q["speaker"], q["text"], q["country"]) for q in dated_quotes(body, published, "en", title)]


def dated_quotes(body: str, published, lang: str = "id", title: str = "T") -> list[dict]:
    """The quotes of an article published on `published` (an ISO date, a date, or None: undated),
    for the rules that read the knowledge of office holders' terms."""
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    article = ArticleText(Path("x.txt"), title, body, {"published": published} if published else {})
    return extract_article(article, Registries(), "x", lang).sheet["quotes"]


def dated_countries(body: str, published, lang: str = "id") -> list[tuple[str, str | None]]:
    """(speaker, country) of each quote of an article published on `published` (see dated_quotes)."""
    return [(q["speaker"], q["country"]) for q in dated_quotes(body, published, lang)]


def grammar_en():
    from generator.extract import pipeline

    return pipeline._grammar(load_pack("en"), CountryFinder.for_language("en"))


# ---- a throwaway content folder grown by `factsheet extract` (cross-article joins) -------------

def extract_folder(tmp_path: Path, *texts: str, again: bool = False) -> Path:
    """The content folder one `factsheet extract` run grows from the articles `texts` (a1.txt,
    a2.txt, ... in that order, under tmp_path/articles); with `again`, also checks that one run is
    enough: a second forced run changes no sheet and not people.yaml."""
    from generator.extract_command import run_extract

    articles, content = tmp_path / "articles", tmp_path / "content"
    articles.mkdir()
    for i, text in enumerate(texts, 1):
        (articles / f"a{i}.txt").write_text(text, encoding="utf-8")
    assert run_extract([articles], content, jobs=1, progress=False) == 0
    if again:
        sheets, people = sheet_texts(content), (content / "people.yaml").read_text(encoding="utf-8")
        assert run_extract([articles], content, jobs=1, progress=False, force=True) == 0
        assert sheet_texts(content) == sheets
        assert (content / "people.yaml").read_text(encoding="utf-8") == people
    return content


def sheet_texts(content: Path) -> dict[str, str]:
    """Every sheet of a content folder, by file name, as written."""
    return {p.name: p.read_text(encoding="utf-8") for p in (content / "sheets").glob("*.yaml")}


def sheet_speakers(content: Path, name: str) -> list[tuple]:
    """(speaker, role, country) of each quote of one sheet of a content folder."""
    from generator.yamlio import load_plain

    sheet = load_plain(content / "sheets" / name)
    return [(q["speaker"], q.get("role"), q.get("country")) for q in sheet["quotes"]]
