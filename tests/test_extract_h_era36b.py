"""Office holders of 2016-18 whom a census of IndoSum found named alone and stateless (helper
h_era36b: office_holders.yaml): a regent, a DPR member and an Ombudsman member speak for the state in
their terms and for no state outside them. Sentences invented for these tests."""
from __future__ import annotations

from .extract_cases import dated_countries


# ---- a regent named alone: the state's in his terms, not 'Azwar Anas' of another generation --------

_ANAS = ("Abdullah Azwar Anas mengatakan, festival pantai tahun ini akan digelar lebih awal.\n"
         "\"Kami ingin wisatawan datang sebelum musim hujan,\" kata Abdullah Azwar Anas.")


def test_a_regent_named_alone_speaks_for_the_state_in_his_terms_only():
    assert set(dated_countries(_ANAS, "2017-03-08")) == {("Abdullah Azwar Anas", "ID")}
    assert set(dated_countries(_ANAS, "2023-05-02")) == {("Abdullah Azwar Anas", "ID")}
    # (after his last office, and the two words he shares with a minister of the 1980s: no state's)
    assert set(dated_countries(_ANAS, "2025-06-11")) == {("Abdullah Azwar Anas", None)}
    short = _ANAS.replace("Abdullah Azwar Anas", "Azwar Anas")
    assert set(dated_countries(short, "2017-03-08")) == {("Azwar Anas", None)}


# ---- a regent of 2008-18 who went to the DPR in 2019: no office between the two ----------------------

_DEDI = ("Dedi Mulyadi menyebut, sekolah di desa akan mendapat bantuan buku tahun depan.\n"
         "\"Anak desa berhak membaca buku yang sama,\" ujar Dedi Mulyadi.")


def test_a_regent_who_later_sat_in_parliament_speaks_for_the_state_in_both_offices():
    assert set(dated_countries(_DEDI, "2017-08-21")) == {("Dedi Mulyadi", "ID")}
    assert set(dated_countries(_DEDI, "2018-11-20")) == {("Dedi Mulyadi", None)}


# ---- an Ombudsman member of 2016-21, an aviation commentator since: the list holds no later date ----

_ALVIN = ("Alvin Lie menilai, maskapai harus memeriksa tangki bahan bakar sebelum terbang.\n"
          "\"Kebocoran sekecil apa pun berbahaya,\" kata Alvin Lie.")


def test_an_ombudsman_member_speaks_for_the_state_in_his_term_only():
    assert set(dated_countries(_ALVIN, "2017-04-03")) == {("Alvin Lie", "ID")}
    # (out of every term: a commentator's words keep null)
    assert set(dated_countries(_ALVIN, "2023-02-14")) == {("Alvin Lie", None)}


# ---- a DPR member of 2009-19 -------------------------------------------------------------------------

_RUHUT = ("Ruhut Sitompul mengatakan, rancangan undang-undang itu akan dibahas bulan depan.\n"
          "\"Kami tidak akan menunda lagi,\" ujar Ruhut Sitompul.")


def test_a_legislator_named_alone_speaks_for_the_state_in_his_terms_only():
    assert set(dated_countries(_RUHUT, "2016-10-04")) == {("Ruhut Sitompul", "ID")}
    assert set(dated_countries(_RUHUT, "2021-01-12")) == {("Ruhut Sitompul", None)}
