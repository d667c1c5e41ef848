"""A surname misspelt once is the person the article named in full (helper h_pfsa25).
Sentences invented for these tests, in the shape of Indonesian and English news."""
from __future__ import annotations

from .extract_cases import run, quote_fields


def _speakers(body: str, lang: str = "id") -> list[str]:
    return quote_fields(body, "speaker", lang=lang)


# ---- a bare surname a letter or two off a name given in full before is that person ---------------

def test_a_surname_with_two_letters_swapped_round_is_the_person_named_in_full():
    body = ("Kepala Riset Ekonomi Bank Nusantara, Rob Subbaraman, mengatakan, investasi akan naik tahun depan.\n"
            "\"Indonesia harus bersaing dengan negara tetangga,\" kata Subbaraman.\n"
            "Subarraman menambahkan, aliran modal akan lebih besar dari perkiraan.\n"
            "\"Kita perlu regulasi yang jelas untuk menarik modal asing,\" ujarnya.")
    assert set(_speakers(body)) == {"Rob Subbaraman"}


def test_a_surname_with_a_letter_left_out_is_the_person_named_in_full():
    body = ("Menteri Pariwisata Wishnutama Kusubandio mengatakan, jumlah wisatawan mulai naik.\n"
            "Wishutama menjelaskan, dana hibah akan dibagikan ke pemerintah daerah bulan depan.")
    assert _speakers(body) == ["Wishnutama Kusubandio", "Wishnutama Kusubandio"]


def test_the_name_takes_the_spelling_the_article_uses_most():
    # 'Simanjutak' once in the full name, 'Simanjuntak' three times after it
    body = ("Anggota DPRD DKI Jakarta Jhonny Simanjutak mengatakan, paket bantuan dikirim ke semua kelurahan hari ini.\n"
            "Simanjuntak menjelaskan, pembagian dilakukan per kelurahan.\n"
            "\"Bantuan ini bisa ditambah jika kurang,\" kata Simanjuntak.\n"
            "Simanjuntak menambahkan, pengawasan dilakukan bersama kejaksaan.")
    assert set(_speakers(body)) == {"Jhonny Simanjuntak"}


def test_an_english_surname_misspelt_once_is_the_player_named_in_full():
    body = ("Lindsay Davenport said the draw had been kind to her.\n"
            "\"I feel good about my game,\" said Davenport.\n"
            "\"We will see how the first week goes,\" said Daveport.")
    assert set(_speakers(body, "en")) == {"Lindsay Davenport"}


# ---- names a letter or two apart that are two people ----------------------------------------------

def test_a_name_with_another_letter_inside_is_another_person():
    # 'Wahyuni' is not 'Wahyudi': a letter changed, not one left out or put in
    body = ("Kepala Dinas Kesehatan Budi Wahyudi mengatakan, vaksinasi dimulai pekan depan.\n"
            "\"Kami sudah menyiapkan tenaga kesehatan,\" kata Wahyuni, warga setempat.")
    assert "Budi Wahyudi" not in _speakers(body)[1:]


def test_a_name_with_another_ending_is_another_person():
    # 'Kurniawati' is not 'Kurniawan': a woman's name beside a man's
    body = ("Ketua RT Dede Kurniawan mengatakan, warga sudah didata.\n"
            "\"Saya belum dapat bantuan,\" kata Kurniawati.")
    assert _speakers(body)[1] == "Kurniawati"


def test_a_surname_close_to_two_people_named_in_full_is_neither():
    # 'Suryaanto': a letter off both 'Suryanto' and 'Suryananto'
    body = ("Direktur Utama Andi Suryanto mengatakan, laba perusahaan naik dua kali lipat tahun ini.\n"
            "Komisaris Budi Suryananto mengatakan, dividen akan dibagikan kepada pemegang saham bulan depan.\n"
            "\"Kami optimistis menghadapi tahun depan,\" kata Suryaanto.")
    assert _speakers(body)[-1] == "Suryaanto"


# ---- a verb after a name and its comma opens the reported clause, not the name's office -----------

def _roles(body: str) -> dict:
    return {q["speaker"]: q["role"] for q in run(body, "id")["quotes"]}


def test_a_passive_verb_after_menurut_and_the_name_is_no_office():
    body = ("Kepala Dinas Sosial Rudi Hartanto mengatakan, bantuan sosial tahap kedua dibagikan pekan ini.\n"
            "Menurut Rudi, pengawasan dilakukan bersama kejaksaan dan inspektorat daerah.")
    assert _roles(body)["Rudi Hartanto"] == "Kepala Dinas Sosial"


def test_an_active_verb_after_kata_and_the_name_is_no_office():
    body = ("Sejak aturan baru berlaku, kata Diah Lestari, para pegawai dituntut melayani warga lebih cepat.")
    assert _roles(body).get("Diah Lestari") is None


def test_an_office_in_apposition_with_a_verb_in_its_relative_clause_stays():
    body = ("\"Kami masih menunggu hasil laboratorium,\" kata Budi Santoso, juru bicara tim yang menangani kasus itu.")
    assert _roles(body)["Budi Santoso"] == "juru bicara tim yang menangani kasus itu"


# ---- a bare title is its holder, not the deputy whose title ends with it -------------------------

def test_a_bare_president_is_the_president_not_the_vice_president_named_after_him():
    body = ("Presiden Joko Widodo membuka sidang kabinet paripurna lewat video dari Bogor.\n"
            "Wakil Presiden Ma'ruf Amin ikut hadir bersama para menteri dari ruang kerja masing-masing.\n"
            "\"Bantuan harus sampai ke desa-desa pekan ini juga,\" kata Presiden.")
    got = [(q["speaker"], q["text"]) for q in run(body, "id")["quotes"]]
    assert ("Joko Widodo", "Bantuan harus sampai ke desa-desa pekan ini juga") in got


def test_a_bare_title_is_still_the_deputy_when_no_holder_of_the_office_is_named():
    body = ("Wakil Gubernur Jawa Tengah Taj Yasin meninjau lokasi banjir di Demak, Minggu.\n"
            "\"Kami kirim perahu karet dan logistik hari ini juga,\" kata Gubernur.")
    got = [q["speaker"] for q in run(body, "id")["quotes"]]
    assert got[-1] == "Taj Yasin"
