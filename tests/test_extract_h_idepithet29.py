"""A description closed by 'itu'/'ini'/'tersebut' is the person the article spoke of, not the party,
club or place named inside it (helper h_idepithet29). Sentences invented for these tests, in the shape
of Indonesian news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _speakers(body: str) -> list[str]:
    return quote_fields(body, "speaker")


def _quotes(body: str) -> list[tuple[str, str]]:
    return quote_fields(body, "speaker", "text")


# ---- a name inside a described anaphor after a cue or 'Menurut' ------------------------------------

def test_a_party_inside_a_description_after_menurut_is_not_the_speaker():
    body = ("Anggota Komisi VII DPR Bambang Sutrisno mengatakan, pemerintah perlu diapresiasi atas kebijakan tambang.\n"
            "\"Kami mendukung langkah pemerintah itu,\" kata Bambang.\n"
            "Menurut politisi Partai Maju itu juga, perusahaan siap menambah investasi di daerah.")
    assert set(_speakers(body)) == {"Bambang Sutrisno"}


def test_a_club_inside_a_description_after_a_cue_is_not_the_speaker():
    body = ("Pelatih Budi Hartono mengatakan timnya siap menghadapi laga berat di kandang lawan.\n"
            "\"Kami akan menyerang sejak awal,\" ujar mantan pelatih Perseka Kudus itu.")
    assert _speakers(body) == ["Budi Hartono", "Budi Hartono"]


def test_a_bank_inside_a_former_office_after_a_cue_is_not_the_speaker():
    body = ("Bupati Sleman Budi Santoso meninjau jalan rusak di desa itu.\n"
            "\"Pembangunan jalan ini memang sangat dibutuhkan warga,\" ujar mantan Komisaris Utama Bank Sejahtera itu.")
    assert _speakers(body) == ["Budi Santoso"]


def test_a_country_of_origin_inside_a_description_is_not_the_speaker():
    body = ("Pelatih Ricardo Alves mengatakan timnya siap bertanding.\n"
            "Menurut sosok asal Chile itu, peluang timnya masih terbuka lebar meski lawan lebih kuat.")
    assert _speakers(body) == ["Ricardo Alves", "Ricardo Alves"]


def test_a_description_then_a_new_full_name_is_that_person():
    # no anaphor after the name: the analyst named here speaks, not the minister before
    body = ("Menteri Keuangan Sri Lestari mengatakan, anggaran tahun depan akan dipangkas.\n"
            "\"Defisit harus tetap dijaga,\" kata pengamat ekonomi Rina Kartika.")
    assert _speakers(body)[-1] == "Rina Kartika"


# ---- a described anaphor between commas inside the reported clause ---------------------------------

def test_a_description_closed_by_an_anaphor_interrupting_the_clause_is_the_person_before():
    body = ("Anggota DPR Hendra Wijaya menilai kebijakan itu perlu diapresiasi.\n"
            "Dukungan tersebut, ujar politisi senior itu, terutama soal kesediaan perusahaan mengikuti aturan baru.")
    assert _quotes(body)[-1] == ("Hendra Wijaya", "Dukungan tersebut, ujar politisi senior itu, terutama soal "
                                 "kesediaan perusahaan mengikuti aturan baru")


def test_a_document_closed_by_an_anaphor_interrupting_the_clause_is_no_person():
    body = ("Anggota DPR Hendra Wijaya menilai kebijakan itu perlu diapresiasi.\n"
            "Hasil panen tahun ini, sebut laporan tersebut, turun hampir separuh dibanding tahun lalu.")
    assert len(_quotes(body)) == 1


# ---- a described person after a trailing cue --------------------------------------------------------

def test_a_described_person_after_a_trailing_cue_is_the_one_spoken_of_before():
    body = ("Pebulu tangkis Rina Kartika tiba di Jakarta pada Senin malam.\n"
            "Ia akan beristirahat dua pekan sebelum turnamen berikutnya di Eropa, kata mantan juara itu.")
    assert _speakers(body)[-1] == "Rina Kartika"


def test_a_described_person_after_a_trailing_cue_in_the_first_sentence_is_the_person_it_names():
    body = ("Petenis Rusia Maria Ivanova mengundurkan diri dari turnamen akibat cedera lengan kiri yang "
            "dideritanya awal bulan ini, kata mantan juara itu pada Minggu.")
    assert _speakers(body) == ["Maria Ivanova"]


def test_an_unnamed_official_after_a_trailing_cue_is_not_the_one_spoken_of_before():
    # an office, not a kind of person: left to the rules of unnamed officials
    body = ("Pebulu tangkis Rina Kartika tiba di Jakarta pada Senin malam.\n"
            "Ia akan beristirahat dua pekan sebelum turnamen berikutnya di Eropa, kata juru bicara tersebut.")
    assert "Rina Kartika" not in _speakers(body)[1:]


# ---- a body's short form in brackets before the anaphor ---------------------------------------------

def test_a_party_with_its_short_form_in_brackets_is_not_the_speaker():
    body = ("Wakil Ketua DPR Taufan Kurnia mengatakan, data impor harus dibenahi.\n"
            "\"Kami minta pemerintah duduk bersama,\" kata Taufan.\n"
            "Menurut politikus Partai Maju Bersama (PMB) itu, jika data berbeda maka kebijakan bisa salah.")
    assert set(_speakers(body)) == {"Taufan Kurnia"}


def test_a_former_office_with_its_short_form_in_brackets_after_a_cue_is_the_person_before():
    body = ("Ketua Panitia Jimmy Hasan mengatakan, aturan itu tidak perlu diubah.\n"
            "\"Daripada ribut, lebih baik tetap saja,\" kata mantan Ketua Dewan Kehormatan Penyelenggara "
            "Lomba (DKPL) itu.")
    assert set(_speakers(body)) == {"Jimmy Hasan"}


def test_a_former_office_closed_by_an_anaphor_after_an_opener_is_the_person_before():
    body = ("Menteri Pertahanan Riyanto Sukma mengatakan, pembelian jet tempur tetap berjalan.\n"
            "Meski demikian, mantan Kepala Staf Angkatan Laut (KSAL) tersebut mengatakan, tanpa imbal beli "
            "harga akan naik.")
    assert set(_speakers(body)) == {"Riyanto Sukma"}
