"""Indonesian who-said-what in international and national news of the IndoSum kind (helper h_pfsa21).
Sentences invented for these tests, in the shape of Indonesian news; the officials named are public
office holders listed in generator/data/officials.yaml."""
from __future__ import annotations

from generator.extract.outlets import is_news_outlet

from .extract_cases import run


def _q(body: str):
    return [(q["speaker"], q["role"], q["kind"], q["text"]) for q in run(body, "id")["quotes"]]


# ---- a listed official's full name ends the phrase even when a word of it is a common word ----------

def test_a_listed_officials_name_with_a_common_word_is_split_from_the_ministry_before_it():
    # 'geng' (a gang) is an ordinary Indonesian word: the ministry's words were read into the name
    body = ("Kunjungan itu merupakan yang kedua kalinya.\n\n"
            "Juru Bicara Kementerian Luar Negeri China Geng Shuang menegaskan, pemerintahnya telah "
            "menyampaikan sikapnya kepada Washington.\n\n"
            "\"Kami siap berdialog,\" kata Juru Bicara Kemlu China Geng Shuang di Beijing.")
    got = _q(body)
    assert [(s, r) for s, r, _, _ in got] == [("Geng Shuang", "Juru Bicara Kementerian Luar Negeri China")] * 2 \
        or [(s, r) for s, r, _, _ in got] == [("Geng Shuang", "Juru Bicara Kementerian Luar Negeri China"),
                                              ("Geng Shuang", "Juru Bicara Kemlu China")]
    assert {s for s, *_ in got} == {"Geng Shuang"}


def test_a_given_name_before_a_listed_name_stays_in_the_name():
    # 'Amran Sulaiman' is listed; 'Andi' is a given name, not an office's word
    got = _q("Menteri Pertanian Andi Amran Sulaiman mengatakan, ekspor beras akan dibuka kembali.")
    assert got[0][:2] == ("Andi Amran Sulaiman", "Menteri Pertanian")


# ---- a two-word lower-case role opening a sentence stays whole ---------------------------------------

def test_a_spokesperson_opening_a_sentence_stays_whole_when_the_article_writes_the_role_in_lower_case():
    body = ("Ada berita hari ini.\n\n"
            "Juru bicara Kementerian Luar Negeri Jepang mengatakan Tokyo akan menambah patroli.\n\n"
            "\"Kami akan terus memantau,\" kata sang juru bicara, yang namanya tidak disebutkan.")
    got = _q(body)
    # an unnamed spokesperson of a ministry: the ministry speaks, as after a cue mid-sentence
    assert got[0][0] == "Kementerian Luar Negeri Jepang"
    assert not any(s.startswith("bicara") for s, *_ in got)
    body = ("Ada berita hari ini.\n\n"
            "Juru bicara Menteri Luar Negeri Korea Utara mengatakan Washington akan panik.\n\n"
            "\"Dunia akan menyaksikan,\" kata sang juru bicara, yang namanya tidak disebutkan.")
    assert _q(body)[0][0] == "Juru bicara Menteri Luar Negeri Korea Utara"


# ---- 'Hal itu diakui X': the sentence before is X's -------------------------------------------------

def test_an_admission_names_who_said_the_sentence_before():
    body = ("Banyak wisatawan memilih berlibur ke luar negeri. Alasan utamanya adalah harga tiket yang murah.\n\n"
            "Hal itu diakui Ketua Asosiasi Agen Perjalanan Budi Santoso di Jakarta, Jumat (16/9).")
    got = _q(body)
    assert ("Budi Santoso", "Ketua Asosiasi Agen Perjalanan", "indirect",
            "Alasan utamanya adalah harga tiket yang murah") in got


def test_a_confirmation_names_who_said_the_sentence_before():
    body = ("Polisi menangkap dua pemuda yang membawa senjata tajam. Hal tersebut dibenarkan Kapolsek "
            "Cilandak Komisaris Budi Santoso.")
    got = _q(body)
    assert any(s == "Budi Santoso" and t.startswith("Polisi menangkap dua pemuda") for s, _, _, t in got)


# ---- outlets cited by name are the press, no speaker -------------------------------------------------

def test_entertainment_and_science_outlets_are_news_outlets():
    for name in ("NME", "Billboard", "Science Alert", "TechCrunch", "Sky Sports", "Transfermarkt"):
        assert is_news_outlet(name), name
    got = _q("Menurut NME, film itu bercerita tentang seorang mahasiswa yang menulis tesis.")
    assert not any(s == "NME" for s, *_ in got)


# ---- a town written as one word closes the role ------------------------------------------------------

def test_a_town_written_as_one_word_closes_the_role_before_the_name_after_a_comma():
    body = ("\"Kami menemukan 173 item obat tanpa izin edar,\" kata Kepala BBPOM Bandarlampung, "
            "Syamsuliani, di Bandarlampung, Rabu.")
    got = _q(body)
    assert got[0][0] == "Syamsuliani"


# ---- a deputy's short title written alone after a cue is the holder named before ----------------------

def test_a_deputy_police_chiefs_short_title_alone_is_the_holder_named_before():
    body = ("Ada berita hari ini.\n\n"
            "Wakapolri Komjen Budi Hartono mengatakan pihaknya tidak akan melanjutkan pengaduan itu.\n\n"
            "\"Tidak ada, itu mengada-ada,\" kata Wakapolri menjawab pertanyaan wartawan, Kamis.")
    got = _q(body)
    assert [s for s, *_ in got] == ["Budi Hartono", "Budi Hartono"]


def test_a_deputy_governors_short_title_alone_is_the_holder_named_before():
    body = ("Ada berita hari ini.\n\n"
            "Wagub Jawa Tengah Siti Rahayu mengatakan, program itu akan dilanjutkan.\n\n"
            "\"Kami akan lanjutkan,\" kata Wagub di kantor gubernur.")
    assert [s for s, *_ in _q(body)] == ["Siti Rahayu", "Siti Rahayu"]


# ---- a title that is also a given name opens the name after an office ---------------------------------

def test_imam_after_an_office_opens_the_name():
    got = _q("\"Ini penting bagi atlet,\" kata Menpora Imam Nahrawi di Jakarta.")
    assert got[0][:2] == ("Imam Nahrawi", "Menpora")
    got = _q("\"Ini penting,\" kata Ketua Lembaga Pemantau Imam Santoso.")
    assert got[0][0] == "Imam Santoso"


def test_imam_after_a_body_and_an_office_opens_the_name_and_alone_is_that_person():
    body = ("Ada berita hari ini.\n\n"
            "Anggota Dewan Pers Imam Wahyudi menyatakan media abal-abal adalah musuh kebebasan pers.\n\n"
            "\"Kalau media abal-abal itu bukan urusan Dewan Pers,\" kata Imam.")
    got = _q(body)
    assert [(s, r) for s, r, _, _ in got] == [("Imam Wahyudi", "Anggota Dewan Pers")] * 2


def test_imam_opening_a_phrase_stays_a_title():
    got = _q("\"Kami siap menerima jemaah,\" kata Imam Besar Masjid Agung Ahmad Fauzi.")
    assert got[0][1].startswith("Imam Besar")


def test_raja_inside_a_batak_name_after_a_given_name_stays_in_the_name():
    got = _q("Anggota Komisi X DPR RI Budi Raja Simanjuntak mengatakan pembahasan undang-undang itu sudah selesai.")
    assert got[0][0] != "Raja Simanjuntak" and got[0][0].endswith("Budi Raja Simanjuntak")


# ---- a forecast with a clause of its own is a report ---------------------------------------------------

def test_a_central_banks_forecast_with_a_clause_is_its_report():
    got = _q("Bank Indonesia memproyeksikan, perekonomian nasional akan tumbuh 5,1 persen pada tahun depan.")
    assert [(s, t) for s, _, _, t in got] == [("Bank Indonesia", "perekonomian nasional akan tumbuh 5,1 persen pada tahun depan")]


def test_a_projection_of_a_noun_phrase_is_no_report():
    got = _q("Rancangan anggaran daerah memproyeksikan pendapatan dan belanja masing-masing lebih dari Rp 5 triliun.")
    assert got == []


# ---- a listed name with a detokenised hyphen takes back the given name the role took -------------------

def test_a_listed_name_written_with_a_spaced_hyphen_keeps_its_given_name():
    # IndoSum writes 'al - Jubeir' for 'al-Jubeir'; 'Adel al-Jubeir' is listed
    got = _q("\"Kami akan terus bekerja sama,\" kata Menlu Saudi Adel al - Jubeir di Riyadh.")
    assert got[0][:2] == ("Adel al-Jubeir", "Menlu Saudi")


# ---- a state's name of two words, none of them common, closes the office --------------------------------

def test_a_two_word_state_closes_the_office_before_the_name():
    body = ("Ada berita hari ini.\n\n"
            "\"Kami siap membantu,\" kata Presiden Sri Lanka Maithripala Sirisena di Kolombo.\n\n"
            "Perdana Menteri Selandia Baru Jacinda Ardern mengatakan negaranya akan mengirim bantuan.\n\n"
            "\"Kami siap,\" kata Presiden Timor Leste Taur Matan Ruak.")
    got = _q(body)
    assert [(s, r) for s, r, _, _ in got] == [("Maithripala Sirisena", "Presiden Sri Lanka"),
                                              ("Jacinda Ardern", "Perdana Menteri Selandia Baru"),
                                              ("Taur Matan Ruak", "Presiden Timor Leste")]


def test_a_given_name_that_opens_a_state_name_stays_a_name():
    got = _q("\"Kami siap,\" kata Menteri Keuangan Sri Mulyani Indrawati di Jakarta.")
    assert got[0][:2] == ("Sri Mulyani Indrawati", "Menteri Keuangan")
