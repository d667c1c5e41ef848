"""Indonesian speakers written with their age in brackets before the apposition that describes them
('kata Suwandi (17), pegawai Dinas ...', 'Suwandi (30), Kepala Seksi ..., menuturkan'): the age is
read past, and the apposition gives the role and state it gives without the age (a state employee's
and a section head's office speak for the home state, a villager's residence for none). Sentences
invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import quote_fields

_OPENING = "Bogor - Banjir melanda desa itu sejak Senin malam.\n\n"


def _sheet(text):
    return quote_fields(_OPENING + text, "speaker", "role", "country")


# ---- after the cue ------------------------------------------------------------------------------------------

def test_a_state_employee_with_an_age_after_the_cue_speaks_for_the_home_state():
    text = "\"Airnya naik sejak pagi,\" kata Suwandi (17), pegawai Dinas Sumber Daya Air Kabupaten Bogor."
    assert _sheet(text) == [("Suwandi", "pegawai Dinas Sumber Daya Air Kabupaten Bogor", "ID")]


def test_a_villager_with_an_age_after_the_cue_has_the_residence_as_role_and_no_state():
    text = "\"Airnya sampai ke atap,\" ujar Suwandi (45), warga Desa Cibening."
    assert _sheet(text) == [("Suwandi", "warga Desa Cibening", None)]


def test_a_section_head_with_an_age_after_the_cue_speaks_for_the_home_state():
    text = "\"Pompa sudah kami nyalakan,\" tutur Suwandi (30), Kepala Seksi Pengairan Dinas PU Kabupaten Bogor."
    assert _sheet(text) == [("Suwandi", "Kepala Seksi Pengairan Dinas PU Kabupaten Bogor", "ID")]


def test_the_age_changes_nothing_the_apposition_gives_without_it():
    with_age = _sheet("\"Airnya sampai ke atap,\" ujar Suwandi (45), warga Desa Cibening.")
    without = _sheet("\"Airnya sampai ke atap,\" ujar Suwandi, warga Desa Cibening.")
    assert with_age == without


def test_an_age_followed_by_a_clause_gives_no_role():
    text = "\"Airnya sampai ke atap,\" ujar Suwandi (45), Senin (12/2)."
    assert _sheet(text) == [("Suwandi", None, None)]


# ---- before the verb, and where the person is introduced ---------------------------------------------------

def test_a_section_head_with_an_age_before_the_verb_speaks_for_the_home_state():
    text = "Suwandi (30), Kepala Seksi Pengairan Dinas PU Kabupaten Bogor, menuturkan pompa sudah dinyalakan."
    assert _sheet(text) == [("Suwandi", "Kepala Seksi Pengairan Dinas PU Kabupaten Bogor", "ID")]


def test_the_office_given_with_an_age_where_a_person_is_introduced_is_theirs_when_quoted_later():
    text = ("Petugas yang datang adalah Suwandi (30), Kepala Seksi Pengairan Dinas PU Kabupaten Bogor. "
            "Air naik sejak pagi.\n\n\"Pompa sudah kami nyalakan,\" kata Suwandi.")
    assert _sheet(text) == [("Suwandi", "Kepala Seksi Pengairan Dinas PU Kabupaten Bogor", "ID")]
