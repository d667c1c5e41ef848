"""The state of an Indonesian speaker (helper idctry, forty-ninth session): an office read in apposition before
a titled one-word name takes its state as any office does, and a hajj flight group's staff are the home state's.
Sentences invented for these tests, in the shape of Indonesian news (the case read: dev47's hajj doctor, 'Menurut
dokter kloter SUB 62, dr Roro, ...')."""
from __future__ import annotations

from .extract_cases import quote_fields


def _countries(body):
    return quote_fields(body, "speaker", "role", "country")


# ---- 'Menurut <office>, dr <Name>, ...': the office in apposition gives the state ---------------------

def test_a_home_office_before_a_titled_one_word_name_gives_the_home_state():
    body = "Menurut Kepala Dinas Kesehatan Surabaya, dr Wulan, warga diminta rajin mencuci tangan.\n"
    assert _countries(body) == [("Wulan", "Kepala Dinas Kesehatan Surabaya", "ID")]


def test_an_expert_before_a_titled_one_word_name_stays_of_no_state():
    body = "Menurut dokter spesialis anak, dr Wulan, vaksin itu aman bagi balita.\n"
    assert [c for _, _, c in _countries(body)] == [None]


# ---- a hajj flight group (kloter) is the home state's hajj organisation --------------------------------

def test_a_hajj_flight_group_doctor_speaks_for_the_home_state():
    body = ("Menurut dokter kloter SUB 62, dr Wulan, jamaah harus banyak minum air hangat selama di Mekkah.\n\n"
            "\u201cSetiap hari ada puluhan jamaah yang berobat ke posko,\u201d kata dr Wulan di Mekkah, Jumat.\n")
    assert _countries(body) == [("Wulan", "dokter kloter SUB 62", "ID")] * 2


def test_a_hajj_flight_group_leader_speaks_for_the_home_state():
    body = "\u201cSemua jamaah sudah tiba di hotel,\u201d kata ketua kloter JKS 12, Ahmad Fauzi, di Jeddah.\n"
    assert _countries(body) == [("Ahmad Fauzi", "ketua kloter JKS 12", "ID")]
