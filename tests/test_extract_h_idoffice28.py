"""Indonesian offices attached to the speaker they name (helper h_idoffice28).
Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _speakers(body: str, title: str = "T") -> list[tuple[str, str | None, str | None]]:
    return quote_fields(body, "speaker", "role", "country", title=title)


# ---- a one-word name after a listed office, its district and province set off by commas ----------

def test_a_one_word_name_after_an_office_with_its_district_and_province_takes_the_office():
    body = ("Kepala Dinas Kesehatan (Dinkes), Kabupaten Sumbawa, Nusa Tenggara Barat (NTB), Hartono "
            "memastikan vaksin akan tiba pekan depan.\n"
            "\"Kami sudah siapkan gudang pendingin,\" kata Hartono.")
    office = "Kepala Dinas Kesehatan (Dinkes), Kabupaten Sumbawa, Nusa Tenggara Barat (NTB)"
    assert _speakers(body) == [("Hartono", office, "ID")] * 2


def test_a_one_word_name_after_a_subdistrict_head_and_the_district_takes_the_office():
    body = ("Camat Moyo Hilir, Kabupaten Sumbawa, Hartono memastikan jalan desa akan diperbaiki.\n"
            "\"Dananya sudah kami ajukan,\" kata Hartono.")
    assert _speakers(body) == [("Hartono", "Camat Moyo Hilir, Kabupaten Sumbawa", "ID")] * 2


def test_a_one_word_name_keeps_no_office_that_says_nothing_of_whose_it_is():
    # ('Direktur Kerja Sama' alone: no state, no body; the headline's ministry says more)
    body = ("Sementara itu, Direktur Kerja Sama, Sutardi menyampaikan nota kesepahaman ini penting.\n"
            "\"Kerja sama ini akan kami lanjutkan tahun depan,\" ucap Sutardi.")
    roles = {role for _, role, _ in _speakers(body, title="Kemenbud Teken Nota Kesepahaman dengan Kemenag")}
    assert roles == {None}


# ---- the directorate general of corrections by its short form speaks for the home state ----------

def test_the_corrections_directorate_by_its_short_form_speaks_for_the_home_state():
    body = "Dikutip dari rilis Ditjenpas, ada dua syarat bagi warga binaan yang ingin mendapat pengurangan hukuman."
    assert _speakers(body) == [("Ditjenpas", None, "ID")]


def test_a_person_quoted_beside_the_directorate_keeps_no_state_of_it():
    # (the short form is an institution's name, not a word that makes a bare name an official)
    body = ("Warga binaan bernama Rudi mendapat remisi dari Ditjenpas.\n"
            "\"Saya bersyukur bisa pulang lebaran ini,\" kata Rudi.")
    assert _speakers(body) == [("Rudi", None, None)]
