"""A whole small site, built for real with MkDocs, compared with what a reader must find."""
from pathlib import Path

import pytest

from generator.site import build_pages

from .conftest import ROOT
from .sitecheck import broken_links, links_of

EXPECTED_PAGES = {
    "index.md", "claims.md", "articles/index.md", "countries/index.md", "people/index.md",
    "conflicts/index.md", "articles/aliyev-armenia-harus-tinggalkan-wilayah.md",
    "conflicts/nagorno-karabakh.md", "conflicts/nagorno-karabakh-map.svg",
    "conflicts/nagorno-karabakh-graph.svg",
    *{f"countries/{c}.md" for c in ("az", "am", "tr", "pk", "ir", "ru", "de", "va", "fr", "sy")},
    *{f"people/{p}.md" for p in (
        "ilham-aliyev", "kementerian-luar-negeri-armenia", "saeed-khatibzadeh", "pemerintah-turki",
        "recep-tayyip-erdogan", "ibrahim-kalin", "kementerian-luar-negeri-rusia", "vladimir-putin",
        "kremlin", "heiko-maas", "paus-fransiskus", "kementerian-luar-negeri-pakistan")},
}


@pytest.fixture(scope="module")
def built_seed(tmp_path_factory) -> Path:
    from .conftest import Project
    project = Project(tmp_path_factory.mktemp("seed")).with_seed()
    result = project.mkdocs_build(strict=True)
    assert result.returncode == 0, result.stderr
    return project.root / "site"


def test_pages_are_exactly_the_expected_tree():
    pages = build_pages(ROOT / "content", "id", ROOT / "templates").pages
    assert {p.path for p in pages} == EXPECTED_PAGES


def test_strict_build_and_every_internal_link_resolves(built_seed: Path):
    assert broken_links(built_seed) == []


def test_turkey_links_to_azerbaijan_and_erdogan(built_seed: Path):
    links = links_of(built_seed, "countries/tr/")
    assert "countries/az/" in links
    assert "people/recep-tayyip-erdogan/" in links
    assert "articles/aliyev-armenia-harus-tinggalkan-wilayah/#q10" in links


def test_azerbaijan_is_backed_by_turkey_and_pakistan(built_seed: Path):
    html = (built_seed / "countries/az/index.html").read_text(encoding="utf-8")
    backed = html[html.index("Backed by"):].split("</p>")[0]
    assert 'href="../tr/"' in backed and 'href="../pk/"' in backed
    assert 'href="../ir/"' not in backed


def test_person_links_to_country_and_back(built_seed: Path):
    assert "countries/tr/" in links_of(built_seed, "people/recep-tayyip-erdogan/")
    assert "people/ibrahim-kalin/" in links_of(built_seed, "countries/tr/")


def test_article_page_highlights_and_anchors_every_quote(built_seed: Path):
    html = (built_seed / "articles/aliyev-armenia-harus-tinggalkan-wilayah/index.html").read_text()
    for n in range(1, 22):
        assert f'id="q{n}"' in html
    assert '<mark class="fs-quote" id="q13" title="Vladimir Putin">diakhirinya permusuhan</mark>' in html
    assert "Sikap Turki ke Prancis" in html  # related headlines are shown ...
    fr = (built_seed / "countries/fr/index.html").read_text()
    assert "Backed by" not in fr and "<strong>Backs" not in fr and "Position:" not in fr


def test_france_has_no_stance(built_seed: Path):
    conflict = (built_seed / "conflicts/nagorno-karabakh/index.html").read_text()
    assert "countries/fr/" not in conflict


def test_sidebar_lists_only_hub_pages(built_seed: Path):
    import re
    html = (built_seed / "index.html").read_text()
    nav_links = set(re.findall(r'<a href="([^"]*)" class="md-nav__link', html))
    assert "people/" in nav_links and "countries/" in nav_links
    assert not [link for link in nav_links if link.count("/") > 1], nav_links


def test_export_writes_the_same_pages(seed_project):
    result = seed_project.run("export", "out", check=True)
    out = seed_project.root / "out"
    written = {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()}
    assert written == EXPECTED_PAGES, result.stderr
    pages = {p.path: p.content for p in build_pages(seed_project.content, "en", ROOT / "templates").pages}
    assert (out / "countries/tr.md").read_text(encoding="utf-8") == pages["countries/tr.md"]


def test_english_site_uses_english_labels_and_names(tmp_path):
    from .conftest import Project
    project = Project(tmp_path, language="en").with_seed()
    assert project.mkdocs_build().returncode == 0
    html = (project.root / "site/countries/de/index.html").read_text()
    assert "Germany" in html and "Jerman" not in html.split("<article")[1].split("Menteri")[0]


def test_factsheet_build_swaps_in_a_complete_site(seed_project):
    result = seed_project.run("build", check=True)
    site = seed_project.root / "site"
    assert (site / "countries/tr/index.html").is_file(), result.stderr
    assert not list(seed_project.root.glob(".site.*"))


def test_build_leaves_out_a_broken_sheet_and_builds_the_rest(seed_project):
    seed_project.sheet("broken.yaml", "article: [\n")
    result = seed_project.run("build")
    assert result.returncode == 1
    assert "content/sheets/broken.yaml:2:1: YAML syntax error" in result.stderr
    assert "Traceback" not in result.stderr
    assert (seed_project.root / "site/countries/tr/index.html").is_file()
    strict = seed_project.run("build", "--strict")
    assert strict.returncode == 1 and "nothing was built" in strict.stderr


def test_user_template_override_by_name(seed_project, tmp_path):
    overrides = seed_project.root / "overrides"
    overrides.mkdir()
    (overrides / "person.md.j2").write_text("# {{ person.name }}\n\nCUSTOM PERSON PAGE\n")
    pages = build_pages(seed_project.content, "en", overrides).pages
    page = next(p for p in pages if p.path == "people/heiko-maas.md")
    assert "CUSTOM PERSON PAGE" in page.content


def test_generated_pages_are_not_written_into_docs(built_seed: Path):
    docs = ROOT / "docs"
    assert sorted(p.name for p in docs.iterdir()) == ["about.md", "assets"]
