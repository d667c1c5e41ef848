"""Indonesian who-said-what in IndoSum and Kompas news (helper h_pfsa22): the rules of the reverted
h_pfsa21 branch, re-applied one at a time after their country changes on the development sets and the
reading samples were read (not re-applied: the forecast verb 'memproyeksikan', which moved a later
direct quote to the forecaster, and the two-word state name closing an office, which changed nothing on
~1,100 development and sample articles; and, reverted in the twentieth session, a two-word lower-case role
opening a sentence kept whole: see bench/ACCURACY.md). Sentences invented for these tests in the shape of Indonesian news; the
officials named are public office holders listed in generator/data/officials.yaml."""
from __future__ import annotations

from generator.extract.outlets import is_news_outlet

from .extract_cases import run, quote_fields


def _q(body: str):
    return quote_fields(body, "speaker", "role", "kind", "text")


def _qc(body: str):
    return [(q["speaker"], q.get("country")) for q in run(body, "id")["quotes"]]


# ---- outlets cited by name are the press, no speaker -------------------------------------------------

def test_entertainment_and_science_outlets_are_news_outlets():
    for name in ("NME", "Billboard", "Science Alert", "TechCrunch", "Sky Sports", "Transfermarkt"):
        assert is_news_outlet(name), name
    got = _q("Menurut NME, film itu bercerita tentang seorang penyanyi muda yang mencari ayahnya.")
    assert not any(s == "NME" for s, *_ in got)


# ---- a town written as one word closes the role ------------------------------------------------------

def test_a_town_written_as_one_word_closes_the_role_before_the_name_after_a_comma():
    body = ("\"Kami menyita 90 kemasan kosmetik tanpa izin edar,\" kata Kepala BBPOM Bandarlampung, "
            "Rina Astuti, di Bandarlampung, Selasa.")
    got = _qc(body)
    assert got[0] == ("Rina Astuti", "ID")


# ---- 'Hal itu diakui X': the sentence before is X's -------------------------------------------------

def test_an_admission_names_who_said_the_sentence_before():
    body = ("Banyak keluarga memilih berlibur di dalam negeri. Alasan utamanya adalah ongkos yang lebih murah.\n\n"
            "Hal itu diakui Ketua Asosiasi Agen Wisata Budi Santoso di Bandung, Senin (3/4).")
    got = _q(body)
    assert ("Budi Santoso", "Ketua Asosiasi Agen Wisata", "indirect",
            "Alasan utamanya adalah ongkos yang lebih murah") in got


def test_a_confirmation_names_who_said_the_sentence_before():
    body = ("Polisi mengamankan tiga pemuda yang membawa senjata tajam. Hal tersebut dibenarkan Kapolsek "
            "Cibeunying Komisaris Andi Saputra.")
    got = _q(body)
    assert any(s == "Andi Saputra" and t.startswith("Polisi mengamankan tiga pemuda") for s, _, _, t in got)


# ---- a listed official's full name ends the phrase even when a word of it is a common word ----------

def test_a_listed_officials_name_with_a_common_word_is_split_from_the_ministry_before_it():
    # 'geng' (a gang) is an ordinary Indonesian word: the ministry's words were read into the name
    body = ("Kunjungan itu merupakan yang kedua kalinya.\n\n"
            "Juru Bicara Kementerian Luar Negeri China Geng Shuang menegaskan, pemerintahnya sudah "
            "menyampaikan sikapnya kepada Washington.")
    got = _q(body)
    assert {s for s, *_ in got} == {"Geng Shuang"}
    assert _qc(body)[0] == ("Geng Shuang", "CN")


def test_a_given_name_before_a_listed_name_stays_in_the_name():
    # 'Amran Sulaiman' is listed; 'Andi' is a given name, not an office's word
    got = _q("Menteri Pertanian Andi Amran Sulaiman mengatakan, ekspor beras akan dibuka kembali.")
    assert got[0][:2] == ("Andi Amran Sulaiman", "Menteri Pertanian")


def test_an_initial_before_a_listed_name_is_no_acronym_of_the_role():
    # 'M.' is written in capitals but is the name's initial, not a body's acronym closing the role
    got = _q("\"Semua sudah siap,\" kata Kapolri Jenderal Polisi M. Tito Karnavian di Jakarta.")
    assert got[0][0] == "M. Tito Karnavian"


# ---- a listed name takes back the given name a role took --------------------------------------------

def test_a_listed_name_written_with_a_spaced_hyphen_keeps_its_given_name():
    # IndoSum writes 'al - Jubeir' for 'al-Jubeir'; 'Adel al-Jubeir' is listed
    got = _qc("\"Kami akan terus bekerja sama,\" kata Menlu Saudi Adel al - Jubeir di Riyadh.")
    assert got[0] == ("Adel al-Jubeir", "SA")


# ---- a deputy's short title written alone after a cue is the holder named before ----------------------

def test_a_deputy_police_chiefs_short_title_alone_is_the_holder_named_before():
    body = ("Ada berita hari ini.\n\n"
            "Wakapolri Komjen Budi Hartono mengatakan pihaknya tidak akan melanjutkan pengaduan itu.\n\n"
            "\"Tidak ada, itu mengada-ada,\" kata Wakapolri menjawab pertanyaan wartawan, Kamis.")
    assert _qc(body) == [("Budi Hartono", "ID"), ("Budi Hartono", "ID")]


def test_a_deputy_governors_short_title_alone_is_the_holder_named_before():
    body = ("Ada berita hari ini.\n\n"
            "Wagub Jawa Tengah Siti Rahayu mengatakan, program itu akan dilanjutkan.\n\n"
            "\"Kami akan lanjutkan,\" kata Wagub di kantor gubernur.")
    assert [s for s, _ in _qc(body)] == ["Siti Rahayu", "Siti Rahayu"]


# ---- a title that is also a given name opens the name after an office ---------------------------------

def test_imam_after_an_office_opens_the_name():
    got = _q("\"Ini penting bagi atlet,\" kata Menpora Imam Nahrawi di Jakarta.")
    assert got[0][:2] == ("Imam Nahrawi", "Menpora")


def test_imam_after_a_body_and_an_office_opens_the_name_and_alone_is_that_person():
    body = ("Ada berita hari ini.\n\n"
            "Anggota Dewan Pers Imam Santoso menyatakan media abal-abal adalah musuh kebebasan pers.\n\n"
            "\"Kalau media abal-abal itu bukan urusan Dewan Pers,\" kata Imam.")
    got = _q(body)
    assert [(s, r) for s, r, _, _ in got] == [("Imam Santoso", "Anggota Dewan Pers")] * 2


def test_ratu_after_a_mayors_office_opens_the_name():
    got = _qc("\"Kamera sudah aktif,\" kata Wali Kota Palembang Ratu Sari di Palembang.")
    assert got[0] == ("Ratu Sari", "ID")


def test_imam_opening_a_phrase_stays_a_title():
    got = _q("\"Kami siap menerima jemaah,\" kata Imam Besar Masjid Agung Ahmad Fauzi.")
    assert got[0][1].startswith("Imam Besar")


def test_a_king_keeps_his_state():
    body = ("Ada berita hari ini.\n\n"
            "Raja Yordania Abdullah II mengatakan, kerja sama harus diperkuat.\n\n"
            "\"Kami akan berinvestasi,\" ujar Raja Abdullah.\n\n"
            "\"Kami datang sebagai saudara,\" kata Kepala Negara Arab Saudi Raja Salman di Bogor.")
    got = _qc(body)
    assert got[0] == ("Raja Yordania Abdullah II", "JO") or got[0] == ("Abdullah II", "JO")
    assert got[-1][1] == "SA"


def test_raja_inside_a_batak_name_after_a_given_name_stays_in_the_name():
    got = _q("Anggota Komisi X DPR RI Budi Raja Simanjuntak mengatakan pembahasan undang-undang itu sudah selesai.")
    assert got[0][0] != "Raja Simanjuntak" and got[0][0].endswith("Budi Raja Simanjuntak")
