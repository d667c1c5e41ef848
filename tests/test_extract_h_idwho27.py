"""Who is named after a description of a kind of person (helper h_idwho27).
Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _speakers(body: str) -> list[str]:
    return quote_fields(body, "speaker")


# ---- a description after the cue, a comma, then the name: the named person speaks ------------------

def test_the_name_after_a_description_and_a_comma_speaks_though_where_it_was_said_follows():
    body = ("Situs itu diretas oleh kelompok yang dipimpin Amir Hasan.\n\n"
            "\"Kemungkinan besar dialihkan oleh pemiliknya sendiri,\" terang peneliti keamanan, Rudi Harsono "
            "dalam pesan singkat kepada wartawan, Senin (21/8).")
    assert _speakers(body) == ["Rudi Harsono"]


def test_the_name_after_a_description_naming_a_body_speaks():
    body = ("Situs itu diretas oleh kelompok yang dipimpin Amir Hasan.\n\n"
            "\"Isi situs tidak diubah sama sekali,\" jelas pengamat keamanan dari Siber.com, Agus Salimo.\n\n"
            "\"Pembatasan itu sudah mengikat perusahaan,\" kata analis media daring dari Nordic Analysis, "
            "Pekka Lahtinen di Helsinki.")
    assert _speakers(body) == ["Agus Salimo", "Pekka Lahtinen"]


def test_an_analyst_of_a_firm_named_after_a_comma_is_the_speaker_not_the_firm():
    # 'Bumi Sekuritas' speaking elsewhere writes the firm's word twice in the article
    body = ("\"Pasar bergerak stabil menjelang rapat bank sentral,\" kata analis Mandala Sekuritas, Hendra T "
            "Wibowo, di Jakarta, Selasa.\n\n"
            "Bumi Sekuritas mengatakan investor asing kembali menjual saham.")
    assert _speakers(body)[0] == "Hendra T Wibowo"


def test_a_description_closed_by_a_day_names_no_one_after_it():
    # (no name after the comma: the day is no speaker, and the person spoken of before is not taken)
    body = ("Situs itu diretas oleh kelompok yang dipimpin Amir Hasan.\n\n"
            "\"Kemungkinan besar dialihkan oleh pemiliknya sendiri,\" terang peneliti keamanan dari Siber.com, "
            "Senin (21/8).")
    assert "Senin" not in _speakers(body)


def test_an_analyst_named_without_a_comma_after_the_firm_stays_the_speaker():
    body = ("\"Investor asing masih menahan diri,\" kata analis Bumi Sekuritas Joko Susilo di Jakarta.")
    assert _speakers(body) == ["Joko Susilo"]


# ---- a name, then who the person is with 'seorang', then the verb: the named person ---------------

def test_a_named_person_described_in_apposition_with_an_age_is_the_subject():
    body = ("Api membakar asrama sekolah itu pada malam hari.\n\n"
            "Rina Kartika (16), seorang siswi yang juga saksi kejadian itu, menuturkan api begitu cepat membesar.\n\n"
            "\"Kami sedang tidur ketika alarm berbunyi,\" ujarnya.")
    assert _speakers(body) == ["Rina Kartika", "Rina Kartika"]


def test_someone_unnamed_after_a_description_with_no_name_stays_unnamed():
    body = ("Api membakar asrama sekolah itu pada malam hari.\n\n"
            "Saksi lain, seorang insinyur yang tak mau disebut namanya, mengatakan api cepat membesar.")
    assert _speakers(body) == ["seorang insinyur"]


def test_someone_unnamed_after_a_place_opening_the_sentence_stays_unnamed():
    # (the place before the comma is where, not who: no apposition)
    body = ("Ribuan orang turun ke jalan pada Sabtu.\n\n"
            "Di Alun-alun Kota, seorang petugas polisi yang bertugas memperkirakan sekitar 3.000 orang "
            "berkumpul di sana.")
    assert _speakers(body) == ["seorang petugas polisi"]
