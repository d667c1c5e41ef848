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


def direct(sheet):
    return [(q["speaker"], q["text"], q["country"]) for q in sheet["quotes"] if q["kind"] == "direct"]


def indirect(sheet):
    return [(q["speaker"], q["text"]) for q in sheet["quotes"] if q["kind"] == "indirect"]


def countries_of(body):
    return [(q["speaker"], q["country"]) for q in run(body, "id")["quotes"]]


def reports_of(body, lang="en"):
    return [(q["speaker"], q["text"], q["country"]) for q in run(body, lang)["quotes"] if q["kind"] == "indirect"]


def all_id(body):
    return [(q["speaker"], q["text"], q["country"]) for q in run(body, "id")["quotes"]]


def all_en(body, published=None, title="T"):
    """(speaker, text, country) of an English article, with a publication date when given (ISO string)."""
    article = ArticleText(Path("x.txt"), title, body, {"published": published} if published else {})
    if isinstance(published, str):
        article.meta["published"] = dt.date.fromisoformat(published)
    x = extract_article(article, Registries(), "x", "en")
    return [(q["speaker"], q["text"], q["country"]) for q in x.sheet["quotes"]]


def grammar_en():
    from generator.extract import pipeline

    return pipeline._grammar(load_pack("en"), CountryFinder.for_language("en"))
