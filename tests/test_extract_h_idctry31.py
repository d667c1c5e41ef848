"""Indonesian speaker country on matched quotes (helper h_ctry39): a short name after the cue 'Menurut' joins
the full name the article gave with an office; a name shortened from two of a person's words ('Setnov'); 'Kepala
Negara' for the president named before; the one-word speaker who opens the quotes under a headline's state
office; the prosecution as a group; the state's science institutes as experts. Sentences invented for these
tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import run


def _people(body: str, title: str | None = "T") -> set[tuple]:
    return {(q["speaker"], q["role"], q["country"]) for q in run(body, "id", title=title)["quotes"]}


# ---- 'Menurut Sandi, ...': the cue read as the phrase's role is no office, the short name joins -------------

_CLIPPED = ("Jakarta - Wakil Gubernur DKI Jakarta Sandiaga Uno mengatakan kawasan itu akan ditata ulang.\n\n"
            "Menurut Sandi, kawasan itu kaya akan nilai sejarah sejak zaman Belanda.\n\n"
            "\"Kita akan dorong kawasan ini menjadi pusat wisata,\" kata Sandi.")


def test_a_clipped_first_name_after_menurut_is_the_office_holder():
    got = _people(_CLIPPED)
    assert got == {("Sandiaga Uno", "Wakil Gubernur DKI Jakarta", "ID")}


def test_a_misspelt_name_after_menurut_is_the_office_holder():
    body = ("Jakarta - Gubernur Kalimantan Tengah Sugianto Sabran menyiapkan lahan pertanian organik.\n\n"
            "Menurut Sugiarto, lahan bermasalah selama ini menjadi beban bagi masyarakat.\n\n"
            "\"Kami dapat dukungan dari Kementerian Pertanian,\" kata Sugiarto.")
    # (one person: the name takes the spelling the article uses most, speakers._misspelt_surname)
    assert _people(body) == {("Sugiarto Sabran", "Gubernur Kalimantan Tengah", "ID")}


def test_menurut_before_a_name_nobody_else_has_stays_a_new_person():
    body = ("Jakarta - Wakil Gubernur DKI Jakarta Sandiaga Uno meninjau kawasan itu.\n\n"
            "Menurut Tono, warga setempat, kawasan itu sering banjir.")
    assert ("Tono", None, None) in _people(body)


# ---- a name shortened from two of a person's words -----------------------------------------------------------

_CONTRACTED = ("Jakarta - Ketua DPR Setya Novanto diperiksa sebagai saksi hari ini.\n\n"
               "Setnov mengaku tidak pernah bertemu pengusaha itu di kantornya.\n\n"
               "\"Saya hanya dua kali bertemu dengan dia,\" kata Setnov.")


def test_a_contraction_of_two_name_words_is_that_person():
    assert _people(_CONTRACTED) == {("Setya Novanto", "Ketua DPR", "ID")}


def test_a_contraction_needs_letters_of_both_words():
    # ('Setya' alone clipped is another rule's; 'Novan' opens no first word: not this person)
    body = _CONTRACTED.replace("Setnov", "Sekar")
    assert ("Sekar", None, None) in _people(body)


def test_a_contraction_that_fits_two_people_joins_neither():
    body = ("Jakarta - Ketua DPR Setya Novanto dan pengusaha Setyo Novianto diperiksa sebagai saksi.\n\n"
            "\"Saya hanya dua kali bertemu dengan dia,\" kata Setnov.")
    assert ("Setnov", None, None) in _people(body)


def test_a_short_word_is_no_contraction():
    # ('Budi' could be read 'Bu' + 'Di' of 'Bu Dian': four letters are too few to tell)
    body = ("Jakarta - Kepala Dinas Bu Dian membuka pasar itu.\n\n"
            "\"Pasar ini untuk pedagang kecil,\" kata Budi.")
    assert ("Budi", None, None) in _people(body)


# ---- 'Kepala Negara': the president named before ----------------------------------------------------------

def test_kepala_negara_is_the_president_named_before():
    body = ("Jakarta - Presiden Joko Widodo menyesalkan kejadian itu.\n\n"
            "\"Prestasi seperti ini memang harus dimunculkan,\" tutur Kepala Negara.")
    assert _people(body) == {("Joko Widodo", "Presiden", "ID")}


# ---- the one-word speaker who opens the quotes under a headline's state office --------------------------------

_HEADLINE_BODY = ("\"Kita jadikan bahan untuk kajian,\" kata Arse di kompleks parlemen, Senayan, Jakarta, Jumat (19/9/2025).\n"
                  "Sementara itu, Ketua LHKP PP Muhammadiyah Ridho Al Hamdi menilai penting untuk mencari terobosan baru.\n"
                  "\"Keduanya punya kelebihan sekaligus kelemahan,\" ujar Ridho.\n"
                  "\"Kita perlu jalan tengah,\" kata Ridho.\n"
                  "\"Ambang empat persen terlalu tinggi,\" ujar Ridho.")


def test_the_speaker_who_opens_the_quotes_holds_the_headlines_state_office():
    got = _people(_HEADLINE_BODY, "Komisi II DPR Ungkap Masih Cari Formula Terbaik untuk Sistem Pemilu")
    assert ("Arse", None, "ID") in got
    # (the organisation's man, quoted more, keeps no state)
    assert all(c is None for s, _, c in got if s != "Arse") and len(got) == 2


def test_no_state_office_in_the_headline_gives_the_opener_nothing():
    got = _people(_HEADLINE_BODY, "Muhammadiyah Usulkan Jalan Tengah Sistem Pemilu")
    assert ("Arse", None, None) in got


# ---- the prosecution as a group speaks for the story's state ---------------------------------------------------

def test_the_prosecution_as_a_group_speaks_for_the_state():
    body = ("Jakarta - Sidang kasus penodaan agama kembali digelar di Pengadilan Negeri Jakarta Utara.\n\n"
            "Penuntut umum menilai terdakwa terbukti melakukan penghinaan terhadap ulama dalam pidatonya.")
    got = _people(body)
    assert got and all(c == "ID" for _, _, c in got)


# ---- the state's science institutes: their people speak as experts ---------------------------------------------

def test_a_lipi_research_head_speaks_for_no_state():
    body = ("Jakarta - Kepala Pusat Penelitian Politik LIPI Ratna Kartika mengatakan, kebijakan itu awalnya "
            "komprehensif.\n\n\"Dialog itu adalah sebuah pendekatan,\" kata Ratna.")
    assert {c for _, _, c in _people(body)} == {None}


def test_a_brin_researcher_speaks_for_no_state_but_a_ministrys_research_head_does():
    body = ("Jakarta - Kepala Badan Riset dan Inovasi Nasional (BRIN) Laksmi Dewi menyebut riset itu penting.\n\n"
            "\"Kami akan melanjutkan riset ini,\" kata Laksmi.")
    assert {c for _, _, c in _people(body)} == {None}
    body = ("Jakarta - Kepala Badan Litbang Kementerian PUPR Danu Sumantri mengatakan, jalan itu akan diperbaiki.\n\n"
            "\"Kami sudah menyiapkan anggarannya,\" kata Danu.")
    assert {c for _, _, c in _people(body)} == {"ID"}


# ---- 'NAME dari STATE' with no office: where the person comes from -------------------------------------------

def test_a_bare_name_from_a_state_is_of_no_state():
    body = ("Jakarta - Turnamen catur itu ramai penonton.\n\n"
            "\"Semua orang membicarakannya,\" kata Grand Master Alejandro Ramirez dari AS kepada AFP.")
    assert _people(body) == {("Grand Master Alejandro Ramirez", None, None)}


def test_a_defendant_from_a_state_is_of_no_state():
    body = ("Jakarta - Siti Aisyah asal Serang dan Doan dari Vietnam didakwa membunuh.\n\n"
            "Baik Siti Aisyah dan Doan mengaku hanya sebagai korban. Kepada penyidik, mereka mengatakan "
            "tidak tahu tindakannya itu bisa membunuh orang.")
    assert {c for _, _, c in _people(body)} == {None}


def test_an_office_before_the_name_keeps_the_state_after_dari():
    body = ("Jakarta - Pertemuan itu digelar di Jakarta.\n\n"
            "\"Kami mendukung kerja sama ini,\" kata Menteri Perdagangan Anwar Malik dari Malaysia.")
    assert {c for _, _, c in _people(body)} == {"MY"}


# ---- a local government's civil-servant investigators (PPNS) are the state's ------------------------------------

def test_a_ppns_office_speaks_for_the_state():
    body = ("Jakarta - Razia minuman keras digelar semalam.\n\n"
            "Kepala Seksi Penyidik PPNS Tangsel, Muksin Afandi, mengatakan kegiatan ini untuk menegakkan Perda "
            "tentang Larangan Minuman Beralkohol.")
    assert {c for _, _, c in _people(body)} == {"ID"}
