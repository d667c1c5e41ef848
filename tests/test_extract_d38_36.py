"""Indonesian who-said-what and country errors of dev38 (helper d38): a dateline is no word of the office that
opens the lead ('Rimanews - Kepala Dinas ..., Jawa Timur, NAME'); a home district's or village's name alone,
read as a role after a lower-case description ('tokoh masyarakat Kecamatan X NAME'), is no office; a news
outlet's correspondent speaks for no state; an inline cue before a lower-case description and a name ('kata
jaksa Irene,'); the ordinals that number a speaker's points are no one's names; a title opening a sentence
before a body and a name stays the office though its word is written in lower case elsewhere; 'diklaimnya'
and 'dalih' are cues. Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import all_id, indirect, run


# ---- a dateline before the listed office of the lead ----------------------------------------------------

def test_a_dateline_is_no_word_of_the_office_set_off_by_commas():
    body = ("Rimanews - Kepala Dinas Kesehatan Pemerintah Kabupaten Sukamaju, Jawa Timur, Arif Wicaksono "
            "menyatakan 30 warga di kabupaten ini terjangkit demam berdarah.\n\n"
            "\"Kami terus mengawasi mereka,\" kata dia di Sukamaju.")
    quotes = run(body, "id")["quotes"]
    assert {q["speaker"] for q in quotes} == {"Arif Wicaksono"}
    assert {q["country"] for q in quotes} == {"ID"}
    assert quotes[0]["role"].startswith("Kepala Dinas Kesehatan")


def test_the_listed_office_without_a_dateline_is_read_as_before():
    body = ("Kepala Dinas Kesehatan Pemerintah Kabupaten Sukamaju, Jawa Timur, Arif Wicaksono menyatakan 30 "
            "warga di kabupaten ini terjangkit demam berdarah.")
    assert all_id(body) == [("Arif Wicaksono", "30 warga di kabupaten ini terjangkit demam berdarah", "ID")]


# ---- a home place's name alone is no office ------------------------------------------------------------

def test_a_community_figure_of_a_district_speaks_for_no_state():
    body = ("Kupang - Warga menyambut baik rencana wisata berkuda di pegunungan itu.\n\n"
            "Sementara itu tokoh masyarakat Kecamatan Lelogama Yohanis Bria mengatakan, gagasan itu sangat "
            "menarik bagi masyarakat di desa.")
    assert [(s, c) for s, _, c in all_id(body)] == [("Yohanis Bria", None)]


def test_an_office_of_a_district_still_speaks_for_the_home_state():
    body = ("Kupang - Kepala Seksi Kesejahteraan Sosial Kecamatan Lelogama Yohanis Bria mengatakan, bantuan "
            "itu sudah disalurkan kepada warga.")
    assert [(s, c) for s, _, c in all_id(body)] == [("Yohanis Bria", "ID")]


# ---- a correspondent is the press ----------------------------------------------------------------------

def test_a_white_house_correspondent_speaks_for_no_state():
    body = ("Jakarta - Gedung Putih mengurangi jumlah konferensi pers.\n\n"
            "\"Kita semakin ditarik masuk dalam kenormalan yang baru,\" kata Tom Harlow, Kepala Koresponden "
            "Gedung Putih untuk CNN.")
    assert all_id(body) == [("Tom Harlow", "Kita semakin ditarik masuk dalam kenormalan yang baru", None)]


# ---- an inline cue before a lower-case description and the name ------------------------------------------

_PROSECUTOR = ("Jakarta - Jaksa Irawati Susanto membacakan surat tuntutan di Pengadilan Tipikor.\n\n"
               "Uang tersebut, kata {who}, diberikan secara bertahap melalui saksi sebanyak tiga kali.")


def test_an_inline_cue_before_a_lower_case_office_and_a_name_gives_the_person():
    reports = indirect(run(_PROSECUTOR.format(who="jaksa Irawati"), "id"))
    assert reports == [("Irawati Susanto", "diberikan secara bertahap melalui saksi sebanyak tiga kali")]


def test_an_inline_cue_before_a_lower_case_description_alone_names_no_one():
    # (no name before the comma: 'kata sumber itu' is no person the article named)
    reports = indirect(run(_PROSECUTOR.format(who="sumber itu"), "id"))
    assert all(s != "Irawati Susanto" for s, _ in reports)


# ---- the ordinals that number a speaker's points ----------------------------------------------------------

def test_an_ordinal_opening_the_points_is_no_one_a_pronoun_cue_means():
    body = ("Jakarta - Peneliti Hendra Gunawan mengatakan ada tiga manfaat biogas bagi warga desa.\n\n"
            "Pertama, masyarakat termotivasi untuk hidup organik. Kedua, masyarakat semakin peduli lingkungan.\n\n"
            "Ketiga, tambah dia, masyarakat juga terlibat dalam upaya mengatasi pemanasan global.")
    quotes = all_id(body)
    assert [s for s, _, _ in quotes] == ["Hendra Gunawan", "Hendra Gunawan"]
    assert quotes[1][1] == "masyarakat juga terlibat dalam upaya mengatasi pemanasan global"


# ---- a title opening a sentence, its word in lower case elsewhere -------------------------------------------

def test_a_title_before_a_body_and_a_name_stays_the_office_when_its_word_is_also_lower_case():
    body = ("Jakarta - Harga cabai naik tajam pekan ini.\n\n"
            "Kepala BPS Arif Wicaksono mengungkapkan, investor menahan uang karena kondisi politik.\n\n"
            "Hal itu terlihat saat pemilihan kepala daerah serentak.")
    assert all_id(body) == [("Arif Wicaksono", "investor menahan uang karena kondisi politik", "ID")]


def test_a_title_before_an_office_word_and_a_name_stays_the_office_too():
    body = ("Jakarta - Harga cabai naik tajam pekan ini.\n\n"
            "Kepala Dinas Pertanian Arif Wicaksono mengatakan, pasokan cabai dari petani menurun.\n\n"
            "Para kepala desa diminta mendata lahan.")
    assert all_id(body) == [("Arif Wicaksono", "pasokan cabai dari petani menurun", "ID")]


# ---- 'diklaimnya', 'dalih' ------------------------------------------------------------------------------

def test_diklaimnya_gives_the_clause_to_the_person_spoken_of():
    body = ("Jakarta - Ketua panitia Rahmat Hidayat mengatakan festival itu makin ramai.\n\n"
            "\"Sanggar-sanggar kini makin kuat,\" kata Rahmat.\n\n"
            "Terlebih, peraturan tersebut diklaimnya juga membuat pemerintah daerah menganggarkan dana festival.")
    reports = indirect(run(body, "id"))
    assert ("Rahmat Hidayat", "Terlebih, peraturan tersebut diklaimnya juga membuat pemerintah daerah "
                              "menganggarkan dana festival") in reports


def test_dalih_after_a_quote_is_a_cue():
    # (the one named after 'dalih' speaks, not the analyst the sentence before is about)
    body = ("Jakarta - Sekretaris Jenderal DPP PDIP Yudi Kusuma mengatakan partainya fokus pada Rakernas.\n\n"
            "Pengamat politik Hanta Wijaya menilai posisi partai itu sudah kuat.\n\n"
            "\"Karena konfigurasi politik nanti akan semakin ideal,\" dalih Yudi.")
    quotes = all_id(body)
    assert [s for s, t, _ in quotes if t.startswith("Karena konfigurasi")] == ["Yudi Kusuma"]

