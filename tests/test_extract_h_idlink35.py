"""A short name the article uses for a person it named in full links to that person, and so to the
office and state given with the full name (helper h_idlink35).
Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _said(body: str) -> list[tuple[str, str | None]]:
    return quote_fields(body, "speaker", "country")


# ---- a common word inside a full name keeps the given name the article writes alone ----------------

def test_a_given_name_before_a_common_word_in_the_name_stays_the_persons():
    # 'Lalu' is a common word ('then'): the name is not 'Lalu Wirawan' after an office ending in 'Hendra'
    body = ("\"Pemulangan sudah diurus oleh konsulat,\" kata Direktur Perlindungan WNI Kementerian Luar Negeri "
            "Hendra Lalu Wirawan dalam keterangan tertulis.\n"
            "Hendra mengatakan, sidang berikutnya dijadwalkan pekan depan.")
    assert _said(body) == [("Hendra Lalu Wirawan", "ID"), ("Hendra Lalu Wirawan", "ID")]


def test_a_phrase_ending_in_a_common_word_is_still_cut():
    # what the rule must not do: a phrase closed by a common word ('Baru', 'new') is read as before,
    # its first word the body's ('Allah Maha Mengetahui' is no one's name either)
    body = ("Kepala Pasar Induk Sentosa Mekar Baru mengatakan, harga cabai di pasar itu naik dua kali lipat.\n"
            "Sentosa mengatakan, pasokan cabai dari daerah berkurang.")
    assert "Sentosa Mekar Baru" not in [s for s, _ in _said(body)]


# ---- the same full name with its middle word spelt another way ------------------------------------

def test_a_middle_name_spelt_another_way_keeps_the_given_name_in_the_name():
    body = ("\"Kami akan menjalankan putusan itu,\" kata Sekjen Komisi Pemilihan Umum Bernardus Darsono Sitompul "
            "kepada wartawan.\n"
            "Bernardus mengatakan KPU segera menindaklanjuti putusan tersebut.\n"
            "Majelis menjatuhkan sanksi kepada Teradu V Bernardus Darsana Sitompul selaku sekretaris jenderal.")
    got = _said(body)
    assert got[0] == ("Bernardus Darsono Sitompul", "ID")
    assert ("Bernardus Darsono Sitompul", "ID") in got[1:]


def test_another_capitalised_word_after_the_given_name_still_marks_a_body():
    # what the rule must not do: 'Tesla Motors' beside 'CEO Tesla Elon Musk' (a body's word, no middle name)
    body = ("\"Produksi naik dua kali lipat,\" kata CEO Tesla Elon Musk di Austin.\n"
            "Tesla Motors mengatakan pabrik baru dibuka tahun depan.")
    assert _said(body)[0][0] == "Elon Musk"


# ---- a clipped form of a one-word name ------------------------------------------------------------

def test_a_clipped_one_word_name_is_the_person():
    body = ("\"Rancangannya sudah di meja saya,\" ujar Kepala Staf Kepresidenan Hartono kepada wartawan.\n"
            "Hart menjelaskan, aturan itu segera dikirim ke Presiden.")
    assert _said(body) == [("Hartono", "ID"), ("Hartono", "ID")]


def test_a_clipped_word_of_two_one_word_names_stays_apart():
    # what the rule must not do: 'Hart' opens both 'Hartono' and 'Hartati'
    body = ("\"Rancangannya sudah di meja saya,\" ujar Kepala Staf Kepresidenan Hartono kepada wartawan.\n"
            "\"Kami menunggu,\" kata Bupati Hartati di Bogor.\n"
            "Hart menjelaskan, aturan itu segera dikirim ke Presiden.")
    assert "Hartono" not in [s for s, _ in _said(body)][2:]
