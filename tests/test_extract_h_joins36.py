"""Cross-article joins through people.yaml (helpers h_joins35b, h_joins36): a one-word mention does
not join the person an earlier article's reading listed under that word (a machine-written other
name) when the article itself names another person with that word in a sentence of its story, or
introduces the word as one of many ('salah satu mahasiswa'); but an entry whose full name the article
writes itself may be its own (written by its own earlier pass), so it joins, and one run is enough.
Articles invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from pathlib import Path

from generator.extract_command import run_extract

from .extract_cases import extract_folder, sheet_speakers, sheet_texts

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


def test_a_bare_word_the_article_names_another_person_by_in_a_sentence_does_not_join(tmp_path):
    content = extract_folder(tmp_path, _FIRST, _OTHER)
    speakers = sheet_speakers(content, "keluarga-korban-hormati-putusan-banding.yaml")
    assert speakers and all(s[0] != "Wulan Sari" and s[1] != "Kepala SMA Negeri 4 Bekasi" for s in speakers)
    # and a second run changes nothing
    before = sheet_texts(content)
    assert run_extract([tmp_path / "articles"], content, jobs=1, progress=False, force=True) == 0
    assert sheet_texts(content) == before


def test_a_full_name_on_a_promo_line_contradicts_nothing(tmp_path):
    content = extract_folder(tmp_path, _FIRST, _PROMO)
    assert {s[:2] for s in sheet_speakers(content, "ujian-susulan-digelar-pekan-depan.yaml")} == {
        ("Wulan Sari", "Kepala SMA Negeri 4 Bekasi")}


def test_a_bare_word_the_article_introduces_as_one_of_many_does_not_join(tmp_path):
    content = extract_folder(tmp_path, _FIRST, _DESCRIBED)
    speakers = sheet_speakers(content, "mahasiswa-bekasi-kritik-kebijakan-pangan.yaml")
    assert ("Sari", None, None) in speakers
    assert all(s[0] != "Wulan Sari" and s[1] != "Kepala SMA Negeri 4 Bekasi" for s in speakers)


# the comma after a cue opens the reported clause: 'kata Sari, salah satu ...' introduces no one
_CUED = ("Ujian ulang digelar di aula\n\n"
         "\"Ruang kelas sedang diperbaiki,\" kata Sari kepada wartawan, Rabu.\n"
         "Sebelumnya, kata Sari, salah satu ruang kelas rusak berat akibat hujan deras semalam.\n")


def test_one_of_many_after_a_cues_comma_is_the_reported_clause_and_the_join_stays(tmp_path):
    content = extract_folder(tmp_path, _FIRST, _CUED)
    speakers = sheet_speakers(content, "ujian-ulang-digelar-di-aula.yaml")
    assert speakers and all(s[0] == "Wulan Sari" for s in speakers)


# One article, one misread speaker ('Kotara' read out of the company's name and widened to the
# article's 'Kotara Aster'), and a second full name with the word ('Kotara Hybrid'): the run writes
# 'Kotara Aster' to people.yaml; its next pass must not refuse that entry for the other full name
# (it would read 'Kotara Hybrid', write it, refuse that for 'Kotara Aster', and so on).
_TWO_FULL_NAMES = (
    "Kotara Aster kian aman\n\n"
    "Jakarta, Kabar Nusa -- Kotara meluncurkan sedan andalannya Aster yang kini mendapat fitur "
    "keselamatan baru.\n\n"
    "\"Fokus pembaruan pada Aster ini memang keselamatan, karena Kotara sangat peduli pada keluarga "
    "pengendara,\" ujar Wakil Presiden PT Kotara - Nusa Motor Herman Wijaya dalam keterangan tertulis, "
    "Senin (3/4).\n\n"
    "Sejak dijual pada 2001, Aster merebut hati pelanggan. Bahkan, Kotara Aster juga dipakai banyak "
    "pejabat.\n\n"
    "Di sisi konsumen, Kotara mencatat penjualan Aster terus naik setiap tahun.\n\n"
    "Menurut data asosiasi, Kotara Aster menguasai 60% pasar di segmennya.\n\n"
    "Sementara di dunia, penjualan Kotara Hybrid sudah mencapai 5 juta unit. (ab/cd)\n")


def _all_files(content: Path) -> dict[str, str]:
    return {str(p.relative_to(content)): p.read_text(encoding="utf-8") for p in sorted(content.rglob("*.yaml"))}


def test_an_entry_the_article_writes_in_full_joins_so_a_second_run_changes_nothing(tmp_path):
    articles, content = tmp_path / "articles", tmp_path / "content"
    articles.mkdir()
    (articles / "a1.txt").write_text(_TWO_FULL_NAMES, encoding="utf-8")
    assert run_extract([articles], content, jobs=1, progress=False) == 0
    first = _all_files(content)
    assert run_extract([articles], content, jobs=1, progress=False, force=True) == 0
    assert _all_files(content) == first


# ---- a chain of nicknames ('X alias A alias B alias C') names one person, in one reading -------

_CHAIN = ("Polisi tangkap perakit bom di Cirebon\n\n"
          "Kepala Bidang Humas Polda Jawa Barat Rudi Santosa mengatakan, tim menangkap tiga orang di "
          "sebuah rumah kontrakan.\n"
          "Menurut Rudi, pimpinan kelompok itu Abu Rayyan, yang pernah berlatih di luar negeri.\n"
          "\"Kami hanya merakit, belum pernah memakainya,\" kata Abu Rayyan seperti ditirukan penyidik.\n"
          "Ketiganya adalah Darmono alias Abu Rayyan alias Abu Zaki alias Abu Fauzan alias Abu Hamzah "
          "alias Abu Salim alias Abu Yusuf alias Pak Tono; "
          "Heri Gunawan alias Bimo; dan Slamet Riyadi.\n")


def test_every_nickname_of_a_chain_is_the_first_persons_in_one_reading():
    from .extract_cases import run
    from generator.content import Registries
    from generator.extract import extract_article
    from generator.articles import ArticleText

    x = extract_article(ArticleText(Path("x.txt"), "T", _CHAIN), Registries(), "x", "id")
    aliases = {a for p in x.people if p["name"] == "Abu Rayyan" for a in p.get("aliases") or []}
    assert {"Abu Zaki", "Abu Fauzan", "Pak Tono"} <= aliases
    # (a name after 'alias' that follows no nickname is its own person's: 'Heri Gunawan alias Bimo')
    assert "Bimo" not in aliases
    assert run(_CHAIN, "id")["quotes"]


def test_a_chain_of_nicknames_settles_in_one_run(tmp_path):
    articles, content = tmp_path / "articles", tmp_path / "content"
    articles.mkdir()
    (articles / "a1.txt").write_text(_CHAIN, encoding="utf-8")
    assert run_extract([articles], content, jobs=1, progress=False) == 0
    first = _all_files(content)
    assert run_extract([articles], content, jobs=1, progress=False, force=True) == 0
    assert _all_files(content) == first
