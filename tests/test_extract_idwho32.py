"""Indonesian wrong speakers of the thirty-second session (helper h_idwho40): a state body's acronym
with the region it serves is a speaker.
Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _pairs(body: str) -> list[tuple[str, str]]:
    return quote_fields(body, "speaker", "text")


def _speakers(body: str) -> list[str]:
    return quote_fields(body, "speaker")


# ---- a state body's acronym and the region it serves: that body's office speaks ----------------------

def test_a_regional_disaster_agency_named_by_acronym_and_region_reports():
    body = ("Gempa mengguncang Kabupaten Poso pada Senin malam.\n\n"
            "Sejumlah pihak telah melakukan penanganan darurat. BPBD Poso mengklaim telah menerima bantuan "
            "dari berbagai pihak.")
    assert _pairs(body) == [("BPBD Poso", "telah menerima bantuan dari berbagai pihak")]


def test_a_regional_election_body_named_by_acronym_and_region_reports():
    body = ("Tahapan pemilihan bupati dimulai pekan ini.\n\n"
            "KPU Jember mengatakan pendaftaran calon akan dibuka pada awal bulan depan.")
    assert _pairs(body) == [("KPU Jember", "pendaftaran calon akan dibuka pada awal bulan depan")]


def test_an_office_of_the_regional_body_before_a_name_keeps_the_person_the_speaker():
    # (an office word before the acronym: 'Ketua KPU Jember' is the person's role, not the body speaking)
    body = ("Tahapan pemilihan bupati dimulai pekan ini.\n\n"
            "\"Pendaftaran calon dibuka bulan depan,\" kata Ketua KPU Jember Achmad Hanafi.")
    assert _speakers(body) == ["Achmad Hanafi"]


def test_an_acronym_before_a_word_the_pack_lists_as_no_region_is_left_as_it_was_read():
    # ('Rangkasbitung Raya' is no region the pack lists: the rule does not make the phrase a body)
    body = ("Tahapan pemilihan bupati dimulai pekan ini.\n\n"
            "KPU Rangkasbitung Raya mengatakan pendaftaran calon akan dibuka pada awal bulan depan.")
    assert "KPU Rangkasbitung Raya" not in _speakers(body)
