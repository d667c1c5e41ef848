"""What the machine lists in content/people.yaml for other articles to join (helper h_regnames35).

(a) A speaker's name or role as read must be fit to list: a name whose middle word the article
spells two ways keeps its given name (not cut into the role), a name with a speech verb glued on
or a digit in it is not listed, a 'role' that is only a place's or a club's name is not listed.
(b) A machine's role in people.yaml that is only a place's or a club's name, or a candidacy, is
not applied to another article's mention (an editor's still is). Articles invented for these tests,
in the shape of Indonesian news."""
from __future__ import annotations

from pathlib import Path

from generator.articles import ArticleText
from generator.content import Registries
from generator.extract import CountryFinder, extract_article, load_pack, pipeline
from generator.extract_command import run_extract
from generator.yamlio import load_plain

from .extract_cases import run
from .test_extract_h_idem34 import _BARE, _FULL


def _people(body: str) -> list[dict]:
    return extract_article(ArticleText(Path("x.txt"), "T", body), Registries(), "x", "id").people


def _speakers(sheet) -> set[tuple]:
    return {(q["speaker"], q["role"], q["country"]) for q in sheet["quotes"]}


def test_a_middle_word_spelt_two_ways_leaves_the_given_name_in_the_name():
    body = ("Warga meyakini kasus itu turut menjerat Gubernur Jawa Timur Santoso Wirya Hadinoto alias Anto.\n\n"
            "Menanggapi hal ini, Gubernur Jawa Timur Santoso Wiriya Hadinoto berterima kasih kepada warga.\n\n"
            "\"Kami tidak takut,\" kata Anto di Surabaya.\n")
    assert _speakers(run(body)) == {("Santoso Wirya Hadinoto", "Gubernur Jawa Timur", "ID")}
    # not: a body's word that stands elsewhere before another word still closes the role
    body = ("Taman Margasatwa Ragunan (TMR) dibuka kembali pekan ini.\n\n"
            "\"Kami siap menerima pengunjung,\" kata Kepala Satuan Pelaksana Taman Margasatwa Ragunan "
            "Ketut Widarsono di Jakarta.\n")
    assert [q["speaker"] for q in run(body)["quotes"]] == ["Ketut Widarsono"]


def test_a_name_with_a_glued_speech_verb_or_a_digit_is_not_listed():
    body = ("Menteri Kelautan Darmin Sitorusmengatakan, ekspor ikan naik.\n\n"
            "\"Kami akan menambah kapal,\" ujar Darmin Sitorusmengatakan.\n\n"
            "\"Harga tetap stabil,\" kata Kepala Dinas Perikanan Budi Santoso.\n")
    names = [p["name"] for p in _people(body)]
    assert "Darmin Sitorusmengatakan" not in names and "Budi Santoso" in names
    grammar = pipeline._grammar(load_pack("id"), CountryFinder.for_language("id"))
    assert grammar.unfit_registry_name("P2KB Sumberjaya")
    # not: a title word that is also a given name opens a clean name; a verb's letters inside a word
    assert not grammar.unfit_registry_name("Imam Budi Santoso")
    assert not grammar.unfit_registry_name("Ratna Sarumpaet")


def test_a_role_that_is_only_a_place_or_a_club_is_not_listed():
    body = ("\"Kami akan membangun jalan baru,\" kata Sulawesi Tengah (Sulteng) Rahmat Hidayat.\n\n"
            "\"Tim kami siap,\" kata Real Madrid Carlos Mendoza di Jakarta.\n\n"
            "\"Harga beras turun,\" kata Menteri Pertanian Bambang Suryo.\n")
    listed = {p["name"]: (p["role"], p["country"]) for p in _people(body)}
    assert listed.get("Carlos Mendoza", (None, None)) == (None, None)
    assert listed.get("Rahmat Hidayat", (None, "ID"))[0] is None
    # not: an office stays
    assert listed["Bambang Suryo"] == ("Menteri Pertanian", "ID")


def test_the_rank_brigjend_is_a_title():
    body = ("\"Kasus itu terus kami dalami,\" ujar Direktur Tipidter Bareskrim Polri Brigjend Nunung "
            "Syaifudin di Jakarta.\n")
    assert [q["speaker"] for q in run(body)["quotes"]] == ["Nunung Syaifudin"]


# (the two articles of test_extract_h_idem34: a minister named in full, then by his surname only)


def _bare_speakers(tmp_path: Path, role: str, machine: bool) -> list[tuple]:
    """The bare article's speaker (extracted in a second run, alone) after a first run listed the
    minister, and his role in people.yaml was replaced by `role` (also in the machine's copy when
    `machine`: then it is the machine's)."""
    first, articles, content = tmp_path / "first", tmp_path / "articles", tmp_path / "content"
    first.mkdir(parents=True)
    articles.mkdir()
    (first / "a1.txt").write_text(_FULL, encoding="utf-8")
    assert run_extract([first], content, jobs=1, progress=False) == 0
    for path in [content / "people.yaml"] + ([content / ".machine" / "people.yaml"] if machine else []):
        text = path.read_text(encoding="utf-8")
        assert "role: Menteri Perikanan" in text
        path.write_text(text.replace("role: Menteri Perikanan", f"role: {role}"), encoding="utf-8")
    (articles / "a2.txt").write_text(_BARE, encoding="utf-8")
    run_extract([articles], content, jobs=1, progress=False)
    sheet = load_plain(content / "sheets" / "harga-ikan-di-pasar-turun.yaml")
    return [(q["speaker"], q.get("role"), q.get("country")) for q in sheet["quotes"]]


def test_a_machine_role_that_is_only_a_club_is_not_applied_elsewhere(tmp_path):
    assert _bare_speakers(tmp_path, "Real Madrid", machine=True) == [("Budi Santikara", None, None)]


def test_a_machine_candidacy_is_not_applied_elsewhere(tmp_path):
    assert _bare_speakers(tmp_path, "Calon presiden dari Partai Hijau", machine=True)[0][1] is None


def test_an_editors_place_role_and_a_machine_office_still_apply(tmp_path):
    assert _bare_speakers(tmp_path / "e", "Real Madrid", machine=False)[0][1] == "Real Madrid"
    assert _bare_speakers(tmp_path / "m", "Menteri Perikanan", machine=True) == [
        ("Budi Santikara", "Menteri Perikanan", "ID")]
