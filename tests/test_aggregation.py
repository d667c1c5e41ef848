"""Several real articles about one conflict, extracted and built: one conflict, aggregated pages.

The articles are five IndoSum reports (CC BY-SA 4.0, see tests/gold/ATTRIBUTION.md) about the
US recognising Jerusalem as Israel's capital, 2016-2017, given dates through Markdown front
matter as an editor would.
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from generator.yamlio import load_plain

from .conftest import ROOT, Project

JERUSALEM = ("1478934953", "1501102320", "1512684000", "1512853462", "1513943633")

pytestmark = pytest.mark.xdist_group("aggregation")


def jerusalem_project(root: Path) -> Project:
    project = Project(root, language="id")
    for path in sorted((ROOT / "tests" / "gold" / "id" / "articles").glob("*.txt")):
        stamp = path.name.split("-", 1)[0]
        if stamp not in JERUSALEM:
            continue
        title, _, body = path.read_text(encoding="utf-8").partition("\n")
        published = dt.datetime.fromtimestamp(int(stamp), dt.timezone.utc).date().isoformat()
        front = (f"---\ntitle: {title.strip()!r}\npublished: {published}\nlanguage: id\n"
                 f"source: IndoSum\n---\n")
        project.article(path.stem + ".md", front + body.lstrip())
    return project


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Project:
    project = jerusalem_project(tmp_path_factory.mktemp("jerusalem"))
    project.run("extract", "-j", "1", check=True)
    project.run("build", "--strict", check=True)
    return project


def sheets(project: Project) -> list[dict]:
    return [load_plain(p.read_text(encoding="utf-8"))
            for p in sorted((project.content / "sheets").glob("*.yaml"))]


def test_articles_about_one_conflict_join_one_conflict(built: Project):
    conflicts = load_plain((built.content / "conflicts.yaml").read_text(encoding="utf-8"))["conflicts"]
    assert len(conflicts) == 1, conflicts
    assert sorted(conflicts[0]["parties"]) == ["IL", "PS"]
    joined = [s for s in sheets(built) if (s.get("conflict") or {}).get("id") == conflicts[0]["id"]]
    assert len(joined) >= 4


def test_conflict_page_lists_the_articles_with_their_dates(built: Project):
    conflict_id = load_plain((built.content / "conflicts.yaml").read_text(encoding="utf-8"))["conflicts"][0]["id"]
    html = (built.root / "site" / "conflicts" / conflict_id / "index.html").read_text(encoding="utf-8")
    dated = [s["article"]["published"] for s in sheets(built)
             if (s.get("conflict") or {}).get("id") == conflict_id]
    for published in dated:
        assert str(published) in html
    assert len(set(re.findall(r'href="\.\./\.\./articles/([^/"]+)/', html))) >= len(dated)


def test_a_country_page_aggregates_evidence_from_several_articles(built: Project):
    """Some non-party country takes a position in two or more articles; its page shows each
    article's evidence with its date, and the page states a summary position."""
    per_country: dict[str, set[str]] = {}
    for sheet in sheets(built):
        for stance in sheet.get("stances") or []:
            if stance["position"] != "party" and not stance.get("claimed_by"):
                per_country.setdefault(stance["country"], set()).add(sheet["article"]["id"])
    code, articles = max(per_country.items(), key=lambda item: len(item[1]))
    assert len(articles) >= 2, per_country
    html = (built.root / "site" / "countries" / code.lower() / "index.html").read_text(encoding="utf-8")
    for sheet in sheets(built):
        if sheet["article"]["id"] in articles:
            assert f"articles/{sheet['article']['id']}/" in html
            assert str(sheet["article"]["published"]) in html


def test_extracting_again_changes_nothing(built: Project):
    before = {p: p.read_bytes() for p in built.content.rglob("*.yaml")}
    result = built.run("extract", "-j", "1", check=True)
    assert "5 unchanged (skipped)" in result.stderr
    result = built.run("extract", "-j", "1", "--force", check=True)
    assert "5 already up to date" in result.stderr
    assert {p: p.read_bytes() for p in built.content.rglob("*.yaml")} == before


def test_new_sheets_point_editors_at_the_schema(built: Project):
    for path in (built.content / "sheets").glob("*.yaml"):
        assert path.read_text(encoding="utf-8").startswith(
            "# yaml-language-server: $schema=../../schema/sheet.schema.json\n")


def test_unnamed_speakers_of_two_articles_are_two_people(tmp_path: Path):
    """'seorang ibu' in one article and 'seorang ibu' in another are not one person: a
    description names someone only within its article. A named person stays one page."""
    import subprocess
    import sys

    from generator.content import load_content
    from generator.corpus import build_corpus

    project = Project(tmp_path, language="id")
    for n in (1, 2):
        project.article(f"pasar-{n}.txt", f"Harga beras naik {n}\n\n\"Harga beras naik terus setiap minggu,\" "
                                          f"ujar seorang ibu di pasar. \"Kami terus memantau harga,\" kata "
                                          f"Menteri Perdagangan Budi Santoso.\n")
    subprocess.run([sys.executable, "-m", "generator", "extract", "--quiet"], cwd=tmp_path, check=True,
                   capture_output=True)
    corpus = build_corpus(load_content(tmp_path / "content"), "id")
    unnamed = [p for p in corpus.people.values() if p.name.startswith("seorang ibu")]
    assert len(unnamed) == 2 and len({p.slug for p in unnamed}) == 2
    assert all(len(p.quotes) == 1 for p in unnamed)
    named = [p for p in corpus.people.values() if p.name == "Budi Santoso"]
    assert len(named) == 1 and len(named[0].quotes) == 2
