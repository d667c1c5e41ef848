"""Indonesian speaker country (thirty-fourth session, helper idctry45): the regional government's service
centre for women and children (P2TP2A, UPTD PPA) and the social ministry's referral service (SLRT) are the
state's; an official called suspended ('nonaktif') or retired ('pensiunan', 'purnawirawan') speaks for no
state, as a former one ('mantan') does. Pack: id.yaml home_institutions, former_words, lower_roles.
Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import run


def _countries(body: str) -> dict[str, set]:
    out: dict[str, set] = {}
    for q in run(body, "id")["quotes"]:
        out.setdefault(q["speaker"], set()).add(q["country"])
    return out


# ---- the regional government's service centres ---------------------------------------------------

def test_the_head_of_a_regency_p2tp2a_speaks_for_the_state():
    body = ("\"Kami menerima laporan ada anak yang menjadi korban,\" kata Ketua Harian P2TP2A Kabupaten Garut "
            "Rina Marlina kepada wartawan, Kamis.")
    assert _countries(body) == {"Rina Marlina": {"ID"}}


def test_the_head_of_a_city_uptd_ppa_speaks_for_the_state():
    body = ("\"Korban sudah kami dampingi sejak Senin,\" kata Kepala UPTD PPA Kota Bogor Rina Marlina "
            "kepada wartawan.")
    assert _countries(body) == {"Rina Marlina": {"ID"}}


def test_the_head_of_an_slrt_speaks_for_the_state():
    body = ("\"Yang datang ke sekretariat bisa sepuluh orang per hari,\" kata Kepala SLRT Kabupaten Bandung, "
            "Rina Marlina.")
    assert _countries(body) == {"Rina Marlina": {"ID"}}


def test_a_womens_foundation_stays_stateless():
    # (the state's centre only: a foundation working on the same cases is no state body)
    body = ("\"Kami menerima laporan ada anak yang menjadi korban,\" kata Ketua Yayasan Perlindungan Anak "
            "Garut Rina Marlina kepada wartawan, Kamis.")
    assert _countries(body) == {"Rina Marlina": {None}}


# ---- suspended and retired officials -------------------------------------------------------------

def test_a_suspended_speaker_of_the_house_speaks_for_no_state():
    body = ("Ketua DPR nonaktif Budi Santoso dibawa ke rumah sakit. "
            "\"Saya sakit dan harus dirawat,\" kata Budi Santoso.")
    assert _countries(body) == {"Budi Santoso": {None}}


def test_a_sitting_speaker_of_the_house_still_speaks_for_the_state():
    body = ("Ketua DPR Budi Santoso dibawa ke rumah sakit. "
            "\"Saya sakit dan harus dirawat,\" kata Budi Santoso.")
    assert _countries(body) == {"Budi Santoso": {"ID"}}


def test_a_listed_governor_called_suspended_speaks_for_no_state():
    # (officials.yaml lists him in office on no date given: the article's 'nonaktif' outweighs it)
    body = ("Gubernur DKI Jakarta nonaktif Basuki Tjahaja Purnama resmi menyandang status tersangka. "
            "\"Saya lebih suka praperadilan,\" kata Basuki.")
    assert _countries(body) == {"Basuki Tjahaja Purnama": {None}}


def test_a_suspended_regent_written_in_two_words_speaks_for_no_state():
    body = ("Bupati Klaten non aktif Sri Hartini menjalani sidang perdana. "
            "\"Saya akan mengikuti proses hukum,\" kata Sri Hartini.")
    assert _countries(body) == {"Sri Hartini": {None}}


# ---- a speaker whose own words place him in the legislature --------------------------------------

def test_a_speaker_opening_with_we_in_a_dpr_commission_sits_in_it():
    body = ("\"Kami di Komisi VI DPR RI Fraksi Gerindra siap mengawal program ini,\" kata Rudi Hartanto "
            "kepada wartawan, Rabu.")
    assert _countries(body) == {"Rudi Hartanto": {"ID"}}


def test_a_speaker_opening_with_we_in_the_regional_legislature_sits_in_it():
    body = "\"Kami di DPRD sangat mengapresiasi langkah gubernur,\" ujar Rudi Hartanto di Jakarta."
    assert _countries(body) == {"Rudi Hartanto": {"ID"}}


def test_a_visitor_who_went_to_the_dpr_stays_stateless():
    body = ("\"Kami datang ke DPR untuk menyampaikan aspirasi para guru,\" kata Rudi Hartanto "
            "kepada wartawan, Rabu.")
    assert _countries(body) == {"Rudi Hartanto": {None}}


def test_a_former_member_speaking_of_his_commission_stays_stateless():
    body = ("\"Kami di Komisi III DPR dulu sudah membahas soal ini,\" kata mantan anggota DPR Rudi Hartanto "
            "kepada wartawan.")
    assert _countries(body) == {"Rudi Hartanto": {None}}
