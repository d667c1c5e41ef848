"""Knowledge of Indonesian state bodies and office holders with their terms (helper h_era37): a
head of an agency named by name alone speaks for the state only in his term, a legislator out of
parliament and a minister out of the cabinet for none, and the education ministry's language
agency is a state body. Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

import datetime as dt

from generator.extract.officials import official_country

from .extract_cases import countries_of, dated_countries


# ---- the head of an agency named alone, in and out of his term ---------------------------------------

_FILM = ("Film tentang nelayan Mandar itu tayang pekan depan.\n"
         "\"Kami senang film daerah makin banyak ditonton,\" kata Triawan Munaf di Jakarta.")


def test_the_head_of_the_creative_economy_agency_named_alone_speaks_for_the_state_in_his_term():
    assert dated_countries(_FILM, dt.date(2017, 9, 14)) == [("Triawan Munaf", "ID")]


def test_out_of_his_term_he_speaks_for_no_state():
    assert dated_countries(_FILM, dt.date(2021, 3, 2)) == [("Triawan Munaf", None)]
    assert dated_countries(_FILM, dt.date(2014, 6, 2)) == [("Triawan Munaf", None)]


# ---- terms of people listed without any before --------------------------------------------------------

def test_a_legislator_out_of_parliament_and_a_former_foreign_minister_speak_for_no_state():
    # Fahri Hamzah: DPR 2004-2019, out of office 2019-2024, a deputy minister from October 2024
    assert official_country("Fahri Hamzah", dt.date(2017, 7, 26)) == "ID"
    assert official_country("Fahri Hamzah", dt.date(2022, 5, 1)) is None
    assert official_country("Fahri Hamzah", dt.date(2025, 3, 1)) == "ID"
    # Marty Natalegawa left the foreign ministry with the cabinet of 2009-2014
    assert official_country("Marty Natalegawa", dt.date(2013, 5, 1)) == "ID"
    assert official_country("Marty Natalegawa", dt.date(2017, 5, 1)) is None


def test_a_listed_person_quoted_out_of_term_gets_no_state():
    body = ("Partai baru itu menggelar rapat kerja nasional.\n"
            "\"Kami ingin partai ini jadi rumah bagi anak muda,\" kata Fahri Hamzah di Jakarta.")
    assert dated_countries(body, dt.date(2021, 11, 8)) == [("Fahri Hamzah", None)]


# ---- a state agency the pack did not know --------------------------------------------------------------

def test_the_head_of_the_language_agency_speaks_for_the_state():
    body = ("Sebanyak 40 bahasa daerah terancam punah.\n"
            "Kepala Badan Pengembangan dan Pembinaan Bahasa, Hendra Sulistyo mengatakan, pendataan akan "
            "dilanjutkan tahun depan.")
    assert countries_of(body) == [("Hendra Sulistyo", "ID")]


def test_a_language_body_that_is_not_the_states_gives_no_state():
    body = ("Sebanyak 40 bahasa daerah terancam punah.\n"
            "Ketua Komunitas Pecinta Bahasa Daerah, Hendra Sulistyo mengatakan, pendataan akan "
            "dilanjutkan tahun depan.")
    assert countries_of(body) == [("Hendra Sulistyo", None)]
