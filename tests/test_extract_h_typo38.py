"""A name word misspelt once by a slip of the hand is the person the article named (helper h_typo38).
Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import run, quote_fields


def _quotes(body: str, lang: str = "id") -> list[tuple]:
    return quote_fields(body, "speaker", "role", "country", lang=lang)


# ---- one letter struck for another, two swapped, a consonant dropped: the person named before -----

def test_a_letter_struck_for_another_in_a_one_word_name_with_an_office_is_that_official():
    body = ("Camat Pulau Harapan, Sulistyo mengakui perbaikan dermaga segera dimulai.\n"
            "\"Kami sudah menyiapkan dokumen lelang untuk dua dermaga,\" ujar Sulisdyo, Sabtu (13/01).")
    assert _quotes(body)[-1] == ("Sulistyo", "Camat Pulau Harapan", "ID")


def test_a_short_surname_with_a_letter_left_out_is_the_minister():
    body = ("Menteri Perindustrian Harmin Wibisono mengingatkan agar pabrik tidak menaikkan harga.\n"
            "Hamin menilai, kenaikan harga bahan baku belum terlalu besar tahun ini.")
    assert _quotes(body)[-1] == ("Harmin Wibisono", "Menteri Perindustrian", "ID")


def test_two_letters_swapped_round_and_a_last_consonant_dropped_are_the_people_named_before():
    body = ("Pelatih tim nasional Thailand Kiatisuk Senamuang mengatakan timnya siap bertanding.\n"
            "\"Kami akan bermain menyerang sejak menit pertama,\" kata Kaitisuk.\n"
            "Anggota Komisi X DPR Masinton Lubis mengatakan, anggaran olahraga harus ditambah.\n"
            "Masinto menambahkan, pembinaan atlet muda masih kurang.")
    speakers = [s for s, _, _ in _quotes(body)]
    assert "Kaitisuk" not in speakers and "Masinto" not in speakers
    assert speakers.count("Kiatisuk Senamuang") == 2 and speakers.count("Masinton Lubis") == 2


# ---- what a slip is not: another name, or a word two people could be meant by ---------------------

def test_a_vowel_changed_at_the_end_or_a_one_word_name_with_no_office_is_no_slip():
    # 'Susanti' is not 'Susanto' (the ending marks a woman's name); 'Cacha' has no office to go by
    body = ("Kepala Desa Sukamaju Budi Susanto mengatakan, jalan desa rusak berat.\n"
            "\"Kami sudah melapor ke kecamatan,\" kata Susanti.\n"
            "Penyanyi muda itu, Cacha, tampil di panggung utama.\n"
            "\"Saya senang sekali bisa tampil di sini,\" kata Chacha.")
    speakers = [s for s, _, _ in _quotes(body)]
    assert "Susanti" in speakers and "Chacha" in speakers


def test_a_slip_that_could_be_either_of_two_people_is_neither():
    # 'Hardono' is a letter off both 'Hartono' and 'Harsono'
    body = ("Direktur Utama Andi Hartono mengatakan, laba naik tahun ini.\n"
            "Komisaris Rudi Harsono mengatakan, dividen dibagikan bulan depan.\n"
            "\"Kami optimistis menghadapi tahun depan,\" kata Hardono.")
    assert _quotes(body)[-1][0] == "Hardono"


def test_an_english_name_is_not_read_by_slips():
    body = ("Coach Gary Hammond said the team was ready.\n"
            "\"We will attack from the first minute,\" said Hammend.")
    assert [q["speaker"] for q in run(body, "en")["quotes"]][-1] == "Hammend"


def test_a_name_a_letter_off_that_the_article_describes_is_a_new_person():
    # 'Darmono, pedagang cabai' is introduced: a person met for the first time, not 'Darsono' misspelt
    body = ("Kepala Pasar Sukamaju Eko Darsono mengatakan, harga cabai naik sejak pekan lalu.\n"
            "\"Harga cabai naik terus, pembeli jadi sepi,\" kata Darmono, pedagang cabai.")
    assert _quotes(body)[-1][0] == "Darmono"
