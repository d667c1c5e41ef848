"""Indonesian who-said-what and country errors of dev39 (helper d39): regional government offices by their
short forms ('kepala Diskar PB Bandung', 'Kasie ... Sudin Bina Marga', 'Kepala Kantor Perpustakaan dan Arsip Kota
X') speak for the home state; a nickname written after its owner's cue ('tegas Ani, sapaan akrabnya', 'kata
Djanur, sapaan akrab Djadjang') is an alias; a given name two people share is the one the story named last with
an office; a business named 'X City Mall' is no person; a comma-fronted stretch holding a speech verb is no
office of the name after it; one of three people or more listed is no referent of a singular pronoun cue.
Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import run, quote_fields


def _who(body):
    return quote_fields(body, "speaker", "country")


# ---- regional government offices by their short forms ----------------------------------------------------

def test_the_head_of_a_city_fire_and_disaster_office_by_its_short_form_speaks_for_the_home_state():
    body = ("Bandung - Dinas Kebakaran dan Penanggulangan Bencana (Diskar PB) mengimbau warga waspada.\n\n"
            "\"Masyarakat harus waspada terhadap pohon tumbang,\" ujar kepala Diskar PB Bandung Rudi Hartanto "
            "di Bandung, Kamis.")
    assert ("Rudi Hartanto", "ID") in _who(body)


def test_a_section_head_of_a_jakarta_sub_agency_speaks_for_the_home_state():
    body = ("Jakarta - Puluhan petugas dikerahkan memperbaiki trotoar.\n\n"
            "Kasie Jalan dan Jembatan, Sudin Bina Marga, Jakarta Utara, Bambang Irawan mengakui pihaknya terus "
            "memperbaiki fasilitas di sepanjang jalan itu.")
    quotes = run(body, "id")["quotes"]
    assert [(q["speaker"], q["country"]) for q in quotes] == [("Bambang Irawan", "ID")]
    assert quotes[0]["role"].startswith("Kasie Jalan dan Jembatan")


def test_the_head_of_a_city_library_and_archive_office_speaks_for_the_home_state():
    body = ("Malang - Kepala Kantor Perpustakaan dan Arsip Kota Malang Sri Wahyuni mengakui, minat baca warga "
            "masih rendah.")
    assert _who(body) == [("Sri Wahyuni", "ID")]


def test_a_person_whose_one_word_name_is_a_sub_agency_short_form_stays_a_person():
    body = "Bogor - Banjir melanda desa itu.\n\n\"Airnya tinggi sekali,\" kata Sudin, warga setempat."
    quotes = run(body, "id")["quotes"]
    assert [(q["speaker"], q["speaker_type"], q["country"]) for q in quotes] == [("Sudin", "person", None)]


# ---- a nickname after its owner's cue ----------------------------------------------------------------------

def test_a_nickname_with_the_possessive_is_the_alias_of_the_one_reported_speaking():
    body = ("Semarang - Menteri Keuangan Sri Mulyani Indrawati menegaskan pemerintah akan mengejar wajib pajak.\n\n"
            "\"Selama dia WNI, dia merupakan subjek pajak,\" tegas Ani, sapaan akrabnya.")
    assert _who(body) == [("Sri Mulyani Indrawati", "ID")] * 2


def test_the_possessive_nickname_is_not_given_to_someone_only_spoken_of():
    body = ("Jakarta - Perhimpunan Bank Nasional (Perbanas) menilai koordinasi OJK belum maksimal.\n\n"
            "Ketua Umum Perbanas Kartika Wirjoatmodjo menilai peran ketua OJK penting. Dia menilai "
            "Ketua DK OJK Muliaman D. Hadad belum memaksimalkan integrasi.\n\n"
            "\"Kalau masih seperti sekarang, pemikirannya tidak integratif,\" ujar Tiko, sapaan akrabnya.")
    assert {s for s, _ in _who(body)} - {"Perhimpunan Bank Nasional"} == {"Kartika Wirjoatmodjo"}


def test_a_nickname_before_the_named_owner_is_that_persons_alias():
    body = ("Bandung - Pelatih Persib, Djadjang Nurdjaman, mengakui timnya kelelahan.\n\n"
            "\"Ada pemain yang kegemukan,\" kata Djanur, sapaan akrab Djadjang, Jumat.")
    assert {s for s, _ in _who(body)} == {"Djadjang Nurdjaman"}


# ---- a given name two people share -------------------------------------------------------------------------

def test_a_shared_given_name_is_the_one_named_last_with_an_office():
    body = ("Jakarta - Proyek itu digenjot oleh Presiden Joko Widodo.\n\n"
            "Sementara itu, Ketua Umum Perhimpunan Bank Perkreditan Rakyat Joko Suyanto menilai pengawasan harus "
            "ditingkatkan.\n\n\"Selama ada OJK, banyak proyek perlindungan konsumen,\" tambah Joko.")
    assert {s for s, _ in _who(body)} == {"Joko Suyanto"}


def test_a_shared_given_name_of_two_spellings_of_one_name_keeps_the_first_entry():
    body = ("Jakarta - Anggota Komisi III DPR Akbar Faisal melaporkan kasus itu.\n\n"
            "Akbar Faizal datang ke kantor polisi pada Senin.\n\n"
            "\"Kami menunggu proses hukum,\" kata Akbar.")
    who = _who(body)
    assert who[-1] == ("Akbar Faisal", "ID")


# ---- a business is no person -------------------------------------------------------------------------------

def test_a_city_mall_is_no_person_whom_a_pronoun_cue_means():
    body = ("Poso - Rizal Calvary Marimbo mengatakan, investasi terus masuk ke Poso.\n\n"
            "Rizal mengatakan, sejak 2005 PT Poso Energy telah berinvestasi sebesar Rp 2,94 triliun. Kemudian "
            "Poso City Mall berinvestasi sebesar Rp 70 miliar. \u201cKita berharap investasi ini terus "
            "berkembang,\u201d ujar dia.")
    assert {s for s, _ in _who(body)} == {"Rizal Calvary Marimbo"}


# ---- a report before a comma is no office --------------------------------------------------------------------

def test_a_stretch_holding_a_speech_verb_is_no_office_of_the_name_after_its_comma():
    body = ("Magelang - Kapolda Jawa Tengah Irjen Pol Condro Kirono menyatakan siswa SMA Taruna Nusantara, "
            "Krisna Wahyu Nurachmad yang ditemukan meninggal di kamar, dibunuh oleh temannya.\n\n"
            "Kapolda mengatakan penetapan tersangka dilakukan setelah pemeriksaan terhadap 17 saksi.")
    assert {s for s, _ in _who(body)} == {"Condro Kirono"}


# ---- one of a listed group is no pronoun's referent ----------------------------------------------------------

def test_one_of_several_people_listed_is_not_whom_a_later_pronoun_cue_means():
    body = ("Bandung - \"Kami masih mengejar pelaku lainnya,\" kata Kabid Humas Polda Jabar Kombes Pol Yusri "
            "Yunus di Bandung, Rabu.\n\n"
            "Enam terduga pelaku itu yakni Agus Wiguna, Kodar, Ade Arif, Andri Rosadi, Ramlan Suryadi dan "
            "terakhir Yuki Chandra. Jaringan inilah yang merencanakan aksi teror.\n\n"
            "\"Uji coba juga pernah dilakukan tapi gagal,\" sebutnya.")
    assert {s for s, _ in _who(body)} == {"Yusri Yunus"}


def test_a_pair_still_keeps_the_pronoun_with_the_one_quoted_before():
    body = ("Jakarta - \"Kami sudah memeriksa saksi,\" kata Kapolres Budi Santoso di Jakarta.\n\n"
            "Pada 2 April, Nadir Umar bersama Rudi Hartono berangkat ke Medan.\n\n"
            "\"Keduanya sudah kami panggil,\" katanya.")
    assert {s for s, _ in _who(body)} == {"Budi Santoso"}
