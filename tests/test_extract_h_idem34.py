"""A first extraction is idempotent (helper h_idem34): the run that adds people to people.yaml
extracts again the articles those additions change, so a second run changes no sheet.
Articles invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from pathlib import Path

from generator.extract_command import run_extract

# One article names the minister in full, the other only by his surname: the second reads him
# in full (role and state) only through people.yaml, which the first article's reading fills.
_FULL = ("Menteri Perikanan Budi Santikara tinjau pelabuhan\n\n"
         "Menteri Perikanan Budi Santikara mengatakan, produksi ikan tangkap naik tahun ini.\n"
         "\"Kami akan menambah kapal untuk nelayan kecil di pesisir selatan,\" kata Santikara "
         "di Cilacap, Senin.\n")
_BARE = ("Harga ikan di pasar turun\n\n"
         "Harga ikan laut di pasar tradisional turun sepekan terakhir.\n"
         "\"Pasokan dari pelabuhan sudah kembali normal setelah cuaca membaik,\" kata Santikara "
         "kepada wartawan, Selasa.\n")


def _articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a1.txt").write_text(_FULL, encoding="utf-8")
    (folder / "a2.txt").write_text(_BARE, encoding="utf-8")
    return folder


def _files(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): p.read_text(encoding="utf-8")
            for p in sorted(folder.rglob("*.yaml"))}


def _bare_sheet_speakers(sheets: Path) -> list[tuple]:
    from generator.yamlio import load_plain

    sheet = load_plain(sheets / "harga-ikan-di-pasar-turun.yaml")
    return [(q["speaker"], q.get("role"), q.get("country")) for q in sheet["quotes"]]


def test_a_second_run_over_a_fresh_content_folder_changes_nothing(tmp_path):
    articles, content = _articles(tmp_path), tmp_path / "content"
    assert run_extract([articles], content, jobs=1, progress=False) == 0
    first = _files(content)
    # the bare surname already reads as the person people.yaml now lists
    assert _bare_sheet_speakers(content / "sheets") == [("Budi Santikara", "Menteri Perikanan", "ID")]
    assert run_extract([articles], content, jobs=1, progress=False, force=True) == 0
    assert _files(content) == first


def test_an_editors_entry_written_between_runs_wins_and_then_nothing_changes(tmp_path):
    articles, content = _articles(tmp_path), tmp_path / "content"
    run_extract([articles], content, jobs=1, progress=False)
    people = content / "people.yaml"
    people.write_text(people.read_text(encoding="utf-8").replace(
        "role: Menteri Perikanan", "role: Menteri Kelautan dan Perikanan"), encoding="utf-8")
    run_extract([articles], content, jobs=1, progress=False, force=True)
    assert "role: Menteri Kelautan dan Perikanan" in people.read_text(encoding="utf-8")
    assert _bare_sheet_speakers(content / "sheets") == [
        ("Budi Santikara", "Menteri Kelautan dan Perikanan", "ID")]
    after = _files(content)
    run_extract([articles], content, jobs=1, progress=False, force=True)
    assert _files(content) == after


def test_a_run_into_another_folder_learns_nothing_from_one_article_for_the_next(tmp_path):
    # (--out, as the accuracy bench runs: no registry is written, so no second pass either)
    articles, content, out = _articles(tmp_path), tmp_path / "content", tmp_path / "out"
    content.mkdir()
    assert run_extract([articles], content, out_dir=out, jobs=1, progress=False) == 0
    assert _bare_sheet_speakers(out) == [("Santikara", None, None)]
    assert not (content / "people.yaml").exists()


# ---- a single word people.yaml gives a person as another name reads as that person -------------

def _registry_with(name: str, aliases: list[str]):
    from generator.content import Registries
    from generator.models import PersonEntry

    return Registries(people=[PersonEntry(name=name, aliases=aliases)])


def test_initials_people_yaml_gives_a_person_read_as_that_person_not_a_body():
    # (the machine wrote 'Jusuf Kalla | JK' there from one reading; the next run must not read the
    # same word as a body named after him, or each run undoes the last)
    from .extract_cases import run

    body = ("Pembangunan jalan tol di Sumatera dipercepat tahun ini.\n"
            "\"Kita kejar supaya selesai sebelum lebaran,\" kata RHS kepada wartawan di Medan.")
    quotes = run(body, "id", _registry_with("Rudi Hartanto Saputra", ["RHS"]))["quotes"]
    assert [(q["speaker"], q["speaker_type"]) for q in quotes] == [("Rudi Hartanto Saputra", "person")]


def test_initials_of_a_body_in_people_yaml_stay_a_body():
    from generator.content import Registries
    from generator.models import PersonEntry

    from .extract_cases import run

    body = ("Pembangunan jalan tol di Sumatera dipercepat tahun ini.\n"
            "\"Kita kejar supaya selesai sebelum lebaran,\" kata BPJT kepada wartawan di Medan.")
    registries = Registries(people=[PersonEntry(name="Badan Pengatur Jalan Tol", aliases=["BPJT"],
                                                type="organization")])
    quotes = run(body, "id", registries)["quotes"]
    assert [q["speaker_type"] for q in quotes] == ["organization"]
