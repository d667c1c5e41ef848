"""Cross-article joins through people.yaml (helper h_joins35b): a one-word mention does not join the
person an earlier article's reading listed under that word (a machine-written other name) when the
article itself names another person with that word in a sentence of its story, or introduces the
word as one of many ('salah satu mahasiswa'). Articles invented for these tests, in the shape of
Indonesian news."""
from __future__ import annotations

from pathlib import Path

from generator.extract_command import run_extract

# The first article lists 'Wulan Sari', Kepala SMA Negeri 4 Bekasi (and 'Sari', her other name by
# the machine).
_FIRST = ("Kepala SMA Negeri 4 Bekasi Wulan Sari tinjau ujian\n\n"
          "Kepala SMA Negeri 4 Bekasi Wulan Sari mengatakan, ujian berjalan lancar sejak pagi.\n"
          "\"Kami siapkan ruang cadangan bila listrik padam,\" kata Sari di Bekasi, Senin.\n")
# another Sari, whom the article names in full in a sentence where the pre-scan reads no person
_OTHER = ("Keluarga korban hormati putusan banding\n\n"
          "Sementara itu, kuasa hukum keluarga korban, Sari Ayu Pratiwi mengatakan pihaknya "
          "menghormati putusan banding itu.\n"
          "Menurut Sari, putusan itu menjawab harapan keluarga besar korban di kampung.\n")
# the word in another full name only on a promo line: no contradiction, the join stays
_PROMO = ("Ujian susulan digelar pekan depan\n\n"
          "\"Siswa yang sakit ikut ujian susulan pekan depan,\" kata Sari kepada wartawan, Rabu.\n"
          "Simak juga Video: Sari Tegaskan Ujian Aman Terkendali\n"
          "Menurut Sari, jadwal diumumkan di papan sekolah.\n")
# the article introduces the bare word itself as one of many: a person of its own
_DESCRIBED = ("Mahasiswa Bekasi kritik kebijakan pangan\n\n"
              "Sari, salah satu mahasiswa yang ikut aksi di depan kantor DPRD menuturkan, banyak "
              "kebijakan yang perlu dievaluasi.\n"
              "\"Harga beras terus naik dan kami yang merasakan dampaknya,\" ucap Sari.\n")


def _speakers(sheets: Path, name: str) -> list[tuple]:
    from generator.yamlio import load_plain

    sheet = load_plain(sheets / name)
    return [(q["speaker"], q.get("role"), q.get("country")) for q in sheet["quotes"]]


def _extract(tmp_path: Path, second: str) -> Path:
    articles, content = tmp_path / "articles", tmp_path / "content"
    articles.mkdir()
    (articles / "a1.txt").write_text(_FIRST, encoding="utf-8")
    (articles / "a2.txt").write_text(second, encoding="utf-8")
    assert run_extract([articles], content, jobs=1, progress=False) == 0
    return content


def _sheets(content: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in (content / "sheets").glob("*.yaml")}


def test_a_bare_word_the_article_names_another_person_by_in_a_sentence_does_not_join(tmp_path):
    content = _extract(tmp_path, _OTHER)
    speakers = _speakers(content / "sheets", "keluarga-korban-hormati-putusan-banding.yaml")
    assert speakers and all(s[0] != "Wulan Sari" and s[1] != "Kepala SMA Negeri 4 Bekasi" for s in speakers)
    # and a second run changes nothing
    before = _sheets(content)
    assert run_extract([tmp_path / "articles"], content, jobs=1, progress=False, force=True) == 0
    assert _sheets(content) == before


def test_a_full_name_on_a_promo_line_contradicts_nothing(tmp_path):
    content = _extract(tmp_path, _PROMO)
    assert {s[:2] for s in _speakers(content / "sheets", "ujian-susulan-digelar-pekan-depan.yaml")} == {
        ("Wulan Sari", "Kepala SMA Negeri 4 Bekasi")}


def test_a_bare_word_the_article_introduces_as_one_of_many_does_not_join(tmp_path):
    content = _extract(tmp_path, _DESCRIBED)
    speakers = _speakers(content / "sheets", "mahasiswa-bekasi-kritik-kebijakan-pangan.yaml")
    assert ("Sari", None, None) in speakers
    assert all(s[0] != "Wulan Sari" and s[1] != "Kepala SMA Negeri 4 Bekasi" for s in speakers)
